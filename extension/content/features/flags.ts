// What the workbook still flags (before a lock, before submission), as a block of the overlay.
import { type Child, h, plural } from '../dom.ts';
import type { App } from '../store.ts';

/** How the companion comes to know the workbook's applications (and delivers what it keeps). */
export const PAIR_FIRST =
  'Pair the companion with your workbook (in the workbook: Settings, "Pair with the companion"), then open the workbook once.';

/**
 * The workbook's own list of what it still flags, in its words: `flags` null means the workbook
 * did not say (an older workbook, or never opened), which is shown as not known, never as "nothing".
 */
export function flagsBlock(app: App | null, flags: string[] | null, before: string, still = 'still '): Child {
  // No application from the workbook: it was never paired, or has not been opened since pairing.
  if (!app)
    return h(
      'p',
      null,
      `Your workbook has not told the companion about your application yet, so it cannot say what the workbook still flags ${before}. ${PAIR_FIRST}`,
    );
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
