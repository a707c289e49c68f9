// Exporting one application as a self-contained .html page.
import { useSignal } from '@preact/signals';
import type { Application } from '../../../core/types.ts';
import { db } from '../db/database.ts';
import { guardedWrite } from '../db/status.ts';
import { flushAll } from '../state/draft.ts';
import { limits } from '../state/limits.ts';
import { applicationHtml } from './exportData.ts';
import { download, safeFileName, today } from './files.ts';
import { IssueList, type ShownIssue } from './ui.tsx';

export function ExportPanel({ app }: { app: Application }) {
  const notice = useSignal('');
  const problems = useSignal<ShownIssue[]>([]);
  const busy = useSignal(false);
  const exportHtml = async () => {
    // Building a file with large documents takes a while: one at a time, and say so.
    if (busy.value) return;
    busy.value = true;
    notice.value = 'Preparing the file…';
    problems.value = [];
    try {
      await flushAll();
      await guardedWrite(async () => {
        const fresh = (await db.applications.get(app.id)) ?? app;
        const built = await applicationHtml(fresh, limits.value);
        if (!built.ok) {
          problems.value = built.problems;
          return;
        }
        download(built.text, `${safeFileName(fresh.name, 'application')}-${fresh.category}-${today()}.html`, 'text/html');
        notice.value = 'Downloaded. Open the file in any browser to read or print it, send it to your mentor, or import it here again.';
      });
    } finally {
      busy.value = false;
      if (notice.value === 'Preparing the file…') notice.value = '';
    }
  };
  return (
    <section aria-labelledby="xc-export">
      <h3 id="xc-export">Export this application</h3>
      <p>
        One .html file that opens in any browser with nothing installed and prints as a tidy document: progress, checklist, career history with character counts,
        documents, panelling, the lock snapshot and supporters. It also carries the complete data, documents included, so importing it gives back exactly this
        application.
      </p>
      <button type="button" onClick={() => void exportHtml()} disabled={busy.value}>
        Download this application (.html)
      </button>
      <IssueList issues={problems.value} title="Nothing was downloaded: ProReg Companion could not read this file back. Fix these, then export again:" tone="error" />
      <p role="status" aria-live="polite">
        {notice.value}
      </p>
    </section>
  );
}
