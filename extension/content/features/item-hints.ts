// A guidance hint beside each Registration Check List item and each supporting document.
import { matchByTitle } from '../../../core/pages/match.ts';
import { hint } from '../overlay/hint.ts';
import type { Feature } from './feature.ts';

export const itemHints: Feature = {
  id: 'item-hints',
  pages: ['checklist', 'documents'],
  hint: true,
  run(ctx) {
    // An item may go by other words on the page (e.g. the adviser item): each is a title to match.
    const known = ctx.items.flatMap((item) => [item, ...(item.alsoCalled ?? []).map((title) => ({ ...item, title }))]);
    for (const row of ctx.rows) {
      const item = matchByTitle(row.title, known);
      if (item) ctx.place(row.titleElement, 'afterend').append(hint(row.title, item.guidance, item.assumed));
    }
    return undefined;
  },
};
