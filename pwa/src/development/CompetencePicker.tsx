// Choosing competences: one checkbox per competence of the category, grouped under a legend.
import { useId } from 'preact/hooks';
import { COMPETENCES } from '../../../core/rules/standards.ts';
import type { CategoryId, CompetenceCode } from '../../../core/types.ts';

export function CompetencePicker({
  legend,
  category,
  value,
  onValue,
  first = [],
}: {
  legend: string;
  category: CategoryId;
  value: readonly CompetenceCode[];
  onValue(codes: CompetenceCode[]): void;
  /** Codes to offer first (e.g. thin evidence), marked as such. */
  first?: readonly CompetenceCode[];
}) {
  const base = useId();
  const all = COMPETENCES[category];
  const ordered = [...all.filter((c) => first.includes(c.code)), ...all.filter((c) => !first.includes(c.code))];
  const toggle = (code: CompetenceCode, on: boolean) => {
    const next = on ? [...value, code] : value.filter((c) => c !== code);
    onValue(all.map((c) => c.code).filter((c) => next.includes(c)));
  };
  return (
    <fieldset class="competences">
      <legend>{legend}</legend>
      <ul class="plain">
        {ordered.map((c) => (
          <li key={c.code} class="field check">
            <input
              id={`${base}-${c.code}`}
              type="checkbox"
              checked={value.includes(c.code)}
              onChange={(e) => toggle(c.code, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`${base}-${c.code}`}>
              <strong>{c.code}</strong> {c.summary}
              {first.includes(c.code) && <span class="tag"> thin evidence</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
