// The rules an applicant can adjust: every mandatory-ness we could not confirm (a switch per
// checklist item or document type) and every limit. The rules in force are a pure function of
// the defaults and the applicant's choices; the workbook's gates, the extension's overlay and
// the export all take them from here.
import type { Adjustable, Limits, RulesInForce, Scope, SwitchId } from '../types.ts';
import { CHECKLIST_ITEMS } from './checklist.ts';
import { type ApplicantRules, isLimit } from './choices.ts';
import { DOCUMENT_TYPES } from './documents.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { adjustableOf } from './switchable.ts';

/** One switchable rule: "<title> is mandatory" within its scope, while on. */
export interface RuleSwitch {
  id: SwitchId;
  subject: 'checklist' | 'document';
  /** The checklist item's or document type's id. */
  subjectId: string;
  /** The checklist item's or document type's title. */
  title: string;
  rule: Adjustable;
}

/** The switch id for a checklist item or a document type. */
function switchId(subject: RuleSwitch['subject'], id: string): SwitchId {
  return `${subject}:${id}`;
}

/** Every switchable rule, checklist items first, in the order the workbook shows them. */
export const RULE_SWITCHES: readonly RuleSwitch[] = [
  ...CHECKLIST_ITEMS.map((item) => ({ subject: 'checklist' as const, item })),
  ...DOCUMENT_TYPES.map((item) => ({ subject: 'document' as const, item })),
].flatMap(({ subject, item }) => {
  const rule = adjustableOf(subject, item.id);
  return rule ? [{ id: switchId(subject, item.id), subject, subjectId: item.id, title: item.title, rule }] : [];
});

/** The rules before the applicant changes anything. */
export interface RuleDefaults {
  switches: Readonly<Record<SwitchId, boolean>>;
  limits: Limits;
}

export const RULE_DEFAULTS: RuleDefaults = {
  switches: Object.fromEntries(RULE_SWITCHES.map((s) => [s.id, s.rule.default])),
  limits: DEFAULT_LIMITS,
};

/**
 * The rules in force: the defaults, then the applicant's choices. Only switches and limits the
 * defaults know are taken, and only sensible values (true/false; numbers above 0), so stored or
 * received choices from another version can never break a gate.
 */
export function rulesInForce(defaults: RuleDefaults, overrides: ApplicantRules = {}): RulesInForce {
  const switches: Record<SwitchId, boolean> = { ...defaults.switches };
  for (const [id, on] of Object.entries(overrides.switches ?? {})) {
    if (Object.hasOwn(defaults.switches, id) && typeof on === 'boolean') switches[id] = on;
  }
  const limits: Limits = { ...defaults.limits };
  for (const key of Object.keys(defaults.limits) as (keyof Limits)[]) {
    const value = overrides.limits?.[key];
    if (isLimit(value)) limits[key] = value;
  }
  return { ...limits, switches };
}

/** The rules in force when the applicant has changed nothing. */
export const DEFAULT_RULES: RulesInForce = rulesInForce(RULE_DEFAULTS);

/** The applicant's choices that differ from the defaults (what is worth storing or sending). */
export function changedRules(rules: RulesInForce, defaults: RuleDefaults = RULE_DEFAULTS): Required<ApplicantRules> {
  const switches = Object.fromEntries(Object.entries(rules.switches).filter(([id, on]) => defaults.switches[id] !== on));
  const limits = Object.fromEntries(
    (Object.keys(defaults.limits) as (keyof Limits)[]).filter((k) => rules[k] !== defaults.limits[k]).map((k) => [k, rules[k]]),
  );
  return { switches, limits };
}

/** Whether an item or document is mandatory for this category and route under these rules. */
export function mandatoryUnder(
  subject: RuleSwitch['subject'],
  rule: { id: string; mandatory: Scope },
  inScope: (scope: Scope) => boolean,
  rules: RulesInForce,
): boolean {
  if (inScope(rule.mandatory)) return true;
  const adjustable = adjustableOf(subject, rule.id);
  if (!adjustable || !inScope(adjustable.scope)) return false;
  return rules.switches[switchId(subject, rule.id)] ?? adjustable.default;
}
