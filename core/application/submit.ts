// Submitting, and recording what happens afterwards.
import { POST_SUBMISSION_STAGES } from '../rules/steps.ts';
import type { Application, IsoTime, Limits, PostSubmissionEntry, Reason, Result } from '../types.ts';
import { snapshotIntact } from './hashing.ts';
import { guarded, reason } from './reasons.ts';
import { validatedSupporters } from './supporters.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why the application cannot be submitted yet (empty when it can). */
export function canSubmit(app: Application, limits: Limits): Reason[] {
  if (app.stage === 'submitted') {
    return [reason('already-submitted', 'The application has already been submitted.', 'submit')];
  }
  if (app.stage !== 'locked' || app.lock === null) {
    return [reason('not-locked', 'Lock the application first: only a locked application can be submitted.', 'lock')];
  }
  const reasons: Reason[] = [];
  if (!snapshotIntact(app.lock)) {
    reasons.push(
      reason(
        'snapshot-altered',
        'The locked snapshot no longer matches its fingerprint (was the file edited by hand?). Unlock and lock again.',
        'lock',
      ),
    );
  }
  const required = limits.supportersRequired;
  const active = app.supporters.filter((s) => s.status !== 'declined');
  if (active.length < required) {
    reasons.push(
      reason(
        'supporters-missing',
        `Add ${plural(required - active.length, 'more supporter')}: ${required} are needed and ${active.length} ${active.length === 1 ? 'is' : 'are'} on the application.`,
        'supporters',
      ),
    );
  }
  for (const s of app.supporters.filter((x) => x.status === 'changes-requested')) {
    reasons.push(
      reason(
        'supporter-requested-changes',
        `${s.name} asked for changes. Unlock the application, make them, lock it again and ask your supporters to validate again (their current comments leave the live application; the workbook keeps a copy).`,
        'validation',
      ),
    );
  }
  const validated = validatedSupporters(app).length;
  if (validated < required) {
    reasons.push(
      reason(
        'supporters-not-validated',
        `${validated} of the ${required} required supporters ${validated === 1 ? 'has' : 'have'} validated the application so far.`,
        'validation',
      ),
    );
  }
  return reasons;
}

/** Submits a locked application that enough supporters have validated; it becomes read-only. */
export function submit(app: Application, now: IsoTime, limits: Limits): Result<Application> {
  return guarded(canSubmit(app, limits), () => ({
    ...app,
    stage: 'submitted',
    submittedAt: now,
    updatedAt: now,
    history: [...app.history, { type: 'submitted', at: now, sha256: app.lock?.sha256 ?? '' }],
  }));
}

const STAGE_ORDER = POST_SUBMISSION_STAGES.map((s) => s.id);

function stageIndex(stage: PostSubmissionEntry['stage']): number {
  return STAGE_ORDER.indexOf(stage);
}

/** The index of the latest stage recorded, or -1. */
export function latestStageIndex(app: Application): number {
  return app.postSubmission.reduce((max, e) => Math.max(max, stageIndex(e.stage)), -1);
}

function entryReasons(app: Application, entry: PostSubmissionEntry): Reason[] {
  if (app.stage !== 'submitted') {
    return [reason('not-submitted', 'Submit the application before recording what happens after submission.', 'submit')];
  }
  const reasons: Reason[] = [];
  const index = stageIndex(entry.stage);
  if (index < 0) {
    reasons.push(reason('stage-unknown', 'That is not one of the stages after submission.', 'after-submission'));
  } else if (index < latestStageIndex(app)) {
    const latest = POST_SUBMISSION_STAGES[latestStageIndex(app)]?.title ?? '';
    reasons.push(
      reason('stage-out-of-order', `You have already recorded “${latest}”, which comes after this stage.`, 'after-submission'),
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date))) {
    reasons.push(reason('date-invalid', 'Give the date as a calendar date (YYYY-MM-DD).', 'after-submission'));
  }
  return reasons;
}

/** Records news after submission; stages go forward in order (repeats of the latest stage are fine). */
export function recordPostSubmission(app: Application, entry: PostSubmissionEntry, now: IsoTime): Result<Application> {
  return guarded(entryReasons(app, entry), () => ({
    ...app,
    postSubmission: [...app.postSubmission, { ...entry }],
    updatedAt: now,
  }));
}
