// Before the applicant locks: explain what the lock's snapshot means and list what the workbook
// still flags before a lock, then let them go ahead. The companion never locks by itself; it only
// lets the page's own button continue.
import { h } from 'preact';
import { canLock } from '../../../core/application/lock.ts';
import { DEFAULT_LIMITS } from '../../../core/rules/limits.ts';
import type { Application, Limits } from '../../../core/types.ts';
import { buttonText } from '../controls.ts';
import type { Feature } from './feature.ts';

const isLock = (el: Element) => /\block\b/i.test(buttonText(el)) && !/\bunlock\b/i.test(buttonText(el));

/** Reasons about the workbook's own stage, not about the application's content: not worth a lock warning. */
const STAGE_ONLY = new Set(['already-locked', 'submitted-read-only']);

/** What the workbook still flags before locking (core's canLock reasons), in its own words; nothing if it cannot tell. */
export function lockFlags(app: unknown, limits: Limits = DEFAULT_LIMITS): string[] {
  try {
    const reasons = canLock(app as Application, limits).filter((r) => !STAGE_ONLY.has(r.code));
    return [...new Set(reasons.map((r) => r.message))];
  } catch {
    return [];
  }
}

export const lockExplanation: Feature = {
  id: 'lock-explanation',
  pages: ['validate-unlocked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: false });
    ctx.intercept(isLock, (_button, proceed) => {
      const app = ctx.linked();
      const flags = app ? lockFlags(app, ctx.limits()) : [];
      ctx.overlay.ask({
        title: 'Before you lock your application',
        body: () =>
          h(
            'div',
            null,
            h(
              'p',
              null,
              'The lock freezes a copy of your application exactly as it stands today. Your supporters and the assessors read that frozen copy, so anything you edit in Career Manager afterwards stays out of it.',
            ),
            h(
              'p',
              null,
              'The Add Supporters step opens only after the lock. Correcting something later means unlocking first, and an unlock throws away whatever your supporters have written.',
            ),
            !app
              ? h('p', null, 'Open your workbook once so the companion can say what it still flags before a lock.')
              : flags.length === 0
                ? h('p', null, `Your workbook flags nothing before locking "${app.name}".`)
                : h(
                    'div',
                    null,
                    h(
                      'p',
                      { class: 'count' },
                      `Your workbook still flags ${flags.length} ${flags.length === 1 ? 'thing' : 'things'} before locking "${app.name}":`,
                    ),
                    h(
                      'ul',
                      null,
                      flags.map((f) => h('li', { key: f }, f)),
                    ),
                  ),
          ),
        actions: [{ label: 'Lock now', primary: true, run: proceed }],
      });
    });
  },
};
