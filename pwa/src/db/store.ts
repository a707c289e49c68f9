// Reads and writes of the workbook, all through guardedWrite so failures are shown.
import { liveQuery } from 'dexie';
import { referencedBlobIds } from '../../../core/exchange/format.ts';
import type { Application, Limits } from '../../../core/types.ts';
import { db } from './database.ts';
import { guardedWrite } from './status.ts';

export function saveApplication(app: Application): Promise<boolean> {
  return guardedWrite(() => db.applications.put(app));
}

/**
 * Of these blob ids, those no application refers to any more (its lock snapshot and history
 * included). An imported copy ("Keep both") shares identical bytes with its original.
 */
async function unreferenced(blobIds: Iterable<string>): Promise<string[]> {
  const used = new Set<string>();
  await db.applications.each((a) => {
    for (const id of referencedBlobIds(a)) used.add(id);
  });
  return [...blobIds].filter((id) => !used.has(id));
}

/** Deletes an application, its mentor comments, its development record and the bytes only it used, in one transaction. */
export function deleteApplication(app: Application): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', [db.applications, db.blobs, db.comments, db.development], async () => {
      await db.applications.delete(app.id);
      await db.comments.where('applicationId').equals(app.id).delete();
      await db.development.delete(app.id);
      await db.blobs.bulkDelete(await unreferenced(referencedBlobIds(app)));
    }),
  );
}

export async function readBlob(blobId: string): Promise<Blob | undefined> {
  return (await db.blobs.get(blobId))?.blob;
}

export const LIMITS_KEY = 'limits';

/** The user's overrides of assumed limits (only the keys they changed). */
export function liveLimitOverrides() {
  return liveQuery(async () => ((await db.settings.get(LIMITS_KEY))?.value ?? {}) as Partial<Limits>);
}

export function saveLimitOverrides(overrides: Partial<Limits>): Promise<boolean> {
  return guardedWrite(() => db.settings.put({ key: LIMITS_KEY, value: overrides }));
}

export function liveApplications() {
  return liveQuery(() => db.applications.orderBy('updatedAt').reverse().toArray());
}

export function liveApplication(id: string) {
  return liveQuery(() => db.applications.get(id));
}
