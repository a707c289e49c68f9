// Small helpers for Results and Reasons, so every refusal reads the same way.
import type { Reason, Result, StepId } from '../types.ts';

/** A reason with a stable code, a plain-English message and the step where it is fixed. */
export function reason(code: string, message: string, step: StepId): Reason {
  return { code, message, step };
}

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A refused result; there is always at least one reason. */
export function refused<T>(reasons: Reason[]): Result<T> {
  return { ok: false, reasons };
}

/** Refuses when there are reasons, otherwise computes the value. */
export function guarded<T>(reasons: Reason[], make: () => T): Result<T> {
  return reasons.length > 0 ? refused(reasons) : ok(make());
}

/** The reason given for any change to a submitted application. */
export const READ_ONLY: Reason = {
  code: 'submitted-read-only',
  message: 'This application has been submitted and can no longer be changed.',
  step: 'submit',
};
