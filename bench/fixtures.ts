// A large but plausible application: many roles at the per-role length budget, ready to lock.
import { DEFAULT_LIMITS } from '../core/rules/limits.ts';
import type { Application, Role } from '../core/types.ts';
import { readyToLock } from '../tests/core/fixtures.ts';

const sentence = 'I led the design review of the substation protection scheme and agreed the test plan with the client. ';

/** A complete CEng application with `roles` roles, each near the per-role character guide. */
export function largeApplication(roles = 40): Application {
  const base = readyToLock('CEng', 'standard');
  const text = sentence.repeat(Math.ceil(DEFAULT_LIMITS.charsPerRole / 2 / sentence.length));
  const list: Role[] = Array.from({ length: roles }, (_, i) => ({
    id: `role-${i}`,
    employer: `Employer ${i}`,
    title: 'Senior Engineer',
    start: '2010-01-01',
    end: '2012-01-01',
    current: false,
    responsibilities: text,
    achievements: text,
    competences: ['A1', 'B2', 'C3'],
  }));
  return { ...base, roles: list };
}
