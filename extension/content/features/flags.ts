// What the workbook still flags (before a lock, before submission), as a block of the overlay.
import { type Child, h, plural } from '../dom.ts';
import type { App } from '../store.ts';

/**
 * The workbook's own list of what it still flags, in its words: `flags` null means the workbook
 * did not say (an older workbook, or never opened), which is shown as not known, never as "nothing".
 */
export function flagsBlock(app: App | null, flags: string[] | null, before: string, still = 'still '): Child {
  if (!app) return h('p', null, `Open your workbook once so the companion can say what it still flags ${before}.`);
  if (!flags) return h('p', null, `Open your workbook again so the companion can say what it still flags ${before} "${app.name}".`);
  if (flags.length === 0) return h('p', null, `Your workbook flags nothing ${before} "${app.name}".`);
  return [
    h('p', { class: 'count' }, `Your workbook ${still}flags ${plural(flags.length, 'thing')} ${before} "${app.name}":`),
    h(
      'ul',
      null,
      flags.map((f) => h('li', null, f)),
    ),
  ];
}
