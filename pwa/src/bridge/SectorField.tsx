// The workbook's Sector field, offering the sectors Career Manager listed (as the companion
// extension saw them) while still accepting any text: the IET's list is not public.
import { useEffect, useId, useRef } from 'preact/hooks';
import { TextField } from '../ui/fields.tsx';
import { seenOn, useObservedSectors } from './observed.ts';

interface Props {
  applicationId: string;
  value: string;
  disabled?: boolean;
  onValue(value: string): void;
}

/** The workbook's own Sector text field, with a list of the sectors last seen in Career Manager when there is one. */
export function SectorField({ applicationId, value, disabled, onValue }: Props) {
  const listId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const observed = useObservedSectors(applicationId);
  // TextField (with its length cap) draws the input; the suggestions are tied to it by its `list`.
  useEffect(() => {
    const input = wrap.current?.querySelector('input');
    if (!input) return;
    if (observed) input.setAttribute('list', listId);
    else input.removeAttribute('list');
  }, [observed !== null, listId]);
  return (
    <div ref={wrap}>
      <TextField
        label="Sector"
        field="panelling.sector"
        value={value}
        disabled={disabled}
        onValue={onValue}
        hint={
          observed
            ? `Suggestions: the ${observed.sectors.length} sectors listed in Career Manager, as seen on ${seenOn(observed.at)}.`
            : undefined
        }
      />
      {observed && (
        <datalist id={listId}>
          {observed.sectors.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
