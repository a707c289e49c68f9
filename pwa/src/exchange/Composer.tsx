// The mentor's "add a comment" form for one part of the application.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import { Select, TextArea } from '../ui/fields.tsx';
import type { AnchorOption } from './ApplicationReader.tsx';

/** Comments being written but not yet saved, by section, so the review can refuse to go out without them. */
export type Drafts = Map<string, { focus(): void }>;

export function Composer({
  section,
  options,
  onAdd,
  drafts,
  onClose,
}: {
  section: string;
  options: AnchorOption[];
  onAdd(anchor: Anchor, text: string): Promise<void>;
  drafts: Drafts;
  /** Called when the form closes, saved or cancelled. */
  onClose?(): void;
}) {
  const open = useSignal(false);
  const choice = useSignal('0');
  const text = useSignal('');
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: into the form when it opens, back to its button when it closes.
  const focusNext = useRef<'field' | 'opener' | null>(null);
  const field = () => form.current?.querySelector('textarea') ?? null;

  useEffect(() => {
    // Cleared only once the target exists: an effect of an earlier render may run before the
    // form (or the button) has rendered, and must not use up the request.
    const target = focusNext.current === 'field' ? field() : focusNext.current === 'opener' ? opener.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });
  // Typed text counts as unsaved: listed for the review's download, and a reload or tab close asks first.
  const unsaved = open.value && text.value.trim().length > 0;
  useEffect(() => {
    if (!unsaved) return;
    drafts.set(section, { focus: () => field()?.focus() });
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      drafts.delete(section);
      window.removeEventListener('beforeunload', warn);
    };
  }, [unsaved, section, drafts]);

  const close = () => {
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
    const option = options[Number(choice.value)];
    if (!option || !text.value.trim()) return;
    await onAdd(option.anchor, text.value.trim());
    close();
  };
  return (
    <form class="card" ref={form} onSubmit={save} aria-label={`New comment about ${section}`}>
      {options.length > 1 && (
        <Select
          label="What the comment is about"
          value={choice.value}
          onValue={(v) => (choice.value = v)}
          options={options.map((o, i) => ({ value: String(i), label: o.label }))}
        />
      )}
      <TextArea label="Your comment" value={text.value} onValue={(v) => (text.value = v)} rows={4} />
      <button type="submit" disabled={!text.value.trim()}>
        Save comment
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
    </form>
  );
}
