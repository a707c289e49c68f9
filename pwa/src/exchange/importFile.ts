// The import of a file, step by step, at the speed of the data: the file is read as bytes and
// only its JSON is decoded to text; the bytes are let go before that text is parsed; the
// attachments are checked and decoded one at a time as they are stored, each one's text let go
// once its bytes are in a Blob; everything is written in one transaction. The import screen
// runs these steps (and `npm run bench` measures them).
import type { ExchangeIssue, ExchangeResult } from '../../../core/exchange/issues.ts';
import { EXCHANGE_LIMITS } from '../../../core/exchange/limits.ts';
import { extractJsonBytes, isReviewFileRefusal, type ParsedFile, parseExchangeFile } from '../../../core/exchange/parse.ts';
import { parseReviewFile, type ReviewFile } from '../../../core/exchange/review.ts';
import type { ApplicantRules } from '../../../core/rules/choices.ts';
import { applyImport, type ClashChoice, type ImportOutcome } from '../db/exchange.ts';
import { decodeAttachments } from './decode.ts';
import { readFileBytes } from './files.ts';
import { attachmentGroups, entriesOf, reviewsOf } from './importData.ts';

export type ReadImport =
  | { ok: true; parsed: ParsedFile; warnings: ExchangeIssue[] }
  | { ok: false; errors: ExchangeIssue[] }
  /** A mentor's review, chosen where an application or backup was expected. */
  | { ok: false; review: ReviewFile };

/** Where a file's JSON is: found in its bytes, which go as soon as this returns. */
async function jsonRegion(file: Blob, onProgress: (fraction: number) => void): Promise<ExchangeResult<{ start: number; end: number }>> {
  const region = extractJsonBytes(await readFileBytes(file, onProgress));
  if (!region.ok) return region;
  const start = region.value.byteOffset;
  return { ok: true, value: { start, end: start + region.value.length }, warnings: [] };
}

/**
 * The text of a file's JSON, read by the browser from that part of the file alone: the file's
 * bytes are not held while the text is made, nor the text's bytes while it is parsed.
 */
async function jsonText(file: Blob, onProgress: (fraction: number) => void): Promise<ExchangeResult<string>> {
  const region = await jsonRegion(file, onProgress);
  if (!region.ok) return region;
  return { ok: true, value: await file.slice(region.value.start, region.value.end).text(), warnings: [] };
}

/** Reads and checks a file for import, all but its attachments' bytes (see storeImport). */
export async function readImport(file: Blob, onProgress: (fraction: number) => void): Promise<ReadImport> {
  const json = await jsonText(file, onProgress);
  if (!json.ok) return json;
  const text = json.value;
  const parsed = parseExchangeFile(text, EXCHANGE_LIMITS, { attachments: 'later' });
  if (!parsed.ok && isReviewFileRefusal(parsed.errors)) {
    const review = parseReviewFile(text);
    if (review.ok) return { ok: false, review: review.value };
  }
  if (!parsed.ok) return parsed;
  return { ok: true, parsed: parsed.value, warnings: parsed.warnings };
}

/**
 * Decodes and checks each attachment, then writes everything in one transaction; all or nothing.
 * Throws AttachmentRefused (decode.ts) for a damaged attachment, or the storage error.
 */
export async function storeImport(
  parsed: ParsedFile,
  choice: ClashChoice,
  onProgress: (fraction: number) => void,
  rules?: Required<ApplicantRules>,
): Promise<ImportOutcome> {
  const blobs = await decodeAttachments(attachmentGroups(parsed), onProgress);
  return applyImport(entriesOf(parsed), blobs, choice, { reviews: reviewsOf(parsed), rules });
}
