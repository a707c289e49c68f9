// Reading a file someone hands us: find the embedded data, check limits, migrate, validate,
// then check what a schema cannot (attachment bytes and hashes, snapshot hashes, duplicates).
import * as v from 'valibot';
import { HEAD_BYTES } from '../files/sniff.ts';
import type { Application, LockSnapshot } from '../types.ts';
import { attachmentProblem, base64Head, conflictingBlobIds, documentsByBlob } from './attachment-check.ts';
import { base64ToBytes, decodedLength, isBase64 } from './base64.ts';
import {
  APPLICATION_FORMAT,
  type ApplicationEntry,
  type ApplicationFile,
  FORMAT_VERSION,
  referencedBlobIds,
  WORKBOOK_FORMAT,
  type WorkbookFile,
} from './format.ts';
import { sha256OfBytes } from './hash.ts';
import { historyHashWarnings } from './history-check.ts';
import { type ExchangeIssue, type ExchangeResult, joinPath, reject } from './issues.ts';
import { checkTree, documentTooLarge, EXCHANGE_LIMITS, type ExchangeLimits, fileTooLarge, parseJsonSafely } from './limits.ts';
import { migrate } from './migrate.ts';
import { REVIEW_FORMAT } from './review-types.ts';
import * as s from './schemas.ts';
import { snapshotHash } from './snapshot.ts';

/** The id of the <script type="application/json"> block an .html export carries its data in. */
const EMBED_ID = 'proreg-data';
/** The opening tag of that block, exactly as exports write it. */
export const EMBED_OPEN = `<script type="application/json" id="${EMBED_ID}">`;

/** The JSON text of a file: the file itself if it is JSON, else the embedded data block of an .html export. */
export function extractJson(text: string): ExchangeResult<string> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) return { ok: true, value: body, warnings: [] };
  // The exact tag this code writes: user text in an export can never produce it (its "<" is escaped).
  const openAt = text.indexOf(EMBED_OPEN);
  if (openAt < 0) return notOurs();
  const start = openAt + EMBED_OPEN.length;
  const end = text.indexOf('</script>', start);
  if (end < 0) return cutShort();
  return { ok: true, value: text.slice(start, end), warnings: [] };
}

const notOurs = <T>(): ExchangeResult<T> =>
  reject('', 'This is not a ProReg Companion file: it is neither a workbook backup nor an application exported from ProReg Companion.');

const cutShort = <T>(): ExchangeResult<T> =>
  reject(
    '',
    'This file is incomplete or damaged: it ends part-way through its data. It may not have finished downloading or copying; take the file again from where it came from.',
    'The closing tag of the embedded data block is missing.',
  );

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const EMBED_OPEN_BYTES = ascii(EMBED_OPEN);
const EMBED_CLOSE_BYTES = ascii('</script>');

/** Where `needle` first occurs in `bytes` from `from` on, or -1 (the platform's search finds each candidate). */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(needle[0]!, from); i >= 0 && i <= last; i = bytes.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/**
 * The bytes of a file's JSON, as extractJson finds its text, without decoding the rest: the
 * file itself when it is JSON, else the embedded data block of an .html export. An import
 * decodes only these bytes, and can let the file go before it parses them.
 */
export function extractJsonBytes(bytes: Uint8Array): ExchangeResult<Uint8Array> {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d))
    start++;
  if (bytes[start] === 0x7b /* { */) return { ok: true, value: bytes.subarray(start), warnings: [] };
  const openAt = indexOfBytes(bytes, EMBED_OPEN_BYTES);
  if (openAt < 0) return notOurs();
  const from = openAt + EMBED_OPEN_BYTES.length;
  const end = indexOfBytes(bytes, EMBED_CLOSE_BYTES, from);
  if (end < 0) return cutShort();
  return { ok: true, value: bytes.subarray(from, end), warnings: [] };
}

/** Plain-words issues from valibot's, with a dotted field path. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ExchangeIssue[] {
  return issues.slice(0, 20).map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) path = joinPath(path, item.key as string | number);
    const detail = `Expected ${issue.expected ?? 'something else'}, found ${issue.received}.`;
    if (issue.expected === 'never')
      return { path, message: 'This field is not part of the format: the file was changed by hand or made by another program.', detail };
    if (issue.received === 'undefined' && issue.type.endsWith('object')) return { path, message: 'This field is missing.', detail };
    return { path, message: issue.message, detail };
  });
}

/** Attachment base64 is the only place a string may exceed the text limit. */
function isBytesPath(path: string): boolean {
  return /attachments(\.[A-Za-z_$][\w$]*|\[".*"\])\.base64$/.test(path);
}

/** Shared front half: JSON text → limit-checked, migrated raw object with a known format. */
function prepare(text: string, limits: ExchangeLimits): ExchangeResult<{ format: string; data: Record<string, unknown>; from: number }> {
  if (text.length > limits.maxFileChars) return { ok: false, errors: [fileTooLarge(text.length, limits)] };
  const json = extractJson(text);
  if (!json.ok) return json;
  const parsed = parseJsonSafely(json.value, limits);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue] };
  const problems = checkTree(parsed.value, limits, isBytesPath);
  if (problems.length > 0) return { ok: false, errors: problems };
  const raw = parsed.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return reject('', 'This is not a ProReg Companion file: the data is not a group of fields.');
  const data = raw as Record<string, unknown>;
  const format = data.format;
  if (format === REVIEW_FORMAT) {
    return { ok: false, errors: [{ path: '', message: REVIEW_FILE_MESSAGE, detail: `format: ${REVIEW_FORMAT}` }] };
  }
  if (format !== APPLICATION_FORMAT && format !== WORKBOOK_FORMAT) {
    return reject(
      '',
      'This is not a ProReg Companion application or backup: its data is of another kind.',
      `The "format" field is ${typeof format === 'string' ? JSON.stringify(format.slice(0, 80)) : 'missing'}.`,
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return reject(
      '',
      'This file does not say which version of the format it uses, so it cannot be read safely.',
      'The "version" field must be a whole number from 1 up.',
    );
  }
  if (version > FORMAT_VERSION) {
    return reject(
      '',
      `This file was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to open it.`,
      `Format version ${version}; this workbook reads up to ${FORMAT_VERSION}.`,
    );
  }
  return { ok: true, value: { format, data: migrate(data, version, FORMAT_VERSION), from: version }, warnings: [] };
}

/** What the main import says about a mentor's review file. */
const REVIEW_FILE_MESSAGE =
  "This is a mentor's review file, not an application or a backup. Its comments are imported into the application they are about: open that application, go to Export and review, and use Import a mentor's review.";

/** Whether a refusal is only because the file is a mentor's review. */
export const isReviewFileRefusal = (errors: readonly ExchangeIssue[]): boolean =>
  errors.length === 1 && errors[0]!.message === REVIEW_FILE_MESSAGE;

/** Base64 characters that carry the head of an attachment (what attachmentProblem looks at). */
const HEAD_CHARS = Math.ceil(HEAD_BYTES / 3) * 4;

/** What a writer knows of the bytes behind an attachment's placeholder (see core/exchange/write.ts). */
export interface KnownAttachment {
  size: number;
  /** The first HEAD_BYTES bytes (all of them if fewer), for the check of what kind of file it is. */
  head: Uint8Array;
}

/**
 * How attachment bytes are checked. 'now' (the default) decodes and hashes every one while
 * reading; 'later' checks all else now and leaves decoding, size and hash to readAttachment
 * (core/exchange/attachment-bytes.ts), one attachment at a time as an import stores them; a map
 * reads a file just written, whose attachments are placeholders for bytes the writer encoded.
 */
export interface ParseOptions {
  attachments?: 'now' | 'later' | ReadonlyMap<string, KnownAttachment>;
}

/** Checks attachments against their claims and the documents that use them; returns errors and warnings. */
function checkEntry(
  entry: ApplicationEntry,
  prefix: string,
  limits: ExchangeLimits,
  mode: NonNullable<ParseOptions['attachments']> = 'now',
): { errors: ExchangeIssue[]; warnings: ExchangeIssue[] } {
  const errors: ExchangeIssue[] = [];
  const warnings: ExchangeIssue[] = [];
  const app = entry.application;
  const used = referencedBlobIds(app);
  const uses = documentsByBlob(app);
  for (const [blobId, att] of Object.entries(entry.attachments)) {
    const path = joinPath(joinPath(prefix, 'attachments'), blobId);
    if (!used.has(blobId)) {
      errors.push({ path, message: 'No document of the application uses this attachment.' });
      continue;
    }
    const known = typeof mode === 'object' ? mode.get(att.base64) : undefined;
    // Read later, the text is checked as it is decoded (one pass); here only what costs nothing.
    if (!known && !(mode === 'later' ? att.base64.length % 4 === 0 && isBase64(att.base64.slice(0, HEAD_CHARS)) : isBase64(att.base64))) {
      errors.push({ path: joinPath(path, 'base64'), message: 'The file bytes are not valid base64 text.' });
      continue;
    }
    const length = known ? known.size : decodedLength(att.base64);
    if (length > limits.maxAttachmentBytes) {
      errors.push(documentTooLarge(path, length, limits, att.name));
      continue;
    }
    if (length !== att.size) {
      errors.push({
        path: joinPath(path, 'size'),
        message: `The document "${att.name}" is damaged: it is not the size it was when exported.`,
        detail: `The attachment says it is ${att.size} bytes but holds ${length}.`,
      });
      continue;
    }
    // Only bytes that are what every record using them says, and that their document takes, come in.
    const problem = attachmentProblem(att, uses.get(blobId) ?? [], known ? known.head : base64Head(att.base64));
    if (problem) {
      errors.push({ path, message: problem });
      continue;
    }
    if (mode === 'now' && sha256OfBytes(base64ToBytes(att.base64)) !== att.sha256) {
      errors.push({
        path: joinPath(path, 'sha256'),
        message: 'The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.',
      });
    }
  }
  const checkDocs = (docs: Application['documents'], docsPath: string) => {
    for (const [typeId, doc] of Object.entries(docs)) {
      const path = joinPath(docsPath, typeId);
      if (doc.typeId !== typeId)
        errors.push({
          path: joinPath(path, 'typeId'),
          message: `The document is filed under "${typeId}" but says its type is "${doc.typeId}".`,
        });
      const att = entry.attachments[doc.blobId];
      if (!att || !Object.hasOwn(entry.attachments, doc.blobId)) {
        warnings.push({ path, message: `The bytes of "${doc.name}" are not in this file; the document will be listed without its file.` });
      } else if (att.sha256 !== doc.sha256 || att.size !== doc.size) {
        errors.push({ path, message: `The document "${doc.name}" does not match the attachment it points to (hash or size differ).` });
      }
      doc.built?.sources.forEach((source, i) => {
        const sourcePath = joinPath(joinPath(joinPath(path, 'built'), 'sources'), i);
        const bytes = Object.hasOwn(entry.attachments, source.blobId) ? entry.attachments[source.blobId] : undefined;
        if (!bytes) {
          warnings.push({
            path: sourcePath,
            message: `The bytes of "${source.name}", one of the files "${doc.name}" was built from, are not in this file; it cannot be rebuilt from them.`,
          });
        } else if (bytes.sha256 !== source.sha256 || bytes.size !== source.size) {
          errors.push({ path: sourcePath, message: `"${source.name}" does not match the attachment it points to (hash or size differ).` });
        }
      });
    }
  };
  const appPath = joinPath(prefix, 'application');
  checkDocs(app.documents, joinPath(appPath, 'documents'));
  if (app.lock) {
    checkDocs(app.lock.content.documents, joinPath(joinPath(joinPath(appPath, 'lock'), 'content'), 'documents'));
    warnings.push(...checkSnapshot(app.lock, joinPath(appPath, 'lock')));
  }
  app.history.forEach((event, i) => {
    if (event.type === 'unlocked')
      warnings.push(...checkSnapshot(event.snapshot, joinPath(joinPath(joinPath(appPath, 'history'), i), 'snapshot')));
  });
  warnings.push(...historyHashWarnings(app, appPath));
  return { errors, warnings };
}

/** A warning when a snapshot's recorded hash is not the hash of its content. */
function checkSnapshot(snapshot: LockSnapshot, path: string): ExchangeIssue[] {
  if (snapshotHash(snapshot.content) === snapshot.sha256) return [];
  return [
    {
      path: joinPath(path, 'sha256'),
      message: 'The locked snapshot does not match its recorded hash: its content was changed after locking, or the file was edited.',
    },
  ];
}

export type ParsedFile =
  | { kind: 'application'; file: ApplicationFile; migratedFrom: number }
  | { kind: 'workbook'; file: WorkbookFile; migratedFrom: number };

/** Reads an exported application (.html or .json) or a workbook backup; never runs anything in it. */
export function parseExchangeFile(
  text: string,
  limits: ExchangeLimits = EXCHANGE_LIMITS,
  options: ParseOptions = {},
): ExchangeResult<ParsedFile> {
  const mode = options.attachments ?? 'now';
  const prepared = prepare(text, limits);
  if (!prepared.ok) return prepared;
  const { format, data, from } = prepared.value;
  if (format === APPLICATION_FORMAT) {
    const result = v.safeParse(s.applicationFile, data);
    if (!result.success) return { ok: false, errors: describeIssues(result.issues) };
    const file: ApplicationFile = result.output;
    const { errors, warnings } = checkEntry(file, '', limits, mode);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { kind: 'application', file, migratedFrom: from }, warnings };
  }
  const result = v.safeParse(s.workbookFile, data);
  if (!result.success) return { ok: false, errors: describeIssues(result.issues) };
  const file: WorkbookFile = result.output;
  const errors: ExchangeIssue[] = [];
  const warnings: ExchangeIssue[] = [];
  const check = (checked: { errors: ExchangeIssue[]; warnings: ExchangeIssue[] }) => {
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
  };
  const seen = new Set<string>();
  file.applications.forEach((entry, i) => {
    const prefix = joinPath('applications', i);
    if (seen.has(entry.application.id))
      errors.push({ path: joinPath(joinPath(prefix, 'application'), 'id'), message: 'Two applications in this backup have the same id.' });
    seen.add(entry.application.id);
    check(checkEntry(entry, prefix, limits, mode));
  });
  // One stored-file id holds one file: two applications giving it different bytes cannot both be right.
  for (const blobId of conflictingBlobIds(file.applications)) {
    const holders = file.applications.flatMap((e, i) => (Object.hasOwn(e.attachments, blobId) ? [i] : []));
    errors.push({
      path: joinPath(joinPath(joinPath('applications', holders[1] ?? 0), 'attachments'), blobId),
      message: `Two applications in this backup (${holders
        .map((i) => `“${file.applications[i]!.application.name}”`)
        .join(' and ')}) store different files under the same storage id. The backup was changed by hand or made by another program.`,
    });
  }
  const reviewIds = new Set<string>();
  (file.reviews ?? []).forEach((review, i) => {
    const prefix = joinPath('reviews', i);
    if (reviewIds.has(review.id)) errors.push({ path: joinPath(prefix, 'id'), message: 'Two reviews in this backup have the same id.' });
    reviewIds.add(review.id);
    // A review's copy of the application is kept as it is (not stored as documents): check its bytes now.
    check(checkEntry(review.source, joinPath(prefix, 'source'), limits, mode === 'later' ? 'now' : mode));
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: 'workbook', file, migratedFrom: from }, warnings };
}

/** Reads one exported application; a workbook backup is refused with a message. */
export function parseApplicationFile(text: string, limits: ExchangeLimits = EXCHANGE_LIMITS): ExchangeResult<ApplicationFile> {
  const parsed = parseExchangeFile(text, limits);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind !== 'application') return reject('', 'This is a whole-workbook backup, not a single application.');
  return { ok: true, value: parsed.value.file, warnings: parsed.warnings };
}
