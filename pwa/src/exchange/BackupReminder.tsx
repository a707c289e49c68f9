// The reminder to take a backup, shown on the applications list when one is due. The backup
// itself (the export builder) loads only when the button is pressed.
import { type BackupState, liveBackupState } from '../db/store.ts';
import { useLive } from '../state/live.ts';
import { formatDateTime as when } from '../ui/format.ts';
import { lazy } from '../ui/lazy.tsx';
import { BACKUP_REMINDER_DAYS, backupDueSince } from './backupDue.ts';

// The button (and what it needs to make a backup) loads only when a reminder shows it.
const BackupButton = lazy(() => import('./BackupButton.tsx').then((m) => m.BackupButton));

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
