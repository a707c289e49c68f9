// Small labelled form controls: every control gets a visible label, hence an accessible name.
// Once this tab can no longer save (a newer version is open in another tab), text fields turn
// read-only (what is in them can still be selected and copied) and the other controls disabled;
// the status bar says why.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { newerVersionElsewhere } from '../db/status.ts';
import { MAX_FIELD_CHARS } from '../state/limits.ts';

// Made when first needed: creating a number format costs time the first screen does not have.
const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Holds typed or pasted text to the most a field keeps (what a backup can carry): anything past
 * it is cut, and `cut` says so, so nothing goes silently.
 */
function useCapped(onValue: (v: string) => void) {
  const cut = useSignal<number | null>(null);
  const onInput = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    if (el.value.length > MAX_FIELD_CHARS) {
      cut.value = el.value.length;
      el.value = el.value.slice(0, MAX_FIELD_CHARS);
    } else if (cut.value !== null && el.value.length < MAX_FIELD_CHARS) {
      cut.value = null;
    }
    onValue(el.value);
  };
  const note = cut.value !== null && (
    <p role="alert" class="count over">
      That was {count(cut.value)} characters; a field keeps at most {count(MAX_FIELD_CHARS)}, so only the first {count(MAX_FIELD_CHARS)}{' '}
      were kept.
    </p>
  );
  return { onInput, note };
}

interface TextProps {
  label: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'date' | 'number';
  disabled?: boolean;
  hint?: string;
  autoComplete?: string;
  step?: string;
  min?: string;
}

/** A labelled field: its label, an optional hint that describes the control, then the control itself. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children(id: string, describedBy: string | undefined): ComponentChildren;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(id, hint ? `${id}-hint` : undefined)}
    </div>
  );
}

export function TextField({ label, value, onValue, type = 'text', disabled, hint, autoComplete, step, min }: TextProps) {
  const capped = useCapped(onValue);
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <>
          <input
            id={id}
            type={type as 'text'}
            value={value}
            disabled={disabled}
            readOnly={newerVersionElsewhere.value}
            autocomplete={(autoComplete ?? 'off') as 'off'}
            step={step}
            min={min}
            aria-describedby={describedBy}
            onInput={capped.onInput}
          />
          {capped.note}
        </>
      )}
    </Field>
  );
}

interface AreaProps {
  label: string;
  value: string;
  onValue(value: string): void;
  disabled?: boolean;
  rows?: number;
  /** Live text under the box, e.g. a character count. */
  status?: ComponentChildren;
  /** The box's name, for tools that read its selection (the evidence links). */
  name?: string;
}

export function TextArea({ label, value, onValue, disabled, rows = 8, status, name }: AreaProps) {
  const id = useId();
  const capped = useCapped(onValue);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        disabled={disabled}
        readOnly={newerVersionElsewhere.value}
        aria-describedby={status ? `${id}-status` : undefined}
        onInput={capped.onInput}
      />
      {capped.note}
      {status && (
        <p class="count" id={`${id}-status`}>
          {status}
        </p>
      )}
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled || newerVersionElsewhere.value}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

export function Select({
  label,
  value,
  options,
  onValue,
  disabled,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onValue(v: string): void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled || newerVersionElsewhere.value}
        onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A question with one answer from a few (GOV.UK radios): a fieldset whose legend is the question. */
export function Radios<T extends string>({
  legend,
  value,
  options,
  onValue,
  disabled,
}: {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onValue(v: T): void;
  disabled?: boolean;
}) {
  const name = useId();
  return (
    <fieldset class="field radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} class="check">
          <input
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={disabled}
            onChange={() => onValue(o.value)}
          />
          <label for={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Reasons from core, shown as a list; nothing when there are none. */
export function Reasons({ reasons, title }: { reasons: { message: string }[]; title?: string }) {
  if (reasons.length === 0) return null;
  return (
    <div class="reasons">
      {title && <p>{title}</p>}
      <ul>
        {reasons.map((r, i) => (
          <li key={i}>{r.message}</li>
        ))}
      </ul>
    </div>
  );
}
