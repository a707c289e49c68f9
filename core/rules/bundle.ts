// All the rules as one plain, serialisable object (for mirrors, exports and inspection).
import { RULE_SWITCHES } from './adjustable.ts';
import { CATEGORIES, ROUTES } from './categories.ts';
import { CHECKLIST_ITEMS } from './checklist.ts';
import { DOCUMENT_TYPES } from './documents.ts';
import { AREA_GUIDANCE, STEP_GUIDANCE } from './guidance.ts';
import { DEFAULT_LIMITS, LIMIT_PROVENANCE } from './limits.ts';
import { STANDARDS } from './standards.ts';
import { POST_SUBMISSION_STAGES, RULES_VERSION, STEP_IDS, STEP_TITLES } from './steps.ts';

/** Every rule, with its version. */
export const RULES = {
  version: RULES_VERSION,
  categories: CATEGORIES,
  routes: ROUTES,
  standards: STANDARDS,
  checklist: CHECKLIST_ITEMS,
  documents: DOCUMENT_TYPES,
  limits: DEFAULT_LIMITS,
  limitProvenance: LIMIT_PROVENANCE,
  switches: RULE_SWITCHES,
  steps: STEP_IDS.map((id) => ({ id, title: STEP_TITLES[id], guidance: STEP_GUIDANCE[id] })),
  areaGuidance: AREA_GUIDANCE,
  postSubmission: POST_SUBMISSION_STAGES,
} as const;
