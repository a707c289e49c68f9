// One confirmation for every irreversible step, built on the native modal <dialog>: the browser
// makes the page behind inert and closes the dialog on Escape; Tab wraps round the dialog's own
// controls (rather than leaving for the browser's toolbar); focus goes back to what opened it.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { focusWhenReady } from './focus.ts';

interface ConfirmProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  /** Return false to keep the dialog open (e.g. the step was refused). */
  onConfirm(): undefined | boolean | Promise<undefined | boolean>;
  onCancel(): void;
  /** A warning (role alertdialog, red confirm button); false for a plain question. */
  warn?: boolean;
  /** The confirm button's look when it is not the warning's red (e.g. a step taken in Career Manager). */
  confirmClass?: string;
  /** Where focus goes when the dialog closes and what opened it has gone (e.g. removed with what it removed). */
  fallbackFocusId?: string;
}

const FIELDS = 'input, textarea, select';
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function wrapTab(e: KeyboardEvent) {
  if (e.key !== 'Tab') return;
  const dialog = e.currentTarget as HTMLDialogElement;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || !dialog.contains(at))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === last || !dialog.contains(at))) {
    e.preventDefault();
    first.focus();
  }
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
  warn = true,
  confirmClass,
  fallbackFocusId = 'screen-title',
}: ConfirmProps) {
  const id = useId();
  const box = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const settled = useRef(false);

  useLayoutEffect(() => {
    const dialog = box.current!;
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
    // A field in the question (e.g. a reason) first; otherwise the safe answer, so Enter does no harm.
    (dialog.querySelector<HTMLElement>(FIELDS) ?? cancel.current)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to where the user was, unless the confirmed step has already put focus somewhere useful.
      // Checked once this render is done: the opener may be going with what the dialog removed.
      const lost = () =>
        !document.activeElement ||
        document.activeElement === document.body ||
        !document.activeElement.isConnected ||
        dialog.contains(document.activeElement);
      if (lost() && opener?.isConnected) opener.focus();
      queueMicrotask(() => {
        if (!lost()) return;
        if (opener?.isConnected) opener.focus();
        else focusWhenReady(() => document.getElementById(fallbackFocusId) ?? document.getElementById('apps-title'));
      });
    };
  }, []);

  const dismiss = () => {
    if (settled.current) return;
    settled.current = true;
    onCancel();
  };
  const confirm = async () => {
    if (settled.current) return;
    settled.current = true;
    const outcome = await onConfirm();
    if (outcome === false) settled.current = false;
  };

  return (
    <dialog
      ref={box}
      class="confirm"
      role={warn ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      // Escape: the browser fires cancel, then closes the dialog.
      onCancel={dismiss}
      onClose={dismiss}
      onKeyDown={wrapTab}
    >
      <h2 id={`${id}-t`} class="confirm-title">
        {title}
      </h2>
      <div id={`${id}-d`}>{children}</div>
      <div class="actions">
        <button type="button" class={confirmClass ?? (warn ? 'danger' : 'btn-primary')} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={dismiss}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
