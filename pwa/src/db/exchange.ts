// The workbook's side of export and import: reading what an export carries, and writing an
// import, every application and its bytes in ONE transaction, so a refused or failed import
// changes nothing.
import type { DevelopmentData } from '../../../core/development/data.ts';
import { hasDevelopment, restoreDevelopment } from '../../../core/development/restore.ts';
import { type ApplicationEntry, referencedBlobIds, type StoredReviewData } from '../../../core/exchange/format.ts';
import type { ImportedComment } from '../../../core/exchange/review-types.ts';
import { sha256Digest } from '../../../core/files/digest.ts';
import { RULE_DEFAULTS, rulesInForce } from '../../../core/rules/adjustable.ts';
import { type ApplicantRules, readApplicantRules } from '../../../core/rules/choices.ts';
import type { Application, RulesInForce } from '../../../core/types.ts';
import { db } from './database.ts';
import { summarise } from './reviewSummary.ts';
import { commentRowId, type MentorReviewData } from './reviews.ts';
import { LAST_BACKUP_KEY, LIMITS_KEY, RULES_KEY } from './store.ts';

export type ClashChoice = 'replace' | 'keep-both';

/** A stored document as an export takes it: its name and type as the application records them, and its bytes. */
export interface StoredFile {
  name: string;
  mime: string;
  blob: Blob;
}

/** Every stored document the applications refer to (missing ones are left out); the bytes are read only when used. */
export async function filesFor(apps: readonly Application[]): Promise<Map<string, StoredFile>> {
  const refs = new Map<string, { name: string; mime: string }>();
  for (const app of apps) {
    const docs = [
      ...Object.values(app.documents),
      ...Object.values(app.lock?.content.documents ?? {}),
      ...app.history.flatMap((e) => (e.type === 'unlocked' ? Object.values(e.snapshot.content.documents) : [])),
    ];
    for (const d of [...docs, ...docs.flatMap((d) => d.built?.sources ?? [])])
      if (!refs.has(d.blobId)) refs.set(d.blobId, { name: d.name, mime: d.mime });
    for (const id of referencedBlobIds(app)) if (!refs.has(id)) refs.set(id, { name: id, mime: '' });
  }
  const ids = [...refs.keys()];
  const rows = await db.blobs.bulkGet(ids);
  const out = new Map<string, StoredFile>();
  for (const [i, row] of rows.entries()) if (row) out.set(ids[i]!, { ...refs.get(ids[i]!)!, blob: row.blob });
  return out;
}

/** Mentor comments imported into the workbook, per application id. */
export async function commentsByApplication(): Promise<Map<string, ImportedComment[]>> {
  const out = new Map<string, ImportedComment[]>();
  for (const row of await db.comments.orderBy('id').toArray()) {
    const list = out.get(row.applicationId) ?? [];
    list.push(row.data as ImportedComment);
    out.set(row.applicationId, list);
  }
  return out;
}

/** Development records (CPD log, plan, advice, interview practice) per application id; empty ones are left out. */
export async function developmentByApplication(): Promise<Map<string, DevelopmentData>> {
  const out = new Map<string, DevelopmentData>();
  for (const row of await db.development.toArray()) {
    const data = restoreDevelopment(row.data);
    if (hasDevelopment(data)) out.set(row.applicationId, data);
  }
  return out;
}

/** The applicant's rules in force as stored in this workbook (the Rules screen's choices over the defaults). */
async function storedRules(): Promise<RulesInForce> {
  const limits = readApplicantRules({ limits: (await db.settings.get(LIMITS_KEY))?.value }).limits;
  const switches = readApplicantRules((await db.settings.get(RULES_KEY))?.value).switches;
  return rulesInForce(RULE_DEFAULTS, { limits, switches });
}

/** Everything a whole-workbook backup carries, as stored, with the rules in force. */
export async function backupContents() {
  const applications = await db.applications.toArray();
  const reviews = (await db.reviews.toArray()).map((row) => ({ id: row.id, updatedAt: row.updatedAt, ...(row.data as MentorReviewData) }));
  return {
    applications,
    reviews,
    comments: await commentsByApplication(),
    development: await developmentByApplication(),
    rules: await storedRules(),
  };
}

/** Records when the last backup was taken (for the reminder). */
export async function recordBackup(at: string): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

/** Applications already in the workbook with the same id as one in the file. */
export async function findClashes(entries: readonly ApplicationEntry[]): Promise<Application[]> {
  const found = await db.applications.bulkGet(entries.map((e) => e.application.id));
  return found.filter((a): a is Application => a !== undefined);
}

/** Bytes already stored under an id the file also uses, when they differ: the file cannot share that id. */
async function conflictingBlobs(entries: readonly ApplicationEntry[], blobs: ReadonlyMap<string, Blob>): Promise<string[]> {
  const ids = [...blobs.keys()];
  const stored = await db.blobs.bulkGet(ids);
  const conflicts: string[] = [];
  for (const [i, row] of stored.entries()) {
    if (!row) continue;
    const id = ids[i]!;
    const wanted = entries.flatMap((e) => Object.entries(e.attachments)).find(([blobId]) => blobId === id)?.[1];
    // A different size is a different file: only files of the same size need hashing.
    if (!wanted || row.blob.size !== wanted.size || (await sha256Digest(new Uint8Array(await row.blob.arrayBuffer()))) !== wanted.sha256)
      conflicts.push(id);
  }
  return conflicts;
}

export interface ImportOutcome {
  /** Ids of the applications as stored (a kept copy gets a new id). */
  ids: string[];
}

/** A copy's name no application in the workbook has yet: "X (imported copy)", then "X (imported copy 2)", … */
export function copyName(name: string, taken: ReadonlySet<string> = new Set()): string {
  let candidate = `${name} (imported copy)`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (imported copy ${n})`;
  return candidate;
}

/**
 * Writes the applications and their bytes, all or nothing. An application whose id exists is
 * replaced, or kept beside the existing one under a new id. Bytes are stored by blobId; an id
 * already holding identical bytes is shared (the lock snapshot's hash covers blobIds, so they
 * are never renamed).
 */
export async function applyImport(
  entries: readonly ApplicationEntry[],
  blobs: ReadonlyMap<string, Blob>,
  choice: ClashChoice,
  extras: {
    reviews?: readonly StoredReviewData[];
    newId?: () => string;
    /** The rules a backup records, to become the applicant's own (only the choices that differ from the defaults). */
    rules?: Required<ApplicantRules>;
  } = {},
): Promise<ImportOutcome> {
  const { reviews = [], newId = () => crypto.randomUUID(), rules } = extras;
  const conflicts = await conflictingBlobs(entries, blobs);
  const ids: string[] = [];
  await db.transaction(
    'rw',
    [db.applications, db.blobs, db.comments, db.reviews, db.reviewStatus, db.development, db.settings],
    async () => {
      if (rules) {
        await db.settings.put({ key: LIMITS_KEY, value: { ...rules.limits } });
        await db.settings.put({ key: RULES_KEY, value: { switches: { ...rules.switches } } });
      }
      const all = await db.applications.toArray();
      const byId = new Map(all.map((a) => [a.id, a]));
      const incoming = entries.map((e) => e.application);
      for (const app of incoming) {
        const existing = byId.get(app.id);
        const replacing = existing !== undefined && choice === 'replace';
        // Differing bytes under a shared id may only be overwritten when their owner is being replaced.
        for (const blobId of referencedBlobIds(app)) {
          if (conflicts.includes(blobId) && !(replacing && referencedBlobIds(existing).has(blobId))) {
            throw new Error(
              `A document in this file uses the storage id ${blobId}, which already holds a different file in your workbook. Nothing was imported.`,
            );
          }
        }
        let stored = app;
        if (existing && choice === 'keep-both')
          stored = { ...app, id: newId(), name: copyName(app.name, new Set([...byId.values()].map((a) => a.name))) };
        if (replacing) {
          const keep = new Set<string>(referencedBlobIds(app));
          for (const other of all) if (other.id !== app.id) for (const id of referencedBlobIds(other)) keep.add(id);
          for (const other of incoming) for (const id of referencedBlobIds(other)) keep.add(id);
          await db.blobs.bulkDelete([...referencedBlobIds(existing)].filter((id) => !keep.has(id)));
        }
        await db.applications.put(stored);
        // The file's mentor comments come with it; replacing also replaces the comments.
        if (replacing) await db.comments.where('applicationId').equals(app.id).delete();
        const comments = entries.find((e) => e.application === app)?.comments ?? [];
        await db.comments.bulkPut(
          comments.map((data) => ({ id: commentRowId(stored.id, data.reviewId, data.comment.id), applicationId: stored.id, data })),
        );
        // The development record comes with it too; replacing replaces it (an entry without one clears it).
        const development = entries.find((e) => e.application === app)?.development;
        if (replacing) await db.development.delete(app.id);
        if (development) await db.development.put({ applicationId: stored.id, data: development });
        byId.set(stored.id, stored);
        ids.push(stored.id);
      }
      await db.blobs.bulkPut([...blobs].map(([id, blob]) => ({ id, blob })));
      for (const { id, updatedAt, source, review } of reviews) {
        const exists = (await db.reviews.get(id)) !== undefined;
        const rowId = exists && choice === 'keep-both' ? newId() : id;
        const data: MentorReviewData = { source, review: rowId === id ? review : { ...review, id: rowId } };
        await db.reviews.put({ id: rowId, updatedAt, data });
        // A restored review counts as not downloaded: the backup does not say whether it was sent.
        await db.reviewStatus.put(summarise(rowId, updatedAt, data, null));
      }
    },
  );
  return { ids };
}
