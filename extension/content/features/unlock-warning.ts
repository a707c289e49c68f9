// Before the applicant unlocks: warn that Career Manager discards supporter comments, and offer
// to save the comments shown on the page into the workbook first.
import { buttonText } from '../controls.ts';
import { h, plural } from '../dom.ts';
import { readSupporterComments } from '../extract.ts';
import type { Feature } from './feature.ts';

const isUnlock = (el: Element) => /\bunlock\b/i.test(buttonText(el));

export const unlockWarning: Feature = {
  id: 'unlock-warning',
  pages: ['validate-locked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: true });
    ctx.intercept(isUnlock, (_button, proceed) => {
      const shown = readSupporterComments(ctx.doc);
      const count = shown.reduce((n, s) => n + s.comments.length, 0);
      const comments = plural(count, 'comment');
      let saved: string | null = null;
      ctx.panel.ask({
        title: 'An unlock erases what your supporters wrote',
        body: () => [
          h(
            'p',
            null,
            'Career Manager deletes every supporter statement the moment you unlock. Once your edits are done you lock again, and each supporter has to go through the application and validate it afresh.',
          ),
          h(
            'p',
            null,
            count > 0
              ? `This page shows ${comments} from ${plural(shown.length, 'supporter')}. You can keep a copy in your workbook before you unlock.`
              : 'This page shows no supporter comments to keep.',
          ),
          saved && h('p', { class: 'note', role: 'status' }, saved),
        ],
        actions: [
          ...(count > 0
            ? [
                {
                  label: `Save ${comments} to my workbook`,
                  keepOpen: true,
                  run: async () => {
                    await ctx.observe('supporter-comments', { supporters: shown });
                    saved = `Saved ${comments}. They reach your workbook next time it is open.`;
                  },
                },
              ]
            : []),
          { label: 'Unlock now', primary: true, run: proceed },
        ],
      });
    });
    return undefined;
  },
};
