// The whole-workbook backup, and the reminder when none has been taken for a while.
import { liveQuery } from 'dexie';
import type { Application } from '../../../core/types.ts';
import { db } from '../db/database.ts';
import { useLive } from '../state/live.ts';
import { useDownload } from './download.ts';
import { BACKUP_REMINDER_DAYS, backupDueSince, LAST_BACKUP_KEY, workbookBackup } from './exportData.ts';
import { download, today } from './files.ts';
import { IssueList, when } from './ui.tsx';

interface BackupState {
  apps: Pick<Application, 'createdAt' | 'updatedAt'>[];
  last: string | null;
}

const liveBackupState = () =>
  liveQuery<BackupState>(async () => ({
    apps: (await db.applications.toArray()).map((a) => ({ createdAt: a.createdAt, updatedAt: a.updatedAt })),
    last: ((await db.settings.get(LAST_BACKUP_KEY))?.value as string | undefined) ?? null,
  }));

/** A reminder to take a backup, shown when one is due; nothing otherwise. */
export function BackupReminder({ withButton = false }: { withButton?: boolean }) {
  const state = useLive(liveBackupState, [], null as BackupState | null);
  const since = state.value ? backupDueSince(state.value.apps, state.value.last) : null;
  if (!state.value || since === null) return null;
  const { last } = state.value;
  return (
    <div class="note xc-reminder" role="status">
      <p>
        {last === null
          ? `You have been working on this workbook since ${when(since)} and have never taken a backup. Everything lives only in this browser: download a backup and keep it somewhere safe.`
          : `Your last backup was ${when(last)}, at least ${BACKUP_REMINDER_DAYS} days ago, and you have made changes since. Download a fresh backup.`}
      </p>
      {withButton && <BackupButton />}
    </div>
  );
}

export function BackupButton() {
  const { busy, notice, problems, run } = useDownload('Preparing the backup file…');
  const take = () =>
    run(async () => {
      const built = await workbookBackup(db);
      if (!built.ok) return built.problems;
      download(built.text, `proreg-workbook-backup-${today()}.json`, 'application/json');
      return 'Backup downloaded. Keep it somewhere safe, away from this device.';
    });
  return (
    <>
      <button
        type="button"
        onClick={() => void take()}
        aria-disabled={busy.value ? 'true' : undefined}
        aria-busy={busy.value ? 'true' : undefined}
      >
        Download a backup of the whole workbook
      </button>
      <p role="status" aria-live="polite">
        {notice.value}
      </p>
      <IssueList
        issues={problems.value}
        title="No backup was saved: ProReg Companion could not read this backup back. Fix these, then take the backup again:"
        tone="error"
      />
    </>
  );
}

export function BackupPanel() {
  const state = useLive(liveBackupState, [], null as BackupState | null);
  return (
    <section aria-labelledby="xc-backup">
      <h3 id="xc-backup">Backup of the whole workbook</h3>
      <p>
        One plain JSON file with every application and all its documents, in the documented ProReg Companion format. Import it here to
        restore. Last backup: {state.value?.last ? when(state.value.last) : 'never'}.
      </p>
      <BackupReminder />
      <BackupButton />
    </section>
  );
}
