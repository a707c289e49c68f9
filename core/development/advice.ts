import { formatDay } from '../design/dates.ts';
import type { ImportedComment } from '../exchange/review-types.ts';
import type { AdviceEntry, AdviceVersion } from './types.ts';

/** The version an entry is about, in words: "export of 3 March 2026", "lock a1b2c3d4", "version not recorded". */
export function describeVersion(version: AdviceVersion): string {
  switch (version.kind) {
    case 'export':
      return `the export of ${formatDay(version.date)}`;
    case 'lock':
      return `the locked version ${version.sha256.slice(0, 8)}`;
    default:
      return 'version not recorded';
  }
}

const reviewKey = (reviewId: string, commentId: string): string => JSON.stringify([reviewId, commentId]);

/**
 * The log with an entry for every mentor comment not in it yet. Entries already made from a
 * comment keep what the applicant wrote about them; entries are never removed. A review file
 * does not say which export it was written against, so the version is left unknown.
 */
export function syncReviewAdvice(
  log: readonly AdviceEntry[],
  comments: readonly ImportedComment[],
  describe: (c: ImportedComment) => string,
): AdviceEntry[] {
  const have = new Set(log.flatMap((e) => (e.source.kind === 'review' ? [reviewKey(e.source.reviewId, e.source.commentId)] : [])));
  const added: AdviceEntry[] = [];
  for (const c of comments) {
    const k = reviewKey(c.reviewId, c.comment.id);
    if (have.has(k)) continue;
    have.add(k);
    added.push({
      id: `review:${c.reviewId}:${c.comment.id}`,
      who: 'mentor',
      name: c.mentor,
      date: c.comment.at.slice(0, 10),
      advice: `${describe(c)}: ${c.comment.text}`,
      version: { kind: 'unknown' },
      response: '',
      source: { kind: 'review', reviewId: c.reviewId, commentId: c.comment.id },
    });
  }
  return added.length ? [...log, ...added] : [...log];
}

/** The log newest first; same-day entries keep their order of entry. */
export function adviceNewestFirst(log: readonly AdviceEntry[]): AdviceEntry[] {
  return log
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.date.localeCompare(a.e.date) || a.i - b.i)
    .map(({ e }) => e);
}

/** Advice the applicant has not yet said what they did about. */
export function openAdvice(log: readonly AdviceEntry[]): AdviceEntry[] {
  return log.filter((e) => e.response.trim() === '');
}

/** Advice grouped by the version it was about, so advice on an older draft is seen as such. */
export function adviceByVersion(log: readonly AdviceEntry[]): { version: AdviceVersion; label: string; entries: AdviceEntry[] }[] {
  const groups = new Map<string, { version: AdviceVersion; label: string; entries: AdviceEntry[] }>();
  for (const e of adviceNewestFirst(log)) {
    const k = JSON.stringify(e.version);
    const g = groups.get(k) ?? { version: e.version, label: describeVersion(e.version), entries: [] };
    g.entries.push(e);
    groups.set(k, g);
  }
  return [...groups.values()];
}
