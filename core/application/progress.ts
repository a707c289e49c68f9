// Where the application stands on the ten steps, what blocks the next one, and what to do next.
import { POST_SUBMISSION_STAGES, STEP_IDS, STEP_TITLES } from '../rules/steps.ts';
import type { Application, IsoDate, Progress, Reason, RulesInForce, StepId, StepProgress, StepState } from '../types.ts';
import { checklistReasons, documentReasons, panellingGate, panellingReasons } from './gates.ts';
import { canLock } from './lock.ts';
import { nextField } from './next-field.ts';
import { reason } from './reasons.ts';
import { canSubmit, latestStageIndex, submitWarnings } from './submit.ts';

const NOT_LOCKED: Reason = reason('not-locked', 'Lock the application first: supporters come after the lock.', 'lock');
const NOT_SUBMITTED: Reason = reason('not-submitted', 'This follows once the application is submitted.', 'submit');

const REGISTERED = POST_SUBMISSION_STAGES.length - 1;

// After a refusal only the appeal is public; what else follows is not known here, and said so.
const AFTER_DECISION =
  'Decision recorded. If you are to be registered, the next stage is “Engineering Council fees”. If not, you can appeal within 3 months, ' +
  'and Development › Panel feedback turns the panel’s feedback into a plan; whether and when to apply again is not set out here: check this in Career Manager.';

// A step that is not done is "blocked" while a step it depends on is not done either.
const DEPENDS_ON: Record<StepId, StepId[]> = {
  category: [],
  route: ['category'],
  checklist: ['route'],
  documents: ['route'],
  panelling: ['checklist', 'documents'],
  lock: ['panelling'],
  supporters: ['lock'],
  validation: ['supporters'],
  submit: ['validation'],
  'after-submission': ['submit'],
};

/** What keeps each step from being done; [] for a step that is done. */
function stepBlockers(app: Application, rules: RulesInForce, step: StepId, today?: IsoDate): Reason[] {
  const draft = app.stage === 'draft';
  const submitted = app.stage === 'submitted';
  switch (step) {
    case 'category':
    case 'route':
      return [];
    case 'checklist':
      return draft ? checklistReasons(app, rules, today) : [];
    case 'documents':
      return draft ? documentReasons(app, rules) : [];
    case 'panelling':
      return draft ? [...panellingGate(app, rules, today), ...panellingReasons(app)] : [];
    case 'lock':
      return draft ? canLock(app, rules, today) : [];
    case 'supporters':
      if (submitted) return [];
      return draft ? [NOT_LOCKED] : canSubmit(app, rules).filter((r) => r.step === 'supporters');
    case 'validation':
      if (submitted) return [];
      return draft ? [NOT_LOCKED] : canSubmit(app, rules).filter((r) => r.step !== 'supporters');
    case 'submit':
      return submitted ? [] : canSubmit(app, rules);
    case 'after-submission':
      return submitted ? [] : [NOT_SUBMITTED];
  }
}

/** What a step done at the lock lacks in the workbook now (only once locked or submitted). */
function lackedSinceLock(app: Application, rules: RulesInForce, step: StepId, today?: IsoDate): Reason[] {
  if (app.stage === 'draft') return [];
  switch (step) {
    case 'checklist':
      return checklistReasons(app, rules, today);
    case 'documents':
      return documentReasons(app, rules);
    case 'panelling':
      return panellingReasons(app);
    default:
      return [];
  }
}

/** Whether a step is complete. */
function stepDone(app: Application, step: StepId, blockers: Reason[]): boolean {
  if (step === 'after-submission') return app.stage === 'submitted' && latestStageIndex(app) >= REGISTERED;
  if (step === 'lock') return app.stage !== 'draft';
  if (step === 'submit') return app.stage === 'submitted';
  return blockers.length === 0;
}

/** A sentence saying what to do on the current step. */
function nextActionFor(app: Application, step: StepId, blockers: Reason[]): string {
  const first = blockers[0];
  if (first) return first.message;
  switch (step) {
    case 'panelling':
      return 'Choose your panelling sector and specialisms, and an interview location if your category needs one.';
    case 'lock':
      return 'Everything is ready: lock the application on the Validate / Verify tab in Career Manager, and record the lock here.';
    case 'submit':
      return submitWarnings(app).length > 0
        ? 'Your supporters have validated, but you have changed the application since the lock: decide whether to unlock and lock again, or submit the snapshot as it is.'
        : 'Your supporters have validated: submit the application.';
    case 'after-submission': {
      const latest = POST_SUBMISSION_STAGES[latestStageIndex(app)];
      const next = POST_SUBMISSION_STAGES[latestStageIndex(app) + 1];
      // The decision's outcome is recorded only as a free note, so fees are not claimed to come next.
      if (latest?.id === 'decision') return AFTER_DECISION;
      return next
        ? `Submitted. Record news from the IET as it comes; the next stage is “${next.title}”.`
        : 'You are registered: well done.';
    }
    default:
      return `Continue with “${STEP_TITLES[step]}”.`;
  }
}

/**
 * Each step's state and blockers, the current step, what blocks the next transition, the next
 * action and warnings that do not block (changes since the lock), under the rules in force.
 * `today` as for checklistStatus.
 */
export function progress(app: Application, rules: RulesInForce, today?: IsoDate): Progress {
  let current: StepId | null = null;
  const done = new Set<StepId>();
  const steps: StepProgress[] = STEP_IDS.map((id) => {
    const blockers = stepBlockers(app, rules, id, today);
    let state: StepState;
    if (stepDone(app, id, blockers)) {
      state = 'done';
      done.add(id);
    } else if (current === null) {
      current = id;
      state = 'current';
    } else state = DEPENDS_ON[id].every((dep) => done.has(dep)) ? 'todo' : 'blocked';
    const sinceLock = state === 'done' ? lackedSinceLock(app, rules, id, today) : [];
    return { id, title: STEP_TITLES[id], state, blockers: state === 'done' ? [] : blockers, sinceLock };
  });
  const currentStep = (current ?? 'after-submission') as StepId;
  const currentBlockers = steps.find((s) => s.id === currentStep)?.blockers ?? [];
  const gate = app.stage === 'draft' ? canLock(app, rules, today) : app.stage === 'locked' ? canSubmit(app, rules) : [];
  const warnings = submitWarnings(app);
  const action = nextActionFor(app, currentStep, currentBlockers);
  // While supporters are still at work, the changes are worth knowing about now, not only at submit.
  const nextAction =
    warnings.length > 0 && currentStep !== 'submit'
      ? `${action} Note: you have changed the application since the lock; those changes are not in what your supporters see.`
      : action;
  return { steps, current: currentStep, nextAction, next: nextField(app, rules, currentStep, today), blockers: gate, warnings };
}
