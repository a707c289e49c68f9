// Submit: a last check of what the workbook still flags, shown on the page and again when the
// applicant presses Submit (they may still go ahead: Career Manager is the source of truth).
import { h } from 'preact';
import { progress } from '../../../core/application/progress.ts';
import { DEFAULT_LIMITS } from '../../../core/rules/limits.ts';
import type { Application, Limits } from '../../../core/types.ts';
import { buttonText } from '../controls.ts';
import type { Feature } from './feature.ts';

/** Everything the workbook flags before submission, in its own words. */
export function submitFlags(app: unknown, limits: Limits = DEFAULT_LIMITS): string[] {
  try {
    const p = progress(app as Application, limits);
    const open = p.steps.filter((s) => s.id !== 'submit' && s.id !== 'after-submission').flatMap((s) => s.blockers);
    return [...new Set(open.map((r) => r.message))];
  } catch {
    return [];
  }
}

export const submitCheck: Feature = {
  id: 'submit-check',
  pages: ['submit'],
  run(ctx) {
    const app = ctx.linked();
    const flags = app ? submitFlags(app, ctx.limits()) : [];
    const list = () =>
      !app
        ? h('p', null, 'Open your workbook once so the companion can compare it with this application.')
        : flags.length === 0
          ? h('p', null, `Your workbook flags nothing for "${app.name}".`)
          : h(
              'div',
              null,
              h(
                'p',
                { class: 'count' },
                `Your workbook flags ${flags.length} ${flags.length === 1 ? 'thing' : 'things'} for "${app.name}":`,
              ),
              h(
                'ul',
                null,
                flags.map((f) => h('li', { key: f }, f)),
              ),
            );
    const remove = ctx.overlay.addSection({ id: 'submit-check', order: 10, title: 'Last check before you submit', render: list });
    if (flags.length > 0) {
      ctx.intercept(
        (el) => /^submit/i.test(buttonText(el)),
        (_button, proceed) => {
          ctx.overlay.ask({
            title: 'Your workbook still flags something',
            body: list,
            actions: [{ label: 'Submit anyway', run: proceed }],
          });
        },
      );
    }
    return remove;
  },
};
