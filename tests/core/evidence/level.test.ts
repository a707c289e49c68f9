// The level check marks what makes a panel unsure of the applicant's part or level, with why and
// how to fix it, on the words concerned.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkLevel, flagKey, isBelowLevel } from '../../../core/evidence/level.ts';
import type { LevelFlag, LevelFlagKind } from '../../../core/evidence/types.ts';
import type { CategoryId } from '../../../core/types.ts';

const kinds = (text: string, category: CategoryId = 'CEng') => checkLevel(text, category).map((f) => f.kind);
const of = (text: string, kind: LevelFlagKind, category: CategoryId = 'CEng'): LevelFlag[] =>
  checkLevel(text, category).filter((f) => f.kind === kind);
const quotes = (text: string, flags: LevelFlag[]) => flags.flatMap((f) => f.ranges.map((r) => text.slice(r.start, r.end)));

describe('checkLevel', () => {
  test('"we" is marked on each use, with why and how to fix it', () => {
    const text = 'We designed the new intake screen and we commissioned it in May, which I then tested.';
    const [flag] = of(text, 'we');
    expect(quotes(text, [flag!])).toEqual(['We', 'we']);
    expect(flag!.why).toMatch(/what you did yourself/);
    expect(flag!.fix).toMatch(/“I”/);
    expect(kinds('I designed the new intake screen.')).not.toContain('we');
  });

  test('a passive sentence that hides who acted is marked; a description or "by me" is not', () => {
    const text = 'The relays were tested and the report was quickly written.';
    expect(quotes(text, of(text, 'passive'))).toEqual(['were tested', 'was quickly written']);
    expect(kinds('I was based in Leeds and was involved from the start.')).not.toContain('passive');
    expect(kinds('The scheme was designed by me.')).not.toContain('passive');
  });

  test('a long paragraph of narration with no outcome is marked; naming the result clears it', () => {
    const narration =
      'I was asked to look at the pumping station controls. I visited the site with the operators and went through the alarm history with them. ' +
      'I then reviewed the control philosophy and compared it with the drawings that were held in the archive.';
    expect(kinds(narration)).toContain('no-outcome');
    expect(kinds(`${narration} The changes I made cut call-outs by 40%.`)).not.toContain('no-outcome');
    expect(kinds('I reviewed the control philosophy.')).not.toContain('no-outcome');
  });

  test('supporting words read below the CEng level, but not when developing others, and not for IEng', () => {
    const text = 'I helped the project manager with the programme and supported two graduates through their training.';
    expect(quotes(text, of(text, 'below-level'))).toEqual(['helped']);
    expect(of('I contributed to the design of the drainage.', 'below-level', 'IEng')).toEqual([]);
    expect(of('I contributed to the design of the drainage.', 'below-level', 'CEng')).toHaveLength(1);
    expect(of('I was involved in the commissioning.', 'below-level', 'CEng')).toHaveLength(1);
    expect(of('With the help of the client I finished early.', 'below-level', 'CEng')).toEqual([]);
  });

  test('strategy reads above the EngTech level, watching reads below it', () => {
    const text = 'I set the strategy for the maintenance department. Before that I shadowed the senior fitter.';
    expect(quotes(text, of(text, 'above-level', 'EngTech'))).toEqual(['set the strategy']);
    expect(quotes(text, of(text, 'below-level', 'EngTech'))).toEqual(['shadowed']);
    expect(of(text, 'above-level', 'CEng')).toEqual([]);
  });

  test('an unexplained acronym is marked at its first use only; an explained or well-known one is not', () => {
    const text = 'I upgraded the SCADA system and the PLCs. The SCADA alarms were then rationalised. I am an IET member.';
    expect(quotes(text, of(text, 'acronym'))).toEqual(['SCADA', 'PLCs']);
    const explained = 'I upgraded the supervisory control and data acquisition (SCADA) system. Later the SCADA servers moved.';
    expect(of(explained, 'acronym')).toEqual([]);
    expect(of('RESPONSIBILITIES AND ACHIEVEMENTS', 'acronym')).toEqual([]);
  });

  test('a very long sentence is marked', () => {
    const long = `I ${'checked the cable schedules and '.repeat(9)}signed them off.`;
    expect(kinds(long)).toContain('long-sentence');
    expect(kinds('I checked the cable schedules and signed them off.')).not.toContain('long-sentence');
  });

  test('flags are per paragraph, each naming its paragraph', () => {
    const text = 'We tested it.\nWe commissioned it.';
    expect(of(text, 'we').map((f) => text.slice(f.paragraph.start, f.paragraph.end))).toEqual(['We tested it.', 'We commissioned it.']);
  });

  test('a dismissal key survives edits elsewhere in the text', () => {
    const before = checkLevel('I helped the project manager.', 'CEng');
    const after = checkLevel('In 2020 I joined. I helped the project manager.', 'CEng');
    expect(flagKey(after.find((f) => f.kind === 'below-level')!)).toBe(flagKey(before.find((f) => f.kind === 'below-level')!));
  });

  test('isBelowLevel tells whether a passage holds below-level words', () => {
    const text = 'I led the outage. I helped with the budget.';
    const flags = checkLevel(text, 'CEng');
    expect(isBelowLevel(flags, { start: 0, end: 17 })).toBe(false);
    expect(isBelowLevel(flags, { start: 18, end: text.length })).toBe(true);
  });
});

describe('hostile input gives no error and only ranges inside the text', () => {
  const valid = (text: string, category: CategoryId) => {
    for (const f of checkLevel(text, category)) {
      for (const r of f.ranges) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(text.length);
        expect(r.start).toBeLessThan(r.end);
      }
    }
  };

  test('100,000 characters, emoji, right-to-left text and pasted tables', () => {
    valid('We were asked to help. '.repeat(4500), 'CEng');
    valid('👩🏽‍🔧 We tested the 🇬🇧 relays. خططت لبرنامج التشغيل\n| A | B |\n|---|---|\n| SCADA | PLC |', 'EngTech');
  });

  test('any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), fc.constantFrom<CategoryId>('CEng', 'IEng', 'EngTech', 'ICTTech'), valid),
      { numRuns: 300 },
    );
  });
});
