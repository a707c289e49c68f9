// Before the applicant unlocks: warn that Career Manager discards supporter comments, and offer
// to save the comments shown on the page into the workbook first.
import { buttonText } from '../controls.ts';
import { h, plural } from '../dom.ts';
import { readSupporterComments } from '../extract.ts';
import type { Feature, Kept } from './feature.ts';
import { PAIR_FIRST } from './flags.ts';

const isUnlock = (el: Element) => /\bunlock\b/i.test(buttonText(el));

/** What became of the copy, said as it is: kept and on its way, kept but with no workbook to go to, or not kept. */
function savedWords(kept: Kept | null, comments: string): { text: string; ok: boolean } {
  if (!kept)
    return {
      ok: false,
      text: `Not saved: the companion could not keep the ${comments}. Copy them from this page into your workbook yourself before you unlock.`,
    };
  if (!kept.paired)
    return {
      ok: false,
      text: `The companion kept the ${comments}, but it is not paired with a workbook, so they cannot reach it. ${PAIR_FIRST} Until then, copy them into your workbook yourself before you unlock.`,
    };
  return {
    ok: true,
    text: `Saved ${comments}. They appear in your workbook (on the Overview, under "Seen in Career Manager") while it is open, now or next time.`,
  };
}

export const unlockWarning: Feature = {
  id: 'unlock-warning',
  pages: ['validate-locked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: true });
    ctx.intercept(isUnlock, (_button, proceed) => {
      const shown = readSupporterComments(ctx.doc);
      const count = shown.reduce((n, s) => n + s.comments.length, 0);
      const comments = plural(count, 'comment');
      let saved: { text: string; ok: boolean } | null = null;
      ctx.panel.ask({
        title: 'An unlock erases what your supporters wrote',
        body: () => [
          h(
            'p',
            null,
            // That supporters validate again after a new lock is our reading of the path; the guide does not say it.
            'Career Manager deletes every supporter statement the moment you unlock. Once your edits are done you lock again; expect each supporter to have to validate it afresh (our reading: the guide does not say).',
          ),
          h(
            'p',
            null,
            count > 0
              ? `This page shows ${comments} from ${plural(shown.length, 'supporter')}. You can keep a copy in your workbook before you unlock.`
              : 'This page shows no supporter comments to keep.',
          ),
          saved && h('p', saved.ok ? { class: 'note', role: 'status' } : { class: 'over', role: 'alert' }, saved.text),
        ],
        actions: [
          ...(count > 0
            ? [
                {
                  label: `Save ${comments} to my workbook`,
                  keepOpen: true,
                  run: async () => {
                    saved = savedWords(await ctx.observe('supporter-comments', { supporters: shown }), comments);
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
