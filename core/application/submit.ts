// Submitting, and recording what happens afterwards.
import { POST_SUBMISSION_STAGES } from '../rules/steps.ts';
import type { Application, IsoDate, IsoTime, PostSubmissionEntry, Reason, Result, RulesInForce } from '../types.ts';
import { changesSinceLock } from './changes.ts';
import { addDays, formatLongDate, isCalendarDate, latestPastDate } from './dates.ts';
import { snapshotIntact } from './hashing.ts';
import { guarded, reason } from './reasons.ts';
import { validatedSupporters } from './supporters.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why the application cannot be submitted yet under the rules in force (empty when it can). */
export function canSubmit(app: Application, rules: RulesInForce): Reason[] {
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
  // How many is our assumption (the rules in force say), never presented as the IET's number.
  const required = rules.supportersRequired;
  const active = app.supporters.filter((s) => s.status !== 'declined');
  if (active.length < required) {
    reasons.push(
      reason(
        'supporters-missing',
        `Add ${plural(required - active.length, 'more supporter')}: your rules assume ${required} (check the number in Career Manager) and ${active.length} ${active.length === 1 ? 'is' : 'are'} on the application.`,
        'supporters',
      ),
    );
  }
  for (const s of app.supporters.filter((x) => x.status === 'changes-requested')) {
    reasons.push(
      reason(
        'supporter-requested-changes',
        `${s.name} asked for changes. Unlock the application, make them, lock it again and ask your supporters to validate again (Career Manager loses their comments on an unlock; the workbook keeps only the comments you copy into it, so copy theirs first).`,
        'validation',
      ),
    );
  }
  const validated = validatedSupporters(app).length;
  if (validated < required) {
    reasons.push(
      reason(
        'supporters-not-validated',
        `${validated} of the ${required} supporters your rules assume ${validated === 1 ? 'has' : 'have'} validated the application so far.`,
        'validation',
      ),
    );
  }
  return reasons;
}

/**
 * What the applicant should know before submitting, without stopping them: edits made since the
 * lock are not in the snapshot Career Manager submits, nor in what supporters and assessors see.
 */
export function submitWarnings(app: Application): Reason[] {
  if (app.stage !== 'locked') return [];
  const changes = changesSinceLock(app);
  if (changes.length === 0) return [];
  return [
    reason(
      'changed-since-lock',
      `${plural(changes.length, 'change')} since the lock ${changes.length === 1 ? 'is' : 'are'} not in the snapshot your supporters and assessors see: ${changes.map((c) => c.label).join('; ')}. Career Manager submits the snapshot as it was locked. If ${changes.length === 1 ? 'this change matters' : 'these changes matter'}, unlock, and lock again (expect your supporters to validate again).`,
      'submit',
    ),
  ];
}

/** Submits a locked application that enough supporters have validated; it becomes read-only. */
export function submit(app: Application, now: IsoTime, rules: RulesInForce): Result<Application> {
  return guarded(canSubmit(app, rules), () => ({
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

function entryReasons(app: Application, entry: PostSubmissionEntry, now: IsoTime, today?: IsoDate): Reason[] {
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
      reason(
        'stage-out-of-order',
        `You have already recorded “${latest}”, which comes after this stage. If that was a mistake, remove it first.`,
        'after-submission',
      ),
    );
  }
  reasons.push(...entryDateReasons(app, entry, now, today));
  return reasons;
}

// Timestamps are UTC while the applicant types a date from their own calendar: without `today`
// (the applicant's local date) allow a day either way.
function entryDateReasons(app: Application, entry: PostSubmissionEntry, now: IsoTime, today?: IsoDate): Reason[] {
  const bad = (code: string, message: string) => [reason(code, message, 'after-submission')];
  if (!isCalendarDate(entry.date)) return bad('date-invalid', 'Enter the date as shown in the box: day, month and year.');
  if (entry.date > latestPastDate(today, now)) {
    return bad('date-in-future', `The date (${formatLongDate(entry.date)}) is in the future: record a stage once it has happened.`);
  }
  const submittedOn = app.submittedAt?.slice(0, 10);
  if (submittedOn && entry.date < addDays(submittedOn, -1)) {
    return bad('date-before-submission', `The date cannot be before you submitted (${formatLongDate(submittedOn)}).`);
  }
  const previous = latestStageEntry(app);
  if (previous && isCalendarDate(previous.date) && entry.date < previous.date) {
    const title = POST_SUBMISSION_STAGES[stageIndex(previous.stage)]?.title ?? previous.stage;
    return bad(
      'date-before-previous-stage',
      `The date cannot be before the last stage you recorded (“${title}”, ${formatLongDate(previous.date)}).`,
    );
  }
  return [];
}

/** Records news after submission; stages go forward in order; dates after `today` (the applicant's date) are refused. */
export function recordPostSubmission(app: Application, entry: PostSubmissionEntry, now: IsoTime, today?: IsoDate): Result<Application> {
  return guarded(entryReasons(app, entry, now, today), () => ({
    ...app,
    postSubmission: [...app.postSubmission, { ...entry }],
    updatedAt: now,
  }));
}

/** The latest stage recorded (the last entry of the furthest stage), or null. */
export function latestStageEntry(app: Application): PostSubmissionEntry | null {
  const latest = latestStageIndex(app);
  return [...app.postSubmission].reverse().find((e) => stageIndex(e.stage) === latest) ?? null;
}

/** Removes the latest stage recorded, to correct a mistake; earlier stages stay. */
export function removeLatestStage(app: Application, now: IsoTime): Result<Application> {
  const latest = latestStageEntry(app);
  const reasons =
    app.stage !== 'submitted'
      ? [reason('not-submitted', 'The application has not been submitted, so there is no stage to remove.', 'after-submission')]
      : latest === null
        ? [reason('no-stage-recorded', 'No stage has been recorded yet, so there is nothing to remove.', 'after-submission')]
        : [];
  return guarded(reasons, () => ({
    ...app,
    postSubmission: app.postSubmission.filter((e) => e !== latest),
    updatedAt: now,
  }));
}
