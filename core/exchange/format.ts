// The documented, versioned file format (docs/exchange-format.md): one application with its
// attachments, or a whole-workbook backup. Version 6 is current; versions 1 to 5 are migrated.
import type { DevelopmentData } from '../development/data.ts';
import { DEFAULT_RULES, RULE_DEFAULTS, rulesInForce } from '../rules/adjustable.ts';
import type { Application, DocumentRef, IsoTime, RulesInForce } from '../types.ts';
import { bytesToBase64 } from './base64.ts';
import { sha256OfBytes } from './hash.ts';
import type { ImportedComment, Review } from './review-types.ts';

export const APPLICATION_FORMAT = 'proreg-companion/application';
export const WORKBOOK_FORMAT = 'proreg-companion/workbook';
/** The version this code writes; it reads this and every earlier one. */
export const FORMAT_VERSION = 6;
export const GENERATOR = { app: 'ProReg Companion', version: '0.1.0' };

/** The bytes of one document, keyed by its blobId in the file. */
export interface Attachment {
  name: string;
  mime: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  base64: string;
}

/**
 * The rules the exporter's workbook had in force (core/rules/adjustable.ts), so a reader checks
 * the application against the same gates: every switch, and the limits. Ids a reader does not
 * know are ignored, as are missing ones (the reader's defaults apply).
 */
export interface RecordedRules {
  switches: Record<string, boolean>;
  limits: Record<string, number>;
}

/** The rules in force as a file records them. */
function recordRules(rules: RulesInForce): RecordedRules {
  const { switches, ...limits } = rules;
  return { switches: { ...switches }, limits: { ...limits } };
}

/** The rules a file records, in force for reading it (the reader's defaults fill any gap); the defaults for older files. */
export function recordedRulesInForce(recorded: RecordedRules | undefined): RulesInForce {
  return recorded ? rulesInForce(RULE_DEFAULTS, recorded) : DEFAULT_RULES;
}

export interface ApplicationEntry {
  application: Application;
  attachments: Record<string, Attachment>;
  /** Mentor comments the applicant has imported (absent when there are none). */
  comments?: ImportedComment[];
  /** The CPD log, Development Action Plan, advice log and interview practice (version 3 on; absent when there are none). */
  development?: DevelopmentData;
}

/** A review in mentor mode: the application file as opened, and the mentor's comments. */
export interface StoredReviewData {
  id: string;
  updatedAt: IsoTime;
  source: ApplicationFile;
  review: Review;
}

/** A single exported application (.html carries this embedded; it may also stand alone as .json). */
export interface ApplicationFile extends ApplicationEntry {
  format: typeof APPLICATION_FORMAT;
  version: number;
  exportedAt: IsoTime;
  exportedBy: { app: string; version: string };
  /** The rules in force when exported; absent in files older than version 5. */
  rules?: RecordedRules;
}

/** Every application of a workbook, for backups. */
export interface WorkbookFile {
  format: typeof WORKBOOK_FORMAT;
  version: number;
  exportedAt: IsoTime;
  exportedBy: { app: string; version: string };
  applications: ApplicationEntry[];
  /** Reviews of other people's applications made in mentor mode (absent when there are none). */
  reviews?: StoredReviewData[];
  /** The rules in force when backed up; absent in files older than version 5. */
  rules?: RecordedRules;
}

/** Bytes of a document as the host hands them over for export. */
export interface AttachmentBytes {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** The blobIds of one document: its file and, for a built document, the sources it was built from. */
export function documentBlobIds(doc: DocumentRef): string[] {
  return [doc.blobId, ...(doc.built?.sources.map((s) => s.blobId) ?? [])];
}

/** Every blobId an application refers to: current documents (and their sources), the lock snapshot's and those kept in history. */
export function referencedBlobIds(app: Application): Set<string> {
  const ids = new Set<string>();
  const add = (docs: Application['documents']) => {
    for (const doc of Object.values(docs)) for (const id of documentBlobIds(doc)) ids.add(id);
  };
  add(app.documents);
  add(app.lock?.content.documents ?? {});
  for (const event of app.history) {
    if (event.type === 'unlocked') add(event.snapshot.content.documents);
  }
  return ids;
}

/** What a file records of one attachment besides its bytes. */
export type AttachmentRecord = Omit<Attachment, 'base64'>;

/**
 * Attachments ready to be written: what the file records of each (undefined when its bytes are
 * not available) and its base64 text, or a placeholder a streaming writer fills in
 * (see core/exchange/write.ts).
 */
export interface PreparedAttachments {
  record(blobId: string): AttachmentRecord | undefined;
  base64(blobId: string): string;
}

/** Attachments from bytes in memory, each hashed and encoded once, when first needed. */
function prepareBytes(bytes: ReadonlyMap<string, AttachmentBytes>): PreparedAttachments {
  const records = new Map<string, AttachmentRecord>();
  return {
    record(blobId) {
      const file = bytes.get(blobId);
      if (!file) return undefined;
      let known = records.get(blobId);
      if (!known) {
        known = { name: file.name, mime: file.mime, size: file.bytes.length, sha256: sha256OfBytes(file.bytes) };
        records.set(blobId, known);
      }
      return known;
    },
    base64: (blobId) => bytesToBase64(bytes.get(blobId)!.bytes),
  };
}

const prepared = (source: AttachmentSource): PreparedAttachments =>
  typeof (source as PreparedAttachments).base64 === 'function'
    ? (source as PreparedAttachments)
    : prepareBytes(source as ReadonlyMap<string, AttachmentBytes>);

/** Bytes in memory, or attachments already prepared. */
export type AttachmentSource = ReadonlyMap<string, AttachmentBytes> | PreparedAttachments;

/** Attachments for the blobIds the application refers to (in blobId order), as the file writes them. */
function toAttachments(app: Application, source: PreparedAttachments): Record<string, Attachment> {
  const out: Record<string, Attachment> = Object.create(null) as Record<string, Attachment>;
  for (const blobId of [...referencedBlobIds(app)].sort()) {
    const record = source.record(blobId);
    if (record) out[blobId] = { ...record, base64: source.base64(blobId) };
  }
  return { ...out };
}

/** An application with its attachments, and its mentor comments and development record when there are any. */
function entry(
  app: Application,
  source: PreparedAttachments,
  comments: readonly ImportedComment[],
  development: DevelopmentData | undefined,
): ApplicationEntry {
  const base: ApplicationEntry = { application: app, attachments: toAttachments(app, source) };
  if (comments.length > 0) base.comments = [...comments];
  if (development) base.development = development;
  return base;
}

/** The exchange data of one application, with the rules in force: serialise to JSON or embed in the .html export. */
export function serializeApplication(
  app: Application,
  bytes: AttachmentSource,
  exportedAt: IsoTime = new Date().toISOString(),
  comments: readonly ImportedComment[] = [],
  development?: DevelopmentData,
  rules: RulesInForce = DEFAULT_RULES,
): ApplicationFile {
  const source = prepared(bytes);
  return {
    format: APPLICATION_FORMAT,
    version: FORMAT_VERSION,
    exportedAt,
    exportedBy: { ...GENERATOR },
    rules: recordRules(rules),
    ...entry(app, source, comments, development),
  };
}

/** What a backup carries besides the applications: their mentor comments, reviews made in mentor mode, and the rules in force. */
export interface WorkbookExtras {
  comments?: ReadonlyMap<string, readonly ImportedComment[]>;
  reviews?: readonly StoredReviewData[];
  /** Development records by application id. */
  development?: ReadonlyMap<string, DevelopmentData>;
  rules?: RulesInForce;
}

/** The backup data of a whole workbook. */
export function serializeWorkbook(
  apps: readonly Application[],
  bytes: AttachmentSource,
  exportedAt: IsoTime = new Date().toISOString(),
  extras: WorkbookExtras = {},
): WorkbookFile {
  const source = prepared(bytes);
  const file: WorkbookFile = {
    format: WORKBOOK_FORMAT,
    version: FORMAT_VERSION,
    exportedAt,
    exportedBy: { ...GENERATOR },
    rules: recordRules(extras.rules ?? DEFAULT_RULES),
    applications: apps.map((app) => entry(app, source, extras.comments?.get(app.id) ?? [], extras.development?.get(app.id))),
  };
  return extras.reviews && extras.reviews.length > 0 ? { ...file, reviews: [...extras.reviews] } : file;
}
