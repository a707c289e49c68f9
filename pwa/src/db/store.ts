// Reads and writes of the workbook, all through guardedWrite so failures are shown.
import { liveQuery } from 'dexie';
import type { Application, Limits } from '../../../core/types.ts';
import { db } from './database.ts';
import { guardedWrite, newerVersionElsewhere } from './status.ts';

export function saveApplication(app: Application): Promise<boolean> {
  return guardedWrite(() => db.applications.put(app));
}

/** The stored application, or undefined when there is none with this id. */
export function readApplication(id: string): Promise<Application | undefined> {
  return db.applications.get(id);
}

/**
 * Writes `next(stored)` in one transaction with reading what is stored, so another tab's save
 * in between is seen; `next` returns null to write nothing. Resolves false (nothing written) if
 * storage refused.
 */
export function writeApplication(id: string, next: (stored: Application | undefined) => Application | null): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', db.applications, async () => {
      const app = next(await db.applications.get(id));
      if (app) await db.applications.put(app);
    }),
  );
}

/**
 * Issues a write synchronously on the raw connection, for page hide / unload: the page may be
 * gone before any promise-based write gets to start its transaction. False when it could not
 * even be started (the promise-based save that follows reports why).
 */
export function putApplicationNow(app: Application, done: () => void): boolean {
  if (newerVersionElsewhere.value || !db.isOpen()) return false;
  try {
    const tx = db.backendDB().transaction('applications', 'readwrite');
    tx.objectStore('applications').put(app);
    tx.oncomplete = done;
    tx.commit?.();
    return true;
  } catch {
    return false;
  }
}

export async function readBlob(blobId: string): Promise<Blob | undefined> {
  return (await db.blobs.get(blobId))?.blob;
}

/** Stores a document's bytes under its blob id. */
export function putBlob(blobId: string, blob: Blob): Promise<boolean> {
  return guardedWrite(() => db.blobs.put({ id: blobId, blob }));
}

export function deleteBlob(blobId: string): Promise<boolean> {
  return guardedWrite(() => db.blobs.delete(blobId));
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

export const LAST_BACKUP_KEY = 'lastBackupAt';

/** What the backup reminder needs: when each application was made and changed, and the last backup. */
export interface BackupState {
  apps: Pick<Application, 'createdAt' | 'updatedAt'>[];
  last: string | null;
}

export const liveBackupState = () =>
  liveQuery<BackupState>(async () => ({
    apps: (await db.applications.toArray()).map((a) => ({ createdAt: a.createdAt, updatedAt: a.updatedAt })),
    last: ((await db.settings.get(LAST_BACKUP_KEY))?.value as string | undefined) ?? null,
  }));
