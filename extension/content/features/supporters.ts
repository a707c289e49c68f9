// Add Supporters: the supporters the applicant planned in the workbook, and the two rules that
// trip people up here — each supporter writes their own statements, and supporters can only be
// added once the application is locked. Points to the workbook's briefings for supporters.
import { workbookHref } from '../../shared/settings.ts';
import { h } from '../dom.ts';
import type { App } from '../store.ts';
import type { Feature } from './feature.ts';
import { PAIR_FIRST } from './flags.ts';

const STATUS_WORDS: Record<string, string> = {
  invited: 'invited',
  validated: 'validated',
  'changes-requested': 'asked for changes',
  declined: 'declined',
};

function describe(s: App['supporters'][number]): string {
  const parts = [String(s.relationship ?? '').trim(), STATUS_WORDS[s.status] ?? String(s.status ?? '').trim()].filter((p) => p !== '');
  return `${String(s.name ?? '').trim() || 'Unnamed supporter'}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}

/** The "locked first" reminder, worded from the linked workbook's stage when there is one. */
function lockReminder(stage: App['stage'] | undefined, name: string): string {
  switch (stage) {
    case 'locked':
      return `Your workbook has "${name}" locked, so this step is open. Unlocking now would clear whatever your supporters have written.`;
    case 'submitted':
      return `Your workbook has "${name}" as submitted: its supporters were added before submission.`;
    case 'draft':
      return `Your workbook has "${name}" not locked yet: lock it first (under Validate / Verify).`;
    default:
      return 'This step stays closed until the application is locked (the Lock button is under Validate / Verify).';
  }
}

export const supporters: Feature = {
  id: 'supporters',
  pages: ['supporters'],
  run(ctx) {
    const app = ctx.linked;
    const planned = app?.supporters ?? [];
    const required = ctx.limits.supportersRequired;
    const base = workbookHref(ctx.settings);
    const briefings = app ? `${base}#/app/${encodeURIComponent(app.id)}/exchange` : base;
    const few = planned.length === 1 ? 'supporter' : 'supporters';
    return ctx.panel.addSection({
      id: 'supporters',
      order: 10,
      title: 'Your supporters',
      render: () => [
        !app
          ? h(
              'p',
              null,
              `Your workbook has not told the companion about your application yet, so it cannot show the supporters you planned there. ${PAIR_FIRST}`,
            )
          : planned.length === 0
            ? h(
                'p',
                { class: 'count' },
                `Your workbook lists no supporters yet for "${app.name}" (its rules assume ${required} are needed; check the number on this page).`,
              )
            : [
                h(
                  'p',
                  { class: 'count' },
                  `Your workbook plans ${planned.length} ${few} for "${app.name}" (its rules assume ${required} are needed; check the number on this page):`,
                ),
                h(
                  'ul',
                  { 'aria-label': 'Supporters planned in your workbook' },
                  planned.map((s) => h('li', null, describe(s))),
                ),
              ],
        h(
          'p',
          null,
          'Each supporter writes their own statement for each competence, in Career Manager. Do not write it for them: assessors count a statement the applicant wrote against the application.',
        ),
        h('p', null, lockReminder(app?.stage, app?.name ?? '')),
        h(
          'p',
          null,
          h('a', { href: briefings, target: '_blank', rel: 'noreferrer' }, 'Open the supporter briefings in your workbook'),
          ' to give each supporter a page on what Career Manager will ask of them.',
        ),
      ],
    });
  },
};
