// The level check, like a mentor's red pen: per paragraph, what makes a panel unsure of the
// applicant's own part or level, each mark with why it matters and how to fix it.
import type { CategoryId } from '../types.ts';
import { PatternIndex, verbPattern } from './lexicon.ts';
import { DEVELOPING_OTHERS, LEVEL_WORDS } from './rules/level-words.ts';
import { MAX_CHARS, MAX_PARAGRAPH, paragraphs, sentences, type Word, words } from './text.ts';
import type { LevelFlag, LevelFlagKind, LevelWords, TextRange } from './types.ts';

/** Sentences longer than this many words are flagged. */
const LONG_SENTENCE_WORDS = 35;
/** Paragraphs of at least this many words are expected to say what came of the work. */
const NARRATION_WORDS = 30;

const ADVICE: Record<Exclude<LevelFlagKind, 'below-level' | 'above-level'>, { why: string; fix: string }> = {
  we: {
    why: 'The panel assesses what you did yourself. “We” hides your part, so they cannot credit it to you.',
    fix: 'Write “I” for what you did, and name other people’s parts plainly (“the site team installed it; I tested and signed it off”).',
  },
  passive: {
    why: 'A passive sentence does not say who acted, and the panel needs to know whether it was you.',
    fix: 'Put the person who acted first: “I tested the relays” rather than “the relays were tested”.',
  },
  'no-outcome': {
    why: 'This paragraph says what happened but not what changed because of your work, which is what shows your contribution.',
    fix: 'End with the result: a number, a decision taken, time or cost saved, or what the client could do afterwards.',
  },
  acronym: {
    why: 'Assessors may come from another field of engineering; a short form they do not know costs them time or meaning.',
    fix: 'Write it in full the first time, with the short form after it in brackets.',
  },
  'long-sentence': {
    why: 'Long sentences are hard to follow, and the panel reads many applications.',
    fix: 'Split it where the idea changes: one action and its result per sentence.',
  },
};

const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'of']);
const WE = new Set(['we', "we've", "we'd", "we'll", "we're"]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IRREGULAR_PARTICIPLES = new Set([
  'done',
  'made',
  'built',
  'taken',
  'given',
  'written',
  'shown',
  'seen',
  'found',
  'held',
  'kept',
  'led',
  'sent',
  'brought',
  'chosen',
  'drawn',
  'driven',
  'known',
  'paid',
  'laid',
  'sold',
  'told',
  'taught',
  'bought',
  'undertaken',
  'overseen',
]);
// Participles that mostly describe rather than hide an actor ("was based in", "is experienced").
const DESCRIPTIVE = new Set([
  'based',
  'located',
  'called',
  'named',
  'qualified',
  'registered',
  'interested',
  'experienced',
  'involved',
  'used',
  'supposed',
  'pleased',
  'related',
  'concerned',
  'skilled',
  'dedicated',
  'detailed',
  'complicated',
  'advanced',
  'limited',
  'required',
  'expected',
  'needed',
  'seconded',
  'employed',
  'promoted',
  'tasked',
  'asked',
  'trusted',
]);
const OUTCOME_WORDS = new Set([
  'result',
  'results',
  'resulted',
  'resulting',
  'outcome',
  'meant',
  'meaning',
  'saved',
  'saving',
  'savings',
  'reduced',
  'reducing',
  'cut',
  'improved',
  'increased',
  'fell',
  'dropped',
  'halved',
  'doubled',
  'achieved',
  'delivered',
  'enabled',
  'allowed',
  'allowing',
  'approved',
  'accepted',
  'adopted',
  'passed',
  'won',
  'successfully',
  'successful',
  'avoided',
  'prevented',
  'early',
  'rose',
  'gained',
  'secured',
]);
// Short forms any panel knows; everything else is expected to be spelled out once.
const KNOWN_ACRONYMS = new Set([
  'UK',
  'EU',
  'USA',
  'IET',
  'ICT',
  'IT',
  'CPD',
  'HNC',
  'HND',
  'MSC',
  'BSC',
  'BENG',
  'MENG',
  'PHD',
  'ISO',
  'BS',
  'EN',
  'IEC',
  'CEO',
  'HR',
  'OK',
  'AM',
  'PM',
  'NHS',
  'PC',
  'TV',
  'PDF',
  'USB',
  'CV',
  'GCSE',
  'LED',
  'MD',
  'HQ',
  'ID',
  'II',
  'III',
  'IV',
]);

/** A level-words entry compiled once per category. */
const levelIndexes = new Map<CategoryId, PatternIndex<LevelWords>>();

function levelIndex(category: CategoryId): PatternIndex<LevelWords> {
  const cached = levelIndexes.get(category);
  if (cached) return cached;
  const index = new PatternIndex<LevelWords>();
  for (const entry of LEVEL_WORDS) {
    if (!entry.categories.includes(category)) continue;
    for (const p of entry.phrases) index.add(verbPattern(p), entry);
  }
  levelIndexes.set(category, index);
  return index;
}

/** The red-pen marks for `text` at the level of `category`, in the order they appear. */
export function checkLevel(text: string, category: CategoryId): LevelFlag[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const readable = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const defined = definedAcronyms(readable);
  const seenAcronyms = new Set<string>();
  const index = levelIndex(category);
  const out: LevelFlag[] = [];
  for (const paragraph of paragraphs(readable)) {
    if (paragraph.end - paragraph.start > MAX_PARAGRAPH) continue;
    const ws = words(readable, paragraph);
    const flag = (kind: LevelFlagKind, ranges: TextRange[], ruleId: string = kind, advice = ADVICE[kind as keyof typeof ADVICE]) => {
      const first = ranges[0]!;
      const last = ranges[ranges.length - 1]!;
      out.push({ kind, ruleId, paragraph, ranges, quote: readable.slice(first.start, last.end), why: advice.why, fix: advice.fix });
    };

    const we = ws.filter((w) => WE.has(w.word));
    if (we.length > 0) flag('we', we);

    for (const s of sentences(ws)) {
      for (const range of passives(s.words)) flag('passive', [range]);
      if (s.words.length > LONG_SENTENCE_WORDS) flag('long-sentence', [s.range]);
    }

    let levelEnd = -1;
    for (let i = 0; i < ws.length; i++) {
      // After "the" or "a", "support" or "help" is a noun ("with the help of").
      if (i > 0 && DETERMINERS.has(ws[i - 1]!.word) && ws[i - 1]!.sentence === ws[i]!.sentence) continue;
      for (const { value, length } of index.at(ws, i)) {
        if (value.direction === 'below' && developsOthers(ws, i + length)) continue;
        const range = { start: ws[i]!.start, end: ws[i + length - 1]!.end };
        // "was involved in" is one mark, not one for each way of reading it.
        if (range.start < levelEnd) continue;
        levelEnd = range.end;
        flag(value.direction === 'below' ? 'below-level' : 'above-level', [range], value.id, value);
      }
    }

    if (!mostlyCapitals(readable, paragraph)) {
      for (const w of ws) {
        const acronym = acronymOf(readable.slice(w.start, w.end));
        if (acronym === null || seenAcronyms.has(acronym)) continue;
        seenAcronyms.add(acronym);
        if (!KNOWN_ACRONYMS.has(acronym.toUpperCase()) && !defined.has(acronym)) flag('acronym', [w]);
      }
    }

    if (ws.length >= NARRATION_WORDS && !hasOutcome(readable, paragraph, ws)) flag('no-outcome', [paragraph]);
  }
  return out.sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start);
}

/** A stable key for remembering that the applicant dismissed a flag: survives edits elsewhere. */
export function flagKey(flag: LevelFlag): string {
  const quote = flag.kind === 'no-outcome' || flag.kind === 'long-sentence' ? flag.quote.slice(0, 80) : flag.quote;
  return `${flag.ruleId}:${quote.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Whether a passage overlaps a below-level flag (for the coverage matrix's "only below level"). */
export function isBelowLevel(flags: readonly LevelFlag[], range: TextRange): boolean {
  return flags.some((f) => f.kind === 'below-level' && f.ranges.some((r) => r.start < range.end && range.start < r.end));
}

/** "was tested", "were quickly installed", "has been agreed": be, an optional -ly word, a participle, not "by me". */
function passives(ws: readonly Word[]): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    if (!BE.has(ws[i]!.word)) continue;
    let j = i + 1;
    if (ws[j]!.word.endsWith('ly') && j + 1 < ws.length) j++;
    const p = ws[j]!.word;
    const participle = (p.length > 4 && p.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(p);
    if (!participle || DESCRIPTIVE.has(p)) continue;
    if (ws[j + 1]?.word === 'by' && ['me', 'myself'].includes(ws[j + 2]?.word ?? '')) continue;
    out.push({ start: ws[i]!.start, end: ws[j]!.end });
  }
  return out;
}

function developsOthers(ws: readonly Word[], from: number): boolean {
  for (let j = from; j < Math.min(ws.length, from + 4); j++) if (DEVELOPING_OTHERS.includes(ws[j]!.word)) return true;
  return false;
}

function hasOutcome(text: string, paragraph: TextRange, ws: readonly Word[]): boolean {
  if (ws.some((w) => OUTCOME_WORDS.has(w.word))) return true;
  // A percentage or a sum of money is an outcome as often as not.
  return /\d\s?%|[£$€]\s?\d/.test(text.slice(paragraph.start, paragraph.end));
}

/** "SCADA" or "PLCs" → the acronym; anything else → null. */
function acronymOf(written: string): string | null {
  const m = /^([A-Z][A-Z0-9&]{1,7})s?$/.exec(written);
  if (m === null) return null;
  const letters = m[1]!.replace(/[^A-Z]/g, '');
  return letters.length >= 2 ? m[1]! : null;
}

/** Short forms the text explains somewhere: "… (SCADA)" or "SCADA (…". */
function definedAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(([A-Z][A-Z0-9&]{1,7})s?\)/g)) out.add(m[1]!);
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9&]{1,7})s? \(/g)) out.add(m[1]!);
  return out;
}

/** A heading or a pasted table in capitals is not full of acronyms. */
function mostlyCapitals(text: string, range: TextRange): boolean {
  const slice = text.slice(range.start, range.end);
  const upper = slice.replace(/[^A-Z]/g, '').length;
  const lower = slice.replace(/[^a-z]/g, '').length;
  return upper > lower;
}
