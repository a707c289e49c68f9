// Choosing competences: one checkbox per competence of the category, grouped under a legend;
// those the evidence matrix flags can come first, with the matrix's reasons beside them.
import { useId } from 'preact/hooks';
import type { CoverageInput } from '../../../core/development/types.ts';
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
  /** Competences to offer first (flagged by the evidence matrix), marked so and with the matrix's reasons. */
  first?: readonly CoverageInput[];
}) {
  const base = useId();
  const all = COMPETENCES[category];
  const flagged = new Map(first.map((c) => [c.code, c]));
  const ordered = [...all.filter((c) => flagged.has(c.code)), ...all.filter((c) => !flagged.has(c.code))];
  const toggle = (code: CompetenceCode, on: boolean) => {
    const next = on ? [...value, code] : value.filter((c) => c !== code);
    onValue(all.map((c) => c.code).filter((c) => next.includes(c)));
  };
  return (
    <fieldset class="competences">
      <legend>{legend}</legend>
      <ul class="plain">
        {ordered.map((c) => {
          const cov = flagged.get(c.code);
          const reasons = cov?.reasons.join(' ') ?? '';
          const why = reasons ? `${base}-${c.code}-why` : undefined;
          return (
            <li key={c.code} class="field check">
              <input
                id={`${base}-${c.code}`}
                type="checkbox"
                checked={value.includes(c.code)}
                aria-describedby={why}
                onChange={(e) => toggle(c.code, (e.currentTarget as HTMLInputElement).checked)}
              />
              <div>
                <label for={`${base}-${c.code}`}>
                  <strong>{c.code}</strong> {c.summary}
                  {cov && <span class="tag"> {flagWords(cov)}</span>}
                </label>
                {why && (
                  <p class="hint" id={why}>
                    {reasons}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The matrix's flags in a few words, for the tag beside the competence. */
function flagWords(c: CoverageInput): string {
  const words = [
    c.strength === 'none' ? 'no evidence' : c.strength === 'thin' ? 'evidence from one role' : '',
    c.belowLevel ? 'below level' : '',
  ];
  return words.filter(Boolean).join(', ');
}
