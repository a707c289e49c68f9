// Taking a backup of the whole workbook: the button, what it says while it works, and why it
// could not (the export builder loads when it is pressed).
import { useDownload } from './download.ts';
import { download, today } from './files.ts';
import { IssueList } from './ui.tsx';

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
