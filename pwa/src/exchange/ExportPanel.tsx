// Exporting one application as a self-contained .html page.
import { useSignal } from '@preact/signals';
import type { Application } from '../../../core/types.ts';
import { db } from '../db/database.ts';
import { guardedWrite } from '../db/status.ts';
import { flushAll } from '../state/draft.ts';
import { limits } from '../state/limits.ts';
import { applicationHtml } from './exportData.ts';
import { download, safeFileName, today } from './files.ts';

export function ExportPanel({ app }: { app: Application }) {
  const notice = useSignal('');
  const exportHtml = async () => {
    await flushAll();
    const ok = await guardedWrite(async () => {
      const fresh = (await db.applications.get(app.id)) ?? app;
      download(await applicationHtml(fresh, limits.value), `${safeFileName(fresh.name, 'application')}-${fresh.category}-${today()}.html`, 'text/html');
    });
    if (ok) notice.value = 'Downloaded. Open the file in any browser to read or print it, send it to your mentor, or import it here again.';
  };
  return (
    <section aria-labelledby="xc-export">
      <h3 id="xc-export">Export this application</h3>
      <p>
        One .html file that opens in any browser with nothing installed and prints as a tidy document: progress, checklist, career history with character counts,
        documents, panelling, the lock snapshot and supporters. It also carries the complete data, documents included, so importing it gives back exactly this
        application.
      </p>
      <button type="button" onClick={() => void exportHtml()}>
        Download this application (.html)
      </button>
      <p role="status">{notice.value}</p>
    </section>
  );
}
