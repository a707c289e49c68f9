// A development record read from storage, never trusted (Excalidraw's `restore`): valid data is
// returned as it is; anything else is repaired part by part, keeping every entry that is still
// sound and dropping only what cannot be read.
import * as v from 'valibot';
import * as s from '../exchange/development-schema.ts';
import { type DevelopmentData, emptyDevelopment } from './data.ts';

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

function sound<T>(schema: v.GenericSchema<unknown, T>, list: unknown): T[] {
  return Array.isArray(list) ? list.flatMap((x: unknown) => (v.is(schema, x) ? [x as T] : [])) : [];
}

/** The development record in `raw`, repaired where it has to be. */
export function restoreDevelopment(raw: unknown): DevelopmentData {
  const whole = v.safeParse(s.developmentData, raw);
  if (whole.success) return whole.output;
  const base = emptyDevelopment();
  if (!isObject(raw)) return base;
  const plan = isObject(raw.plan) ? raw.plan : {};
  return {
    cpd: sound(s.cpdEntry, raw.cpd),
    cpdSettings: v.is(s.cpdSettings, raw.cpdSettings) ? raw.cpdSettings : base.cpdSettings,
    plan: {
      since: typeof plan.since === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(plan.since) ? plan.since : '',
      achievements: typeof plan.achievements === 'string' ? plan.achievements : '',
      goals: sound(s.goal, plan.goals),
    },
    advice: sound(s.advice, raw.advice),
    feedback: sound(s.feedback, raw.feedback),
    practice: sound(s.practice, raw.practice),
    outline: Array.isArray(raw.outline) ? sound(s.section, raw.outline) : null,
    remote: Array.isArray(raw.remote) ? raw.remote.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** Whether a record holds anything the applicant entered (an untouched one need not be exported). */
export function hasDevelopment(d: DevelopmentData): boolean {
  const empty = emptyDevelopment();
  return JSON.stringify(d) !== JSON.stringify(empty);
}
