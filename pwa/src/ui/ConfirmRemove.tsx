// "Remove qualification 2" and the like: a button that asks in the shared dialog first.
import { useId } from 'preact/hooks';
import { ConfirmAction } from './ConfirmAction.tsx';

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
  const id = useId();
  const label = `Remove ${what.toLowerCase()}`;
  let section: Element | null = null;
  return (
    <span id={id} class="confirm-remove">
      <ConfirmAction
        label={label}
        tone="danger"
        disabled={disabled}
        title={`${label}?`}
        confirmLabel={`${label} for good`}
        cancelLabel="Keep it"
        onConfirm={() => {
          // The button goes with what it removed: carry on from the heading of its section.
          section = document.getElementById(id)?.closest('li, section') ?? null;
          return onRemove();
        }}
        focusAfter={() => section?.querySelector<HTMLElement>('h3, h2') ?? document.getElementById('screen-title')}
      >
        <p>{detail}</p>
      </ConfirmAction>
    </span>
  );
}
