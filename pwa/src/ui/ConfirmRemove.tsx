// "Remove qualification 2" and the like: a button that asks in the shared dialog first.
import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { focusWhenReady } from './focus.ts';

interface Props {
  /** What is removed, e.g. "Qualification 2"; the button says "Remove qualification 2". */
  what: string;
  /** What goes with it, in a sentence. */
  detail: string;
  disabled?: boolean;
  /** Does the removal; false when it was refused. */
  onRemove(): boolean;
}

export function ConfirmRemove({ what, detail, disabled, onRemove }: Props) {
  const open = useSignal(false);
  const id = useId();
  const label = `Remove ${what.toLowerCase()}`;
  return (
    <span id={id} class="confirm-remove">
      <button type="button" disabled={disabled} onClick={() => (open.value = true)}>
        {label}
      </button>
      {open.value && (
        <ConfirmDialog
          title={`${label}?`}
          confirmLabel={`${label} for good`}
          cancelLabel="Keep it"
          onCancel={() => (open.value = false)}
          onConfirm={() => {
            open.value = false;
            // The button goes with what it removed: carry on from the section's heading.
            const section = document.getElementById(id)?.closest('li, section');
            if (onRemove()) focusWhenReady(() => section?.querySelector<HTMLElement>('h3, h2') ?? document.getElementById('screen-title'));
          }}
        >
          <p>{detail}</p>
        </ConfirmDialog>
      )}
    </span>
  );
}
