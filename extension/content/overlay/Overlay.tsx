// The companion panel on recognised Career Manager pages: where the applicant is in the ten
// steps and what is left on this page. Collapsible; every control reachable by keyboard.
import { useEffect, useRef } from 'preact/hooks';
import type { DialogSpec, OverlayState } from './state.ts';

/** The element that really has focus, looking inside shadow roots (our own buttons live in them). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function Dialog({ spec, onClose }: { spec: DialogSpec; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Closes the native dialog and hands focus back before the overlay re-renders, so keyboard
  // users land where they were however it closes (button, Escape, or the page clearing it).
  const giveBack = () => {
    const dialog = ref.current;
    if (dialog?.open) dialog.close();
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  };
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = deepActiveElement(dialog.ownerDocument);
    if (!dialog.open) dialog.showModal();
    // The safe choice gets focus first, so Enter never does the destructive thing by accident.
    safe.current?.focus();
    return giveBack;
  }, [spec]);
  const close = () => {
    giveBack();
    onClose();
  };
  const cancel = () => {
    spec.onCancel?.();
    close();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby="proreg-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="proreg-dialog-title">{spec.title}</h2>
      {spec.body()}
      <div class="actions">
        {spec.actions.map((action) => (
          <button
            type="button"
            key={action.label}
            class={action.primary ? 'primary' : undefined}
            onClick={async () => {
              if (!action.keepOpen) giveBack();
              try {
                await action.run();
              } finally {
                if (!action.keepOpen) onClose();
              }
            }}
          >
            {action.label}
          </button>
        ))}
        <button type="button" ref={safe} onClick={cancel}>
          {spec.cancelLabel ?? 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The panel itself. Collapsed, it is a small bar (on narrow screens just the Show button), so
 * it never hides the page the applicant is working on; `onToggle` records their choice.
 */
export function Overlay({ state, onToggle }: { state: OverlayState; onToggle: (shown: boolean) => void }) {
  const header = state.header.value;
  const expanded = state.expanded.value;
  const dialog = state.dialog.value;
  if (!header) return null;
  return (
    <aside class={expanded ? 'panel' : 'panel collapsed'} aria-label="ProReg Companion">
      <div class="bar">
        <h2>ProReg Companion</h2>
        <button type="button" aria-expanded={expanded} aria-controls="proreg-body" onClick={() => onToggle(!expanded)}>
          {expanded ? 'Hide guidance' : 'Show guidance'}
        </button>
      </div>
      <div class="body" id="proreg-body" hidden={!expanded}>
        <p class="step">{header.step}</p>
        <p class="count">This page: {header.page}</p>
        {state.sections.value.map((section) => (
          <section key={section.id} aria-label={section.title}>
            <h3>{section.title}</h3>
            {section.render()}
          </section>
        ))}
      </div>
      {dialog && <Dialog spec={dialog} onClose={() => (state.dialog.value = null)} />}
    </aside>
  );
}
