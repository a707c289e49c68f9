// Before the applicant unlocks: warn that Career Manager discards supporter comments, and offer
// to save the comments shown on the page into the workbook first.

import { signal } from '@preact/signals';
import { h } from 'preact';
import { buttonText } from '../controls.ts';
import { readSupporterComments } from '../extract.ts';
import type { Feature } from './feature.ts';

const isUnlock = (el: Element) => /\bunlock\b/i.test(buttonText(el));

export const unlockWarning: Feature = {
  id: 'unlock-warning',
  pages: ['validate-locked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: true });
    const saved = signal<string | null>(null);
    ctx.intercept(isUnlock, (_button, proceed) => {
      const shown = readSupporterComments(ctx.doc);
      const count = shown.reduce((n, s) => n + s.comments.length, 0);
      saved.value = null;
      ctx.overlay.ask({
        title: 'An unlock erases what your supporters wrote',
        body: () =>
          h(
            'div',
            null,
            h(
              'p',
              null,
              'Career Manager deletes every supporter statement the moment you unlock. Once your edits are done you lock again, and each supporter has to go through the application and validate it afresh.',
            ),
            h(
              'p',
              null,
              count > 0
                ? `This page shows ${count} ${count === 1 ? 'comment' : 'comments'} from ${shown.length} ${shown.length === 1 ? 'supporter' : 'supporters'}. You can keep a copy in your workbook before you unlock.`
                : 'This page shows no supporter comments to keep.',
            ),
            saved.value && h('p', { class: 'note', role: 'status' }, saved.value),
          ),
        actions: [
          ...(count > 0
            ? [
                {
                  label: `Save ${count} ${count === 1 ? 'comment' : 'comments'} to my workbook`,
                  keepOpen: true,
                  run: async () => {
                    await ctx.observe('supporter-comments', { supporters: shown });
                    saved.value = `Saved ${count} ${count === 1 ? 'comment' : 'comments'}. They reach your workbook next time it is open.`;
                  },
                },
              ]
            : []),
          { label: 'Unlock now', primary: true, run: proceed },
        ],
      });
    });
  },
};
