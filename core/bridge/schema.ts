// The message protocol between the companion extension and the workbook page, exchanged with
// the page's postMessage. Versioned; every message is validated on receipt by both sides.
import * as v from 'valibot';
import { DEFAULT_LIMITS } from '../rules/limits.ts';
import { closeBidi } from '../text/bidi.ts';
import type { Limits } from '../types.ts';

/**
 * Protocol version; a receiver ignores messages of a version it does not know. Version 2 added
 * pairing (the workbook proves it holds the key the user confirmed) and a mirror that carries
 * only what the companion reads. Optional additions keep the version: an older reader drops the
 * unknown key and a newer one treats its absence as "not sent".
 */
export const BRIDGE_VERSION = 2;
/** `source` of messages the workbook page sends. */
export const WORKBOOK_SOURCE = 'proreg-workbook';
/** `source` of messages the extension's relay sends into the workbook page. */
export const EXTENSION_SOURCE = 'proreg-extension';

const Text = v.pipe(v.string(), v.maxLength(100_000));
const Short = v.pipe(v.string(), v.maxLength(2_000));
// Words read from a Career Manager page: a bidi override or isolate left open is closed at their
// end (core/text/bidi.ts), so it cannot reverse the workbook's words shown after them. Only here:
// the mirror's drafts go into Career Manager exactly as the applicant wrote them.
const SeenText = v.pipe(Text, v.transform(closeBidi));
const Seen = v.pipe(Short, v.transform(closeBidi));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.string(), v.isoTimestamp());
/** A pairing key: 32 random bytes, base64url (43 characters). */
const Key = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));

// `status` is what the companion understood of the row (added later: rows without it are read from their words).
const Row = v.object({
  title: Seen,
  mandatory: v.boolean(),
  statusText: Seen,
  status: v.optional(v.picklist(['complete', 'open', 'unknown'])),
});
const ShownSupporter = v.object({
  name: Seen,
  status: Seen,
  comments: v.pipe(v.array(v.object({ competence: Seen, text: SeenText })), v.maxLength(100)),
});

const common = { id: Id, at: Time, url: Short, applicationId: v.nullable(Id) };

/** Something the extension saw in Career Manager, with when and where. */
export const ObservationSchema = v.variant('kind', [
  v.object({ ...common, kind: v.literal('checklist'), data: v.object({ rows: v.pipe(v.array(Row), v.maxLength(200)) }) }),
  v.object({ ...common, kind: v.literal('documents'), data: v.object({ rows: v.pipe(v.array(Row), v.maxLength(200)) }) }),
  v.object({ ...common, kind: v.literal('lock-state'), data: v.object({ locked: v.boolean() }) }),
  v.object({
    ...common,
    kind: v.literal('sectors'),
    data: v.object({ sectors: v.pipe(v.array(Seen), v.maxLength(500)), specialisms: v.pipe(v.array(Seen), v.maxLength(500)) }),
  }),
  v.object({
    ...common,
    kind: v.literal('supporter-comments'),
    data: v.object({ supporters: v.pipe(v.array(ShownSupporter), v.maxLength(50)) }),
  }),
]);
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type ObservationKind = Observation['kind'];

const MirrorRole = v.object({ id: Id, employer: Short, title: Short, responsibilities: Text, achievements: Text });
/** A planned supporter as the overlay lists them: no e-mail, registration number or comments. */
// Names are only shown (popup, overlay), never pasted into Career Manager: closed like words read from a page.
const MirrorSupporter = v.object({ name: Seen, relationship: Seen, status: Short });
const MirrorStep = v.object({
  id: Short,
  title: Short,
  state: v.picklist(['done', 'current', 'blocked', 'todo']),
  /** How many things the workbook lacks since the lock on a step done at the lock (absent from older workbooks: none said). */
  missingSinceLock: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)), 0),
});

/**
 * A workbook application as mirrored to the extension: only what the companion reads (names,
 * the role drafts it inserts, planned supporters' names and status, and what the workbook itself
 * concluded under the applicant's own rules). Objects drop unknown keys, so whatever else a
 * workbook sends is never kept.
 */
const MirrorApplicationSchema = v.object({
  id: Id,
  name: Seen,
  category: v.picklist(['CEng', 'IEng', 'EngTech', 'ICTTech']),
  route: v.picklist(['standard', 'streamlined']),
  stage: v.picklist(['draft', 'locked', 'submitted']),
  updatedAt: Time,
  roles: v.pipe(v.array(MirrorRole), v.maxLength(100)),
  supporters: v.pipe(v.array(MirrorSupporter), v.maxLength(50)),
  /** The ten steps as the workbook shows them (for the popup). */
  steps: v.pipe(v.array(MirrorStep), v.maxLength(20)),
  nextAction: Short,
  /** What the workbook still flags before a lock, in its own words. */
  lockFlags: v.pipe(v.array(Short), v.maxLength(100)),
  /** What the workbook still flags before submission, in its own words. */
  submitFlags: v.pipe(v.array(Short), v.maxLength(100)),
});
export type MirrorApplication = v.InferOutput<typeof MirrorApplicationSchema>;

const Limit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));

/**
 * The workbook's limits in force (its defaults with the user's Settings overrides). Optional,
 * and each key optional, so a mirror without them is still read and falls back to the defaults.
 */
export const MirrorLimitsSchema = v.partial(
  v.object({
    charsPerRole: Limit,
    maxPages: Limit,
    careerPagesMin: Limit,
    careerPagesMax: Limit,
    maxFileSize: Limit,
    supportersRequired: Limit,
    charsPerPage: Limit,
  }),
);
export type MirrorLimits = v.InferOutput<typeof MirrorLimitsSchema>;

/** The limits to apply with a mirror: the workbook's where it sent them, the defaults otherwise. */
export function effectiveLimits(sent: MirrorLimits | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(sent ?? {}).filter(([, n]) => n !== undefined)) };
}

/** The drafts mirror as the extension keeps it. */
const MirrorSchema = v.object({
  at: Time,
  applications: v.pipe(v.array(MirrorApplicationSchema), v.maxLength(100)),
  limits: v.optional(MirrorLimitsSchema),
});
export type Mirror = v.InferOutput<typeof MirrorSchema>;

const fromWorkbook = { source: v.literal(WORKBOOK_SOURCE), v: v.literal(BRIDGE_VERSION) };
const fromExtension = { source: v.literal(EXTENSION_SOURCE), v: v.literal(BRIDGE_VERSION) };

/** Messages the workbook page sends to the extension. */
const WorkbookMessageSchema = v.variant('type', [
  // The workbook page started listening; `key` is its pairing key, null before it ever paired.
  v.object({ ...fromWorkbook, type: v.literal('ready'), key: v.nullable(Key) }),
  // The applicant asked to pair: the extension asks them to confirm the code derived from `key`.
  v.object({ ...fromWorkbook, type: v.literal('pair'), key: Key }),
  // The drafts mirror: every application in the workbook, as it stands (accepted only once paired).
  v.object({ ...fromWorkbook, type: v.literal('mirror'), ...MirrorSchema.entries }),
  // Observations the workbook has stored; the extension stops offering them.
  v.object({ ...fromWorkbook, type: v.literal('ack'), ids: v.pipe(v.array(Id), v.maxLength(5_000)) }),
]);
export type WorkbookMessage = v.InferOutput<typeof WorkbookMessageSchema>;

/** Where the pairing stands, as the extension tells the workbook page. */
export type PairingStatus = 'paired' | 'unpaired' | 'waiting';

/** Messages the extension sends into the workbook page. */
const ExtensionMessageSchema = v.variant('type', [
  v.object({ ...fromExtension, type: v.literal('hello'), extensionVersion: Short, pairing: v.picklist(['paired', 'unpaired', 'waiting']) }),
  v.object({ ...fromExtension, type: v.literal('observations'), observations: v.pipe(v.array(ObservationSchema), v.maxLength(5_000)) }),
]);
export type ExtensionMessage = v.InferOutput<typeof ExtensionMessageSchema>;

/** The outcome of reading a message: the message, or why it was refused. */
export type Read<T> = { ok: true; message: T } | { ok: false; error: string };

function read<T>(schema: v.GenericSchema<unknown, T>, source: string, data: unknown): Read<T> {
  if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== source) {
    return { ok: false, error: 'not a bridge message' };
  }
  const version = (data as { v?: unknown }).v;
  if (version !== BRIDGE_VERSION) return { ok: false, error: `unsupported bridge version ${String(version)}` };
  const result = v.safeParse(schema, data);
  return result.success ? { ok: true, message: result.output } : { ok: false, error: v.summarize(result.issues) };
}

/** Validates a message that claims to come from the workbook page. */
export function readWorkbookMessage(data: unknown): Read<WorkbookMessage> {
  return read(WorkbookMessageSchema, WORKBOOK_SOURCE, data);
}

/** Validates a message that claims to come from the extension's relay. */
export function readExtensionMessage(data: unknown): Read<ExtensionMessage> {
  return read(ExtensionMessageSchema, EXTENSION_SOURCE, data);
}

/** Validates one observation (e.g. one read back from storage). */
export function readObservation(data: unknown): Observation | null {
  const result = v.safeParse(ObservationSchema, data);
  return result.success ? result.output : null;
}

/** A stored mirror, or null when it cannot be read; keys the companion does not read are dropped. */
export function readMirror(data: unknown): Mirror | null {
  const result = v.safeParse(MirrorSchema, data);
  return result.success ? result.output : null;
}
