// Build one file: the applicant adds PDFs and photos, sees every page, reorders, turns or removes
// pages (buttons for keyboard and screen reader users, drag and drop for the rest), then makes one
// PDF under the size limit, checks a page at full size and keeps it. Loaded only when opened.
import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { BuiltPage, DocumentRef, DocumentType } from '../../../core/types.ts';
import { readBlob } from '../db/store.ts';
import type { Draft } from '../state/draft.ts';
import { rules } from '../state/rules.ts';
import { focusIdWhenReady } from '../ui/focus.ts';
import { formatSize } from '../ui/format.ts';
import { buildPdf, Cancelled, cancelWork, inspectSource, renderPage } from './client.ts';
import { MAX_BUILD_PAGES, SOURCE_HEAD_BYTES, sourceKind } from './inputs.ts';
import { describeStep, LEGIBILITY_FLOOR, SHRINK_STEPS } from './ladder.ts';
import { addSourcePages, movePage, movePageTo, removePage, turnPage, withoutSource } from './plan.ts';
import type { BuildOutcome, PageInfo, SourceFile } from './protocol.ts';
import { builtFileName, type HeldSource, keepBuilt } from './save.ts';
import './assemble.css';
import { decimalReading } from '../../../core/application/megabytes.ts';

interface Source extends HeldSource {
  file: SourceFile | null;
  state: 'reading' | 'ready' | 'refused';
  message: string | null;
  pages: (PageInfo & { url: string | null })[];
}

interface Result {
  outcome: BuildOutcome;
  blob: Blob;
  limit: number;
  pages: BuiltPage[];
}

/** Sizes precise enough to compare with a limit: "412 KB", "1.8 MB". */
export function preciseSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatSize(bytes);
}

const pageKey = (p: BuiltPage) => `${p.source}-${p.page}`;

export default function AssemblerPanel(props: {
  draft: Draft;
  type: DocumentType;
  docRef: DocumentRef | undefined;
  onClose(message?: string): void;
}) {
  const { draft, type, docRef, onClose } = props;
  const uid = useId();
  const sources = useSignal<Source[]>([]);
  const pages = useSignal<BuiltPage[]>([]);
  const announce = useSignal('');
  const progress = useSignal<{ fraction: number; text: string } | null>(null);
  const result = useSignal<Result | null>(null);
  const problem = useSignal<string | null>(null);
  const dragging = useRef<number | null>(null);
  const urls = useRef<string[]>([]);

  const update = (index: number, change: (s: Source) => Source) => {
    sources.value = sources.value.map((s, i) => (i === index ? change(s) : s));
  };
  const objectUrl = (blob: Blob | null) => {
    if (!blob) return null;
    const url = URL.createObjectURL(blob);
    urls.current.push(url);
    return url;
  };
  useEffect(
    () => () => {
      cancelWork();
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  /** Reads one source in the worker; its pages join the end of the document as they are ready. */
  const read = async (index: number, file: SourceFile, planned?: BuiltPage[]) => {
    try {
      const { count, note } = await inspectSource(file, (page, _count, info) => {
        update(index, (s) => ({ ...s, pages: [...s.pages, { ...info, url: objectUrl(info.thumbnail) }] }));
        if (page === 0) announce.value = `Reading “${file.name}”…`;
      });
      const total = pages.value.length + (planned ? 0 : count);
      if (!planned && total > MAX_BUILD_PAGES) {
        update(index, (s) => ({
          ...s,
          state: 'refused',
          pages: [],
          message: `“${file.name}” was not added: with its ${count} pages the document would have ${total}, more than the ${MAX_BUILD_PAGES} one file can hold.`,
        }));
        return;
      }
      update(index, (s) => ({ ...s, state: 'ready', message: note }));
      if (!planned) pages.value = addSourcePages(pages.value, index, count);
      announce.value = `Added “${file.name}”: ${count} ${count === 1 ? 'page' : 'pages'}.${note ? ` ${note}` : ''}`;
    } catch (error) {
      if (error instanceof Cancelled) {
        update(index, (s) => ({ ...s, state: 'refused', pages: [], message: `Reading “${file.name}” was cancelled.` }));
        return;
      }
      update(index, (s) => ({ ...s, state: 'refused', pages: [], message: (error as Error).message }));
      if (planned) pages.value = withoutSource(pages.value, index);
    }
  };

  const addFiles = async (files: readonly File[]) => {
    result.value = null;
    for (const file of files) {
      const head = new Uint8Array(await file.slice(0, SOURCE_HEAD_BYTES).arrayBuffer());
      const check = sourceKind(file.name, file.type, file.size, head);
      const index = sources.value.length;
      const source: Source = {
        name: file.name,
        mime: check.ok ? { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' }[check.kind] : file.type,
        blob: file,
        file: check.ok ? { name: file.name, kind: check.kind, blob: file } : null,
        state: check.ok ? 'reading' : 'refused',
        message: check.ok ? null : check.message,
        pages: [],
      };
      sources.value = [...sources.value, source];
      if (!check.ok) announce.value = check.message;
      else void read(index, source.file!);
    }
  };

  // Rebuilding: the sources kept with the document, and its pages as they were.
  useEffect(() => {
    const built = docRef?.built;
    if (!built) return;
    void (async () => {
      const held: Source[] = [];
      for (const stored of built.sources) {
        const blob = await readBlob(stored.blobId);
        const kind = stored.mime === 'application/pdf' ? 'pdf' : stored.mime === 'image/png' ? 'png' : 'jpeg';
        held.push({
          name: stored.name,
          mime: stored.mime,
          blob: blob ?? new Blob([]),
          stored,
          file: blob ? { name: stored.name, kind, blob } : null,
          state: blob ? 'reading' : 'refused',
          message: blob
            ? null
            : `“${stored.name}” is not on this device any more (it may have been imported without its bytes), so its pages are left out.`,
          pages: [],
        });
      }
      sources.value = held;
      pages.value = built.pages.filter((p) => held[p.source]?.file);
      for (const [i, s] of held.entries()) if (s.file) await read(i, s.file, built.pages);
    })();
  }, []);

  const move = (index: number, by: -1 | 1) => {
    const page = pages.value[index]!;
    pages.value = movePage(pages.value, index, by);
    const to = index + by;
    announce.value = `Page moved to position ${to + 1} of ${pages.value.length}.`;
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === pages.value.length - 1);
    focusIdWhenReady(`${uid}-${pageKey(page)}-${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };
  const turn = (index: number) => {
    pages.value = turnPage(pages.value, index);
    announce.value = `Page ${index + 1} turned to ${pages.value[index]!.rotate} degrees.`;
  };
  const remove = (index: number) => {
    pages.value = removePage(pages.value, index);
    announce.value = `Page ${index + 1} removed. ${pages.value.length} ${pages.value.length === 1 ? 'page' : 'pages'} left.`;
    const next = pages.value[Math.min(index, pages.value.length - 1)];
    focusIdWhenReady(next ? `${uid}-${pageKey(next)}-remove` : `${uid}-files`);
  };

  const make = async () => {
    problem.value = null;
    result.value = null;
    const limit = rules.value.maxFileSize;
    const plan = pages.value;
    // Only sources the pages use go to the worker; page numbers are renumbered to match.
    const order: number[] = [];
    for (const p of plan) if (!order.includes(p.source)) order.push(p.source);
    const files = order.map((i) => sources.value[i]!.file!);
    const renumbered = plan.map((p) => ({ ...p, source: order.indexOf(p.source) }));
    progress.value = { fraction: 0, text: 'Starting' };
    try {
      // Aimed at the limit read with 1,000,000-byte megabytes: which reading Career Manager uses is not
      // known, and a file under this fits either way (core/application/megabytes.ts).
      const built = await buildPdf(files, renumbered, decimalReading(limit), (fraction, text) => (progress.value = { fraction, text }));
      // Within the limit as the rules state it is what is reported; the note on megabytes says the rest.
      const outcome = { ...built, fits: built.bytes.length <= limit };
      result.value = { outcome, blob: new Blob([outcome.bytes as BlobPart], { type: 'application/pdf' }), limit, pages: plan };
      announce.value = outcome.fits
        ? `The file is ready: ${preciseSize(outcome.bytes.length)}, within the limit.`
        : `The file could not be brought under the limit legibly: ${preciseSize(outcome.bytes.length)}.`;
      focusIdWhenReady(`${uid}-result`);
    } catch (error) {
      problem.value = error instanceof Cancelled ? 'Cancelled. Nothing was changed.' : (error as Error).message;
      focusIdWhenReady(`${uid}-make`);
    } finally {
      progress.value = null;
    }
  };

  const keep = async () => {
    const built = result.value;
    if (!built) return;
    const message = await keepBuilt(draft, type, built.blob, sources.value, built.pages);
    announce.value = message;
    if (message.startsWith('Kept')) onClose(message);
    else problem.value = message;
  };

  const reading = sources.value.some((s) => s.state === 'reading');
  const working = progress.value !== null;
  const refused = sources.value.filter((s) => s.state === 'refused' && s.message);
  const limit = rules.value.maxFileSize;

  return (
    <section class="assembler" aria-labelledby={`${uid}-title`}>
      <h4 id={`${uid}-title`}>Build one file for {type.title}</h4>
      <p>
        Add your certificates and scans (PDF, JPEG or PNG). They are put together into one PDF of at most {formatSize(limit)} (your limit
        under Rules), here on this device: nothing is uploaded anywhere. Your files are kept unchanged beside the result, so it can be
        rebuilt.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file input inside does the same for everyone */}
      <div
        class="asm-drop"
        onDragOver={(e) => {
          if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
        }}
        onDrop={(e) => {
          if (!e.dataTransfer?.files.length) return;
          e.preventDefault();
          void addFiles([...e.dataTransfer.files]);
        }}
      >
        <label for={`${uid}-files`}>Add files to {type.title}</label>
        <p class="hint" id={`${uid}-files-hint`}>
          PDF, JPEG or PNG; choose several at once, or drop them here.
        </p>
        <input
          id={`${uid}-files`}
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={`${uid}-files-hint`}
          disabled={working}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            void addFiles(files);
          }}
        />
      </div>
      {refused.length > 0 && (
        <div class="problem">
          <p>
            <strong>Not added</strong>
          </p>
          <ul>
            {refused.map((s, i) => (
              <li key={i}>{s.message}</li>
            ))}
          </ul>
        </div>
      )}
      {reading && (
        <p class="hint">
          Reading{' '}
          {sources.value
            .filter((s) => s.state === 'reading')
            .map((s) => `“${s.name}”`)
            .join(', ')}
          …{' '}
          <button type="button" onClick={cancelWork}>
            Stop reading
          </button>
        </p>
      )}
      {pages.value.length > 0 && (
        <>
          <h5 id={`${uid}-pages`}>
            Pages in order ({pages.value.length} {pages.value.length === 1 ? 'page' : 'pages'})
          </h5>
          <ol class="asm-pages" aria-labelledby={`${uid}-pages`}>
            {pages.value.map((p, i) => {
              const source = sources.value[p.source];
              const info = source?.pages[p.page];
              const key = pageKey(p);
              const n = i + 1;
              return (
                <li
                  key={key}
                  class="asm-page"
                  draggable={!working}
                  onDragStart={() => (dragging.current = i)}
                  onDragOver={(e) => {
                    if (dragging.current !== null) e.preventDefault();
                  }}
                  onDrop={(e) => {
                    if (dragging.current === null) return;
                    e.preventDefault();
                    pages.value = movePageTo(pages.value, dragging.current, i);
                    announce.value = `Page moved to position ${n} of ${pages.value.length}.`;
                    dragging.current = null;
                  }}
                >
                  <div class="asm-thumb">
                    {info?.url ? (
                      <img src={info.url} alt="" style={{ transform: `rotate(${p.rotate}deg)` }} />
                    ) : (
                      <span class="hint">{info ? 'No picture' : 'Reading…'}</span>
                    )}
                  </div>
                  <p>
                    <strong>Page {n}</strong>: {source?.name}
                    {source?.file?.kind === 'pdf' ? `, page ${p.page + 1}` : ''}
                    {p.rotate ? `, turned ${p.rotate}°` : ''}
                    {info?.hasText ? ' (text: kept as it is)' : ''}
                  </p>
                  <div class="asm-actions">
                    <button type="button" id={`${uid}-${key}-up`} disabled={working || i === 0} onClick={() => move(i, -1)}>
                      Move up<span class="visually-hidden"> (page {n})</span>
                    </button>
                    <button
                      type="button"
                      id={`${uid}-${key}-down`}
                      disabled={working || i === pages.value.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      Move down<span class="visually-hidden"> (page {n})</span>
                    </button>
                    <button type="button" id={`${uid}-${key}-turn`} disabled={working} onClick={() => turn(i)}>
                      Turn<span class="visually-hidden"> (page {n})</span>
                    </button>
                    <button type="button" id={`${uid}-${key}-remove`} disabled={working} onClick={() => remove(i)}>
                      Remove<span class="visually-hidden"> (page {n})</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <button type="button" id={`${uid}-make`} class="primary" disabled={working || reading} onClick={() => void make()}>
            Make one PDF from {pages.value.length} {pages.value.length === 1 ? 'page' : 'pages'}
          </button>
        </>
      )}
      {working && (
        <div class="asm-progress">
          <label for={`${uid}-progress`}>Making the file</label>
          <progress id={`${uid}-progress`} max={1} value={progress.value!.fraction} />
          <p class="hint">{progress.value!.text}</p>
          <button type="button" onClick={cancelWork}>
            Cancel
          </button>
        </div>
      )}
      {problem.value && <p class="problem">{problem.value}</p>}
      {result.value && <ResultView uid={uid} type={type} result={result.value} onKeep={keep} onDiscard={() => (result.value = null)} />}
      <div class="actions">
        <button type="button" onClick={() => onClose()}>
          Close without keeping
        </button>
      </div>
      <div role="status" aria-live="polite" class="visually-hidden">
        {announce.value}
      </div>
    </section>
  );
}

function ResultView(props: { uid: string; type: DocumentType; result: Result; onKeep(): void; onDiscard(): void }) {
  const { uid, type, result, onKeep, onDiscard } = props;
  const { outcome, limit } = result;
  const size = outcome.bytes.length;
  const count = result.pages.length;
  const previewPage = useSignal(0);
  const preview = useSignal<{ url: string; width: number; page: number } | null>(null);
  const previewProblem = useSignal<string | null>(null);

  // The chosen page at 100 %: one point of the page is 1/72 inch, as a PDF reader shows it.
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    renderPage(result.blob, previewPage.value, (96 / 72) * dpr)
      .then((drawn) => {
        if (!live) return;
        url = URL.createObjectURL(drawn.image);
        preview.value = { url, width: Math.round(drawn.width / dpr), page: previewPage.value };
        previewProblem.value = null;
      })
      .catch((error: unknown) => {
        if (live && !(error instanceof Cancelled)) previewProblem.value = `This page could not be drawn (${(error as Error).message}).`;
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [previewPage.value, result.blob]);

  const download = () => {
    const url = URL.createObjectURL(result.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = builtFileName(type);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <div class="asm-result">
      <h5 id={`${uid}-result`} tabIndex={-1}>
        The file: {preciseSize(size)} ({count} {count === 1 ? 'page' : 'pages'})
      </h5>
      <p class="asm-meter-text">
        {outcome.fits
          ? `Within your limit of ${formatSize(limit)}.`
          : `Over your limit of ${formatSize(limit)} by ${preciseSize(size - limit)}.`}
      </p>
      <meter min={0} max={Math.max(limit, size)} value={size} high={limit} optimum={0} aria-label="Size against the limit">
        {preciseSize(size)} of {formatSize(limit)}
      </meter>
      <ul>
        <li>The pages put together as they were came to {preciseSize(outcome.plainSize)}.</li>
        {outcome.step === null ? (
          <li>Nothing had to be made smaller.</li>
        ) : (
          <li>
            {outcome.reducedImages} {outcome.reducedImages === 1 ? 'picture was' : 'pictures were'} reduced to{' '}
            {describeStep(SHRINK_STEPS[outcome.step]!)}; text stays text.
          </li>
        )}
        {outcome.notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {!outcome.fits && (
        <p class="problem">
          This is as small as it goes while small print stays readable (pictures at {describeStep(LEGIBILITY_FLOOR)}, no lower). Take out
          pages you do not need, or split the pages across documents, then make it again.
        </p>
      )}
      <h6 class="asm-check">Check that it is readable</h6>
      <div class="field">
        <label for={`${uid}-preview-page`}>Page to look at, at full size (100 %)</label>
        <select
          id={`${uid}-preview-page`}
          value={previewPage.value}
          onChange={(e) => (previewPage.value = Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {result.pages.map((_, i) => (
            <option key={i} value={i}>
              Page {i + 1}
            </option>
          ))}
        </select>
      </div>
      {previewProblem.value && <p class="problem">{previewProblem.value}</p>}
      {preview.value ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
        <section class="asm-preview" tabIndex={0} aria-label={`Page ${preview.value.page + 1} at 100 %`}>
          <img src={preview.value.url} width={preview.value.width} alt={`Page ${preview.value.page + 1} of the built file, at full size`} />
        </section>
      ) : (
        !previewProblem.value && <p class="hint">Drawing page {previewPage.value + 1}…</p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onKeep}>
          {outcome.fits ? `Keep this file for ${type.title}` : `Keep this file for ${type.title} anyway`}
        </button>
        <button type="button" onClick={download}>
          Download the built file
        </button>
        <button type="button" onClick={onDiscard}>
          Discard the built file
        </button>
      </div>
    </div>
  );
}
