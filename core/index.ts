// The public face of core: rules as data, the application model and its stage machine.
export * from './types.ts';
export { CATEGORIES, ROUTES, CATEGORY_IDS, ROUTE_IDS } from './rules/categories.ts';
export { STANDARDS, COMPETENCES } from './rules/standards.ts';
export { CHECKLIST_ITEMS } from './rules/checklist.ts';
export { DOCUMENT_TYPES } from './rules/documents.ts';
export { DEFAULT_LIMITS, LIMIT_PROVENANCE } from './rules/limits.ts';
export {
  RULES_VERSION,
  NOT_APPLICABLE,
  STEP_IDS,
  STEP_TITLES,
  POST_SUBMISSION_STAGES,
  type PostSubmissionStageInfo,
} from './rules/steps.ts';
export { inScope, rulesFor, competencesFor, type Rules } from './rules/scope.ts';
export { STEP_GUIDANCE, AREA_GUIDANCE, competenceGuidance } from './rules/guidance.ts';
export { RULES } from './rules/bundle.ts';
export { STEP_STATE_WORDS } from './rules/step-words.ts';

export { newApplication, defaultInterviewLocation, type NewApplicationInput } from './application/create.ts';
export {
  editApplication,
  setCategory,
  setRoute,
  setChecklistEntry,
  setPanelling,
  setDocument,
  removeDocument,
  isReadOnly,
  type EditableContent,
} from './application/edit.ts';
export {
  checklistStatus,
  developmentLabel,
  documentStatus,
  formatMegabytes,
  neededLabel,
  type ChecklistItemStatus,
  type DocumentStatus,
} from './application/status.ts';
export { checklistReasons, documentReasons, panellingGate, panellingReasons } from './application/gates.ts';
export { countChars, roleChars, roleLabel, estimatePages, describePages, lengthWarnings } from './application/text.ts';
export {
  isCalendarDate,
  formatLongDate,
  latestDateFor,
  roleDateProblems,
  praDateProblems,
  developmentDateProblems,
  type DateProblem,
} from './application/dates.ts';
export { categoryChangeEffects, strayDocuments, type StrayDocument } from './application/category-change.ts';
export { canonicalJson, sha256Hex, snapshotContent, snapshotIntact } from './application/hashing.ts';
export { canLock, lock, canUnlock, unlock, takeSnapshot } from './application/lock.ts';
export { changesSinceLock, diffContent, type Change } from './application/changes.ts';
export {
  addSupporter,
  updateSupporter,
  removeSupporter,
  validatedSupporters,
  type SupporterInput,
  type SupporterPatch,
} from './application/supporters.ts';
export {
  canSubmit,
  submit,
  submitWarnings,
  recordPostSubmission,
  removeLatestStage,
  latestStageEntry,
  latestStageIndex,
} from './application/submit.ts';
export { progress } from './application/progress.ts';
export { ok, refused, reason } from './application/reasons.ts';
