// The reminder to take a backup, shown on the applications list when one is due. The backup
// itself (the export builder) loads only when the button is pressed.
import { type BackupState, liveBackupState } from '../db/store.ts';
import { useLive } from '../state/live.ts';
import { BACKUP_REMINDER_DAYS, backupDueSince } from './backupDue.ts';
import { useDownload } from './download.ts';
import { download, today } from './files.ts';
import { IssueList, when } from './ui.tsx';

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
      const { workbookBackup } = await import('./exportData.ts');
      const built = await workbookBackup();
      if (!built.ok) return built.problems;
      download(built.blob, `proreg-workbook-backup-${today()}.json`, 'application/json');
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
