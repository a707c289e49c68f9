// Core's date problems for a field, shown right beside it.
import type { DateProblem } from '../../../core/application/dates.ts';

export function DateProblems({ problems }: { problems: DateProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((p) => (
        <p key={p.field} class="problem">
          {p.message}
        </p>
      ))}
    </>
  );
}
