// What the list of reviews needs to know of each review, kept small and apart from the
// applicant's file (which may carry megabytes of documents): the list of 50 reviews reads only
// these. Pure functions, so the schema upgrade and every write build it the same way.
import type { StoredReviewStatus } from './database.ts';
import type { MentorReviewData } from './reviews.ts';

/** A comment being written (not yet saved as a comment): the chosen part and the text so far. */
export interface Typing {
  choice: string;
  text: string;
}

export type ReviewStatus = StoredReviewStatus & { applicationId: string; exportedAt: string; typing: Record<string, Typing> };

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const time = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** A status row as stored, repaired: anything missing or of the wrong type takes a safe value. */
export function restoreStatus(raw: unknown): ReviewStatus | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string') return null;
  const typing: Record<string, Typing> = {};
  if (r.typing && typeof r.typing === 'object') {
    for (const [section, t] of Object.entries(r.typing as Record<string, unknown>)) {
      const v = (t ?? {}) as Record<string, unknown>;
      if (text(v.text)) typing[section] = { choice: text(v.choice) || '0', text: text(v.text) };
    }
  }
  return {
    id: r.id,
    name: text(r.name),
    category: text(r.category),
    applicant: text(r.applicant),
    mentor: text(r.mentor),
    applicationId: text(r.applicationId),
    exportedAt: text(r.exportedAt),
    comments: typeof r.comments === 'number' && r.comments >= 0 ? r.comments : 0,
    openedAt: time(r.openedAt) ?? '',
    changedAt: time(r.changedAt),
    downloadedAt: time(r.downloadedAt),
    updatedAt: time(r.updatedAt) ?? '',
    typing,
  };
}

/**
 * The status of a review from its stored row; `prior` keeps what only the status knows (when it
 * was downloaded, comments being typed). Without a prior, comments made count as not downloaded.
 */
export function summarise(id: string, updatedAt: string, data: MentorReviewData, prior: ReviewStatus | null = null): ReviewStatus {
  const app = data.source.application;
  const comments = data.review.comments;
  const lastComment = comments.reduce<string | null>((last, c) => (last === null || c.at > last ? c.at : last), null);
  return {
    id,
    name: app.name,
    category: app.category,
    applicant: app.personal?.fullName ?? '',
    mentor: data.review.mentor,
    applicationId: app.id,
    exportedAt: data.source.exportedAt,
    comments: comments.length,
    openedAt: data.review.createdAt,
    changedAt: prior ? prior.changedAt : lastComment,
    downloadedAt: prior?.downloadedAt ?? null,
    updatedAt,
    typing: prior?.typing ?? {},
  };
}

/** True for a status written before it said which export it is of: the list rebuilds it from the review row. */
export const olderStatus = (s: ReviewStatus): boolean => s.exportedAt === '' || s.applicationId === '';

/** True for the review of this very export: the same application, exported at the same moment. */
export const sameExport = (s: ReviewStatus, applicationId: string, exportedAt: string): boolean =>
  s.applicationId === applicationId && sameMoment(s.exportedAt, exportedAt);

/** One moment however it is written ("…00.000Z" and "…00Z"); text that is not a time only equals itself. */
function sameMoment(a: string | undefined, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [Date.parse(a ?? ''), Date.parse(b)];
  return Number.isFinite(x) && x === y;
}

/** True while the review has changes the applicant has not been sent (comments added or deleted since the last download). */
export function notDownloaded(s: ReviewStatus): boolean {
  if (s.changedAt === null) return false;
  if (s.downloadedAt === null) return s.comments > 0;
  return s.changedAt > s.downloadedAt;
}

/** True while a comment is being written but not saved yet. */
export const typingSomething = (s: ReviewStatus): boolean => Object.keys(s.typing).length > 0;

/** What needs the mentor first: reviews with changes not downloaded or a comment half written, then the rest; most recent first within each. */
export function byAttention(a: ReviewStatus, b: ReviewStatus): number {
  const needs = (s: ReviewStatus) => (notDownloaded(s) || typingSomething(s) ? 0 : 1);
  return needs(a) - needs(b) || (b.updatedAt > a.updatedAt ? 1 : b.updatedAt < a.updatedAt ? -1 : 0) || a.id.localeCompare(b.id);
}
