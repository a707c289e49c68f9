// Suggesting competences for each paragraph of a role, offline and explainably: every suggestion
// carries the words that triggered it and the rule behind them. The same function serves the
// workbook, the companion on Career Manager and the evaluation in `npm run bench`.
import type { CategoryId, CompetenceCode } from '../types.ts';
import { matchAt, type Pattern, PatternIndex, phrasePattern, verbPattern } from './lexicon.ts';
import { ICT_TECH_3_RULES } from './rules/ict-tech-3.ts';
import { UK_SPEC_4_RULES } from './rules/uk-spec-4.ts';
import { MAX_CHARS, MAX_PARAGRAPH, paragraphs, type Word, words } from './text.ts';
import type { Suggestion, SuggestionRule, TextRange, Trigger } from './types.ts';

/** How many words after a verb its object may come ("planned the whole commissioning programme"). */
const OBJECT_WINDOW = 7;
/** Weight a competence needs in one paragraph before it is suggested (1 also shows single weak hints). */
const THRESHOLD = 2;

/** Every suggestion rule, both standards. */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [...UK_SPEC_4_RULES, ...ICT_TECH_3_RULES];

interface Compiled {
  starts: PatternIndex<{ rule: SuggestionRule; kind: 'phrase' | 'verb' }>;
  objects: Map<SuggestionRule, Pattern[]>;
}

const compiled = new Map<CategoryId, Compiled>();

function compile(category: CategoryId): Compiled {
  const cached = compiled.get(category);
  if (cached) return cached;
  const starts = new PatternIndex<{ rule: SuggestionRule; kind: 'phrase' | 'verb' }>();
  const objects = new Map<SuggestionRule, Pattern[]>();
  for (const rule of SUGGESTION_RULES) {
    if (!rule.categories.includes(category)) continue;
    for (const p of rule.phrases ?? []) starts.add(phrasePattern(p), { rule, kind: 'phrase' });
    if (rule.verbs && rule.objects) {
      for (const v of rule.verbs) starts.add(verbPattern(v), { rule, kind: 'verb' });
      objects.set(rule, rule.objects.map(phrasePattern));
    }
  }
  const result = { starts, objects };
  compiled.set(category, result);
  return result;
}

// A verb's object does not reach past a word that starts a new clause ("…a method that the team uses")
// or an adjunct ("built the cost plan with the commercial team").
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'so',
  'while',
  'when',
  'where',
  'after',
  'before',
  'until',
  'but',
  'with',
]);
// After one of these, a verb's word is a noun or an adjective ("as lead engineer", "the design").
const DETERMINERS = new Set(['a', 'an', 'the', 'as', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that', 'each', 'every', 'any']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's"]);

/** Whether the word at ws[i] is used as a verb with an object: not a noun, not passive, not part of a title. */
function actsAsVerb(text: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i]!;
  const before = ws[i - 1]?.sentence === w.sentence ? ws[i - 1] : undefined;
  if (before && DETERMINERS.has(before.word)) return false;
  // "is safely installed, lifting…": a passive verb has no object of its own.
  const twoBefore = before && ws[i - 2]?.sentence === w.sentence ? ws[i - 2] : undefined;
  if (
    !w.word.endsWith('ing') &&
    ((before && BE.has(before.word)) || (twoBefore && BE.has(twoBefore.word) && before!.word.endsWith('ly')))
  ) {
    return false;
  }
  // A capital inside a sentence is a name or a job title ("IT Support Analyst").
  const first = text.charAt(w.start);
  return before === undefined || first === first.toLowerCase();
}

/** The end (word index, exclusive) of the last object that follows a verb within the window, or -1. */
function objectEnd(objects: Pattern[], ws: readonly Word[], from: number): number {
  let end = -1;
  const sentence = ws[from - 1]?.sentence;
  for (let j = from; j < ws.length && j < from + OBJECT_WINDOW && ws[j]!.sentence === sentence && !CLAUSE_WORDS.has(ws[j]!.word); j++) {
    for (const p of objects) {
      const n = matchAt(p, ws, j);
      if (n > 0 && j + n > end) end = j + n;
    }
  }
  return end;
}

/** The triggers of every rule in one paragraph's words. */
function triggersIn(text: string, ws: readonly Word[], c: Compiled): { rule: SuggestionRule; trigger: Trigger }[] {
  const out: { rule: SuggestionRule; trigger: Trigger }[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const { value, length } of c.starts.at(ws, i)) {
      let last = i + length;
      if (value.kind === 'verb') {
        if (!actsAsVerb(text, ws, i)) continue;
        last = objectEnd(c.objects.get(value.rule)!, ws, i + length);
        if (last < 0) continue;
      }
      const start = ws[i]!.start;
      const end = ws[last - 1]!.end;
      out.push({ rule: value.rule, trigger: { ruleId: value.rule.id, start, end, quote: text.slice(start, end) } });
    }
  }
  return out;
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Suggested competences for each paragraph of `text`, at the level of `category`, with their triggers. */
export function suggestCompetences(text: string, category: CategoryId, threshold: number = THRESHOLD): Suggestion[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const c = compile(category);
  const readable = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const out: Suggestion[] = [];
  for (const paragraph of paragraphs(readable)) {
    if (paragraph.end - paragraph.start > MAX_PARAGRAPH) continue;
    const byCode = new Map<CompetenceCode, { weight: number; triggers: Trigger[]; rules: SuggestionRule[] }>();
    for (const { rule, trigger } of triggersIn(readable, words(readable, paragraph), c)) {
      const entry = byCode.get(rule.code) ?? { weight: 0, triggers: [], rules: [] };
      // Words already counted for this competence do not count twice.
      if (entry.triggers.some((t) => overlaps(t, trigger))) continue;
      entry.weight += rule.weight ?? 2;
      entry.triggers.push(trigger);
      entry.rules.push(rule);
      byCode.set(rule.code, entry);
    }
    for (const [code, entry] of byCode) {
      if (entry.weight < threshold) continue;
      out.push({ code, paragraph, triggers: entry.triggers, explanation: explain(code, entry.triggers, entry.rules) });
    }
  }
  return out.sort((a, b) => a.paragraph.start - b.paragraph.start || a.code.localeCompare(b.code));
}

/** "C1: you wrote “planned the commissioning programme and budget” (planning how the work is delivered)". */
function explain(code: CompetenceCode, triggers: Trigger[], rules: SuggestionRule[]): string {
  // The strongest trigger leads; a second one is named when the first alone would not have been enough.
  const order = triggers.map((t, i) => ({ t, rule: rules[i]! })).sort((a, b) => (b.rule.weight ?? 2) - (a.rule.weight ?? 2));
  const [first] = order;
  // The second named is another wording: "“safety” and “safety”" says nothing twice.
  const second = order.find((o) => o.t.quote.toLowerCase() !== first!.t.quote.toLowerCase());
  // Curly quotes inside the applicant's words become straight ones, so the quote does not nest.
  const quoted = (t: Trigger) => `“${t.quote.replace(/[“”]/g, '"')}”`;
  const words = second && (first!.rule.weight ?? 2) < THRESHOLD ? `${quoted(first!.t)} and ${quoted(second.t)}` : quoted(first!.t);
  return `${code}: you wrote ${words} (${first!.rule.shows})`;
}
