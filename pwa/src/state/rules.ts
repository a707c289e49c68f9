// The applicant's rules in force: core's defaults with the choices made on the Rules screen
// (limits and switches; see rule-choices.ts), for every gate the workbook shows.
import { computed } from '@preact/signals';
import { RULE_DEFAULTS, rulesInForce } from '../../../core/rules/adjustable.ts';
import type { Limits, RulesInForce } from '../../../core/types.ts';
import { LIMIT_MAX } from './limits.ts';
import { limitOverrides, switchOverrides } from './rule-choices.ts';

/** In force: defaults, then the applicant's choices, each limit held to its maximum (an older workbook may have saved more). */
export const rules = computed<RulesInForce>(() => {
  const inForce = rulesInForce(RULE_DEFAULTS, { limits: limitOverrides.value, switches: switchOverrides.value });
  for (const k of Object.keys(LIMIT_MAX) as (keyof Limits)[]) inForce[k] = Math.min(inForce[k], LIMIT_MAX[k]);
  return inForce;
});
