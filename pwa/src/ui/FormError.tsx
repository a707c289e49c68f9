// A refusal shown next to the form it is about, announced, and given focus so keyboard users
// land on it rather than hunting for it at the top of the page.
import { useEffect, useRef } from 'preact/hooks';
import type { Draft } from '../state/draft.ts';
import { Reasons } from './fields.tsx';

export function FormError({ reasons, title }: { reasons: { message: string }[]; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reasons.length > 0) box.current?.focus();
  }, [reasons]);
  // The live region stays in the page so a new refusal is announced.
  return (
    <div role="alert" class={reasons.length > 0 ? 'form-error' : undefined} tabIndex={reasons.length > 0 ? -1 : undefined} ref={box}>
      <Reasons reasons={reasons} title={title} />
    </div>
  );
}

/** The draft's last refusal, if it came from the form named `place`. */
export function DraftRefusal({ draft, place, title = 'That change was not made:' }: { draft: Draft; place: string; title?: string }) {
  const reasons = draft.refusedAt.value === place ? draft.refused.value : NONE;
  return <FormError reasons={reasons} title={title} />;
}

const NONE: { message: string }[] = [];
