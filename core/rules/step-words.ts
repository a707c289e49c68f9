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
  if (step.state === 'done' && step.sinceLock.length > 0)
    return `Done in the locked snapshot; ${missingWords(step.sinceLock.length)} in the workbook now`;
  return STEP_STATE_WORDS[step.state];
}
