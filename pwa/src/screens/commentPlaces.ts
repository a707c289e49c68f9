// Which workbook screen shows a mentor comment beside the part it is about.

import type { Anchor } from '../../../core/exchange/review-types.ts';
import { rulesFor } from '../../../core/rules/scope.ts';
import type { Application } from '../../../core/types.ts';
import type { AppScreen } from '../state/route.ts';

/** The screen a comment appears on; a part no longer in the application leaves only Export and review. */
function screenFor(app: Application, anchor: Anchor): AppScreen {
  const rules = rulesFor(app.category, app.route);
  switch (anchor.kind) {
    case 'application':
      return 'overview';
    // Shown beside the activity, goal or question on the development screens.
    case 'cpd':
    case 'goal':
      return 'development';
    case 'answer':
      return 'interview';
    case 'role':
      return app.roles.some((r) => r.id === anchor.roleId) ? 'career' : 'exchange';
    case 'competence':
      return rules.competences.some((c) => c.code === anchor.code) ? 'career' : 'exchange';
    case 'checklist':
      return rules.checklist.some((c) => c.item.id === anchor.itemId) ? 'checklist' : 'exchange';
    case 'document':
      return rules.documents.some((d) => d.type.id === anchor.typeId) ? 'documents' : 'exchange';
    case 'coverage':
      return app.roles.some((r) => r.id === anchor.roleId) && rules.competences.some((c) => c.code === anchor.code)
        ? 'overview'
        : 'exchange';
  }
}

/** Open comments counted per screen, in the order the screens appear. */
export function countByScreen(app: Application, anchors: Anchor[], order: readonly AppScreen[]): { screen: AppScreen; count: number }[] {
  const counts = new Map<AppScreen, number>();
  for (const a of anchors) {
    const s = screenFor(app, a);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return order.filter((s) => counts.has(s)).map((s) => ({ screen: s, count: counts.get(s)! }));
}
