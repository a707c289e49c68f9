// The words for a step's state, shared by the workbook, the export and the extension's popup so
// the applicant reads the same thing everywhere.
import { missingWords } from '../design/vocabulary.ts';
import type { StepProgress, StepState } from '../types.ts';

/** A step's state in words: "Done", "In progress", "Not available yet", "To do". */
export const STEP_STATE_WORDS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  current: 'In progress',
  blocked: 'Not available yet',
  todo: 'To do',
};

/**
 * A step's state as the rail and the export say it: "Done", or for a step done at the lock that
 * the workbook lacks since, "Done in the locked snapshot; 1 missing in the workbook now".
 */
export function stepStateWords(step: Pick<StepProgress, 'state' | 'sinceLock'>): string {
  return stateWords(step.state, step.sinceLock.length);
}

/** The same words from a state and a count of what the workbook lacks since the lock (as the extension's mirror carries them). */
export function stateWords(state: StepState, missingSinceLock: number): string {
  if (state === 'done' && missingSinceLock > 0) return `Done in the locked snapshot; ${missingWords(missingSinceLock)} in the workbook now`;
  return STEP_STATE_WORDS[state];
}
