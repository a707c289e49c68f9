// Before the applicant locks: explain what the lock's snapshot means, then let them go ahead.
// The companion never locks by itself; it only lets the page's own button continue.
import { h } from 'preact';
import { progress, DEFAULT_LIMITS, type Application } from '../../../core/index.ts';
import { buttonText } from '../controls.ts';
import type { Feature } from './feature.ts';

const isLock = (el: Element) => /\block\b/i.test(buttonText(el)) && !/\bunlock\b/i.test(buttonText(el));

export const lockExplanation: Feature = {
  id: 'lock-explanation',
  pages: ['validate-unlocked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: false });
    ctx.intercept(isLock, (_button, proceed) => {
      const app = ctx.linked();
      const flags = app ? safeBlockers(app) : [];
      ctx.overlay.ask({
        title: 'Before you lock your application',
        body: () =>
          h('div', null,
            h('p', null, 'Locking takes a snapshot of your application as it is now. Changes you make to your Career Manager records after locking will not appear in the snapshot your supporters and assessors see.'),
            h('p', null, 'Supporters can only be added once the application is locked. If you need to change something later you will have to unlock, and unlocking loses your supporters’ comments.'),
            flags.length > 0 && h('div', null,
              h('p', null, `Your workbook still flags ${flags.length} ${flags.length === 1 ? 'thing' : 'things'}:`),
              h('ul', null, flags.map((f) => h('li', { key: f }, f)))),
          ),
        actions: [{ label: 'Lock now', primary: true, run: proceed }],
      });
    });
  },
};

/** What the workbook still flags before locking, in its own words; nothing if it cannot tell. */
export function safeBlockers(app: unknown): string[] {
  try {
    const p = progress(app as Application, DEFAULT_LIMITS);
    const lockStep = p.steps.find((s) => s.id === 'lock');
    return [...new Set((lockStep?.blockers ?? p.blockers).map((r) => r.message))];
  } catch {
    return [];
  }
}
