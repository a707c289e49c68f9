// Anchoring a passage in a text that keeps changing, as the W3C Web Annotation model does: keep
// the quoted words with a little context either side and the position they had, and find them
// again after edits. An exact copy is preferred; otherwise an approximate match (Myers' bit-vector
// search, from approx-string-match) is accepted only while the words and their surroundings still
// look like the passage. A passage that cannot be found is orphaned: the link is kept, never dropped.
import search from 'approx-string-match';
import type { Anchoring, PassageSelector, TextRange } from './types.ts';

/** Characters of context kept either side of the quote. */
const CONTEXT = 32;

// An approximate match is accepted when at most this share of the quote's characters changed
// and its surroundings still match, or when the quote is nearly intact whatever surrounds it.
const MAX_CHANGED = 0.3;
const NEARLY_INTACT = 0.9;
const CONTEXT_NEEDED = 0.75;

// Beyond this many exact copies, the first ones are enough to choose from.
const MAX_EXACT_CANDIDATES = 200;

/** The selector for text[start, end): the quote, up to 32 characters either side, and the position. */
export function selectPassage(text: string, range: TextRange): PassageSelector {
  const start = clamp(range.start, 0, text.length);
  const end = clamp(range.end, start, text.length);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
  };
}

/** Finds a passage in today's text: exactly if its words are there, approximately if they were edited, else orphaned. */
export function anchorPassage(text: string, selector: PassageSelector): Anchoring {
  const { exact } = selector;
  if (exact.length === 0) return { status: 'orphaned' };
  const exactHit = bestExact(text, selector);
  if (exactHit !== null) return { status: 'anchored', start: exactHit, end: exactHit + exact.length, fuzzy: false };

  const maxErrors = Math.floor(exact.length * MAX_CHANGED);
  if (maxErrors < 1) return { status: 'orphaned' };
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of search(text, exact, maxErrors)) {
    const quoteSimilarity = 1 - m.errors / exact.length;
    const context = contextSimilarity(text, m, selector);
    if (quoteSimilarity < NEARLY_INTACT && context < CONTEXT_NEEDED) continue;
    const score = quoteSimilarity * 4 + context * 2 - nearness(text, m.start, selector.start);
    if (best === null || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best === null ? { status: 'orphaned' } : { status: 'anchored', start: best.start, end: best.end, fuzzy: true };
}

/** Re-anchors a selector and, when found, refreshes it from today's text so later edits start from here. */
export function reanchor(text: string, selector: PassageSelector): { anchoring: Anchoring; selector: PassageSelector } {
  const anchoring = anchorPassage(text, selector);
  if (anchoring.status === 'orphaned') return { anchoring, selector };
  return { anchoring, selector: selectPassage(text, anchoring) };
}

/** The best exact copy of the quote: its context agrees most, then it is nearest the old position. */
function bestExact(text: string, selector: PassageSelector): number | null {
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let seen = 0;
  for (let at = text.indexOf(selector.exact); at >= 0 && seen < MAX_EXACT_CANDIDATES; at = text.indexOf(selector.exact, at + 1)) {
    seen++;
    const score = exactContext(text, at, selector) - nearness(text, at, selector.start);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** How many characters of context agree exactly, either side of a copy at `at`. */
function exactContext(text: string, at: number, { exact, prefix, suffix }: PassageSelector): number {
  let before = 0;
  while (before < prefix.length && text.charCodeAt(at - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++;
  let after = 0;
  const end = at + exact.length;
  while (after < suffix.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
  return before + after;
}

/** 0..1: how well the text around an approximate match agrees with the kept prefix and suffix. */
function contextSimilarity(text: string, range: TextRange, { prefix, suffix }: PassageSelector): number {
  const before = text.slice(Math.max(0, range.start - prefix.length), range.start);
  const after = text.slice(range.end, range.end + suffix.length);
  return (similarity(prefix, before) + similarity(suffix, after)) / 2;
}

function similarity(kept: string, actual: string): number {
  if (kept.length === 0) return actual.length === 0 ? 1 : 0.5;
  if (actual.length === 0) return 0;
  const [m] = search(actual, kept, Math.floor(kept.length / 2));
  return m === undefined ? 0 : 1 - m.errors / kept.length;
}

/** A small penalty (0..1) for distance from the old position, to break ties. */
function nearness(text: string, at: number, hint: number): number {
  return Math.abs(at - hint) / Math.max(1, text.length);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : min, min), max);
}
