// The database side of the workbook's start, loaded with Dexie right after the first screen:
// open the database, stop writing if another tab runs a newer version, follow the limits.
import { limitOverrides } from '../state/limits.ts';
import { db, type WorkbookDB } from './database.ts';
import { describeStorageError, newerVersionElsewhere, storageProblem, WritesStopped } from './status.ts';
import { liveLimitOverrides } from './store.ts';

/** Stop writing when another tab upgrades the schema or this tab's open is blocked by a newer one. */
export function watchForNewerVersion(database: WorkbookDB = db): void {
  database.on('versionchange', (event) => {
    if (event.newVersion === null || event.newVersion > database.verno) {
      newerVersionElsewhere.value = true;
      storageProblem.value = new WritesStopped().message;
    }
    // Dexie's default then closes this connection so the other tab's upgrade can proceed.
  });
  database.on('blocked', () => {
    storageProblem.value =
      'The workbook is waiting for another of its tabs, running an older version, to close. Reload or close the other workbook tabs.';
  });
  database.open().catch((error: unknown) => {
    storageProblem.value = describeStorageError(error);
    const name = (error as { name?: string }).name;
    if (name === 'VersionError') newerVersionElsewhere.value = true;
  });
}

/** Keeps the limits in step with Settings, in this tab and others. */
export function watchLimits(): { unsubscribe(): void } {
  return liveLimitOverrides().subscribe({
    next: (value) => {
      limitOverrides.value = value;
    },
  });
}

/** Everything of the database the workbook needs running, once Dexie has loaded. */
export function startStorage(): void {
  watchForNewerVersion();
  watchLimits();
}
