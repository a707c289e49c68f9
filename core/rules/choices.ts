// The applicant's choices about the rules, as stored or received: only the switches they turned
// and the limits they set. Reading them never trusts the input; it holds no rules data, so it is
// cheap to load where only the choices are needed (the workbook's start path).
import type { Limits, SwitchId } from '../types.ts';

/** What the applicant changed: only the switches they turned and the limits they set. */
export interface ApplicantRules {
  switches?: Readonly<Record<SwitchId, boolean>>;
  limits?: Readonly<Partial<Limits>>;
}

/** A usable limit: a finite number above 0. */
export const isLimit = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Reads stored or received choices, keeping what is well formed and dropping the rest
 * (never trust the input; repair rather than refuse).
 */
export function readApplicantRules(raw: unknown): ApplicantRules {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const { switches, limits } = raw as { switches?: unknown; limits?: unknown };
  const pick = <T>(value: unknown, keep: (v: unknown) => v is T): Record<string, T> =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter((e): e is [string, T] => keep(e[1])))
      : {};
  return {
    switches: pick(switches, (v): v is boolean => typeof v === 'boolean'),
    limits: pick(limits, isLimit) as Partial<Limits>,
  };
}
