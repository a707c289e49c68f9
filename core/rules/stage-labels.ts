// The stages an application passes through in the workbook, in words.
import type { Application } from '../types.ts';

/** A stage as people read it ("Being prepared", "Locked", "Submitted"). */
export const STAGE_LABELS: Record<Application['stage'], string> = { draft: 'Being prepared', locked: 'Locked', submitted: 'Submitted' };
