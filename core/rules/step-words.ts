// The words for a step's state, shared by the workbook, the export and the extension's popup so
// the applicant reads the same thing everywhere.
import type { StepState } from '../types.ts';

/** A step's state in words: "Done", "In progress", "Not available yet", "To do". */
export const STEP_STATE_WORDS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  current: 'In progress',
  blocked: 'Not available yet',
  todo: 'To do',
};
