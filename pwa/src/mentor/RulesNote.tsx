// Which of the assumed rules the applicant had changed when exporting: the mandatory marks in the
// file under review follow the applicant's rules, not the mentor's own.
import { provenanceWords, ruleRows, ruleValueWords } from '../../../core/rules/rule-list.ts';
import type { Application, RulesInForce } from '../../../core/types.ts';

/** `recorded` is false for a file from a version that did not record the applicant's rules. */
export function RulesNote({ rules, app, recorded }: { rules: RulesInForce; app: Application; recorded: boolean }) {
  if (!recorded) {
    return (
      <p class="note">
        This file is from an older version that did not record the applicant's rules: the marks below follow your workbook's defaults.
      </p>
    );
  }
  const changed = ruleRows(rules, { where: { category: app.category, route: app.route } }).filter((r) => r.changed);
  if (changed.length === 0) {
    return <p class="note">The applicant kept the workbook's default rules: the marks below follow them.</p>;
  }
  return (
    <div class="note">
      <p>The applicant changed these rules, and the mandatory marks below follow them:</p>
      <ul>
        {changed.map((r) => (
          <li key={r.id}>
            {r.title}: {ruleValueWords(r)} ({provenanceWords(r)})
          </li>
        ))}
      </ul>
    </div>
  );
}
