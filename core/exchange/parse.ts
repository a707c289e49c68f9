// Reading a file someone hands us: find the embedded data, check limits, migrate, validate,
// then check what a schema cannot (attachment bytes and hashes, snapshot hashes, duplicates).
import * as v from 'valibot';
import type { Application, LockSnapshot } from '../types.ts';
import { base64ToBytes, decodedLength, isBase64 } from './base64.ts';
import { APPLICATION_FORMAT, FORMAT_VERSION, WORKBOOK_FORMAT, referencedBlobIds, type ApplicationEntry, type ApplicationFile, type WorkbookFile } from './format.ts';
import { sha256OfBytes } from './hash.ts';
import { joinPath, reject, type ExchangeIssue, type ExchangeResult } from './issues.ts';
import { checkTree, EXCHANGE_LIMITS, parseJsonSafely, type ExchangeLimits } from './limits.ts';
import { migrate } from './migrate.ts';
import * as s from './schemas.ts';
import { snapshotHash } from './snapshot.ts';

/** The id of the <script type="application/json"> block an .html export carries its data in. */
export const EMBED_ID = 'proreg-data';
/** The opening tag of that block, exactly as exports write it. */
export const EMBED_OPEN = `<script type="application/json" id="${EMBED_ID}">`;

/** The JSON text of a file: the file itself if it is JSON, else the embedded data block of an .html export. */
export function extractJson(text: string): ExchangeResult<string> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) return { ok: true, value: body, warnings: [] };
  // The exact tag this code writes: user text in an export can never produce it (its "<" is escaped).
  const openAt = text.indexOf(EMBED_OPEN);
  if (openAt < 0) {
    return reject('', 'This is not a ProReg Companion file: it is neither a JSON backup nor an exported application page with embedded data.');
  }
  const start = openAt + EMBED_OPEN.length;
  const end = { index: text.indexOf('</script>', start) };
  if (end.index < 0) return reject('', 'The embedded data in this page is cut off (its closing tag is missing).');
  return { ok: true, value: text.slice(start, end.index), warnings: [] };
}

/** Plain-words issues from valibot's, with a dotted field path. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ExchangeIssue[] {
  return issues.slice(0, 20).map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) path = joinPath(path, item.key as string | number);
    if (issue.expected === 'never') return { path, message: 'This field is not part of the format.' };
    if (issue.received === 'undefined' && issue.type.endsWith('object')) return { path, message: 'This field is missing.' };
    return { path, message: issue.message };
  });
}

/** Attachment base64 is the only place a string may exceed the text limit. */
function isBytesPath(path: string): boolean {
  return /attachments(\.[A-Za-z_$][\w$]*|\[".*"\])\.base64$/.test(path);
}

/** Shared front half: JSON text → limit-checked, migrated raw object with a known format. */
function prepare(text: string, limits: ExchangeLimits): ExchangeResult<{ format: string; data: Record<string, unknown>; from: number }> {
  if (text.length > limits.maxFileChars) {
    return reject('', `The file is too large (${text.length.toLocaleString('en-GB')} characters; the limit is ${limits.maxFileChars.toLocaleString('en-GB')}).`);
  }
  const json = extractJson(text);
  if (!json.ok) return json;
  const parsed = parseJsonSafely(json.value, limits);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue] };
  const problems = checkTree(parsed.value, limits, isBytesPath);
  if (problems.length > 0) return { ok: false, errors: problems };
  const raw = parsed.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return reject('', 'This is not a ProReg Companion file: the data is not a group of fields.');
  const data = raw as Record<string, unknown>;
  const format = data.format;
  if (format !== APPLICATION_FORMAT && format !== WORKBOOK_FORMAT) {
    return reject('format', 'This is not a ProReg Companion application or backup file (its "format" field is missing or different).');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return reject('version', 'The format version must be a whole number from 1 up.');
  if (version > FORMAT_VERSION) {
    return reject('version', `This file was made by a newer version of ProReg Companion (format version ${version}; this one reads up to ${FORMAT_VERSION}). Update the workbook to open it.`);
  }
  return { ok: true, value: { format, data: migrate(data, version, FORMAT_VERSION), from: version }, warnings: [] };
}

/** Checks attachments against their claims and the documents that use them; returns errors and warnings. */
function checkEntry(entry: ApplicationEntry, prefix: string, limits: ExchangeLimits): { errors: ExchangeIssue[]; warnings: ExchangeIssue[] } {
  const errors: ExchangeIssue[] = [];
  const warnings: ExchangeIssue[] = [];
  const app = entry.application;
  const used = referencedBlobIds(app);
  for (const [blobId, att] of Object.entries(entry.attachments)) {
    const path = joinPath(joinPath(prefix, 'attachments'), blobId);
    if (!used.has(blobId)) {
      errors.push({ path, message: 'No document of the application uses this attachment.' });
      continue;
    }
    if (!isBase64(att.base64)) {
      errors.push({ path: joinPath(path, 'base64'), message: 'The file bytes are not valid base64 text.' });
      continue;
    }
    const length = decodedLength(att.base64);
    if (length > limits.maxAttachmentBytes) {
      errors.push({ path, message: `This attachment is ${length.toLocaleString('en-GB')} bytes; the limit is ${limits.maxAttachmentBytes.toLocaleString('en-GB')}.` });
      continue;
    }
    if (length !== att.size) {
      errors.push({ path: joinPath(path, 'size'), message: `The attachment says it is ${att.size} bytes but holds ${length}.` });
      continue;
    }
    if (sha256OfBytes(base64ToBytes(att.base64)) !== att.sha256) {
      errors.push({ path: joinPath(path, 'sha256'), message: 'The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.' });
    }
  }
  const checkDocs = (docs: Application['documents'], docsPath: string) => {
    for (const [typeId, doc] of Object.entries(docs)) {
      const path = joinPath(docsPath, typeId);
      if (doc.typeId !== typeId) errors.push({ path: joinPath(path, 'typeId'), message: `The document is filed under "${typeId}" but says its type is "${doc.typeId}".` });
      const att = entry.attachments[doc.blobId];
      if (!att || !Object.hasOwn(entry.attachments, doc.blobId)) {
        warnings.push({ path, message: `The bytes of "${doc.name}" are not in this file; the document will be listed without its file.` });
      } else if (att.sha256 !== doc.sha256 || att.size !== doc.size) {
        errors.push({ path, message: `The document "${doc.name}" does not match the attachment it points to (hash or size differ).` });
      }
    }
  };
  const appPath = joinPath(prefix, 'application');
  checkDocs(app.documents, joinPath(appPath, 'documents'));
  if (app.lock) {
    checkDocs(app.lock.content.documents, joinPath(joinPath(joinPath(appPath, 'lock'), 'content'), 'documents'));
    warnings.push(...checkSnapshot(app.lock, joinPath(appPath, 'lock')));
  }
  app.history.forEach((event, i) => {
    if (event.type === 'unlocked') warnings.push(...checkSnapshot(event.snapshot, joinPath(joinPath(joinPath(appPath, 'history'), i), 'snapshot')));
  });
  return { errors, warnings };
}

/** A warning when a snapshot's recorded hash is not the hash of its content. */
function checkSnapshot(snapshot: LockSnapshot, path: string): ExchangeIssue[] {
  if (snapshotHash(snapshot.content) === snapshot.sha256) return [];
  return [{ path: joinPath(path, 'sha256'), message: 'The locked snapshot does not match its recorded hash: its content was changed after locking, or the file was edited.' }];
}

export type ParsedFile = { kind: 'application'; file: ApplicationFile; migratedFrom: number } | { kind: 'workbook'; file: WorkbookFile; migratedFrom: number };

/** Reads an exported application (.html or .json) or a workbook backup; never runs anything in it. */
export function parseExchangeFile(text: string, limits: ExchangeLimits = EXCHANGE_LIMITS): ExchangeResult<ParsedFile> {
  const prepared = prepare(text, limits);
  if (!prepared.ok) return prepared;
  const { format, data, from } = prepared.value;
  if (format === APPLICATION_FORMAT) {
    const result = v.safeParse(s.applicationFile, data);
    if (!result.success) return { ok: false, errors: describeIssues(result.issues) };
    const file: ApplicationFile = result.output;
    const { errors, warnings } = checkEntry(file, '', limits);
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
    if (seen.has(entry.application.id)) errors.push({ path: joinPath(joinPath(prefix, 'application'), 'id'), message: 'Two applications in this backup have the same id.' });
    seen.add(entry.application.id);
    check(checkEntry(entry, prefix, limits));
  });
  const reviewIds = new Set<string>();
  (file.reviews ?? []).forEach((review, i) => {
    const prefix = joinPath('reviews', i);
    if (reviewIds.has(review.id)) errors.push({ path: joinPath(prefix, 'id'), message: 'Two reviews in this backup have the same id.' });
    reviewIds.add(review.id);
    check(checkEntry(review.source, joinPath(prefix, 'source'), limits));
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: 'workbook', file, migratedFrom: from }, warnings };
}

/** Reads one exported application; a workbook backup is refused with a message. */
export function parseApplicationFile(text: string, limits: ExchangeLimits = EXCHANGE_LIMITS): ExchangeResult<ApplicationFile> {
  const parsed = parseExchangeFile(text, limits);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind !== 'application') return reject('format', 'This is a whole-workbook backup, not a single application.');
  return { ok: true, value: parsed.value.file, warnings: parsed.warnings };
}
