// Passage links survive edits: found again exactly or approximately, and orphaned (never lost)
// when their words are gone.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorPassage, reanchor, selectPassage } from '../../../core/evidence/anchor.ts';

const ROLE =
  'I joined the protection team in 2019. I planned the commissioning programme and budget for the substation extension. ' +
  'The site team installed the new panels. I tested the relay settings with the client and agreed the handover date.';

function rangeOf(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length };
}

describe('anchoring a passage', () => {
  const passage = 'I planned the commissioning programme and budget for the substation extension.';
  const selector = selectPassage(ROLE, rangeOf(ROLE, passage));

  test('the selector keeps the quote, some context either side and the position', () => {
    expect(selector.exact).toBe(passage);
    const start = ROLE.indexOf(passage);
    expect(selector.start).toBe(start);
    expect(selector.prefix).toBe(ROLE.slice(start - 32, start));
    expect(selector.suffix).toBe(ROLE.slice(start + passage.length, start + passage.length + 32));
  });

  test('text added before the passage moves it, and it is found where it went', () => {
    const edited = `Graduate scheme first. ${ROLE}`;
    const a = anchorPassage(edited, selector);
    expect(a.status).toBe('anchored');
    if (a.status === 'anchored') {
      expect(edited.slice(a.start, a.end)).toBe(passage);
      expect(a.fuzzy).toBe(false);
    }
  });

  test('a word changed inside the passage is found approximately, covering the edited words', () => {
    const edited = ROLE.replace('programme and budget', 'programme, budget');
    const a = anchorPassage(edited, selector);
    expect(a.status).toBe('anchored');
    if (a.status === 'anchored') {
      expect(a.fuzzy).toBe(true);
      expect(edited.slice(a.start, a.end)).toContain('commissioning programme, budget for the substation');
    }
  });

  test('deleting the passage orphans the link instead of moving it to other words', () => {
    const edited = ROLE.replace(`${passage} `, '');
    expect(anchorPassage(edited, selector)).toEqual({ status: 'orphaned' });
  });

  test('rewriting the passage completely orphans it', () => {
    const edited = ROLE.replace(passage, 'Later I moved to the design office in Leeds to work on rail projects.');
    expect(anchorPassage(edited, selector).status).toBe('orphaned');
  });

  test('of two identical sentences, the one whose surroundings match is chosen', () => {
    const text = 'Project A: I tested the relays. Then we left. Project B: I tested the relays. Then we stayed.';
    const second = text.lastIndexOf('I tested the relays.');
    const s = selectPassage(text, { start: second, end: second + 'I tested the relays.'.length });
    const edited = `Intro. ${text}`;
    const a = anchorPassage(edited, s);
    expect(a).toMatchObject({ status: 'anchored', start: edited.lastIndexOf('I tested the relays.') });
  });

  test('reanchor refreshes the selector from the edited text, so later edits start from there', () => {
    const edited = ROLE.replace('programme and budget', 'programme, budget');
    const { anchoring, selector: fresh } = reanchor(edited, selector);
    expect(anchoring.status).toBe('anchored');
    expect(fresh.exact).toContain('programme, budget');
    expect(anchorPassage(edited, fresh)).toMatchObject({ status: 'anchored', fuzzy: false });
  });

  test('an empty quote is orphaned, and a selector out of range is clamped', () => {
    expect(anchorPassage(ROLE, { exact: '', prefix: '', suffix: '', start: 0 }).status).toBe('orphaned');
    expect(selectPassage('short', { start: -5, end: 500 })).toEqual({ exact: 'short', prefix: '', suffix: '', start: 0 });
  });
});

// Surrounding text from one alphabet, the passage from another, so it cannot reappear by chance.
const around = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', ' ', '.', '\n'), maxLength: 300 });
const passageArb = fc
  .array(fc.string({ unit: fc.constantFrom('p', 'q', 'r', 's', 't', 'u'), minLength: 3, maxLength: 9 }), { minLength: 2, maxLength: 8 })
  .map((ws) => ws.join(' '));

describe('properties', () => {
  test('edits anywhere outside the passage keep its anchor on the same words', () => {
    fc.assert(
      fc.property(
        around,
        passageArb,
        around,
        around,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (before, passage, after, insert, at, cut, inAfter) => {
          const text = before + passage + after;
          const s = selectPassage(text, { start: before.length, end: before.length + passage.length });
          // Edit one side: delete up to `cut` characters at a point, then insert other text there.
          let edited: string;
          let start: number;
          if (inAfter) {
            const p = at % (after.length + 1);
            const tail = after.slice(0, p) + insert + after.slice(Math.min(after.length, p + (cut % 20)));
            edited = before + passage + tail;
            start = before.length;
          } else {
            const p = at % (before.length + 1);
            const head = before.slice(0, p) + insert + before.slice(Math.min(before.length, p + (cut % 20)));
            edited = head + passage + after;
            start = head.length;
          }
          const a = anchorPassage(edited, s);
          expect(a).toEqual({ status: 'anchored', start, end: start + passage.length, fuzzy: false });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('deleting the passage orphans it, whatever surrounds it', () => {
    fc.assert(
      fc.property(around, passageArb, around, (before, passage, after) => {
        const s = selectPassage(before + passage + after, { start: before.length, end: before.length + passage.length });
        expect(anchorPassage(before + after, s)).toEqual({ status: 'orphaned' });
      }),
      { numRuns: 300 },
    );
  });

  test('any text and any selector give a valid range or an orphan, never an error', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.nat(500),
        (text, exact, start) => {
          const a = anchorPassage(text, { exact, prefix: exact.slice(0, 3), suffix: '', start });
          if (a.status === 'anchored') {
            expect(a.start).toBeGreaterThanOrEqual(0);
            expect(a.end).toBeLessThanOrEqual(text.length);
            expect(a.start).toBeLessThanOrEqual(a.end);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
