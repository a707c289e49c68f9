// A button for an irreversible step that asks first, in the shared dialog, then acts: lock,
// submit, unlock, remove. One component, so every such step asks, acts and moves focus alike.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { focusWhenReady } from './focus.ts';

/**
 * How the button looks (styles.css): 'danger' (red) for what removes or undoes, 'external'
 * (purple) for what happens in Career Manager and is only recorded here; grey otherwise.
 */
type Tone = 'danger' | 'external';
const TONE_CLASS: Record<Tone, string> = { danger: 'danger', external: 'btn-external' };

interface Props {
  /** The button's text. */
  label: ComponentChildren;
  tone?: Tone;
  /** The button's path (data-field), for Continue and error links, e.g. "lock". */
  field?: string;
  /** The button's accessible name, when its text alone does not say what it acts on. */
  ariaLabel?: string;
  disabled?: boolean;
  /** The question, its answer buttons and what it says. */
  title: string;
  confirmLabel: string;
  cancelLabel?: string;
  children: ComponentChildren;
  fallbackFocusId?: string;
  /** Does the step; false when it was refused. */
  onConfirm(): boolean;
  /** Keep the dialog open when the step is refused (its reasons are shown in the dialog). */
  refusalInDialog?: boolean;
  /** Where focus goes after the step was done (its button may have gone with it). */
  focusAfter?: () => HTMLElement | null;
  /** Called whenever the dialog closes, e.g. to clear a field of it. */
  onClose?(): void;
}

export function ConfirmAction({
  label,
  tone,
  field,
  ariaLabel,
  disabled,
  onConfirm,
  refusalInDialog,
  focusAfter,
  onClose,
  children,
  ...question
}: Props) {
  const open = useSignal(false);
  const close = () => {
    open.value = false;
    onClose?.();
  };
  return (
    <>
      <button
        type="button"
        class={tone && TONE_CLASS[tone]}
        data-field={field}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => (open.value = true)}
      >
        {label}
      </button>
      {open.value && (
        <ConfirmDialog
          {...question}
          // Red only for what removes or undoes: recording a step taken in Career Manager removes nothing.
          confirmClass={tone === 'external' ? TONE_CLASS.external : undefined}
          onCancel={close}
          onConfirm={() => {
            const done = onConfirm();
            if (!done && refusalInDialog) return false;
            close();
            if (done && focusAfter) focusWhenReady(focusAfter);
            return undefined;
          }}
        >
          {children}
        </ConfirmDialog>
      )}
    </>
  );
}
