// Submit: a last check of what the workbook still flags, shown on the page and again when the
// applicant presses Submit (they may still go ahead: Career Manager is the source of truth).
import { buttonText } from '../controls.ts';
import type { Feature } from './feature.ts';
import { flagsBlock } from './flags.ts';

export const submitCheck: Feature = {
  id: 'submit-check',
  pages: ['submit'],
  run(ctx) {
    const app = ctx.linked;
    const flags = app?.submitFlags ?? null;
    const list = () => flagsBlock(app, flags, 'for', '');
    const remove = ctx.panel.addSection({ id: 'submit-check', order: 10, title: 'Last check before you submit', render: list });
    if (flags && flags.length > 0) {
      ctx.intercept(
        (el) => /^submit/i.test(buttonText(el)),
        (_button, proceed) => {
          ctx.panel.ask({ title: 'Your workbook still flags something', body: list, actions: [{ label: 'Submit anyway', run: proceed }] });
        },
      );
    }
    return remove;
  },
};
