// The mentor review round trip: comments anchored to parts of an application, each carrying
// the hash and text of what it was written against, so the applicant sees when it is outdated.
import * as v from 'valibot';
import type { IsoTime } from '../types.ts';
import { APPLICATION_FORMAT, GENERATOR, WORKBOOK_FORMAT } from './format.ts';
import { type ExchangeResult, reject } from './issues.ts';
import { checkTree, EXCHANGE_LIMITS, type ExchangeLimits, parseJsonSafely } from './limits.ts';
import { describeIssues } from './parse.ts';
import { REVIEW_FORMAT, type Review } from './review-types.ts';
import * as s from './schemas.ts';

const REVIEW_VERSION = 1;

export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  version: number;
  exportedAt: IsoTime;
  exportedBy: { app: string; version: string };
  review: Review;
}

/** The small file a mentor sends back. */
export function serializeReview(review: Review, exportedAt: IsoTime = new Date().toISOString()): ReviewFile {
  return { format: REVIEW_FORMAT, version: REVIEW_VERSION, exportedAt, exportedBy: { ...GENERATOR }, review };
}

const reviewSchema = v.strictObject({
  format: v.literal(REVIEW_FORMAT),
  version: v.literal(REVIEW_VERSION),
  exportedAt: s.isoTime,
  exportedBy: s.exportedBy,
  review: s.reviewBody,
}) satisfies v.GenericSchema<unknown, ReviewFile>;

/** Reads a mentor's review file (JSON), with the same limits as any other import. */
export function parseReviewFile(text: string, limits: ExchangeLimits = EXCHANGE_LIMITS): ExchangeResult<ReviewFile> {
  const parsed = parseJsonSafely(text.replace(/^\uFEFF/, ''), limits);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue] };
  const problems = checkTree(parsed.value, limits);
  if (problems.length > 0) return { ok: false, errors: problems };
  const raw = parsed.value as { format?: unknown; version?: unknown } | null;
  if (raw === null || typeof raw !== 'object' || raw.format !== REVIEW_FORMAT) {
    const format = raw !== null && typeof raw === 'object' ? raw.format : undefined;
    if (format === APPLICATION_FORMAT || format === WORKBOOK_FORMAT) {
      return reject(
        '',
        'This is an exported application or a workbook backup, not a review. Import it under Import and backups on the Applications screen.',
      );
    }
    return reject(
      '',
      "This is not a mentor's review file from ProReg Companion.",
      `The "format" field is ${typeof format === 'string' ? JSON.stringify(format.slice(0, 80)) : 'missing'}.`,
    );
  }
  if (typeof raw.version === 'number' && raw.version > REVIEW_VERSION) {
    return reject(
      '',
      'This review was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to import it.',
      `Review format ${raw.version}; this workbook reads ${REVIEW_VERSION}.`,
    );
  }
  const result = v.safeParse(reviewSchema, raw);
  if (!result.success) return { ok: false, errors: describeIssues(result.issues) };
  const ids = new Set<string>();
  for (const [i, c] of result.output.review.comments.entries()) {
    if (ids.has(c.id)) return reject(`review.comments[${i}].id`, 'Two comments in this review have the same id.');
    ids.add(c.id);
  }
  return { ok: true, value: result.output, warnings: [] };
}
