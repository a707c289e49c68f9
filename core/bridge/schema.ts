// The message protocol between the companion extension and the workbook page, exchanged with
// the page's postMessage. Versioned; every message is validated on receipt by both sides.
import * as v from 'valibot';
import { DEFAULT_LIMITS } from '../rules/limits.ts';
import type { Limits } from '../types.ts';

/**
 * Protocol version; a receiver ignores messages of a version it does not know. Additions that are
 * optional (such as the mirror's limits) keep the version: an older reader drops the unknown key
 * and a newer one treats its absence as "not sent".
 */
export const BRIDGE_VERSION = 1;
/** `source` of messages the workbook page sends. */
export const WORKBOOK_SOURCE = 'proreg-workbook';
/** `source` of messages the extension's relay sends into the workbook page. */
export const EXTENSION_SOURCE = 'proreg-extension';

const Text = v.pipe(v.string(), v.maxLength(100_000));
const Short = v.pipe(v.string(), v.maxLength(2_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.string(), v.isoTimestamp());

const Row = v.object({ title: Short, mandatory: v.boolean(), statusText: Short });
const ShownSupporter = v.object({
  name: Short,
  status: Short,
  comments: v.pipe(v.array(v.object({ competence: Short, text: Text })), v.maxLength(100)),
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
    data: v.object({ sectors: v.pipe(v.array(Short), v.maxLength(500)), specialisms: v.pipe(v.array(Short), v.maxLength(500)) }),
  }),
  v.object({
    ...common,
    kind: v.literal('supporter-comments'),
    data: v.object({ supporters: v.pipe(v.array(ShownSupporter), v.maxLength(50)) }),
  }),
]);
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type ObservationKind = Observation['kind'];

const MirrorRole = v.looseObject({ id: Id, employer: Short, title: Short, responsibilities: Text, achievements: Text });

/**
 * A workbook application as mirrored to the extension. Only the parts the extension reads are
 * checked field by field; the rest is carried as the workbook wrote it (the workbook's own data).
 */
export const MirrorApplicationSchema = v.looseObject({
  id: Id,
  name: Short,
  category: v.picklist(['CEng', 'IEng', 'EngTech', 'ICTTech']),
  route: v.picklist(['standard', 'streamlined']),
  stage: v.picklist(['draft', 'locked', 'submitted']),
  updatedAt: Time,
  roles: v.pipe(v.array(MirrorRole), v.maxLength(100)),
  checklist: v.record(v.string(), v.unknown()),
  documents: v.record(v.string(), v.unknown()),
  supporters: v.array(v.unknown()),
  panelling: v.looseObject({ sector: Short, specialisms: v.array(Short), interviewLocation: Short }),
});
export type MirrorApplication = v.InferOutput<typeof MirrorApplicationSchema>;

const Limit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));

/**
 * The workbook's limits in force (its defaults with the user's Settings overrides). Added to the
 * mirror after version 1 shipped: optional, and each key optional, so a mirror without them (from
 * an older workbook) is still read and falls back to the defaults, while an older extension simply
 * drops the unknown key.
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

const fromWorkbook = { source: v.literal(WORKBOOK_SOURCE), v: v.literal(BRIDGE_VERSION) };
const fromExtension = { source: v.literal(EXTENSION_SOURCE), v: v.literal(BRIDGE_VERSION) };

/** Messages the workbook page sends to the extension. */
export const WorkbookMessageSchema = v.variant('type', [
  // The workbook page started listening (the relay may have said hello before that).
  v.object({ ...fromWorkbook, type: v.literal('ready') }),
  // The drafts mirror: every application in the workbook, as it stands.
  v.object({
    ...fromWorkbook,
    type: v.literal('mirror'),
    at: Time,
    applications: v.pipe(v.array(MirrorApplicationSchema), v.maxLength(100)),
    limits: v.optional(MirrorLimitsSchema),
  }),
  // Observations the workbook has stored; the extension stops offering them.
  v.object({ ...fromWorkbook, type: v.literal('ack'), ids: v.pipe(v.array(Id), v.maxLength(5_000)) }),
]);
export type WorkbookMessage = v.InferOutput<typeof WorkbookMessageSchema>;

/** Messages the extension sends into the workbook page. */
export const ExtensionMessageSchema = v.variant('type', [
  v.object({ ...fromExtension, type: v.literal('hello'), extensionVersion: Short }),
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
