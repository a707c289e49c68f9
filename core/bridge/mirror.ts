// What the workbook tells the companion about one application: the drafts it may insert, the
// supporters it lists, and the workbook's own conclusions (steps, what it still flags), worked
// out here under the applicant's rules (limits and switches, as set on the Rules screen) so the
// extension never recomputes the rules.
import { canLock } from '../application/lock.ts';
import { progress } from '../application/progress.ts';
import type { Application, RulesInForce } from '../types.ts';
import type { MirrorApplication } from './schema.ts';

/** Reasons about the workbook's own stage, not the application's content: not worth a lock warning. */
const STAGE_ONLY = new Set(['already-locked', 'submitted-read-only']);

const unique = (messages: string[]): string[] => [...new Set(messages)];

/** What the workbook still flags before a lock, in its own words; nothing once locked. */
export function lockFlags(app: Application, rules: RulesInForce): string[] {
  return unique(
    canLock(app, rules)
      .filter((r) => !STAGE_ONLY.has(r.code))
      .map((r) => r.message),
  );
}

/** Everything the workbook flags before submission, in its own words. */
export function submitFlags(app: Application, rules: RulesInForce): string[] {
  const p = progress(app, rules);
  return unique(p.steps.filter((s) => s.id !== 'submit' && s.id !== 'after-submission').flatMap((s) => s.blockers.map((r) => r.message)));
}

/** The mirror of one application: only the fields the companion reads (no e-mails, comments or history). */
export function mirrorOf(app: Application, rules: RulesInForce): MirrorApplication {
  const p = progress(app, rules);
  return {
    id: app.id,
    name: app.name,
    category: app.category,
    route: app.route,
    stage: app.stage,
    updatedAt: app.updatedAt,
    roles: app.roles.map(({ id, employer, title, responsibilities, achievements }) => ({
      id,
      employer,
      title,
      responsibilities,
      achievements,
    })),
    supporters: app.supporters.map(({ name, relationship, status }) => ({ name, relationship, status })),
    steps: p.steps.map(({ id, title, state, sinceLock }) => ({ id, title, state, missingSinceLock: sinceLock.length })),
    nextAction: p.nextAction,
    lockFlags: lockFlags(app, rules),
    submitFlags: submitFlags(app, rules),
  };
}
