// What the workbook's mentor screens are called, in one place: the screens use these words and
// the exported file tells a mentor to look for them, so the two cannot drift apart.

import { REVIEWS_NAV } from './reviews-nav.ts';

/** The names of the mentor's controls, exactly as the workbook shows them. */
export const MENTOR_WORDS = {
  /** The link at the top of every workbook page. */
  nav: REVIEWS_NAV,
  /** The list a mentor comes back to. */
  inProgress: 'Reviews in progress',
  /** The file picker that starts a review. */
  open: 'Open an application to review',
  /** The button that saves the review file (followed by "(N comments)"). */
  download: 'Download review',
} as const;

/** The download button's label for a review with this many comments. */
export function downloadLabel(comments: number): string {
  return `${MENTOR_WORDS.download} (${comments} comment${comments === 1 ? '' : 's'})`;
}

/**
 * How a mentor reviews an exported file, as plain sentences; `workbookUrl` is the address the
 * file was exported from (unknown when the file was made elsewhere, and then not guessed).
 */
export function mentorSteps(workbookUrl: string | null): string[] {
  // An address on the applicant's own computer (their `npm start`) opens nothing on the mentor's: say so rather than send them there.
  const local = workbookUrl !== null && isOwnComputer(workbookUrl);
  const first = local
    ? `Open ProReg Companion in your browser (nothing to install). The applicant's copy runs on their own computer (${workbookUrl}), so that address will not open on yours: ask them where their workbook is published, or run your own copy.`
    : `${workbookUrl ? `Open ProReg Companion at ${workbookUrl} in your browser` : 'Open ProReg Companion in your browser'} (nothing to install; ask the applicant if the address does not work for you).`;
  return [
    first,
    `Choose “${MENTOR_WORDS.nav}” at the top of the page, then “${MENTOR_WORDS.open}”, and pick this file. It opens read-only, apart from any applications of your own.`,
    'Add your comments beside the parts they are about. They are saved in your browser as you type, so you can close the page and come back to them later.',
    `When you are done, choose “${MENTOR_WORDS.download}” and send the small review file it saves back to the applicant, who imports it into their workbook. Nothing is sent anywhere by itself.`,
  ];
}

/** Whether an address names the computer it is opened on (localhost, 127.x, ::1): it means something else on every other computer. */
function isOwnComputer(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
  } catch {
    return false;
  }
}
