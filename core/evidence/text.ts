// Splitting a role's text into paragraphs, sentences and words, keeping every offset into the
// original text so that what is flagged or suggested can be shown where it was written.
import type { TextRange } from './types.ts';

/** Text beyond this is not read: nothing worse than no suggestion or flag for what follows. */
export const MAX_CHARS = 20_000;
/** A "paragraph" longer than this is not prose (a pasted table or a dump): it gets nothing. */
export const MAX_PARAGRAPH = 6_000;

/** A word of the text: its range, its lower-case form and the sentence it belongs to. */
export interface Word extends TextRange {
  word: string;
  sentence: number;
}

/** Paragraphs: the non-blank lines of the text, trimmed (a bullet point is a paragraph too). */
export function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0x3000;
}

// Letters and digits, with inner apostrophes ("client's", "didn’t"). Hyphens split words, so
// "fault-finding" reads as "fault finding", as the rules are written.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// A full stop after one of these does not end a sentence.
const ABBREVIATIONS = new Set([
  'eg',
  'ie',
  'etc',
  'approx',
  'incl',
  'vs',
  'no',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'fig',
  'ref',
  'inc',
  'ltd',
  'co',
]);

/** The words of `range` in `text`, numbered by sentence (sentences end at . ! ? followed by a space). */
export function words(text: string, range: TextRange): Word[] {
  const out: Word[] = [];
  const slice = text.slice(range.start, range.end);
  let sentence = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    if (out.length > 0 && endsSentence(slice, last, m.index, out[out.length - 1]!.word)) sentence++;
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, word: m[0].toLowerCase().replace(/’/g, "'"), sentence });
    last = m.index + m[0].length;
  }
  return out;
}

/** Whether the gap between two words (slice[from, to)) ends a sentence. */
function endsSentence(slice: string, from: number, to: number, previous: string): boolean {
  const gap = slice.slice(from, to);
  const stop = gap.search(/[.!?](?=[\s"'’”)\]]|$)/);
  if (stop < 0) return false;
  if (gap.charAt(stop) === '.' && stop === 0 && (ABBREVIATIONS.has(previous) || isInitial(previous))) {
    // "e.g." ends in the single letter "g"; "J. Smith" is an initial.
    return /[!?]/.test(gap);
  }
  return true;
}

function isInitial(word: string): boolean {
  return word.length === 1 && word !== 'i' && /\p{L}/u.test(word);
}

/** Sentences of a paragraph as ranges, from its words. */
export function sentences(ws: Word[]): { range: TextRange; words: Word[] }[] {
  const out: { range: TextRange; words: Word[] }[] = [];
  let current: { range: TextRange; words: Word[] } | undefined;
  for (const w of ws) {
    if (current && current.words[0]!.sentence === w.sentence) {
      current.words.push(w);
      current.range.end = w.end;
    } else {
      current = { range: { start: w.start, end: w.end }, words: [w] };
      out.push(current);
    }
  }
  return out;
}
