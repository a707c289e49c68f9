// Supporting documents: one file per type, kept as a Blob on this device. Files over the size
// limit in force, whose bytes are not what they claim (empty, a renamed program), or PDFs that
// cannot be read (damaged, no pages) are refused with the reason before anything is stored; an
// encrypted PDF whose pages read is kept with a note; any other type is taken, with PDF advised. Files kept for types the category and route no longer
// use are listed apart, so they can still be removed or downloaded.
import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { type StrayDocument, strayDocuments } from '../../../core/application/category-change.ts';
import { removeDocument, setDocument } from '../../../core/application/edit.ts';
import { documentStatus } from '../../../core/application/status.ts';
import { missingWords, NEED_WORDS, STATUS_WORDS } from '../../../core/design/vocabulary.ts';
import { documentBlobIds } from '../../../core/exchange/format.ts';
import { sha256Digest } from '../../../core/files/digest.ts';
import { checkFileBytes, HEAD_BYTES } from '../../../core/files/sniff.ts';
import { FILE_TYPE_ADVICE } from '../../../core/rules/documents.ts';
import type { Application, DocumentRef, DocumentType } from '../../../core/types.ts';
import { BuildEntry } from '../assemble/BuildEntry.tsx';
import type { PdfCheck } from '../assemble/readPdf.ts';
import { releaseBlobs } from '../db/blobs.ts';
import { newerVersionElsewhere } from '../db/status.ts';
import { deleteBlob, putBlob } from '../db/store.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import type { Draft } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { focusIdWhenReady } from '../ui/focus.ts';
import { formatDateTime, formatSize } from '../ui/format.ts';
import { MandatoryNote } from '../ui/MandatoryNote.tsx';
import { Tag } from '../ui/Tag.tsx';
import { downloadDocument, previewDocument } from './openFile.ts';

export function DocumentsScreen({ draft, app }: { draft: Draft; app: Application }) {
  const rows = documentStatus(app, rules.value);
  const strays = strayDocuments(app);
  return (
    <>
      <p>
        Career Manager takes one file per document type, so merge several certificates into one file first. {FILE_TYPE_ADVICE} Largest file
        in your rules: {formatSize(rules.value.maxFileSize)} (IET pages disagree;{' '}
        <a href={hrefFor({ name: 'rules' })}>change it under Rules</a>).
      </p>
      <ul class="documents">
        {rows.map((row) => (
          <DocumentRow
            key={row.type.id}
            draft={draft}
            app={app}
            type={row.type}
            mandatory={row.mandatory}
            docRef={row.ref}
            problems={row.problems}
            advice={row.advice}
          />
        ))}
      </ul>
      {strays.length > 0 && (
        <section aria-labelledby="stray-title">
          <h3 id="stray-title">Not needed for this category</h3>
          <p>You added these for another category or route. They are kept on this device but are not part of the application.</p>
          <ul class="documents">
            {strays.map((stray) => (
              <StrayRow key={stray.typeId} draft={draft} app={app} stray={stray} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface RowProps {
  draft: Draft;
  app: Application;
  type: DocumentType;
  mandatory: boolean;
  docRef: DocumentRef | undefined;
  problems: string[];
  advice: string[];
}

function DocumentRow({ draft, app, type, mandatory, docRef, problems, advice }: RowProps) {
  const message = useSignal<string | null>(null);
  const refusal = isRefusal(message.value) ? message.value : null;
  const busy = useSignal(false);
  const checking = useSignal<string | null>(null);
  const inputId = useId();
  const disabled = app.stage === 'submitted' || busy.value || newerVersionElsewhere.value;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    busy.value = true;
    // Reading a large PDF can take a moment: say so then, not for every quick file.
    const slow = setTimeout(() => (checking.value = `Checking “${file.name}”…`), 400);
    try {
      message.value = await addFile(draft, type, file);
    } finally {
      clearTimeout(slow);
      checking.value = null;
      busy.value = false;
    }
  };

  return (
    <li class={`card ${problems.length ? 'is-missing' : docRef ? 'is-done' : ''}`}>
      <div class="card-head">
        <h3>{type.title}</h3>
        <span class="tags">
          {mandatory ? <span class="mandatory">{NEED_WORDS.mandatory}</span> : <span class="optional">{NEED_WORDS.optional}</span>}
          {docRef && problems.length === 0 && <Tag tone="done">{STATUS_WORDS.done}</Tag>}
          {problems.length > 0 && <Tag tone="missing">{docRef ? 'Will be refused' : missingWords(1)}</Tag>}
        </span>
      </div>
      <p class="guidance">{type.guidance}</p>
      <MandatoryNote subject="document" id={type.id} app={app} />
      <CommentsFor app={app} anchor={{ kind: 'document', typeId: type.id }} />
      {docRef ? (
        <p>
          Kept: <strong class="file-name">{docRef.name}</strong> ({formatSize(docRef.size)}), added {formatDateTime(docRef.addedAt)}.
        </p>
      ) : (
        <p>No file yet.</p>
      )}
      {docRef && problems.length > 0 && (
        <ul class="problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {advice.map((a, i) => (
        <p key={i} class="advice">
          {a}
        </p>
      ))}
      <div class={refusal ? 'field has-error' : 'field'}>
        <label for={inputId}>{docRef ? `Replace the file for ${type.title}` : `Choose a file for ${type.title}`}</label>
        <p class="hint" id={`${inputId}-kinds`}>
          PDF preferred.
        </p>
        {/* A refused file is an error at the field (GOV.UK), announced; it goes with the next try. */}
        <div role="alert">
          {refusal && (
            <p class="error-message" id={`${inputId}-error`}>
              <span class="visually-hidden">Error:</span> {refusal}
            </p>
          )}
        </div>
        <input
          id={inputId}
          type="file"
          data-field={`documents.${type.id}`}
          aria-invalid={refusal ? 'true' : undefined}
          aria-describedby={refusal ? `${inputId}-kinds ${inputId}-error` : `${inputId}-kinds`}
          disabled={disabled}
          onChange={(e) => void choose(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <BuildEntry draft={draft} type={type} docRef={docRef} disabled={disabled} />
      {docRef && (
        <div class="actions">
          <button type="button" onClick={async () => (message.value = (await previewDocument(docRef)) || null)}>
            Preview {type.title}
          </button>
          <button type="button" onClick={async () => (message.value = (await downloadDocument(docRef)) || null)}>
            Download {type.title}
          </button>
          <RemoveButton
            draft={draft}
            typeId={type.id}
            title={type.title}
            fileName={docRef.name}
            disabled={disabled}
            focusAfter={inputId}
            onDone={(m) => (message.value = m)}
          />
        </div>
      )}
      <div role="status" aria-live="polite">
        {checking.value ? <p class="message">{checking.value}</p> : message.value && !refusal && <p class="message">{message.value}</p>}
      </div>
    </li>
  );
}

/** Whether what a file action said is a refusal (anything but a success). */
const isRefusal = (message: string | null): message is string =>
  message !== null && message !== '' && !/^(Added|Replaced with|Removed) /.test(message);

/** What keeping a PDF needs said, read with pdf-lib (loaded only now, never on the start path). */
async function checkPdf(name: string, bytes: Uint8Array): Promise<PdfCheck> {
  let reader: typeof import('../assemble/readPdf.ts');
  try {
    reader = await import('../assemble/readPdf.ts');
  } catch {
    return {
      refuse: `“${name}” could not be checked, so it was not added: the part of the workbook that reads PDFs did not load. Reload the page and try again.`,
    };
  }
  return reader.checkPdf(name, bytes);
}

/** Stores a file for a type; returns what to tell the user. Nothing is stored when core refuses it. */
async function addFile(draft: Draft, type: DocumentType, file: File): Promise<string> {
  const app = draft.app.value;
  if (!app) return 'The application is not loaded.';
  const old = app.documents[type.id];
  const ref: DocumentRef = {
    typeId: type.id,
    name: file.name,
    mime: file.type,
    size: file.size,
    sha256: '',
    blobId: crypto.randomUUID(),
    addedAt: new Date().toISOString(),
  };
  // Ask core whether this file would be acceptable before keeping any of it.
  const trial = { ...app, documents: { ...app.documents, [type.id]: ref } };
  const problems = documentStatus(trial, rules.value).find((s) => s.type.id === type.id)?.problems ?? [];
  if (problems.length > 0) return `“${file.name}” was not added. ${problems.join(' ')}`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An empty file, or one whose bytes are not the type its name claims, would only look complete.
  const fake = checkFileBytes(file.name, file.type, bytes.length, bytes.subarray(0, HEAD_BYTES));
  if (fake) return fake;
  // A PDF that cannot be read (damaged, cut short, no pages) would only look complete: read it as the assembler does.
  const pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? await checkPdf(file.name, bytes) : null;
  if (pdf && 'refuse' in pdf) return old ? `${pdf.refuse} Your earlier file is kept.` : pdf.refuse;
  const note = pdf ? ` ${pdf.note}` : '';
  ref.sha256 = await sha256Digest(bytes);
  const blob = new Blob([bytes], { type: file.type });
  if (!(await putBlob(ref.blobId, blob))) {
    return `“${file.name}” could not be saved on this device. Your earlier file, if any, is kept.`;
  }
  const applied = draft.apply((a, now) => setDocument(a, ref, now));
  if (!applied || !(await draft.flush())) {
    await deleteBlob(ref.blobId);
    return `“${file.name}” was not added.`;
  }
  // The old file (and the sources it was built from) go unless a lock snapshot still uses them.
  if (old) await releaseBlobs(documentBlobIds(old));
  return old ? `Replaced with “${file.name}”.${note}` : `Added “${file.name}”.${note}`;
}

/** Remove, after a confirmation; the outcome goes to `onDone` to be said in the row. */
function RemoveButton(props: {
  draft: Draft;
  typeId: string;
  title: string;
  fileName: string;
  disabled: boolean;
  focusAfter: string;
  onDone(message: string): void;
}) {
  const { draft, typeId, title, fileName, disabled, focusAfter, onDone } = props;
  const confirming = useSignal(false);
  return (
    <>
      <button type="button" class="danger" disabled={disabled} onClick={() => (confirming.value = true)}>
        Remove {title}
      </button>
      {confirming.value && (
        <ConfirmDialog
          title={`Remove ${title}?`}
          confirmLabel={`Remove ${fileName}`}
          cancelLabel="Keep the file"
          onCancel={() => (confirming.value = false)}
          onConfirm={async () => {
            confirming.value = false;
            onDone(await removeFile(draft, typeId));
            // The Remove button has gone with the file: carry on from the nearest useful place.
            focusIdWhenReady(focusAfter);
          }}
        >
          <p>“{fileName}” is deleted from this device. Download it first if you have no other copy.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** A file kept for a type this category and route do not use: say so, and offer Preview, Download and Remove. */
function StrayRow({ draft, app, stray }: { draft: Draft; app: Application; stray: StrayDocument }) {
  const message = useSignal<string | null>(null);
  return (
    <li class="card">
      <h4>{stray.title}</h4>
      <p>
        Kept: <strong class="file-name">{stray.ref.name}</strong> ({formatSize(stray.ref.size)}), added {formatDateTime(stray.ref.addedAt)}.
      </p>
      <p class="note">{stray.message}</p>
      <div class="actions">
        <button type="button" onClick={async () => (message.value = (await previewDocument(stray.ref)) || null)}>
          Preview {stray.title}
        </button>
        <button type="button" onClick={async () => (message.value = (await downloadDocument(stray.ref)) || null)}>
          Download {stray.title}
        </button>
        <RemoveButton
          draft={draft}
          typeId={stray.typeId}
          title={stray.title}
          fileName={stray.ref.name}
          disabled={app.stage === 'submitted'}
          focusAfter="screen-title"
          onDone={(m) => (message.value = m)}
        />
      </div>
      <div role="status" aria-live="polite">
        {message.value && <p class="message">{message.value}</p>}
      </div>
    </li>
  );
}

async function removeFile(draft: Draft, typeId: string): Promise<string> {
  const old = draft.app.value?.documents[typeId];
  if (!old) return '';
  const applied = draft.apply((a, now) => removeDocument(a, typeId, now));
  if (!applied || !(await draft.flush())) return `“${old.name}” was not removed.`;
  await releaseBlobs(documentBlobIds(old));
  return `Removed “${old.name}”.`;
}
