// The export's "Rules checked against" section: the assumed and disputed rules that apply to the
// application, as they were in force when it was exported, so a reader sees the same gates.
import { provenanceWords, ruleRows, ruleValueWords } from '../rules/rule-list.ts';
import type { Application, RulesInForce } from '../types.ts';
import { el, type Markup } from './markup.ts';

/** The rules in force for this application's category and route, with their provenance. */
export function rulesSection(app: Application, rules: RulesInForce): Markup {
  const rows = ruleRows(rules, { where: { category: app.category, route: app.route } });
  return el(
    'section',
    null,
    el('h2', null, 'Rules checked against'),
    el(
      'p',
      { class: 'meta' },
      'Nobody could confirm these rules, or public sources disagree about them; the progress above follows them as the applicant set them. Check them in Career Manager.',
    ),
    el(
      'ul',
      null,
      rows.map((r) =>
        el(
          'li',
          null,
          el('strong', null, r.title),
          `: ${ruleValueWords(r)}${r.changed ? ' (changed by the applicant)' : ''}. `,
          el('span', { class: 'meta' }, `${provenanceWords(r)}. ${r.source}`),
        ),
      ),
    ),
  );
}
