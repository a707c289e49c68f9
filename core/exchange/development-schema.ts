// valibot schema of the development record a file may carry with an application (format 3 on):
// CPD log, Development Action Plan, advice log, panel feedback, interview practice. Strict like
// the rest of the format; its few primitives repeat those of schemas.ts, which imports this file.
import * as v from 'valibot';
import type { DevelopmentData } from '../development/data.ts';
import { closeBidi } from '../text/bidi.ts';
import type { CompetenceCode } from '../types.ts';
import { EXCHANGE_LIMITS, textChars } from './limits.ts';

const MAX_TEXT = EXCHANGE_LIMITS.maxTextChars;
const MAX_LIST = EXCHANGE_LIMITS.maxArrayItems;

const text = v.pipe(
  v.string('Expected text.'),
  v.check((x) => textChars(x, MAX_TEXT) <= MAX_TEXT, `Too long: a field can hold up to ${MAX_TEXT.toLocaleString('en-GB')} characters.`),
  // Unclosed bidi controls closed, as in schemas.ts.
  v.transform(closeBidi),
);
const id = v.pipe(
  v.string('Expected an identifier.'),
  v.minLength(1, 'An identifier cannot be empty.'),
  v.maxLength(200, 'An identifier is at most 200 characters.'),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  v.regex(/^[^\u0000-\u001f]+$/, 'An identifier cannot contain control characters.'),
);
const isoDate = v.pipe(v.string('Expected a date.'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD.'));
const isoDateOrEmpty = v.pipe(
  v.string('Expected a date.'),
  v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Expected a date written as YYYY-MM-DD, or nothing.'),
);
const isoTime = v.pipe(
  v.string('Expected a date and time.'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
    'Expected a date and time such as 2026-01-31T09:30:00.000Z.',
  ),
);
const competence = v.custom<CompetenceCode>(
  (x) => typeof x === 'string' && /^[A-E][1-9]\d?$/.test(x),
  'Expected a competence code such as C2.',
);
const bool = v.boolean('Expected true or false.');
const hours = v.pipe(
  v.number('Expected a number of hours.'),
  v.finite('Expected a number of hours.'),
  v.minValue(0, 'Cannot be negative.'),
  v.maxValue(100_000, 'Too many hours.'),
);

function list<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item, 'Expected a list.'), v.maxLength(MAX_LIST, `Too many entries: at most ${MAX_LIST}.`));
}
function strict<T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(entries, 'Expected a group of fields.');
}

export const cpdEntry = strict({
  id,
  date: isoDate,
  hours,
  type: v.picklist(
    ['training', 'work-experience', 'academic-study', 'volunteering', 'events', 'self-study'],
    'Expected one of the six CPD activity types.',
  ),
  planned: bool,
  title: text,
  did: text,
  learned: text,
  apply: text,
  competences: list(competence),
});
export const cpdSettings = strict({
  targetHours: v.pipe(v.number('Expected a number of hours.'), v.finite(), v.minValue(0), v.maxValue(100_000)),
  yearStartMonth: v.pipe(
    v.number('Expected a month.'),
    v.integer('Expected a month 1–12.'),
    v.minValue(1, 'Expected a month 1–12.'),
    v.maxValue(12, 'Expected a month 1–12.'),
  ),
});
const action = strict({
  id,
  what: text,
  targetDate: isoDateOrEmpty,
  evidence: text,
  status: v.picklist(['not-started', 'in-progress', 'done'], 'Expected not-started, in-progress or done.'),
  doneOn: isoDateOrEmpty,
});
export const goal = strict({
  id,
  title: text,
  competences: list(competence),
  actions: list(action),
  dropped: bool,
  source: v.variant(
    'kind',
    [strict({ kind: v.literal('own') }), strict({ kind: v.literal('feedback'), feedbackId: id })],
    'Expected where the goal came from.',
  ),
});
const plan = strict({ since: isoDateOrEmpty, achievements: text, goals: list(goal) });
export const advice = strict({
  id,
  who: v.picklist(['adviser', 'industry-representative', 'mentor', 'supporter', 'panel'], 'Expected who gave the advice.'),
  name: text,
  date: isoDate,
  advice: text,
  version: v.variant(
    'kind',
    [
      strict({ kind: v.literal('export'), date: isoDate }),
      strict({ kind: v.literal('lock'), sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hash.')) }),
      strict({ kind: v.literal('unknown') }),
    ],
    'Expected which version the advice was about.',
  ),
  response: text,
  source: v.variant(
    'kind',
    [strict({ kind: v.literal('manual') }), strict({ kind: v.literal('review'), reviewId: id, commentId: id })],
    'Expected where the advice came from.',
  ),
});
export const feedback = strict({ id, date: isoDate, competences: list(competence), text });
export const practice = strict({
  questionId: id,
  question: text,
  notes: text,
  rating: v.nullable(v.picklist([1, 2, 3, 4], 'Expected a rating from 1 to 4.')),
  revisit: bool,
  seconds: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(86_400))),
  practisedAt: isoTime,
});
export const section = strict({
  id,
  title: text,
  seconds: v.pipe(v.number('Expected seconds.'), v.integer(), v.minValue(0), v.maxValue(86_400)),
  points: list(text),
  competences: list(competence),
});

/** The development record of one application. */
export const developmentData = strict({
  cpd: list(cpdEntry),
  cpdSettings,
  plan,
  advice: list(advice),
  feedback: list(feedback),
  practice: list(practice),
  outline: v.nullable(list(section)),
  remote: list(id),
}) satisfies v.GenericSchema<unknown, DevelopmentData>;
