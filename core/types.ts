// The shared vocabulary of ProReg Companion. Everything the PWA, the extension and the
// exchange format hold is one of these plain, JSON-serialisable shapes (Blobs excepted:
// documents refer to their bytes by id, the bytes live wherever the host keeps them).

import type { Evidence } from './evidence/types.ts';

/** How sure we are of a rule: the applicant guide, public IET/EC material, or our assumption. */
export type Provenance = 'seed' | 'public' | 'assumed';

/** The four registration categories Career Manager offers. */
export type CategoryId = 'CEng' | 'IEng' | 'EngTech' | 'ICTTech';

/** Standard (most people) or Streamlined (approved schemes, when told so). */
export type RouteId = 'standard' | 'streamlined';

/** The five competence areas, same letters in every standard. */
export type AreaId = 'A' | 'B' | 'C' | 'D' | 'E';

/** A competence code such as "C2". */
export type CompetenceCode = `${AreaId}${number}`;

/** ISO 8601 timestamp, e.g. new Date().toISOString(). */
export type IsoTime = string;

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

// ---------------------------------------------------------------- rules (data)

export interface Sourced {
  provenance: Provenance;
}

export interface Competence extends Sourced {
  code: CompetenceCode;
  area: AreaId;
  /** A short description in our own words. */
  summary: string;
  /** The category whose level this wording describes (UK-SPEC covers three). */
  category?: CategoryId;
}

export interface Standard extends Sourced {
  id: 'UK-SPEC-4' | 'ICTTech-3';
  title: string;
  edition: string;
  areas: Record<AreaId, string>;
  competences: Competence[];
}

export interface Category extends Sourced {
  id: CategoryId;
  title: string;
  standard: Standard['id'];
  /** Whether a Professional Review Interview location must be chosen. */
  interviewRequired: boolean;
  /** Typical qualification benchmark, shown as guidance (not a gate). */
  benchmark: string;
}

export interface Route extends Sourced {
  id: RouteId;
  title: string;
  summary: string;
}

/** How an item is completed: in the workbook itself, or only in Career Manager. */
export type ChecklistKind = 'personal' | 'qualifications' | 'career' | 'development' | 'pra' | 'scheme' | 'membership' | 'competences';

/** Which category/route pairs a rule covers: true = all, false = none, or a filter (absent = any). */
export type Scope = boolean | { categories?: CategoryId[]; routes?: RouteId[] };

export type ChecklistItemId = string;

export interface ChecklistItem extends Sourced {
  id: ChecklistItemId;
  title: string;
  kind: ChecklistKind;
  guidance: string;
  /**
   * Where the item is mandatory whatever the applicant's rules say; elsewhere (within `applies`) it
   * is "complete if relevant", unless a switch of core/rules/switchable.ts makes it mandatory.
   */
  mandatory: Scope;
  /** Where the item is shown at all. */
  applies: Scope;
  /** Where it is completed: from workbook data (default), or only in Career Manager (ticked by hand). */
  completedIn?: 'workbook' | 'career-manager';
  /** Advice only: never mandatory, and what it lists are suggestions rather than failures. */
  advisory?: boolean;
  /** Other words a Career Manager page may use for the item (matching its hint there; our guess). */
  alsoCalled?: string[];
}

export type DocumentTypeId = string;

export interface DocumentType extends Sourced {
  id: DocumentTypeId;
  title: string;
  guidance: string;
  /** Where the document is mandatory whatever the applicant's rules say (core/rules/switchable.ts for the rest). */
  mandatory: Scope;
  applies: Scope;
}

/**
 * A rule the applicant can switch because nobody could confirm it, or public sources disagree:
 * within `scope`, the item or document is mandatory while the switch is on.
 */
export interface Adjustable {
  scope: Scope;
  /** On (mandatory) unless the applicant switches it off. */
  default: boolean;
  provenance: Provenance;
  /** Public sources disagree with each other about it. */
  disputed?: boolean;
}

/** Limits that are guidance or assumptions; the user may override them in Settings. */
export interface Limits {
  charsPerRole: number;
  maxPages: number;
  careerPagesMin: number;
  careerPagesMax: number;
  /** Bytes. */
  maxFileSize: number;
  supportersRequired: number;
  /** Characters of prose that fill one printed page, for page estimates. */
  charsPerPage: number;
}

/** Id of a switchable rule: `checklist:<item id>` or `document:<document type id>`. */
export type SwitchId = string;

/**
 * The rules in force for the applicant: the limits, and whether each switchable rule is on.
 * Made by rulesInForce (core/rules/adjustable.ts) from the defaults and the applicant's choices.
 */
export interface RulesInForce extends Limits {
  switches: Readonly<Record<SwitchId, boolean>>;
}

// ---------------------------------------------------------------- the application

export interface PersonalDetails {
  fullName: string;
  email: string;
  membershipNumber: string;
}

export interface Qualification {
  id: string;
  title: string;
  institution: string;
  year: string;
  accredited: boolean;
}

export interface Role {
  id: string;
  employer: string;
  title: string;
  start: IsoDate | '';
  end: IsoDate | '';
  current: boolean;
  responsibilities: string;
  achievements: string;
  /** Competences this role gives evidence for. */
  competences: CompetenceCode[];
}

export interface DevelopmentRecord {
  id: string;
  date: IsoDate | '';
  title: string;
  notes: string;
}

/**
 * Whether a draft was talked through with a Professional Registration Adviser (PRA) or an
 * Industry Representative (IR): advice the IET gives, never a gate.
 */
export interface PraConsultation {
  /** The applicant's answer; '' until they give one. */
  answer: 'yes' | 'no' | '';
  /** Who they talked to; '' when not said. */
  who: 'pra' | 'ir' | '';
  date: IsoDate | '';
  /** The adviser's or representative's name. */
  adviser: string;
}

export interface DevelopmentScheme {
  completed: boolean;
  name: string;
}

/** A file the applicant keeps for one document type; bytes are held by the host by blobId. */
export interface DocumentRef {
  typeId: DocumentTypeId;
  name: string;
  mime: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  blobId: string;
  addedAt: IsoTime;
  /** Present when the workbook built this file from several: what it was built from, to rebuild it. */
  built?: DocumentBuild;
}

/** One file a built document was made from, kept unaltered; its bytes are held by blobId like a document's. */
export interface DocumentSource {
  name: string;
  mime: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  blobId: string;
}

/** Quarter turns clockwise, in degrees. */
export type QuarterTurn = 0 | 90 | 180 | 270;

/** One page of a built document: which source (index into `sources`), which of its pages (0-based), turned by how much. */
export interface BuiltPage {
  source: number;
  page: number;
  rotate: QuarterTurn;
}

/** How a document was built: its sources in the order chosen and its pages in order. */
export interface DocumentBuild {
  sources: DocumentSource[];
  pages: BuiltPage[];
}

export interface Panelling {
  sector: string;
  specialisms: string[];
  /** For EngTech/ICTTech this is always NOT_APPLICABLE. */
  interviewLocation: string;
}

export type SupporterStatus = 'invited' | 'validated' | 'changes-requested' | 'declined';

export interface SupporterComment {
  at: IsoTime;
  text: string;
  /** Competence the comment is about, if any. */
  competence?: CompetenceCode;
}

export interface Supporter {
  id: string;
  name: string;
  relationship: string;
  registration: string;
  email: string;
  status: SupporterStatus;
  comments: SupporterComment[];
}

/** What was locked: the application's content at the moment of locking. */
export type SnapshotContent = Pick<
  Application,
  | 'category'
  | 'route'
  | 'personal'
  | 'checklist'
  | 'qualifications'
  | 'roles'
  | 'development'
  | 'pra'
  | 'scheme'
  | 'documents'
  | 'panelling'
>;

export interface LockSnapshot {
  at: IsoTime;
  /** Hex SHA-256 of canonicalJson(content). */
  sha256: string;
  content: SnapshotContent;
}

export type PostSubmissionStage = 'staff-check' | 'assessment' | 'interview' | 'final-review' | 'decision' | 'fees' | 'registered';

export interface PostSubmissionEntry {
  stage: PostSubmissionStage;
  date: IsoDate;
  note: string;
}

export type HistoryEvent =
  | { type: 'created'; at: IsoTime }
  | { type: 'locked'; at: IsoTime; sha256: string }
  | { type: 'unlocked'; at: IsoTime; reason: string; snapshot: LockSnapshot; supporters: Supporter[] }
  | { type: 'submitted'; at: IsoTime; sha256: string };

/** Workbook-side state of one checklist item (items completed in Career Manager only). */
export interface ChecklistEntry {
  done: boolean;
  note: string;
}

export type Stage = 'draft' | 'locked' | 'submitted';

export interface Application {
  /** Format-independent stable id (uuid). */
  id: string;
  name: string;
  category: CategoryId;
  route: RouteId;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  stage: Stage;
  personal: PersonalDetails;
  /** Manual ticks for items whose content lives only in Career Manager. */
  checklist: Record<ChecklistItemId, ChecklistEntry>;
  qualifications: Qualification[];
  roles: Role[];
  development: DevelopmentRecord[];
  pra: PraConsultation;
  scheme: DevelopmentScheme;
  documents: Record<DocumentTypeId, DocumentRef>;
  panelling: Panelling;
  lock: LockSnapshot | null;
  supporters: Supporter[];
  submittedAt: IsoTime | null;
  postSubmission: PostSubmissionEntry[];
  history: HistoryEvent[];
  /** Passages linked to competences, and dismissed suggestions and flags (core/evidence). */
  evidence: Evidence;
}

// ---------------------------------------------------------------- progress

export type StepId =
  | 'category'
  | 'route'
  | 'checklist'
  | 'documents'
  | 'panelling'
  | 'lock'
  | 'supporters'
  | 'validation'
  | 'submit'
  | 'after-submission';

export type StepState = 'done' | 'current' | 'blocked' | 'todo';

/** Why something cannot happen yet, in words a user understands. */
export interface Reason {
  code: string;
  message: string;
  /** Where to fix it (a step). */
  step: StepId;
}

export interface StepProgress {
  id: StepId;
  title: string;
  state: StepState;
  /** What keeps this step from being done. */
  blockers: Reason[];
  /**
   * Once locked, a step before the lock stays done (the locked snapshot had what it needs), but the
   * workbook may lack it since: what it lacks now, which is not in the snapshot. [] otherwise.
   */
  sinceLock: Reason[];
}

/** The parts of an application, as the workbook's sections and the export's headings show them. */
export type PartId = 'overview' | 'checklist' | 'career' | 'documents' | 'panelling' | 'validate';

/** One field (or button) of the application to go to, e.g. the next one to fill in. */
export interface FieldTarget {
  /** The part of the application it is in. */
  part: PartId;
  /**
   * A stable path naming it, e.g. "personal.fullName", "roles.<id>.responsibilities",
   * "roles.add", "documents.<typeId>", "panelling.sector", "lock", "supporters.<id>.status".
   */
  field: string;
  /** It in words, e.g. "Role 1: Responsibilities". */
  label: string;
  /** Whether this happens in Career Manager and is only recorded in the workbook. */
  inCareerManager: boolean;
}

export interface Progress {
  steps: StepProgress[];
  current: StepId;
  nextAction: string;
  /** The exact field to work on next (see nextField); null when nothing is left to do. */
  next: FieldTarget | null;
  /** Blockers of the next step, flattened: what stands before the next gate (lock while a draft, submit once locked). */
  blockers: Reason[];
  /** What the applicant should know but need not fix, e.g. changes since the lock (see submitWarnings). */
  warnings: Reason[];
}

/** A transition's result: the new application, or the reasons it was refused. */
export type Result<T> = { ok: true; value: T } | { ok: false; reasons: Reason[] };
