// Mentor reviews (kept apart from the mentor's own applications, in the reviews table) and the
// mentor comments an applicant imports (the comments table).
import { liveQuery } from 'dexie';
import type { ApplicationFile } from '../../../core/exchange/format.ts';
import type { ReviewFile } from '../../../core/exchange/review.ts';
import type { ImportedComment, Review, ReviewComment } from '../../../core/exchange/review-types.ts';
import type { Application } from '../../../core/types.ts';
import { db as defaultDb, type StoredComment, type StoredReview, type WorkbookDB } from './database.ts';

/** What mentor mode keeps per review: the file as opened (read-only) and the mentor's comments. */
export interface MentorReviewData {
  source: ApplicationFile;
  review: Review;
}

export interface ReviewRow {
  id: string;
  updatedAt: string;
  data: MentorReviewData;
}

const asReview = (row: StoredReview): ReviewRow => row as ReviewRow;

/** Opens an exported application read-only as a new review. */
export async function startReview(
  source: ApplicationFile,
  mentor: string,
  database: WorkbookDB = defaultDb,
  now = new Date().toISOString(),
): Promise<string> {
  const app = source.application;
  const review: Review = {
    id: crypto.randomUUID(),
    mentor,
    createdAt: now,
    application: { id: app.id, name: app.name, category: app.category, route: app.route },
    comments: [],
  };
  await database.reviews.put({ id: review.id, updatedAt: now, data: { source, review } satisfies MentorReviewData });
  return review.id;
}

/** Saves the mentor's comments and name (the opened file itself never changes). */
export async function saveReview(row: ReviewRow, review: Review, database: WorkbookDB = defaultDb): Promise<void> {
  await database.reviews.put({
    id: row.id,
    updatedAt: new Date().toISOString(),
    data: { source: row.data.source, review } satisfies MentorReviewData,
  });
}

export function liveReviews(database: WorkbookDB = defaultDb) {
  return liveQuery(async () => (await database.reviews.orderBy('updatedAt').reverse().toArray()).map(asReview));
}

export function liveReview(id: string, database: WorkbookDB = defaultDb) {
  return liveQuery(async () => {
    const row = await database.reviews.get(id);
    return row ? asReview(row) : null;
  });
}

export function deleteReview(id: string, database: WorkbookDB = defaultDb): Promise<void> {
  return database.reviews.delete(id);
}

/** Row id of an imported comment: unique per application, so a kept copy has its own. */
export const commentRowId = (applicationId: string, reviewId: string, commentId: string) => `${applicationId}/${reviewId}/${commentId}`;

export interface CommentRow {
  id: string;
  applicationId: string;
  data: ImportedComment;
}

/** Imports a mentor's review into the application it was written for, keeping what was already resolved. */
export async function importReview(file: ReviewFile, app: Application, database: WorkbookDB = defaultDb): Promise<number> {
  const target = file.review.application;
  if (target.id !== app.id) {
    throw new Error(
      `This review is of another application ("${target.name}", ${target.category}), not of "${app.name}". Open that application and import it there.`,
    );
  }
  const rows: CommentRow[] = file.review.comments.map((comment: ReviewComment) => ({
    id: commentRowId(app.id, file.review.id, comment.id),
    applicationId: app.id,
    data: { reviewId: file.review.id, mentor: file.review.mentor, exportedAt: file.exportedAt, comment, resolvedAt: null },
  }));
  await database.transaction('rw', database.comments, async () => {
    const existing = await database.comments.bulkGet(rows.map((r) => r.id));
    const merged = rows.map((row, i) => {
      const old = existing[i] as CommentRow | undefined;
      return old ? { ...row, data: { ...row.data, resolvedAt: old.data.resolvedAt } } : row;
    });
    await database.comments.bulkPut(merged satisfies StoredComment[]);
  });
  return rows.length;
}

export function liveComments(applicationId: string, database: WorkbookDB = defaultDb) {
  return liveQuery(async () => (await database.comments.where('applicationId').equals(applicationId).toArray()) as CommentRow[]);
}

/** Marks a comment resolved (or open again). */
export async function setResolved(
  row: CommentRow,
  resolved: boolean,
  database: WorkbookDB = defaultDb,
  now = new Date().toISOString(),
): Promise<void> {
  await database.comments.put({ ...row, data: { ...row.data, resolvedAt: resolved ? now : null } });
}
