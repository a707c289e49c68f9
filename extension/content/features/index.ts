// Every Career Manager page feature, each registered with the page kinds it applies to.
import type { Feature } from './feature.ts';
import { fieldHints } from './field-hints.ts';
import { insertDraft } from './insert-draft.ts';
import { itemHints } from './item-hints.ts';
import { lockExplanation } from './lock-explanation.ts';
import { mandatoryItems } from './mandatory-items.ts';
import { panelling } from './panelling.ts';
import { roleEvidence } from './role-evidence.ts';
import { roleLength } from './role-length.ts';
import { stepGuidance } from './step-guidance.ts';
import { submitCheck } from './submit-check.ts';
import { supporters } from './supporters.ts';
import { unlockWarning } from './unlock-warning.ts';

export const FEATURES: readonly Feature[] = [
  mandatoryItems,
  itemHints,
  fieldHints,
  roleLength,
  insertDraft,
  roleEvidence,
  lockExplanation,
  unlockWarning,
  panelling,
  submitCheck,
  supporters,
  stepGuidance,
];
