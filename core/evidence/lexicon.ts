// Word patterns for the rules: verbs written once in their base form and matched in every form
// ("plan" matches planned, planning), nouns in singular and plural, phrases as word sequences,
// and `word*` for any word that begins so. Matching works on the words of text.ts.
import type { Word } from './text.ts';

// Irregular forms, and verbs that double their last consonant (plan → planned).
const IRREGULAR: Record<string, string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  become: ['became', 'becomes', 'becoming'],
  begin: ['began', 'begun', 'begins', 'beginning'],
  bring: ['brought', 'brings', 'bringing'],
  build: ['built', 'builds', 'building'],
  buy: ['bought', 'buys', 'buying'],
  choose: ['chose', 'chosen', 'chooses', 'choosing'],
  deal: ['dealt', 'deals', 'dealing'],
  do: ['did', 'done', 'does', 'doing'],
  draw: ['drew', 'drawn', 'draws', 'drawing'],
  drive: ['drove', 'driven', 'drives', 'driving'],
  find: ['found', 'finds', 'finding'],
  get: ['got', 'gets', 'getting'],
  give: ['gave', 'given', 'gives', 'giving'],
  go: ['went', 'gone', 'goes', 'going'],
  hold: ['held', 'holds', 'holding'],
  keep: ['kept', 'keeps', 'keeping'],
  lead: ['led', 'leads', 'leading'],
  learn: ['learned', 'learnt', 'learns', 'learning'],
  make: ['made', 'makes', 'making'],
  meet: ['met', 'meets', 'meeting'],
  oversee: ['oversaw', 'overseen', 'oversees', 'overseeing'],
  put: ['puts', 'putting'],
  run: ['ran', 'runs', 'running'],
  see: ['saw', 'seen', 'sees', 'seeing'],
  seek: ['sought', 'seeks', 'seeking'],
  send: ['sent', 'sends', 'sending'],
  set: ['sets', 'setting'],
  show: ['showed', 'shown', 'shows', 'showing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  spend: ['spent', 'spends', 'spending'],
  take: ['took', 'taken', 'takes', 'taking'],
  teach: ['taught', 'teaches', 'teaching'],
  tell: ['told', 'tells', 'telling'],
  think: ['thought', 'thinks', 'thinking'],
  undertake: ['undertook', 'undertaken', 'undertakes', 'undertaking'],
  understand: ['understood', 'understands', 'understanding'],
  win: ['won', 'wins', 'winning'],
  write: ['wrote', 'written', 'writes', 'writing'],
  cut: ['cuts', 'cutting'],
};

// One-syllable or end-stressed verbs whose last consonant doubles; -l verbs take both spellings.
const DOUBLES = new Set([
  'plan',
  'stop',
  'ship',
  'commit',
  'control',
  'submit',
  'refer',
  'transfer',
  'equip',
  'scan',
  'map',
  'log',
  'plug',
  'tag',
  'trim',
  'fit',
  'step',
  'permit',
  'admit',
  'omit',
  'program',
  'chat',
  'rig',
  'prefer',
  'regret',
  'upskill',
]);
const DOUBLE_L = /[^aeiou][aeiou]l$/;

/** Every form of a verb given in its base form: plan → plan, plans, planned, planning. */
function verbForms(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  if (DOUBLES.has(base)) {
    const d = base + base.charAt(base.length - 1);
    return [base, `${base}s`, `${d}ed`, `${d}ing`];
  }
  if (DOUBLE_L.test(base) && base.length > 4) {
    // model → modelled (UK) and modeled (US)
    return [base, `${base}s`, `${base}led`, `${base}ling`, `${base}ed`, `${base}ing`];
  }
  if (base.endsWith('ee')) return [base, `${base}s`, `${base}d`, `${base}ing`];
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

/** A noun in singular and plural: budget → budget, budgets; activity → activities. */
function nounForms(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(noun)) return [noun, `${noun}es`];
  return [noun, `${noun}s`];
}

/** One position of a pattern: any of a set of words, or any word beginning with a prefix. */
type Slot = { words: ReadonlySet<string> } | { prefix: string };

/** A sequence of slots matched against consecutive words of one sentence. */
export type Pattern = Slot[];

function slot(word: string, forms: (w: string) => string[]): Slot {
  if (word.endsWith('*')) return { prefix: word.slice(0, -1) };
  return { words: new Set(forms(word)) };
}

function split(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter((w) => w.length > 0);
}

const exactly = (w: string) => [w];

/** A phrase as written: every word literal, except the last, which also matches its plural. */
export function phrasePattern(phrase: string): Pattern {
  const ws = split(phrase);
  return ws.map((w, i) => slot(w, i === ws.length - 1 ? nounForms : exactly));
}

/** A verb phrase: the first word in every verb form, the rest literal ("carry out" → carried out). */
export function verbPattern(verb: string): Pattern {
  return split(verb).map((w, i) => slot(w, i === 0 ? verbForms : exactly));
}

function fits(s: Slot, word: string): boolean {
  return 'words' in s ? s.words.has(word) : word.startsWith(s.prefix);
}

/** How many words a pattern matches at ws[i] within one sentence (0 when it does not). */
export function matchAt(pattern: Pattern, ws: readonly Word[], i: number): number {
  const sentence = ws[i]?.sentence;
  for (let k = 0; k < pattern.length; k++) {
    const w = ws[i + k];
    if (w === undefined || w.sentence !== sentence || !fits(pattern[k]!, w.word)) return 0;
  }
  return pattern.length;
}

/** The words a pattern can start with, for indexing; null when it starts with a prefix. */
function firstWords(pattern: Pattern): ReadonlySet<string> | null {
  const first = pattern[0];
  return first !== undefined && 'words' in first ? first.words : null;
}

/** Patterns indexed by their first word, so each word of a text looks up only its candidates. */
export class PatternIndex<T> {
  private readonly byWord = new Map<string, { pattern: Pattern; value: T }[]>();
  private readonly byPrefix: { pattern: Pattern; value: T }[] = [];

  add(pattern: Pattern, value: T): void {
    const first = firstWords(pattern);
    if (first === null) {
      this.byPrefix.push({ pattern, value });
      return;
    }
    for (const w of first) {
      const list = this.byWord.get(w);
      if (list) list.push({ pattern, value });
      else this.byWord.set(w, [{ pattern, value }]);
    }
  }

  /** Every pattern matching at ws[i], with the number of words it covers. */
  at(ws: readonly Word[], i: number): { value: T; length: number }[] {
    const out: { value: T; length: number }[] = [];
    const word = ws[i]!.word;
    for (const entry of this.byWord.get(word) ?? []) {
      const n = matchAt(entry.pattern, ws, i);
      if (n > 0) out.push({ value: entry.value, length: n });
    }
    for (const entry of this.byPrefix) {
      const n = matchAt(entry.pattern, ws, i);
      if (n > 0) out.push({ value: entry.value, length: n });
    }
    return out;
  }
}
