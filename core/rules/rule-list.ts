// Every adjustable rule as one list of rows with its value in force, provenance and source: what
// the Rules screen shows and switches, and what an export prints so a reader sees the same gates.
import { formatMegabytes } from '../application/megabytes.ts';
import type { CategoryId, Limits, Provenance, RouteId, RulesInForce, Scope } from '../types.ts';
import { RULE_DEFAULTS, RULE_SWITCHES, type RuleDefaults } from './adjustable.ts';
import { CATEGORY_IDS, ROUTE_IDS, ROUTES } from './categories.ts';
import { LIMIT_DISPUTED, LIMIT_PROVENANCE, LIMIT_TITLES } from './limits.ts';
import { inScope } from './scope.ts';
import { LIMIT_SOURCES, SWITCH_SOURCES } from './sources.ts';

export interface RuleRow {
  /** A switch id (`document:…`) or a limit name (`maxFileSize`). */
  id: string;
  kind: 'switch' | 'limit';
  /** What the rule is about, e.g. "Development Action Plan (DAP)" or "Supporters needed". */
  title: string;
  /** Where the rule applies, in words: "every category and route", "CEng and IEng". */
  where: string;
  /** For a switch: whether it is on (mandatory) in the rules given. */
  on?: boolean;
  /** For a limit: its value in the rules given. */
  value?: number;
  provenance: Provenance;
  disputed: boolean;
  source: string;
  /** Differs from the default. */
  changed: boolean;
}

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Where a scope applies, in words. */
function scopeWords(scope: Scope): string {
  if (scope === true) return 'every category and route';
  if (scope === false) return 'nowhere';
  const categories = scope.categories && scope.categories.length < CATEGORY_IDS.length ? list(scope.categories) : 'every category';
  const routes =
    scope.routes && scope.routes.length < ROUTE_IDS.length ? `the ${list(scope.routes.map((r) => ROUTES[r].title.toLowerCase()))}` : '';
  return routes ? `${categories}, ${routes}` : categories === 'every category' ? 'every category and route' : categories;
}

const LIMIT_KEYS = Object.keys(LIMIT_TITLES) as (keyof Limits)[];

/**
 * The adjustable rules with their values under `rules`: every switch (only those that apply to
 * `where`, when given) and every limit that is assumed or disputed (all limits with `allLimits`).
 */
export function ruleRows(
  rules: RulesInForce,
  options: { where?: { category: CategoryId; route: RouteId }; allLimits?: boolean; defaults?: RuleDefaults } = {},
): RuleRow[] {
  const defaults = options.defaults ?? RULE_DEFAULTS;
  const here = options.where;
  const switches: RuleRow[] = RULE_SWITCHES.filter((s) => !here || inScope(s.rule.scope, here.category, here.route)).map((s) => {
    const on = rules.switches[s.id] ?? s.rule.default;
    return {
      id: s.id,
      kind: 'switch',
      title: s.title,
      where: scopeWords(s.rule.scope),
      on,
      provenance: s.rule.provenance,
      disputed: s.rule.disputed === true,
      source: SWITCH_SOURCES[s.id] ?? '',
      changed: on !== (defaults.switches[s.id] ?? s.rule.default),
    };
  });
  const limits: RuleRow[] = LIMIT_KEYS.filter((k) => options.allLimits || LIMIT_PROVENANCE[k] === 'assumed' || LIMIT_DISPUTED[k]).map(
    (k) => ({
      id: k,
      kind: 'limit',
      title: LIMIT_TITLES[k],
      where: 'every category and route',
      value: rules[k],
      provenance: LIMIT_PROVENANCE[k],
      disputed: LIMIT_DISPUTED[k] === true,
      source: LIMIT_SOURCES[k],
      changed: rules[k] !== defaults.limits[k],
    }),
  );
  return [...switches, ...limits];
}

/** How sure we are of a rule, in words: "Our assumption", "Public, but sources disagree", "Public". */
export function provenanceWords(row: Pick<RuleRow, 'provenance' | 'disputed'>): string {
  if (row.provenance === 'assumed') return row.disputed ? 'Our assumption; sources disagree' : 'Our assumption';
  if (row.provenance === 'seed') return "The IET's applicant guide";
  return row.disputed ? 'Public, but sources disagree' : 'Public IET or Engineering Council material';
}

/** A rule's value in words: "Mandatory", "Not mandatory", "0.5 MB", "2". */
export function ruleValueWords(row: Pick<RuleRow, 'id' | 'kind' | 'on' | 'value'>): string {
  if (row.kind === 'switch') return row.on ? 'Mandatory' : 'Not mandatory';
  return row.id === 'maxFileSize' ? formatMegabytes(row.value ?? 0) : (row.value ?? 0).toLocaleString('en-GB');
}

/** A rule whose value differs between two sets of rules in force: the same row under each. */
export interface RuleDifference {
  theirs: RuleRow;
  ours: RuleRow;
}

/** Where `theirs` (say, the rules a backup records) differs from `ours`, rule by rule, limits included. */
export function ruleDifferences(theirs: RulesInForce, ours: RulesInForce): RuleDifference[] {
  const mine = new Map(ruleRows(ours, { allLimits: true }).map((r) => [r.id, r]));
  return ruleRows(theirs, { allLimits: true }).flatMap((row) => {
    const own = mine.get(row.id);
    return own && (own.on !== row.on || own.value !== row.value) ? [{ theirs: row, ours: own }] : [];
  });
}
