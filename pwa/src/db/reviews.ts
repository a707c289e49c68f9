// Mentor reviews (kept apart from the mentor's own applications, in the reviews table) and the
// mentor comments an applicant imports (the comments table).
import { liveQuery } from 'dexie';
import { sameData } from '../../../core/application/canonical.ts';
import type { ApplicationFile } from '../../../core/exchange/format.ts';
import type { ReviewFile } from '../../../core/exchange/review.ts';
import type { ImportedComment, Review, ReviewComment } from '../../../core/exchange/review-types.ts';
import type { Application } from '../../../core/types.ts';
import { db as defaultDb, type StoredComment, type StoredReview, type WorkbookDB } from './database.ts';
import { byAttention, olderStatus, type ReviewStatus, restoreStatus, sameExport, summarise, type Typing } from './reviewSummary.ts';

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

/** The settings key of the name the mentor gave last, offered for the next review. */
const MENTOR_NAME_KEY = 'mentor:name';

/** The name the mentor gave last ('' if none). */
async function rememberedMentorName(database: WorkbookDB = defaultDb): Promise<string> {
  const value = (await database.settings.get(MENTOR_NAME_KEY))?.value;
  return typeof value === 'string' ? value : '';
}

async function statusOf(id: string, database: WorkbookDB): Promise<ReviewStatus | null> {
  return restoreStatus(await database.reviewStatus.get(id));
}

/** What opening a file for review did: the review's id, and whether it was one the mentor already had. */
export interface OpenedReview {
  id: string;
  already: boolean;
}

/**
 * The review of this very export (the same application, exported at the same moment), if there is
 * one. Reads the small status rows; a status written before they said which export they are of is
 * read from its review row and repaired (reviews are few, and this runs only when a file is opened).
 */
async function reviewOfExport(source: ApplicationFile, database: WorkbookDB): Promise<string | null> {
  const statuses = (await database.reviewStatus.toArray()).flatMap((raw) => {
    const status = restoreStatus(raw);
    return status ? [status] : [];
  });
  // Statuses written before they said which export they are of are completed from their rows first.
  const older = statuses.filter(olderStatus);
  const rows = older.length > 0 ? await database.reviews.bulkGet(older.map((s) => s.id)) : [];
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    try {
      const repaired = summarise(row.id, row.updatedAt, row.data as MentorReviewData, older[i]!);
      await database.reviewStatus.put(repaired);
      statuses[statuses.indexOf(older[i]!)] = repaired;
    } catch {
      // A row this version cannot read is left as it is.
    }
  }
  // Same application and export time is not enough: a file edited by hand (or crafted) could keep
  // both. It is the same file only if what it holds is the same.
  for (const s of statuses) {
    if (!sameExport(s, source.application.id, source.exportedAt)) continue;
    const row = await database.reviews.get(s.id);
    if (row && sameData((row.data as MentorReviewData).source?.application, source.application)) return s.id;
  }
  return null;
}

/**
 * Opens an exported application (already checked by the import checks: never anything else) for
 * review. The review of that very export, if the mentor has one, is the one opened (their comments
 * as they left them); otherwise it is kept read-only as a new review, under the name the mentor
 * gave last. A different export of the same application is a review of its own.
 */
export async function openReview(
  source: ApplicationFile,
  database: WorkbookDB = defaultDb,
  now = new Date().toISOString(),
): Promise<OpenedReview> {
  const app = source.application;
  return database.transaction('rw', [database.reviews, database.reviewStatus, database.settings], async () => {
    const existing = await reviewOfExport(source, database);
    if (existing) return { id: existing, already: true };
    const id = crypto.randomUUID();
    const review: Review = {
      id,
      mentor: await rememberedMentorName(database),
      createdAt: now,
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments: [],
    };
    const data: MentorReviewData = { source, review };
    await database.reviews.put({ id, updatedAt: now, data });
    await database.reviewStatus.put(summarise(id, now, data, null));
    return { id, already: false };
  });
}

/** Saves the mentor's comments (the opened file itself never changes); the list learns they are not downloaded yet. */
export async function saveComments(
  id: string,
  comments: ReviewComment[],
  options: { typedIn?: string; database?: WorkbookDB; now?: string } = {},
) {
  const { typedIn, database = defaultDb, now = new Date().toISOString() } = options;
  await database.transaction('rw', [database.reviews, database.reviewStatus], async () => {
    const row = await database.reviews.get(id);
    if (!row) throw new Error('This review is no longer on this device.');
    const data = row.data as MentorReviewData;
    const next: MentorReviewData = { source: data.source, review: { ...data.review, comments } };
    await database.reviews.put({ id, updatedAt: now, data: next });
    const status = summarise(id, now, next, await statusOf(id, database));
    // The comment typed in that part is saved now: it is no longer being typed.
    const typing = Object.fromEntries(Object.entries(status.typing).filter(([section]) => section !== typedIn));
    await database.reviewStatus.put({ ...status, typing, changedAt: now });
  });
}

/** Saves the mentor's name in the review, and remembers it for the next one. */
export async function saveMentorName(id: string, mentor: string, database: WorkbookDB = defaultDb, now = new Date().toISOString()) {
  await database.transaction('rw', [database.reviews, database.reviewStatus, database.settings], async () => {
    const row = await database.reviews.get(id);
    if (!row) return;
    const data = row.data as MentorReviewData;
    const next: MentorReviewData = { source: data.source, review: { ...data.review, mentor } };
    await database.reviews.put({ id, updatedAt: now, data: next });
    await database.reviewStatus.put(summarise(id, now, next, await statusOf(id, database)));
    await database.settings.put({ key: MENTOR_NAME_KEY, value: mentor });
  });
}

/** Keeps a comment as it is typed (null once it is saved or cancelled), so a reload or a closed tab loses none of it. */
export async function saveTyping(id: string, section: string, typing: Typing | null, database: WorkbookDB = defaultDb) {
  await database.transaction('rw', [database.reviews, database.reviewStatus], async () => {
    let status = await statusOf(id, database);
    if (!status) {
      const row = await database.reviews.get(id);
      if (!row) return;
      status = summarise(id, row.updatedAt, row.data as MentorReviewData, null);
    }
    const rest = Object.fromEntries(Object.entries(status.typing).filter(([k]) => k !== section));
    await database.reviewStatus.put({ ...status, typing: typing?.text ? { ...rest, [section]: typing } : rest });
  });
}

/** Records that the review file was downloaded with the comments as they are now. */
export async function markDownloaded(id: string, database: WorkbookDB = defaultDb, now = new Date().toISOString()) {
  await database.transaction('rw', [database.reviews, database.reviewStatus], async () => {
    const row = await database.reviews.get(id);
    if (!row) return;
    const status = (await statusOf(id, database)) ?? summarise(id, row.updatedAt, row.data as MentorReviewData, null);
    await database.reviewStatus.put({ ...status, downloadedAt: now });
  });
}

/**
 * The reviews for the list, by what needs the mentor first. Reads only the small status rows;
 * a review without one (kept by another path) is summarised from its row, as not downloaded, and
 * one written before statuses said which export they are of is completed from its row.
 */
export function liveReviewList(database: WorkbookDB = defaultDb) {
  return liveQuery(async () => {
    const [ids, rows] = await Promise.all([database.reviews.toCollection().primaryKeys(), database.reviewStatus.toArray()]);
    const known = new Map(rows.flatMap((r) => (restoreStatus(r) ? [[r.id, restoreStatus(r)!] as const] : [])));
    // Without a status, or with one that does not say which export it is of (written before that was kept).
    const missing = ids.filter((id) => !known.has(id) || olderStatus(known.get(id)!));
    const extra = missing.length > 0 ? await database.reviews.bulkGet(missing) : [];
    const statuses = ids.flatMap((id) => {
      const status = known.get(id);
      if (status && !olderStatus(status)) return [status];
      const row = extra[missing.indexOf(id)];
      try {
        return row ? [summarise(row.id, row.updatedAt, row.data as MentorReviewData, status ?? null)] : status ? [status] : [];
      } catch {
        return status ? [status] : [];
      }
    });
    return statuses.sort(byAttention);
  });
}

/** One review (the file and the comments), or null once it is gone. */
export function liveReview(id: string, database: WorkbookDB = defaultDb) {
  return liveQuery(async () => {
    const row = await database.reviews.get(id);
    return row ? asReview(row) : null;
  });
}

/** One review's status, apart from the review itself: typing changes it, and must not re-read the whole file. */
export function liveReviewStatus(id: string, database: WorkbookDB = defaultDb) {
  return liveQuery(async () => {
    const status = await statusOf(id, database);
    if (status) return status;
    const row = await database.reviews.get(id);
    return row ? summarise(id, row.updatedAt, row.data as MentorReviewData, null) : null;
  });
}

export function deleteReview(id: string, database: WorkbookDB = defaultDb): Promise<void> {
  return database.transaction('rw', [database.reviews, database.reviewStatus], async () => {
    await database.reviews.delete(id);
    await database.reviewStatus.delete(id);
  });
}

/** Row id of an imported comment: unique per application, so a kept copy has its own. */
export const commentRowId = (applicationId: string, reviewId: string, commentId: string) => `${applicationId}/${reviewId}/${commentId}`;

export interface CommentRow {
  id: string;
  applicationId: string;
  data: ImportedComment;
}

/** Imports a mentor's review into the application it was written for, keeping what was already resolved. */
/** What importing a review did: comments new to the workbook, and those it already held (kept as they were, resolved or not). */
export interface ReviewImported {
  added: number;
  already: number;
}

export async function importReview(file: ReviewFile, app: Application, database: WorkbookDB = defaultDb): Promise<ReviewImported> {
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
  let already = 0;
  await database.transaction('rw', database.comments, async () => {
    const existing = await database.comments.bulkGet(rows.map((r) => r.id));
    already = existing.filter(Boolean).length;
    const merged = rows.map((row, i) => {
      const old = existing[i] as CommentRow | undefined;
      return old ? { ...row, data: { ...row.data, resolvedAt: old.data.resolvedAt } } : row;
    });
    await database.comments.bulkPut(merged satisfies StoredComment[]);
  });
  return { added: rows.length - already, already };
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
