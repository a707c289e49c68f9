// Before the applicant locks: explain what the lock's snapshot means and list what the workbook
// still flags before a lock, then let them go ahead. The companion never locks by itself; it only
// lets the page's own button continue.
import { buttonText } from '../controls.ts';
import { h } from '../dom.ts';
import type { Feature } from './feature.ts';
import { flagsBlock } from './flags.ts';

const isLock = (el: Element) => /\block\b/i.test(buttonText(el)) && !/\bunlock\b/i.test(buttonText(el));

export const lockExplanation: Feature = {
  id: 'lock-explanation',
  pages: ['validate-unlocked'],
  run(ctx) {
    void ctx.observe('lock-state', { locked: false });
    ctx.intercept(isLock, (_button, proceed) => {
      const app = ctx.linked;
      ctx.panel.ask({
        title: 'Before you lock your application',
        body: () => [
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
          flagsBlock(app, app?.lockFlags ?? null, 'before locking'),
        ],
        actions: [{ label: 'Lock now', primary: true, run: proceed }],
      });
    });
    return undefined;
  },
};
