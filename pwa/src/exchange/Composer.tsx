// The mentor's "add a comment" form for one part of the application.
import { useSignal } from '@preact/signals';
import { Select, TextArea } from '../ui/fields.tsx';
import type { Anchor } from '../../../core/exchange/index.ts';
import type { AnchorOption } from './ApplicationReader.tsx';

export function Composer({ section, options, onAdd }: { section: string; options: AnchorOption[]; onAdd(anchor: Anchor, text: string): Promise<void> }) {
  const open = useSignal(false);
  const choice = useSignal('0');
  const text = useSignal('');
  if (!open.value) {
    return (
      <p>
        <button type="button" onClick={() => (open.value = true)}>
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
    text.value = '';
    open.value = false;
  };
  return (
    <form class="card" onSubmit={save} aria-label={`New comment about ${section}`}>
      {options.length > 1 && <Select label="What the comment is about" value={choice.value} onValue={(v) => (choice.value = v)} options={options.map((o, i) => ({ value: String(i), label: o.label }))} />}
      <TextArea label="Your comment" value={text.value} onValue={(v) => (text.value = v)} rows={4} />
      <button type="submit" disabled={!text.value.trim()}>
        Save comment
      </button>
      <button type="button" onClick={() => (open.value = false)}>
        Cancel
      </button>
    </form>
  );
}
