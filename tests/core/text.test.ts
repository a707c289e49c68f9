import { describe, expect, test } from 'vitest';
import { editApplication } from '../../core/application/edit.ts';
import { countChars, estimatePages, lengthWarnings, roleChars } from '../../core/application/text.ts';
import { filledDraft, LIMITS, must, role, T1 } from './fixtures.ts';

describe('counting characters', () => {
  test('counts characters as people see them: accents, emoji and line breaks count once', () => {
    expect(countChars('')).toBe(0);
    expect(countChars('abc')).toBe(3);
    expect(countChars('e\u0301')).toBe(1);
    expect(countChars('👍🏽')).toBe(1);
    expect(countChars('👨‍👩‍👧')).toBe(1);
    expect(countChars('a\r\nb')).toBe(3);
  });

  test('a role counts its Responsibilities and Personal Achievements together', () => {
    expect(roleChars(role('r', 'X', { responsibilities: 'abcd', achievements: 'éé' }))).toBe(6);
  });
});

describe('length guidance', () => {
  const withRoles = (sizes: number[]) =>
    must(
      editApplication(
        filledDraft(),
        { roles: sizes.map((n, i) => role(`r${i}`, `Employer ${i}`, { responsibilities: 'x'.repeat(n), achievements: '' })) },
        T1,
      ),
    );

  test('page estimates grow with the text and use the characters-per-page setting', () => {
    const small = estimatePages(withRoles([3000]), LIMITS);
    const large = estimatePages(withRoles([3000, 3000, 3000]), LIMITS);
    expect(large.career).toBeGreaterThan(small.career);
    expect(large.career).toBeGreaterThanOrEqual(3);
    expect(large.total).toBeGreaterThanOrEqual(large.career);
    const denser = estimatePages(withRoles([3000, 3000, 3000]), { ...LIMITS, charsPerPage: 6000 });
    expect(denser.career).toBeLessThan(large.career);
  });

  test('a role over about 3,000 characters is flagged, naming the role', () => {
    const warnings = lengthWarnings(withRoles([2900, 3400]), LIMITS);
    expect(warnings.map((w) => w.code)).toEqual(['role-too-long']);
    expect(warnings[0]?.message).toBe('Role 2 (Employer 1) has 3,400 characters; aim for about 3,000.');
    expect(lengthWarnings(withRoles([3400]), { ...LIMITS, charsPerRole: 4000 })).toEqual([]);
  });

  test('a career history over 5 pages is flagged', () => {
    const warnings = lengthWarnings(withRoles([2900, 2900, 2900, 2900, 2900, 2900]), LIMITS);
    expect(warnings.map((w) => w.code)).toEqual(['career-too-long']);
    expect(warnings[0]?.message).toMatch(/the IET's guide for every application is 4–5/);
  });

  test('an application over 12 pages is flagged, saying the 12-page limit is stated for paper applications', () => {
    const warnings = lengthWarnings(withRoles(Array.from({ length: 13 }, () => 2950)), LIMITS);
    expect(warnings.map((w) => w.code)).toEqual(['career-too-long', 'application-too-long']);
    expect(warnings[1]?.message).toMatch(
      /limit of 12 pages is stated for paper applications.*career history guide of 4–5 pages applies to every application/,
    );
  });
});
