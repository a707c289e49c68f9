// A status tag of the design system: one tone (colour) per meaning, the words always shown.
import type { ComponentChildren } from 'preact';
import type { Tone } from '../../../core/design/vocabulary.ts';

export function Tag({ tone, id, children }: { tone: Tone; id?: string; children: ComponentChildren }) {
  return (
    <strong class={`tag tag-${tone}`} id={id}>
      {children}
    </strong>
  );
}
