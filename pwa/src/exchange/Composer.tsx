// The mentor's "add a comment" form for one part of the application. What is typed is handed to
// onTyping as it is typed (the review keeps it on the device), and comes back as `saved`.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import { Select, TextArea } from '../ui/fields.tsx';
import type { AnchorOption } from './ApplicationReader.tsx';

/** Comments being written but not yet saved, by section, so the review can refuse to go out without them. */
export type Drafts = Map<string, { focus(): void }>;

/** A comment being written: the chosen part (an index into the options) and the text so far. */
export interface Typed {
  choice: string;
  text: string;
}

export function Composer({
  section,
  options,
  onAdd,
  drafts,
  onClose,
  saved,
  onTyping,
}: {
  section: string;
  options: AnchorOption[];
  onAdd(anchor: Anchor, text: string): Promise<void>;
  drafts: Drafts;
  /** Called when the form closes, saved or cancelled. */
  onClose?(): void;
  /** What was being typed here when the page was last open (the form opens with it). */
  saved?: Typed | null;
  /** Keeps what is typed, as it is typed; null once the comment is saved or cancelled. */
  onTyping?(typed: Typed | null): void;
}) {
  const open = useSignal(Boolean(saved?.text));
  // With several parts to choose from, none is chosen for the mentor: a comment must never land on an item by default.
  const choice = useSignal(
    saved && saved.choice !== '' && Number(saved.choice) < options.length ? saved.choice : options.length > 1 ? '' : '0',
  );
  const unchosen = useSignal(false);
  const text = useSignal(saved?.text ?? '');
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: into the form when it opens, back to its button when it closes.
  const focusNext = useRef<'field' | 'opener' | null>(null);
  // The first thing to fill in: what the comment is about (when there is a choice), then the comment.
  const field = () => form.current?.querySelector<HTMLElement>('select, textarea') ?? null;

  useEffect(() => {
    // Cleared only once the target exists: an effect of an earlier render may run before the
    // form (or the button) has rendered, and must not use up the request.
    const target = focusNext.current === 'field' ? field() : focusNext.current === 'opener' ? opener.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });
  // Typed text is not a comment yet: listed, so the review's download can refuse to go without it.
  // It is kept as typed (onTyping), so a reload or a closed tab loses none of it.
  const unsaved = open.value && text.value.trim().length > 0;
  useEffect(() => {
    if (!unsaved) return;
    drafts.set(section, { focus: () => form.current?.querySelector('textarea')?.focus() });
    return () => {
      drafts.delete(section);
    };
  }, [unsaved, section, drafts]);
  const typed = (next: Partial<Typed>) => {
    if (next.text !== undefined) text.value = next.text;
    if (next.choice !== undefined) {
      choice.value = next.choice;
      unchosen.value = false;
    }
    onTyping?.(text.value.trim() ? { choice: choice.value, text: text.value } : null);
  };

  const close = () => {
    if (text.value) onTyping?.(null);
    text.value = '';
    open.value = false;
    focusNext.current = 'opener';
    onClose?.();
  };
  if (!open.value) {
    return (
      <p>
        <button
          type="button"
          ref={opener}
          onClick={() => {
            open.value = true;
            focusNext.current = 'field';
          }}
        >
          Add a comment about {section}
        </button>
      </p>
    );
  }
  const save = async (e: Event) => {
    e.preventDefault();
    const option = choice.value === '' ? undefined : options[Number(choice.value)];
    if (!option) {
      unchosen.value = true;
      form.current?.querySelector('select')?.focus();
      return;
    }
    if (!text.value.trim()) return;
    await onAdd(option.anchor, text.value.trim());
    close();
  };
  return (
    <form class="card" ref={form} onSubmit={save} aria-label={`New comment about ${section}`}>
      {options.length > 1 && (
        <Select
          label="What the comment is about"
          value={choice.value}
          onValue={(v) => typed({ choice: v })}
          error={unchosen.value ? 'Choose what the comment is about' : undefined}
          options={[{ value: '', label: 'Choose…' }, ...options.map((o, i) => ({ value: String(i), label: o.label }))]}
        />
      )}
      <TextArea label="Your comment" value={text.value} onValue={(v) => typed({ text: v })} rows={4} />
      <button type="submit" class="btn-primary" disabled={!text.value.trim()}>
        Save comment
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
    </form>
  );
}
