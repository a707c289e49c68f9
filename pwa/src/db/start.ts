// The database side of the workbook's start, loaded with Dexie right after the first screen:
// open the database, stop writing if another tab runs a newer version, follow the applicant's rules.
import { limitOverrides, switchOverrides } from '../state/rule-choices.ts';
import { db, type WorkbookDB } from './database.ts';
import { describeStorageError, newerVersionElsewhere, storageProblem, WritesStopped } from './status.ts';
import { liveLimitOverrides, liveSwitchOverrides } from './store.ts';

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

/** Keeps the applicant's rule choices (limits and switches) in step with the Rules screen, in this tab and others. */
export function watchRules(): { unsubscribe(): void } {
  const subs = [
    liveLimitOverrides().subscribe({ next: (value) => (limitOverrides.value = value) }),
    liveSwitchOverrides().subscribe({ next: (value) => (switchOverrides.value = value) }),
  ];
  return {
    unsubscribe: () => {
      for (const s of subs) s.unsubscribe();
    },
  };
}

/** Everything of the database the workbook needs running, once Dexie has loaded. */
export function startStorage(): void {
  watchForNewerVersion();
  watchRules();
}
