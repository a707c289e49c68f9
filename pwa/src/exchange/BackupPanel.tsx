// The whole-workbook backup on the Import or review screen.
import { type BackupState, liveBackupState } from '../db/store.ts';
import { useLive } from '../state/live.ts';
import { BackupButton } from './BackupButton.tsx';
import { BackupReminder } from './BackupReminder.tsx';
import { when } from './ui.tsx';

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
