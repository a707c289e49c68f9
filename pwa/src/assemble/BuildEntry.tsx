// The small part of the assembler on the documents screen: what a built file was made from, and
// the button that loads the assembler itself (a separate chunk, with pdf-lib and pdf.js in its
// worker) only when the applicant asks for it.
import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { DocumentRef, DocumentType } from '../../../core/types.ts';
import type { Draft } from '../state/draft.ts';
import { focusIdWhenReady } from '../ui/focus.ts';

type Panel = ComponentType<{ draft: Draft; type: DocumentType; docRef: DocumentRef | undefined; onClose(message?: string): void }>;

export function BuildEntry(props: { draft: Draft; type: DocumentType; docRef: DocumentRef | undefined; disabled: boolean }) {
  const { draft, type, docRef, disabled } = props;
  const panel = useSignal<Panel | null>(null);
  const open = useSignal(false);
  const problem = useSignal<string | null>(null);
  const said = useSignal<string | null>(null);
  const buttonId = `build-${type.id}`;
  const built = docRef?.built;
  const start = async () => {
    open.value = true;
    problem.value = null;
    said.value = null;
    try {
      panel.value = (await import('./AssemblerPanel.tsx')).default;
    } catch {
      open.value = false;
      problem.value = 'The assembler could not be loaded. If you are offline, reload the workbook once while online.';
    }
  };
  return (
    <>
      {built && (
        <p class="hint">
          Built here from {built.sources.length} {built.sources.length === 1 ? 'file' : 'files'}:{' '}
          {built.sources.map((s) => `“${s.name}”`).join(', ')}. They are kept unchanged, so it can be rebuilt (for example after the size
          limit changes).
        </p>
      )}
      {!open.value && (
        <button type="button" id={buttonId} disabled={disabled} onClick={() => void start()}>
          {built ? `Rebuild ${type.title} from its files` : `Build one file for ${type.title}`}
        </button>
      )}
      {problem.value && <p class="problem">{problem.value}</p>}
      {open.value && !panel.value && <p class="hint">Loading the assembler…</p>}
      {open.value && panel.value && (
        <panel.value
          draft={draft}
          type={type}
          docRef={docRef}
          onClose={(message) => {
            open.value = false;
            said.value = message ?? null;
            focusIdWhenReady(buttonId);
          }}
        />
      )}
      <div role="status" aria-live="polite">
        {said.value && <p class="message">{said.value}</p>}
      </div>
    </>
  );
}
