// Where in the workbook each step of the path is worked on.
import type { StepId } from '../../../core/types.ts';
import type { AppScreen } from '../state/route.ts';

export const STEP_SCREEN: Record<StepId, AppScreen> = {
  category: 'overview',
  route: 'overview',
  checklist: 'checklist',
  documents: 'documents',
  panelling: 'panelling',
  lock: 'validate',
  supporters: 'validate',
  validation: 'validate',
  submit: 'validate',
  'after-submission': 'validate',
};
