// Beside a checklist item or document type whose mandatory-ness is switchable here: says that
// it is our assumption (or that sources disagree), and where to change it.

import { inScope } from '../../../core/rules/scope.ts';
import { adjustableOf } from '../../../core/rules/switchable.ts';
import type { Application } from '../../../core/types.ts';
import { hrefFor } from '../state/route.ts';

export function MandatoryNote({ subject, id, app }: { subject: 'checklist' | 'document'; id: string; app: Application }) {
  const rule = adjustableOf(subject, id);
  if (!rule || !inScope(rule.scope, app.category, app.route)) return null;
  return (
    <p class="assumption">
      {rule.provenance === 'assumed' ? 'Whether this is mandatory is our assumption' : 'Sources disagree on whether this is mandatory'}:
      check this in Career Manager. <a href={hrefFor({ name: 'rules' })}>Change it under Rules</a>
    </p>
  );
}
