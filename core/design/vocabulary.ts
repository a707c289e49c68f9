// The product's words for the same things, shared by the workbook and the export (and the
// companion where it shows them), so the applicant reads one vocabulary everywhere.
import type { Stage, StepState, SupporterStatus } from '../types.ts';

/** An application's stage in words. */
export const STAGE_WORDS: Readonly<Record<Stage, string>> = { draft: 'Being prepared', locked: 'Locked', submitted: 'Submitted' };

/** How much an item or document is needed. */
export const NEED_WORDS = { mandatory: 'Mandatory', optional: 'Optional' } as const;

/**
 * The tones a status tag can take; each has one colour in the design system: done (green),
 * missing (orange), todo (blue: in progress, to do now), neutral (grey: not available yet,
 * optional), external (purple: in Career Manager), error (red).
 */
export type Tone = 'done' | 'missing' | 'todo' | 'neutral' | 'external' | 'error';

/** The tone of each step state, so a step's tag has one colour everywhere. */
export const STEP_TONE: Readonly<Record<StepState, Tone>> = { done: 'done', current: 'todo', blocked: 'neutral', todo: 'neutral' };

/** Words for the states a part of the application can be in (steps use STEP_STATE_WORDS). */
export const STATUS_WORDS = {
  done: 'Done',
  blocked: 'Not available yet',
  todo: 'To do',
  optional: 'Optional',
  notStarted: 'Not started',
} as const;

/** "1 missing", "3 missing". */
export function missingWords(n: number): string {
  return `${n} missing`;
}

/** The mark on everything that happens in Career Manager and is only recorded in the workbook. */
export const IN_CAREER_MANAGER = 'In Career Manager';

/** "Step 3 of 10". */
export function stepOfWords(index: number, total: number): string {
  return `Step ${index + 1} of ${total}`;
}

/** A supporter's status in words. */
export const SUPPORTER_STATUS_WORDS: Readonly<Record<SupporterStatus, string>> = {
  invited: 'Invited',
  validated: 'Validated',
  'changes-requested': 'Asked for changes',
  declined: 'Declined',
};
