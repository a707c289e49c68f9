// A text box that keeps what is typed on screen and saves it shortly after typing stops, and
// at once when the box loses focus; storage round trips never move the caret.
import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';

export function SavedText({
  label,
  value,
  onSave,
  rows = 4,
  hint,
  type,
}: {
  label: string;
  value: string;
  onSave(v: string): void;
  rows?: number;
  hint?: string;
  type?: 'date' | 'text';
}) {
  const id = useId();
  const local = useSignal(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Another tab's change shows, unless the applicant is typing here.
  useEffect(() => {
    if (!focused.current) local.value = value;
  }, [value]);
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (local.value !== value) onSave(local.value);
  };
  useEffect(() => () => flush(), []);
  const common = {
    id,
    value: local.value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
    onInput: (e: Event) => {
      local.value = (e.currentTarget as HTMLInputElement).value;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        onSave(local.value);
      }, 600);
    },
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {type === 'date' ? (
        <input type="date" {...common} />
      ) : type === 'text' ? (
        <input type="text" {...common} />
      ) : (
        <textarea rows={rows} {...common} />
      )}
    </div>
  );
}
