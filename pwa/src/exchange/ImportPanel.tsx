// Importing an exported application (.html/.json) or a workbook backup: read with progress,
// check, show what is wrong and where, ask about clashes, then write all or nothing.
import { useSignal } from '@preact/signals';
import type { Application } from '../../../core/types.ts';
import { parseExchangeFile, type ExchangeIssue, type ParsedFile } from '../../../core/exchange/index.ts';
import { closeDraft, flushAll } from '../state/draft.ts';
import { describeStorageError, newerVersionElsewhere, WritesStopped } from '../db/status.ts';
import { hrefFor } from '../state/route.ts';
import { decodeAttachments } from './decode.ts';
import { readFileText } from './files.ts';
import { applyImport, entriesOf, findClashes, reviewsOf, type ClashChoice } from './importData.ts';
import { FilePicker, IssueList, ProgressBar, when } from './ui.tsx';

type Phase = { name: 'idle' } | { name: 'reading'; fraction: number } | { name: 'checked'; parsed: ParsedFile; warnings: ExchangeIssue[]; clashes: Application[] } | { name: 'writing'; fraction: number } | { name: 'done'; ids: string[]; names: string[] };

export function ImportPanel() {
  const phase = useSignal<Phase>({ name: 'idle' });
  const errors = useSignal<ExchangeIssue[]>([]);
  const choice = useSignal<ClashChoice>('keep-both');

  const choose = async (file: File) => {
    errors.value = [];
    phase.value = { name: 'reading', fraction: 0 };
    try {
      const text = await readFileText(file, (fraction) => (phase.value = { name: 'reading', fraction }));
      const parsed = parseExchangeFile(text);
      if (!parsed.ok) {
        errors.value = parsed.errors;
        phase.value = { name: 'idle' };
        return;
      }
      phase.value = { name: 'checked', parsed: parsed.value, warnings: parsed.warnings, clashes: await findClashes(entriesOf(parsed.value)) };
    } catch (error) {
      errors.value = [{ path: '', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` }];
      phase.value = { name: 'idle' };
    }
  };

  const confirm = async () => {
    const current = phase.value;
    if (current.name !== 'checked') return;
    const entries = entriesOf(current.parsed);
    if (newerVersionElsewhere.value) {
      errors.value = [{ path: '', message: new WritesStopped().message }];
      return;
    }
    try {
      await flushAll();
      phase.value = { name: 'writing', fraction: 0 };
      const blobs = new Map<string, Blob>();
      for (const entry of entries) {
        for (const [id, blob] of await decodeAttachments(entry.attachments, (fraction) => (phase.value = { name: 'writing', fraction }))) blobs.set(id, blob);
      }
      const outcome = await applyImport(entries, blobs, choice.value, undefined, undefined, reviewsOf(current.parsed));
      if (choice.value === 'replace') for (const app of current.clashes) closeDraft(app.id);
      phase.value = { name: 'done', ids: outcome.ids, names: entries.map((e) => e.application.name) };
    } catch (error) {
      // Our own refusals are plain Errors; storage failures get the workbook's usual explanation.
      const reason = error instanceof Error && error.name === 'Error' ? error.message : describeStorageError(error);
      errors.value = [{ path: '', message: `${reason} Nothing was changed in your workbook.` }];
      phase.value = { name: 'idle' };
    }
  };

  const p = phase.value;
  return (
    <section aria-labelledby="xc-import">
      <h3 id="xc-import">Import an application or a backup</h3>
      <p>Choose an application you exported (.html or .json) or a workbook backup (.json). The file is checked first; nothing in it runs, and nothing changes unless the whole file can be imported.</p>
      <FilePicker label="Choose a file to import" accept=".html,.htm,.json,text/html,application/json" onFile={choose} disabled={p.name === 'reading' || p.name === 'writing'} />
      {p.name === 'reading' && <ProgressBar label="Reading the file" fraction={p.fraction} />}
      {p.name === 'writing' && <ProgressBar label="Importing the documents" fraction={p.fraction} />}
      <IssueList issues={errors.value} title="This file was not imported. What is wrong, and where:" tone="error" />
      {p.name === 'checked' && (
        <div class="card" role="group" aria-labelledby="xc-import-summary">
          <h4 id="xc-import-summary">Ready to import</h4>
          {p.parsed.migratedFrom < p.parsed.file.version && <p class="note">This file was made by an earlier version of ProReg Companion; it has been updated to the current format.</p>}
          <ul>
            {entriesOf(p.parsed).map((e) => (
              <li key={e.application.id}>
                {e.application.name} ({e.application.category}): {e.application.roles.length} role{e.application.roles.length === 1 ? '' : 's'}, {Object.keys(e.application.documents).length} document
                {Object.keys(e.application.documents).length === 1 ? '' : 's'}
                {e.comments?.length ? `, ${e.comments.length} mentor comment${e.comments.length === 1 ? '' : 's'}` : ''}, last changed {when(e.application.updatedAt)}
              </li>
            ))}
            {reviewsOf(p.parsed).length > 0 && <li>{reviewsOf(p.parsed).length} review(s) you made in mentor mode</li>}
          </ul>
          <IssueList issues={p.warnings} title="Please look at these before importing:" tone="warning" />
          {p.clashes.length > 0 && (
            <fieldset>
              <legend>
                Already in your workbook: {p.clashes.map((a) => `${a.name} (last changed ${when(a.updatedAt)})`).join('; ')}
              </legend>
              <div class="field check">
                <input type="radio" id="xc-clash-replace" name="xc-clash" checked={choice.value === 'replace'} onChange={() => (choice.value = 'replace')} />
                <label for="xc-clash-replace">Replace it with the file's version</label>
              </div>
              <div class="field check">
                <input type="radio" id="xc-clash-keep" name="xc-clash" checked={choice.value === 'keep-both'} onChange={() => (choice.value = 'keep-both')} />
                <label for="xc-clash-keep">Keep both (the imported one is added as a copy)</label>
              </div>
            </fieldset>
          )}
          <button type="button" onClick={() => void confirm()}>
            {p.warnings.length > 0 ? 'Import anyway' : 'Import'}
          </button>
          <button type="button" onClick={() => (phase.value = { name: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      {p.name === 'done' && (
        <div class="update" role="status">
          <p>Imported:</p>
          <ul>
            {p.ids.map((id, i) => (
              <li key={id}>
                <a href={hrefFor({ name: 'app', id, screen: 'overview' })}>Open {p.names[i]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
