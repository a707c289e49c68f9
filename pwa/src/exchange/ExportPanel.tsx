// Exporting one application as a self-contained .html page.
import type { Application } from '../../../core/types.ts';
import { readApplication } from '../db/store.ts';
import { rules } from '../state/rules.ts';
import { useDownload } from './download.ts';
import { download, safeFileName, today } from './files.ts';
import { IssueList } from './ui.tsx';

export function ExportPanel({ app }: { app: Application }) {
  const { busy, notice, problems, run } = useDownload('Preparing the file…');
  const exportHtml = () =>
    run(async () => {
      const { applicationHtml } = await import('./exportData.ts');
      const fresh = (await readApplication(app.id)) ?? app;
      const built = await applicationHtml(fresh, rules.value);
      if (!built.ok) return built.problems;
      download(built.blob, `${safeFileName(fresh.name, 'application')}-${fresh.category}-${today()}.html`, 'text/html');
      return 'Downloaded. Open the file in any browser to read or print it, send it to your mentor, or import it here again.';
    });
  return (
    <section aria-labelledby="xc-export">
      <h3 id="xc-export">Export this application</h3>
      <p>
        One .html file that opens in any browser with nothing installed and prints as a tidy document: progress, checklist, career history
        with character counts, documents, panelling, the lock snapshot and supporters. It also carries the complete data, documents
        included, so importing it gives back exactly this application.
      </p>
      <button
        type="button"
        onClick={() => void exportHtml()}
        aria-disabled={busy.value ? 'true' : undefined}
        aria-busy={busy.value ? 'true' : undefined}
      >
        Download this application (.html)
      </button>
      <IssueList
        issues={problems.value}
        title="Nothing was downloaded: ProReg Companion could not read this file back. Fix these, then export again:"
        tone="error"
      />
      <p role="status" aria-live="polite">
        {notice.value}
      </p>
    </section>
  );
}
