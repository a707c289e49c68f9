// Reads and writes of the workbook, all through guardedWrite so failures are shown.
import { liveQuery } from 'dexie';
import { readApplicantRules } from '../../../core/rules/choices.ts';
import type { Application, Limits, SwitchId } from '../../../core/types.ts';
import { db } from './database.ts';
import { describeStorageError, guardedWrite, storageProblem } from './status.ts';
import { type UnsavedRecord, unsavedKey } from './unsaved.ts';

export function saveApplication(app: Application): Promise<boolean> {
  return guardedWrite(() => db.applications.put(app));
}

/** The stored application, or undefined when there is none with this id. */
export function readApplication(id: string): Promise<Application | undefined> {
  return db.applications.get(id);
}

/**
 * Writes an application in one transaction with reading it: `next` is given what is stored at
 * that moment and returns what to store (null: nothing). This tab's record of unsaved changes
 * (db/unsaved.ts) goes in the same transaction when it holds nothing but `local`, the version
 * being saved. Resolves false (nothing written; the failure is shown) if storage refused.
 */
export function writeApplication(
  id: string,
  next: (stored: Application | undefined) => Application | null,
  local: Application,
  edits?: number,
): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', [db.applications, db.settings], async () => {
      const value = next(await db.applications.get(id));
      if (value) await db.applications.put(value);
      const key = unsavedKey(id);
      const kept = (await db.settings.get(key))?.value as UnsavedRecord | undefined;
      // The record is covered by this save when it holds no edit made after the ones saved.
      const covered =
        kept &&
        (edits !== undefined && kept.edits !== undefined ? kept.edits <= edits : JSON.stringify(kept.local) === JSON.stringify(local));
      if (covered) await db.settings.delete(key);
    }),
  );
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

/**
 * Changes only the limits given (`null`: back to its default), on top of what is stored now
 * inside one transaction, so a limit another tab saved a moment before is kept.
 */
export function saveLimitChanges(changes: Partial<Record<keyof Limits, number | null>>): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next: Partial<Record<keyof Limits, number>> = {
        ...((await db.settings.get(LIMITS_KEY))?.value as Partial<Limits> | undefined),
      };
      for (const [k, v] of Object.entries(changes) as [keyof Limits, number | null][]) {
        if (v === null) delete next[k];
        else next[k] = v;
      }
      await db.settings.put({ key: LIMITS_KEY, value: next });
    }),
  );
}

/**
 * Where the applicant's rule switches live: a settings row `{switches: {id: on}}` holding only
 * the switches they turned. A plain row needs no schema version; it is read through core's
 * readApplicantRules, so a row from another version (unknown ids, bad values) is repaired, not trusted.
 */
export const RULES_KEY = 'rules';

/** The switches the applicant turned (only those), as stored. */
export async function readSwitchOverrides(): Promise<Record<SwitchId, boolean>> {
  return { ...readApplicantRules((await db.settings.get(RULES_KEY))?.value).switches };
}

export function liveSwitchOverrides() {
  return liveQuery(readSwitchOverrides);
}

/** Replaces every switch the applicant turned (e.g. `{}` to restore the defaults). */
export function saveSwitchOverrides(switches: Readonly<Record<SwitchId, boolean>>): Promise<boolean> {
  return guardedWrite(() => db.settings.put({ key: RULES_KEY, value: { switches: { ...switches } } }));
}

/**
 * Turns one switch (`null`: back to its default), on top of what is stored now inside one
 * transaction, so another tab's switch saved a moment before is kept.
 */
export function saveSwitch(id: SwitchId, on: boolean | null): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const { [id]: _old, ...rest } = await readSwitchOverrides();
      await db.settings.put({ key: RULES_KEY, value: { switches: on === null ? rest : { ...rest, [id]: on } } });
    }),
  );
}

/** The applications, the most recently changed first, followed live. */
export function liveApplications() {
  return liveQuery(() => db.applications.orderBy('updatedAt').reverse().toArray());
}

/** Shows a storage failure (of a live query) in the status bar. */
export function reportStorageError(error: unknown): void {
  storageProblem.value = describeStorageError(error);
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
