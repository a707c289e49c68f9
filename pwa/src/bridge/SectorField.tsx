// The workbook's Sector field, offering the sectors Career Manager listed (as the companion
// extension saw them) while still accepting any text: the IET's list is not public.
import { useId } from 'preact/hooks';
import { seenOn, useObservedSectors } from './observed.ts';

interface Props {
  applicationId: string;
  value: string;
  disabled?: boolean;
  onValue(value: string): void;
}

/** A labelled Sector input with a list of the sectors last seen in Career Manager, when there is one. */
export function SectorField({ applicationId, value, disabled, onValue }: Props) {
  const id = useId();
  const observed = useObservedSectors(applicationId);
  return (
    <div class="field">
      <label for={id}>Sector</label>
      {observed && (
        <p class="hint" id={`${id}-seen`}>
          Suggestions: the {observed.sectors.length} sectors listed in Career Manager, as seen on {seenOn(observed.at)}.
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        disabled={disabled}
        autocomplete="off"
        list={observed ? `${id}-sectors` : undefined}
        aria-describedby={observed ? `${id}-seen` : undefined}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
      {observed && (
        <datalist id={`${id}-sectors`}>
          {observed.sectors.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
