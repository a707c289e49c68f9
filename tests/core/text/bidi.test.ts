// Text from files and Career Manager pages may leave a bidi override open and reverse the words
// shown after it; closeBidi closes what is open, keeping every character.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeBidi } from '../../../core/text/bidi.ts';
import { leavesNothingOpen } from './bidi-oracle.ts';

const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
/** Text that is mostly bidi controls, with letters, Hebrew, line breaks and emoji between them. */
const bidiText = fc
  .array(fc.constantFrom(...CONTROLS, ...CONTROLS, 'a', 'CEng', 'שלום', ' ', '\n', '👍🏽'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(bidiText, fc.string({ unit: 'binary' }));

describe('closeBidi', () => {
  test('keeps every character: the output starts with the input, and adds only closers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = closeBidi(text);
        expect(out.startsWith(text)).toBe(true);
        expect(out.slice(text.length)).toMatch(/^[\u202c\u2069]*$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('leaves nothing open, as the Unicode Bidirectional Algorithm reads it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(leavesNothingOpen(closeBidi(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('is idempotent, and changes nothing that is already closed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = closeBidi(text);
        expect(closeBidi(once)).toBe(once);
        if (leavesNothingOpen(text)) expect(once).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('closes an override at the end of a name, an isolate with what is open inside it, and past the depth limit', () => {
    expect(closeBidi('Ada CEng \u202e')).toBe('Ada CEng \u202e\u202c');
    expect(closeBidi('\u2067x\u202bש')).toBe('\u2067x\u202bש\u202c\u2069');
    // A PDF cannot close an isolate, nor a PDI an embedding: both stray closers are kept and count for nothing.
    expect(closeBidi('\u2066a\u202c')).toBe('\u2066a\u202c\u2069');
    expect(closeBidi('\u202ea\u2069')).toBe('\u202ea\u2069\u202c');
    const deep = `${'\u202b'.repeat(130)}x`;
    expect(leavesNothingOpen(closeBidi(deep))).toBe(true);
    expect(closeBidi('Plain words')).toBe('Plain words');
  });
});
