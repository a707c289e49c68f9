// Errors the GOV.UK way: a summary at the top of the form ("There is a problem"), announced and
// given focus, each message a link to the field it is about; the same message at the field
// itself (fields.tsx `error`). The next try recomputes both, so a fixed error goes away.
import { useEffect, useRef } from 'preact/hooks';
import type { Draft } from '../state/draft.ts';
import { focusWhenReady } from './focus.ts';

/** A message, and the field it is about when there is one (its data-field path). */
export interface FieldError {
  message: string;
  field?: string;
}

/** Moves focus to the control with this data-field path, once it is on screen. */
export function focusField(field: string): void {
  focusWhenReady(() => {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
    el?.scrollIntoView?.({ block: 'center' });
    return el;
  });
}

export function FormError({ reasons, title }: { reasons: readonly FieldError[]; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reasons.length > 0) box.current?.focus();
  }, [reasons]);
  // The live region stays in the page so a new refusal is announced.
  return (
    <div role="alert" class={reasons.length > 0 ? 'error-summary' : undefined} tabIndex={reasons.length > 0 ? -1 : undefined} ref={box}>
      {reasons.length > 0 && (
        <>
          <p class="error-summary-title">
            <strong>There is a problem</strong>
            {title && (
              <>
                <br />
                {title}
              </>
            )}
          </p>
          <ul>
            {reasons.map((r, i) => (
              <li key={i}>
                {r.field ? (
                  <a
                    href={`#${r.field}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(r.field!);
                    }}
                  >
                    {r.message}
                  </a>
                ) : (
                  r.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The message of the first error about `field`, for that field's `error`. */
export function errorAt(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

// One mapped list per list of reasons: the summary takes focus when its list changes, so the
// same refusal must stay the same list across renders.
const mapped = new WeakMap<object, FieldError[]>();

/** Core's reasons with the field each is about, by reason code (`fields[code]`). */
export function withFields(reasons: readonly { code?: string; message: string }[], fields: Record<string, string>): FieldError[] {
  let out = mapped.get(reasons);
  if (!out) {
    out = reasons.map((r) => {
      const field = r.code ? fields[r.code] : undefined;
      return field ? { message: r.message, field } : { message: r.message };
    });
    mapped.set(reasons, out);
  }
  return out;
}

/** The draft's last refusal, if it came from the form named `place`, with fields by reason code. */
export function draftErrors(draft: Draft, place: string, fields: Record<string, string> = {}): FieldError[] {
  return draft.refusedAt.value === place ? withFields(draft.refused.value, fields) : NONE;
}

/** The draft's last refusal, if it came from the form named `place`. */
export function DraftRefusal({
  draft,
  place,
  title = 'That change was not made:',
  fields,
}: {
  draft: Draft;
  place: string;
  title?: string;
  fields?: Record<string, string>;
}) {
  return <FormError reasons={draftErrors(draft, place, fields)} title={title} />;
}

const NONE: FieldError[] = [];
