// The companion panel on recognised Career Manager pages: where the applicant is in the ten
// steps and what is left on this page. Collapsible; every control reachable by keyboard.
import { useEffect, useRef } from 'preact/hooks';
import type { DialogSpec, OverlayState } from './state.ts';

function Dialog({ spec, onClose }: { spec: DialogSpec; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [spec]);
  const cancel = () => {
    spec.onCancel?.();
    onClose();
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
              await action.run();
              if (!action.keepOpen) onClose();
            }}
          >
            {action.label}
          </button>
        ))}
        <button type="button" onClick={cancel}>
          Cancel
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
