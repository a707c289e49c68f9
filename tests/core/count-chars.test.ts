// countChars takes shortcuts (plain text without joining characters, a memo of recent long texts);
// these properties hold it to exactly what Intl.Segmenter counts, for any text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countChars } from '../../core/application/text.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
// A loop, not a spread: each segment holds a copy of the input, so a spread of a long text is huge.
function segmenterCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// Pieces that join or split graphemes, and characters either side of the shortcut's ranges.
const TRICKY = [
  'a',
  'Z',
  ' ',
  'é',
  '—',
  '€',
  '“',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u00AD',
  'e',
  '\u0301',
  '\u0308',
  '\u200C',
  '\u200D',
  '\uFE0F',
  '\uFE0E',
  '\u{E0100}',
  '🇬',
  '🇧',
  '\u{1F1FA}',
  '👍',
  '🏽',
  '👨',
  '👩',
  '👧',
  '❤',
  '\u{E0067}',
  '\u{E007F}',
  '🏴',
  '\u1100',
  '\u1161',
  '\u11A8',
  '각',
  '가',
  'क',
  '्',
  'ष',
  'ि',
  '\u0600',
  '\u0E33',
  '\u0BCD',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uDFFF',
  '\u02FF',
  '\u0300',
  '\u036F',
  '\u0370',
  '\u0482',
  '\u0483',
  '\u0489',
  '\u048A',
  '\u052F',
  '\u0530',
  '\u2010',
  '\u2027',
  '\u2028',
  '\u202E',
  '\u2030',
  '\u205E',
  '\u205F',
  '\u2060',
  '\u20C0',
  '\u20D0',
  '\u2100',
  '\u214F',
  '\u2150',
  '\u2190',
  '\u22FF',
  '\u2300',
  '\u3000',
  '中',
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 2 }),
  fc.integer({ min: 0, max: 0x2300 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const mixed = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
// Mostly plain text with the odd tricky character: the shortcut must notice every one.
const nearlyPlain = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom('a', ' ', 'é', '—', '\r\n', 'Ж', 'Ω'), weight: 5 },
    { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
  ),
  maxLength: 30,
});
const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', 'é', '—', '\r', '\n', '\r\n', '€'), maxLength: 60 });

describe('countChars agrees with Intl.Segmenter', () => {
  test('for arbitrary text: emoji, combining marks, flags, joiners, Hangul, CRLF, lone surrogates', () => {
    fc.assert(
      fc.property(mixed, (text) => countChars(text) === segmenterCount(text)),
      { numRuns: 5000 },
    );
  });

  test('for mostly plain text with the odd mark, joiner, selector or surrogate', () => {
    fc.assert(
      fc.property(nearlyPlain, (text) => countChars(text) === segmenterCount(text)),
      { numRuns: 3000 },
    );
  });

  test('for text of only plain letters, punctuation and line breaks (the shortcut)', () => {
    fc.assert(
      fc.property(plain, (text) => countChars(text) === segmenterCount(text)),
      { numRuns: 2000 },
    );
  });

  test('for long texts cut into pieces, with joiners and marks next to every possible cut', () => {
    const run = fc.constantFrom('The scheme was tested. ', 'ab', ' ', 'x\n', '\r\n', '\n');
    const long = fc.array(fc.oneof(piece, run, run), { minLength: 150, maxLength: 500 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(long, (text) => countChars(text) === segmenterCount(text)),
      { numRuns: 400 },
    );
  });

  test('for long texts counted again after edits and after other texts (the memo)', () => {
    const long = fc.tuple(mixed, fc.integer({ min: 10, max: 40 })).map(([t, n]) => `${t}👍🏽 `.repeat(n));
    fc.assert(
      fc.property(fc.array(long, { minLength: 1, maxLength: 80 }), fc.nat(), (texts, pick) => {
        for (const t of texts) if (countChars(t) !== segmenterCount(t)) return false;
        const again = texts[pick % texts.length]!;
        const edited = `${again}e\u0301`;
        return countChars(again) === segmenterCount(again) && countChars(edited) === segmenterCount(edited);
      }),
      { numRuns: 100 },
    );
  });

  test('for a career history of plain text, including Windows line endings', () => {
    const text = 'Led the design review of the substation protection scheme.\r\n'.repeat(200);
    expect(countChars(text)).toBe(segmenterCount(text));
    expect(countChars(text)).toBe(text.length - 200);
  });
});
