// Character counts and printed-page estimates. Counts are of user-perceived characters
// (grapheme clusters), so an emoji or an accented letter counts once, as people expect.
import type { Application, Limits, Reason, Role } from '../types.ts';
import { reason } from './reasons.ts';

// Older browsers lack Intl.Segmenter; code points are then the closest count we have. Made on
// first use: creating an Intl object costs milliseconds a page that never counts should not pay.
let segmenter: Intl.Segmenter | null | undefined;
function graphemes(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;
  return segmenter;
}

// Characters that always stand alone as a grapheme (the only join among them is CR LF): Latin,
// Greek and Cyrillic without combining marks, and common punctuation, currency and symbols.
// Checked pair by pair against Intl.Segmenter; no surrogates, marks, joiners or selectors.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose (plain ASCII counts as one each)
const SINGLE_GRAPHEMES = /^[\u0000-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u22FF]*$/;

function crlfCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

function segmentDirect(text: string): number {
  const segmenter = graphemes();
  if (segmenter === null) return Array.from(text.replace(/\r\n/g, '\n')).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// V8 builds each segment with a fresh copy of the whole input, so segmenting a long text costs
// its length squared. Pieces of about CHUNK characters keep it linear. A piece ends only where
// a grapheme always breaks: after a line feed, or between two printable ASCII characters.
const CHUNK = 256;

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

function isBreak(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 0x0a || (isPrintableAscii(before) && isPrintableAscii(text.charCodeAt(at)));
}

function segmentCount(text: string): number {
  let n = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    while (end < text.length && !isBreak(text, end)) end++;
    n += segmentDirect(text.slice(start, end));
    start = end;
  }
  return n;
}

// Recent counts of long texts, so the fields not being typed in are not counted again on every
// key (the page estimate and the length meter read every role's texts). Bounded in entries and
// in characters held (each key typed leaves one more version of its text behind); the count
// depends only on the text, so it is never stale.
const MEMO_MIN_LENGTH = 200;
const MEMO_SIZE = 256;
const MEMO_CHARS = 1_000_000;
const memo = new Map<string, number>();
let memoChars = 0;

function memoCount(text: string): number {
  const known = memo.get(text);
  if (known !== undefined) {
    memo.delete(text);
    memo.set(text, known);
    return known;
  }
  const n = SINGLE_GRAPHEMES.test(text) ? text.length - crlfCount(text) : segmentCount(text);
  memo.set(text, n);
  memoChars += text.length;
  while (memo.size > MEMO_SIZE || (memoChars > MEMO_CHARS && memo.size > 1)) {
    const oldest = memo.keys().next().value as string;
    memo.delete(oldest);
    memoChars -= oldest.length;
  }
  return n;
}

/** The number of user-perceived characters in a text. */
export function countChars(text: string): number {
  if (text.length >= MEMO_MIN_LENGTH) return memoCount(text);
  return SINGLE_GRAPHEMES.test(text) ? text.length - crlfCount(text) : segmentCount(text);
}

/** Characters of a role's Responsibilities and Personal Achievements together. */
export function roleChars(role: Role): number {
  return countChars(role.responsibilities) + countChars(role.achievements);
}

/** A role's short label, e.g. "Role 2 (Acme Ltd)". */
export function roleLabel(role: Pick<Role, 'employer'>, index: number): string {
  const employer = role.employer.trim();
  return employer ? `Role ${index + 1} (${employer})` : `Role ${index + 1}`;
}

// Headings, dates and job titles also take room on the printed page.
const ROLE_HEADING_CHARS = 120;

function roundTenth(n: number): number {
  return Math.round(n * 10) / 10;
}

function otherChars(app: Application): number {
  const p = app.personal;
  const parts = [
    p.fullName,
    p.email,
    p.membershipNumber,
    ...app.qualifications.flatMap((q) => [q.title, q.institution, q.year]),
    ...app.development.flatMap((d) => [d.date, d.title, d.notes]),
    app.pra.adviser,
    app.pra.date,
    app.scheme.name,
  ];
  return parts.reduce((sum, text) => sum + countChars(text), 0);
}

/** Printed-page estimates (to a tenth of a page) for the whole application and its career history. */
export function estimatePages(app: Application, limits: Limits): { total: number; career: number } {
  const perPage = Math.max(1, limits.charsPerPage);
  const careerChars = app.roles.reduce((sum, role) => sum + roleChars(role) + ROLE_HEADING_CHARS, 0);
  const career = careerChars / perPage;
  const total = career + otherChars(app) / perPage;
  return { total: roundTenth(total), career: roundTenth(career) };
}

/** A page estimate in words: "less than a page", "about 1 page", "about 4.5 pages". */
export function describePages(pages: number): string {
  if (pages < 1) return 'less than a page';
  return pages === 1 ? 'about 1 page' : `about ${pages} pages`;
}

let numbers: Intl.NumberFormat | undefined;
const fmt = {
  format(n: number): string {
    if (!numbers) numbers = new Intl.NumberFormat('en-GB');
    return numbers.format(n);
  },
};

/** Warnings when a role, the career history or the whole application runs long. */
export function lengthWarnings(app: Application, limits: Limits): Reason[] {
  const warnings: Reason[] = [];
  app.roles.forEach((role, i) => {
    const n = roleChars(role);
    if (n > limits.charsPerRole) {
      warnings.push(
        reason(
          'role-too-long',
          `${roleLabel(role, i)} has ${fmt.format(n)} characters; aim for about ${fmt.format(limits.charsPerRole)}.`,
          'checklist',
        ),
      );
    }
  });
  const pages = estimatePages(app, limits);
  if (pages.career > limits.careerPagesMax) {
    warnings.push(
      reason(
        'career-too-long',
        `Your career history would fill about ${pages.career} pages; the IET's guide for every application is ${limits.careerPagesMin}–${limits.careerPagesMax}.`,
        'checklist',
      ),
    );
  }
  if (pages.total > limits.maxPages) {
    warnings.push(
      reason(
        'application-too-long',
        `The application would fill about ${pages.total} printed pages. The IET's limit of ${limits.maxPages} pages is stated for paper applications (longer ones may be returned); the career history guide of ${limits.careerPagesMin}–${limits.careerPagesMax} pages applies to every application.`,
        'checklist',
      ),
    );
  }
  return warnings;
}
