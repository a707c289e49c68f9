// valibot schemas of everything a ProReg Companion file carries. Objects are strict: a key the
// format does not define is an error, so an accepted file is imported exactly as written.
import * as v from 'valibot';
import type { Evidence } from '../evidence/types.ts';
import { closeBidi } from '../text/bidi.ts';
import type {
  Application,
  CategoryId,
  CompetenceCode,
  DocumentBuild,
  HistoryEvent,
  LockSnapshot,
  PostSubmissionStage,
  RouteId,
  SnapshotContent,
  Stage,
  SupporterStatus,
} from '../types.ts';
import { developmentData } from './development-schema.ts';
import { APPLICATION_FORMAT, type ApplicationFile, WORKBOOK_FORMAT, type WorkbookFile } from './format.ts';
import { EXCHANGE_LIMITS, textChars } from './limits.ts';
import { EXCERPT_CHARS, type ImportedComment, type Review, ROLE_FIELDS } from './review-types.ts';

const MAX_TEXT = EXCHANGE_LIMITS.maxTextChars;
const MAX_LIST = EXCHANGE_LIMITS.maxArrayItems;
const textMessage = `Too long: a field can hold up to ${MAX_TEXT.toLocaleString('en-GB')} characters.`;

/**
 * Free text such as responsibilities and achievements: as long as the workbook lets any field be.
 * A bidi override or isolate it leaves open is closed at its end, so it cannot reverse the words
 * shown after it (core/text/bidi.ts); every character written is kept.
 */
const text = v.pipe(
  v.string('Expected text.'),
  v.check((x) => textChars(x, MAX_TEXT) <= MAX_TEXT, textMessage),
  v.transform(closeBidi),
);
/** A name, title or other one-line field: the workbook caps it like any field, so the same limit applies. */
const line = text;
/** An identifier: non-empty, no control characters. */
const id = v.pipe(
  v.string('Expected an identifier.'),
  v.minLength(1, 'An identifier cannot be empty.'),
  v.maxLength(200, 'An identifier is at most 200 characters.'),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  v.regex(/^[^\u0000-\u001f]+$/, 'An identifier cannot contain control characters.'),
);
/** ISO date or empty. */
const isoDateOrEmpty = v.pipe(
  v.string('Expected a date.'),
  v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Expected a date written as YYYY-MM-DD, or nothing.'),
);
const isoDate = v.pipe(v.string('Expected a date.'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD.'));
/** ISO timestamp such as 2026-11-28T18:57:00.000Z. */
export const isoTime = v.pipe(
  v.string('Expected a date and time.'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
    'Expected a date and time such as 2026-01-31T09:30:00.000Z.',
  ),
);
const sha256 = v.pipe(
  v.string('Expected a SHA-256 hash.'),
  v.regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hash: 64 lower-case hexadecimal characters.'),
);
const competence = v.custom<CompetenceCode>(
  (x) => typeof x === 'string' && /^[A-E][1-9]\d?$/.test(x),
  'Expected a competence code such as C2.',
);
const category = v.picklist(
  ['CEng', 'IEng', 'EngTech', 'ICTTech'] as const satisfies readonly CategoryId[],
  'Expected a category: CEng, IEng, EngTech or ICTTech.',
);
const route = v.picklist(['standard', 'streamlined'] as const satisfies readonly RouteId[], 'Expected a route: standard or streamlined.');
const stage = v.picklist(
  ['draft', 'locked', 'submitted'] as const satisfies readonly Stage[],
  'Expected a stage: draft, locked or submitted.',
);
const bool = v.boolean('Expected true or false.');
const size = v.pipe(v.number('Expected a number.'), v.integer('Expected a whole number.'), v.minValue(0, 'Cannot be negative.'));

function list<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item, 'Expected a list.'), v.maxLength(MAX_LIST, `Too many entries: at most ${MAX_LIST}.`));
}
const plainObject = v.custom<Record<string, unknown>>(
  (x) => x !== null && typeof x === 'object' && !Array.isArray(x),
  'Expected a set of named entries.',
);
function keyed<T extends v.GenericSchema>(item: T) {
  // valibot's record also accepts an array (as {}); the guard keeps the data exactly as written.
  return v.pipe(plainObject, v.record(id, item, 'Expected a set of named entries.'));
}
function strict<T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(entries, 'Expected a group of fields.');
}

const personal = strict({ fullName: line, email: line, membershipNumber: line });
const qualification = strict({ id, title: line, institution: line, year: line, accredited: bool });
const role = strict({
  id,
  employer: line,
  title: line,
  start: isoDateOrEmpty,
  end: isoDateOrEmpty,
  current: bool,
  responsibilities: text,
  achievements: text,
  competences: list(competence),
});
const development = strict({ id, date: isoDateOrEmpty, title: line, notes: text });
const pra = strict({
  answer: v.picklist(['yes', 'no', ''] as const, 'Expected the answer yes, no, or nothing.'),
  who: v.picklist(['pra', 'ir', ''] as const, 'Expected pra, ir, or nothing.'),
  date: isoDateOrEmpty,
  adviser: line,
});
const scheme = strict({ completed: bool, name: line });
const quarterTurn = v.picklist([0, 90, 180, 270] as const, 'Expected a quarter turn: 0, 90, 180 or 270.');
const index = v.pipe(v.number('Expected a number.'), v.integer('Expected a whole number.'), v.minValue(0, 'Cannot be negative.'));
/** What a built document was made from (format version 5 on). */
const documentBuild = v.pipe(
  strict({
    sources: v.pipe(
      list(strict({ name: line, mime: line, size, sha256, blobId: id })),
      v.minLength(1, 'A built document has at least one source.'),
    ),
    pages: v.pipe(
      list(strict({ source: index, page: index, rotate: quarterTurn })),
      v.minLength(1, 'A built document has at least one page.'),
    ),
  }),
  v.check((b) => b.pages.every((p) => p.source < b.sources.length), 'A page refers to a source the document does not list.'),
) satisfies v.GenericSchema<unknown, DocumentBuild>;
const documentRef = strict({
  typeId: id,
  name: line,
  mime: line,
  size,
  sha256,
  blobId: id,
  addedAt: isoTime,
  built: v.optional(documentBuild),
});
const panelling = strict({ sector: line, specialisms: list(line), interviewLocation: line });
const supporterStatus = v.picklist(
  ['invited', 'validated', 'changes-requested', 'declined'] as const satisfies readonly SupporterStatus[],
  'Expected a supporter status: invited, validated, changes-requested or declined.',
);
const supporterComment = strict({ at: isoTime, text, competence: v.optional(competence) });
const supporter = strict({
  id,
  name: line,
  relationship: line,
  registration: line,
  email: line,
  status: supporterStatus,
  comments: list(supporterComment),
});
const checklistEntry = strict({ done: bool, note: text });

// Beside category and route, the parts of an application a lock snapshot keeps; the application holds them too.
const contentEntries = {
  personal,
  checklist: keyed(checklistEntry),
  qualifications: list(qualification),
  roles: list(role),
  development: list(development),
  pra,
  scheme,
  documents: keyed(documentRef),
  panelling,
};
const snapshotContent = strict({ category, route, ...contentEntries }) satisfies v.GenericSchema<unknown, SnapshotContent>;

const lockSnapshot = strict({ at: isoTime, sha256, content: snapshotContent }) satisfies v.GenericSchema<unknown, LockSnapshot>;

const postStage = v.picklist(
  [
    'staff-check',
    'assessment',
    'interview',
    'final-review',
    'decision',
    'fees',
    'registered',
  ] as const satisfies readonly PostSubmissionStage[],
  'Expected a stage after submission such as staff-check or assessment.',
);

const historyEvent = v.variant(
  'type',
  [
    strict({ type: v.literal('created'), at: isoTime }),
    strict({ type: v.literal('locked'), at: isoTime, sha256 }),
    strict({ type: v.literal('unlocked'), at: isoTime, reason: text, snapshot: lockSnapshot, supporters: list(supporter) }),
    strict({ type: v.literal('submitted'), at: isoTime, sha256 }),
  ],
  'Expected a history event of type created, locked, unlocked or submitted.',
) satisfies v.GenericSchema<unknown, HistoryEvent>;

const selector = strict({ exact: text, prefix: text, suffix: text, start: size });
const evidenceLink = strict({
  id,
  roleId: id,
  field: v.picklist(['responsibilities', 'achievements'] as const, 'Expected responsibilities or achievements.'),
  selector,
  competences: list(competence),
});
/** Passage links and dismissals (core/evidence/types.ts Evidence); added in format version 4. */
const evidence = strict({ links: list(evidenceLink), dismissed: keyed(isoTime) }) satisfies v.GenericSchema<unknown, Evidence>;

/** The whole application (core/types.ts Application), as the current format version holds it. */
const application = strict({
  id,
  name: line,
  category,
  route,
  createdAt: isoTime,
  updatedAt: isoTime,
  stage,
  ...contentEntries,
  lock: v.nullable(lockSnapshot),
  supporters: list(supporter),
  submittedAt: v.nullable(isoTime),
  postSubmission: list(strict({ stage: postStage, date: isoDate, note: text })),
  history: list(historyEvent),
  evidence,
}) satisfies v.GenericSchema<unknown, Application>;

/** One attachment: the bytes of a document, base64, with what they claim to be. */
const attachment = strict({
  name: line,
  mime: line,
  size,
  sha256,
  base64: v.string('Expected the file bytes as base64 text.'),
});

export const exportedBy = strict({ app: line, version: line });

/** What a mentor comment is about. */
const anchor = v.variant(
  'kind',
  [
    strict({ kind: v.literal('application') }),
    strict({ kind: v.literal('role'), roleId: id, field: v.picklist(ROLE_FIELDS, `Expected one of: ${ROLE_FIELDS.join(', ')}.`) }),
    strict({ kind: v.literal('checklist'), itemId: id }),
    strict({ kind: v.literal('competence'), code: competence }),
    strict({ kind: v.literal('document'), typeId: id }),
    strict({ kind: v.literal('cpd'), entryId: id }),
    strict({ kind: v.literal('goal'), goalId: id }),
    strict({ kind: v.literal('answer'), questionId: id }),
    strict({ kind: v.literal('coverage'), code: competence, roleId: id }),
  ],
  'Expected what the comment is about: application, role, checklist, competence, a document type, a CPD activity, a goal, an interview answer or a coverage cell.',
);
const reviewComment = strict({
  id,
  anchor,
  text,
  at: isoTime,
  against: strict({
    sha256,
    excerpt: v.pipe(
      v.string('Expected text.'),
      v.maxLength(EXCERPT_CHARS + 1, `Too long: at most ${EXCERPT_CHARS + 1} characters.`),
      v.transform(closeBidi),
    ),
  }),
});
/** A mentor's review of one application. */
export const reviewBody = strict({
  id,
  mentor: line,
  createdAt: isoTime,
  application: strict({ id, name: line, category, route }),
  comments: list(reviewComment),
}) satisfies v.GenericSchema<unknown, Review>;
/** A mentor comment kept in the applicant's workbook. */
const importedComment = strict({
  reviewId: id,
  mentor: line,
  exportedAt: isoTime,
  comment: reviewComment,
  resolvedAt: v.nullable(isoTime),
}) satisfies v.GenericSchema<unknown, ImportedComment>;

/** Application plus the bytes of its documents (keyed by blobId) and the mentor comments it has received. */
const applicationEntry = strict({
  application,
  attachments: keyed(attachment),
  comments: v.optional(list(importedComment)),
  development: v.optional(developmentData),
});

const version = v.pipe(v.number('Expected a number.'), v.integer('Expected a whole number.'));

/** The rules in force when the file was written: switch id → on/off, limit name → a number above 0. */
const recordedRules = strict({
  switches: keyed(bool),
  limits: keyed(v.pipe(v.number('Expected a number.'), v.finite('Expected a number.'), v.gtValue(0, 'Expected a number above 0.'))),
});

/** A single exported application. */
export const applicationFile = strict({
  format: v.literal(APPLICATION_FORMAT),
  version,
  exportedAt: isoTime,
  exportedBy,
  rules: v.optional(recordedRules),
  ...applicationEntry.entries,
}) satisfies v.GenericSchema<unknown, ApplicationFile>;

/** A mentor's review kept in mentor mode: the file as opened and the comments. */
const storedReview = strict({ id, updatedAt: isoTime, source: applicationFile, review: reviewBody });

/** A whole-workbook backup. */
export const workbookFile = strict({
  format: v.literal(WORKBOOK_FORMAT),
  version,
  exportedAt: isoTime,
  exportedBy,
  applications: list(applicationEntry),
  reviews: v.optional(list(storedReview)),
  rules: v.optional(recordedRules),
}) satisfies v.GenericSchema<unknown, WorkbookFile>;
