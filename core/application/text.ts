// Character counts and printed-page estimates. Counts are of user-perceived characters
// (grapheme clusters), so an emoji or an accented letter counts once, as people expect.
import type { Application, Limits, Reason, Role } from '../types.ts';
import { reason } from './reasons.ts';

// Older browsers lack Intl.Segmenter; code points are then the closest count we have.
const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/** The number of user-perceived characters in a text. */
export function countChars(text: string): number {
  if (segmenter === null) return Array.from(text.replace(/\r\n/g, '\n')).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
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

const fmt = new Intl.NumberFormat('en-GB');

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
        `Your career history would fill about ${pages.career} pages; aim for ${limits.careerPagesMin}–${limits.careerPagesMax}.`,
        'checklist',
      ),
    );
  }
  if (pages.total > limits.maxPages) {
    warnings.push(
      reason(
        'application-too-long',
        `The application would fill about ${pages.total} pages; keep it to ${limits.maxPages} or fewer, as longer ones may be returned.`,
        'checklist',
      ),
    );
  }
  return warnings;
}
