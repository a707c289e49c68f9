// The public face of core: rules as data, the application model and its stage machine.

export { categoryChangeEffects, type StrayDocument, strayDocuments } from './application/category-change.ts';
export { type Change, changesSinceLock, diffContent } from './application/changes.ts';
export { defaultInterviewLocation, type NewApplicationInput, newApplication } from './application/create.ts';
export {
  type DateProblem,
  developmentDateProblems,
  formatLongDate,
  isCalendarDate,
  latestDateFor,
  praDateProblems,
  roleDateProblems,
} from './application/dates.ts';
export {
  type EditableContent,
  editApplication,
  isReadOnly,
  removeDocument,
  setCategory,
  setChecklistEntry,
  setDocument,
  setPanelling,
  setRoute,
} from './application/edit.ts';
export { checklistReasons, documentReasons, panellingGate, panellingReasons } from './application/gates.ts';
export { canonicalJson, sha256Hex, snapshotContent, snapshotIntact } from './application/hashing.ts';
export { canLock, canUnlock, lock, takeSnapshot, unlock } from './application/lock.ts';
export { progress } from './application/progress.ts';
export { ok, reason, refused } from './application/reasons.ts';
export {
  type ChecklistItemStatus,
  checklistStatus,
  type DocumentStatus,
  developmentLabel,
  documentStatus,
  formatMegabytes,
  neededLabel,
} from './application/status.ts';
export {
  canSubmit,
  latestStageEntry,
  latestStageIndex,
  recordPostSubmission,
  removeLatestStage,
  submit,
  submitWarnings,
} from './application/submit.ts';
export {
  addSupporter,
  removeSupporter,
  type SupporterInput,
  type SupporterPatch,
  updateSupporter,
  validatedSupporters,
} from './application/supporters.ts';
export { countChars, describePages, estimatePages, lengthWarnings, roleChars, roleLabel } from './application/text.ts';
export { RULES } from './rules/bundle.ts';
export { CATEGORIES, CATEGORY_IDS, ROUTE_IDS, ROUTES } from './rules/categories.ts';
export { CHECKLIST_ITEMS } from './rules/checklist.ts';
export { DOCUMENT_TYPES } from './rules/documents.ts';
export { AREA_GUIDANCE, competenceGuidance, STEP_GUIDANCE } from './rules/guidance.ts';
export { DEFAULT_LIMITS, LIMIT_PROVENANCE } from './rules/limits.ts';
export { competencesFor, inScope, type Rules, rulesFor } from './rules/scope.ts';
export { COMPETENCES, STANDARDS } from './rules/standards.ts';
export { STEP_STATE_WORDS } from './rules/step-words.ts';
export {
  NOT_APPLICABLE,
  POST_SUBMISSION_STAGES,
  type PostSubmissionStageInfo,
  RULES_VERSION,
  STEP_IDS,
  STEP_TITLES,
} from './rules/steps.ts';
export * from './types.ts';
