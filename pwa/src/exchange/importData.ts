// Applying a checked file to the workbook: every application and its bytes in ONE transaction
// over applications and blobs, so a refused or failed import changes nothing.

import {
  type ApplicationEntry,
  type ParsedFile,
  referencedBlobIds,
  type StoredReviewData,
  sha256OfBytes,
} from '../../../core/exchange/index.ts';
import type { Application } from '../../../core/types.ts';
import { db as defaultDb, type WorkbookDB } from '../db/database.ts';
import { commentRowId, type MentorReviewData } from './reviews.ts';

export type ClashChoice = 'replace' | 'keep-both';

/** The applications a file carries, whichever kind it is. */
export function entriesOf(parsed: ParsedFile): ApplicationEntry[] {
  return parsed.kind === 'application' ? [parsed.file] : parsed.file.applications;
}

/** Mentor-mode reviews a backup carries (none for a single application). */
export function reviewsOf(parsed: ParsedFile): StoredReviewData[] {
  return parsed.kind === 'workbook' ? (parsed.file.reviews ?? []) : [];
}

/** Applications already in the workbook with the same id as one in the file. */
export async function findClashes(entries: readonly ApplicationEntry[], database: WorkbookDB = defaultDb): Promise<Application[]> {
  const found = await database.applications.bulkGet(entries.map((e) => e.application.id));
  return found.filter((a): a is Application => a !== undefined);
}

/** Bytes already stored under an id the file also uses, when they differ: the file cannot share that id. */
async function conflictingBlobs(
  entries: readonly ApplicationEntry[],
  blobs: ReadonlyMap<string, Blob>,
  database: WorkbookDB,
): Promise<string[]> {
  const ids = [...blobs.keys()];
  const stored = await database.blobs.bulkGet(ids);
  const conflicts: string[] = [];
  for (const [i, row] of stored.entries()) {
    if (!row) continue;
    const id = ids[i]!;
    const wanted = entries.flatMap((e) => Object.entries(e.attachments)).find(([blobId]) => blobId === id)?.[1].sha256;
    const have = sha256OfBytes(new Uint8Array(await row.blob.arrayBuffer()));
    if (have !== wanted) conflicts.push(id);
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

/** Whether the workbook's copy was changed after the file's: replacing it would lose those changes. */
export const workbookIsNewer = (stored: Pick<Application, 'updatedAt'>, incoming: Pick<Application, 'updatedAt'>): boolean =>
  stored.updatedAt > incoming.updatedAt;

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
  database: WorkbookDB = defaultDb,
  newId: () => string = () => crypto.randomUUID(),
  reviews: readonly StoredReviewData[] = [],
): Promise<ImportOutcome> {
  const conflicts = await conflictingBlobs(entries, blobs, database);
  const ids: string[] = [];
  await database.transaction(
    'rw',
    [database.applications, database.blobs, database.comments, database.reviews, database.development],
    async () => {
      const all = await database.applications.toArray();
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
          await database.blobs.bulkDelete([...referencedBlobIds(existing)].filter((id) => !keep.has(id)));
        }
        await database.applications.put(stored);
        // The file's mentor comments come with it; replacing also replaces the comments.
        if (replacing) await database.comments.where('applicationId').equals(app.id).delete();
        const comments = entries.find((e) => e.application === app)?.comments ?? [];
        await database.comments.bulkPut(
          comments.map((data) => ({ id: commentRowId(stored.id, data.reviewId, data.comment.id), applicationId: stored.id, data })),
        );
        // The development record comes with it too; replacing replaces it (an entry without one clears it).
        const development = entries.find((e) => e.application === app)?.development;
        if (replacing) await database.development.delete(app.id);
        if (development) await database.development.put({ applicationId: stored.id, data: development });
        byId.set(stored.id, stored);
        ids.push(stored.id);
      }
      await database.blobs.bulkPut([...blobs].map(([id, blob]) => ({ id, blob })));
      for (const { id, updatedAt, source, review } of reviews) {
        const exists = (await database.reviews.get(id)) !== undefined;
        const rowId = exists && choice === 'keep-both' ? newId() : id;
        await database.reviews.put({
          id: rowId,
          updatedAt,
          data: { source, review: rowId === id ? review : { ...review, id: rowId } } satisfies MentorReviewData,
        });
      }
    },
  );
  return { ids };
}
