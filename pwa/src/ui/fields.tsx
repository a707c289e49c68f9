// Small labelled form controls: every control gets a visible label, hence an accessible name.
// Once this tab can no longer save (a newer version is open in another tab), text fields turn
// read-only (what is in them can still be selected and copied) and the other controls disabled;
// the status bar says why.
// Each may carry an error (GOV.UK: the message above the control, linked to it), and a `field`
// path (data-field) that Continue and the error summary use to find it.
// Each re-renders only when what it shows changes (memoField), so typing in one field does not
// redraw its neighbours.
import { useSignal } from '@preact/signals';
import { Component, type ComponentChildren, type FunctionComponent, h } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
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

type Handler = (...args: never[]) => unknown;

/**
 * A field that re-renders only when a prop it shows changes. Handlers (functions) are compared
 * by nothing: they are called through the latest props, so skipping a render never leaves an
 * old one behind. Signals the inner component reads (newerVersionElsewhere) redraw it directly,
 * past this check.
 */
function memoField<P extends object>(Inner: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    private calls = new Map<string, Handler>();
    override shouldComponentUpdate(next: P): boolean {
      const a = this.props as Record<string, unknown>;
      const b = next as Record<string, unknown>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (typeof a[key] === 'function' && typeof b[key] === 'function') continue;
        if (a[key] !== b[key]) return true;
      }
      return false;
    }
    private call(key: string): Handler {
      let f = this.calls.get(key);
      if (!f) {
        f = (...args: never[]) => ((this.props as Record<string, Handler>)[key] as Handler)(...args);
        this.calls.set(key, f);
      }
      return f;
    }
    override render() {
      const props = { ...this.props } as Record<string, unknown>;
      for (const [key, value] of Object.entries(props)) if (typeof value === 'function') props[key] = this.call(key);
      return h(Inner as FunctionComponent<Record<string, unknown>>, props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `Memo(${Inner.name})`;
  return Memo as unknown as FunctionComponent<P>;
}

/** What every field may carry besides its value. */
interface Common {
  label: string;
  disabled?: boolean;
  hint?: string;
  /** What is wrong with the value, shown at the field (and listed in an error summary). */
  error?: string;
  /** The field's path, e.g. "roles.<id>.responsibilities", for Continue and error links. */
  field?: string;
}

interface TextProps extends Common {
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'date' | 'number';
  autoComplete?: string;
  step?: string;
  min?: string;
}

/** The ids a control is described by: its hint, its error, its status line. */
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** An error at the field, GOV.UK style: above the control, prefixed for screen readers. */
function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">Error:</span> {error}
    </p>
  );
}

/** A labelled field: its label, an optional hint and error that describe the control, then the control itself. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children(id: string, describedBy: string | undefined): ComponentChildren;
}) {
  const id = useId();
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} error={error} />
      {children(id, describedBy(hint && `${id}-hint`, error && `${id}-error`))}
    </div>
  );
}

function TextFieldBase({ label, value, onValue, type = 'text', disabled, hint, error, field, autoComplete, step, min }: TextProps) {
  const capped = useCapped(onValue);
  // Read here, not in Field's render prop, so this field itself redraws when it changes.
  const stopped = newerVersionElsewhere.value;
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, described) => (
        <>
          <input
            id={id}
            type={type as 'text'}
            value={value}
            disabled={disabled}
            readOnly={stopped}
            autocomplete={(autoComplete ?? 'off') as 'off'}
            step={step}
            min={min}
            data-field={field}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={described}
            onInput={capped.onInput}
          />
          {capped.note}
        </>
      )}
    </Field>
  );
}
export const TextField = memoField(TextFieldBase);

interface AreaProps extends Common {
  value: string;
  onValue(value: string): void;
  rows?: number;
  /** Live text under the box, e.g. a character count. */
  status?: ComponentChildren;
  /** Grows with its text (long prose) instead of scrolling inside a fixed box. */
  grow?: boolean;
  /** The box's name, for tools that read its selection (the evidence links). */
  name?: string;
}

// Browsers that cannot size a text area to its content in CSS (field-sizing) get it done here.
const cssGrows = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');
function fitHeight(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + 4}px`;
}

function TextAreaBase({ label, value, onValue, disabled, rows = 8, status, hint, error, field, grow, name }: AreaProps) {
  const id = useId();
  const capped = useCapped(onValue);
  const box = useRef<HTMLTextAreaElement>(null);
  const fallback = grow && !cssGrows;
  useLayoutEffect(() => {
    if (fallback && box.current) fitHeight(box.current);
  }, [fallback, value]);
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} error={error} />
      <textarea
        ref={box}
        id={id}
        name={name}
        class={grow ? 'grow' : undefined}
        rows={rows}
        value={value}
        disabled={disabled}
        readOnly={newerVersionElsewhere.value}
        data-field={field}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`, status !== undefined && `${id}-status`)}
        onInput={capped.onInput}
      />
      {capped.note}
      {status !== undefined && (
        <p class="count" id={`${id}-status`}>
          {status}
        </p>
      )}
    </div>
  );
}
export const TextArea = memoField(TextAreaBase);

interface CheckProps extends Common {
  checked: boolean;
  onChange(v: boolean): void;
}

function CheckboxBase({ label, checked, onChange, disabled, hint, error, field }: CheckProps) {
  const id = useId();
  return (
    <div class={error ? 'field check has-error' : 'field check'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled || newerVersionElsewhere.value}
        data-field={field}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        {label}
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {' '}
            {hint}
          </span>
        )}
        {error && (
          <span class="error-message" id={`${id}-error`}>
            <span class="visually-hidden">Error:</span> {error}
          </span>
        )}
      </label>
    </div>
  );
}
export const Checkbox = memoField(CheckboxBase);

interface SelectProps extends Common {
  value: string;
  options: { value: string; label: string }[];
  onValue(v: string): void;
}

function SelectBase({ label, value, options, onValue, disabled, hint, error, field }: SelectProps) {
  const stopped = newerVersionElsewhere.value;
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, described) => (
        <select
          id={id}
          value={value}
          disabled={disabled || stopped}
          data-field={field}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
export const Select = memoField(SelectBase);

/** A question with one answer from a few (GOV.UK radios): a fieldset whose legend is the question. */
export function Radios<T extends string>({
  legend,
  value,
  options,
  onValue,
  disabled,
  field,
}: {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onValue(v: T): void;
  disabled?: boolean;
  /** The question's path (data-field, on its first answer), for Continue and error links. */
  field?: string;
}) {
  const name = useId();
  const stopped = newerVersionElsewhere.value;
  return (
    <fieldset class="field radios">
      <legend>{legend}</legend>
      {options.map((o, i) => (
        <div key={o.value} class="check">
          <input
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={disabled || stopped}
            data-field={i === 0 ? field : undefined}
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
