import { describe, expect, test } from 'vitest';
import { DEFAULT_CPD_SETTINGS } from '../../../core/development/constants.ts';
import {
  cpdEntryProblems,
  cpdTotals,
  cpdYearLabel,
  cpdYearOf,
  cpdYearRange,
  describeYear,
  missingTypes,
  normaliseCpdSettings,
} from '../../../core/development/cpd.ts';
import { entry } from './entries.ts';

describe('CPD years', () => {
  test('by default a CPD year is the calendar year: 31 December and 1 January fall in different years', () => {
    const log = [entry({ date: '2024-12-31', hours: 5 }), entry({ date: '2025-01-01', hours: 3 })];
    const totals = cpdTotals(log, undefined, '2025-06-01');
    expect(totals.map((t) => [t.label, t.hours])).toEqual([
      ['2025', 3],
      ['2024', 5],
    ]);
    expect(totals[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  test('a year starting in April counts 31 March in the year before and 1 April in the new one', () => {
    const log = [entry({ date: '2025-03-31', hours: 4 }), entry({ date: '2025-04-01', hours: 6 })];
    const totals = cpdTotals(log, { yearStartMonth: 4 }, '2025-05-01');
    expect(totals.map((t) => [t.label, t.hours])).toEqual([
      ['April 2025 to March 2026', 6],
      ['April 2024 to March 2025', 4],
    ]);
    expect(cpdYearRange(2024, 4)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });

  test('a year starting in March ends on 29 February in a leap year', () => {
    expect(cpdYearRange(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(cpdYearOf('2024-02-29', 3)).toBe(2023);
    expect(cpdYearOf('2024-03-01', 3)).toBe(2024);
  });

  test('a year starting in January is named by its year alone; others by both months', () => {
    expect(cpdYearLabel(2025, 1)).toBe('2025');
    expect(cpdYearLabel(2025, 9)).toBe('September 2025 to August 2026');
  });

  test('years without CPD between entries and up to today are listed with nothing in them', () => {
    const totals = cpdTotals([entry({ date: '2022-05-01' })], undefined, '2025-02-01');
    expect(totals.map((t) => [t.year, t.entries, t.hours])).toEqual([
      [2025, 0, 0],
      [2024, 0, 0],
      [2023, 0, 0],
      [2022, 1, 2],
    ]);
  });

  test('a stray ancient date does not produce centuries of empty years', () => {
    const totals = cpdTotals([entry({ date: '1066-10-14' })], undefined, '2025-02-01');
    expect(totals.map((t) => t.year)).toEqual([2025, 1066]);
  });

  test('an empty log still shows this year against the target', () => {
    const [year] = cpdTotals([], undefined, '2025-02-01');
    expect(year).toMatchObject({ year: 2025, hours: 0, target: 30, shortBy: 30, met: false });
  });
});

describe('CPD totals', () => {
  test('hours add up without floating-point drift and are measured against the target', () => {
    const log = [0.1, 0.2, 29.7].map((hours) => entry({ hours }));
    const [year] = cpdTotals(log, undefined, '2025-12-31');
    expect(year!.hours).toBe(30);
    expect(year!.met).toBe(true);
    expect(year!.shortBy).toBe(0);
  });

  test('the target is the applicant’s own: 30 by default, editable', () => {
    const log = [entry({ hours: 20 })];
    expect(cpdTotals(log, undefined, '2025-12-31')[0]).toMatchObject({ target: 30, shortBy: 10, met: false });
    expect(cpdTotals(log, { targetHours: 15 }, '2025-12-31')[0]).toMatchObject({ target: 15, shortBy: 0, met: true });
    expect(DEFAULT_CPD_SETTINGS.targetHours).toBe(30);
  });

  test('nonsense settings fall back to the defaults', () => {
    expect(normaliseCpdSettings({ targetHours: -4, yearStartMonth: 13 })).toEqual({ targetHours: 30, yearStartMonth: 1 });
    expect(normaliseCpdSettings({ targetHours: Number.NaN, yearStartMonth: 2.5 })).toEqual({ targetHours: 30, yearStartMonth: 1 });
    expect(normaliseCpdSettings({ targetHours: 45.5, yearStartMonth: 4 })).toEqual({ targetHours: 45.5, yearStartMonth: 4 });
  });

  test('the mix by type, planned and unplanned, and by area (an activity counts in each area it develops)', () => {
    const log = [
      entry({ type: 'training', hours: 3, planned: true, competences: ['A1', 'C2'] }),
      entry({ type: 'events', hours: 1.5, planned: false, competences: ['C1', 'C3'] }),
      entry({ type: 'self-study', hours: 2, planned: false, competences: [] }),
    ];
    const [year] = cpdTotals(log, undefined, '2025-12-31');
    expect(year!.byType).toEqual({ training: 3, 'work-experience': 0, 'academic-study': 0, volunteering: 0, events: 1.5, 'self-study': 2 });
    expect(year!.planned).toBe(3);
    expect(year!.unplanned).toBe(3.5);
    expect(year!.byArea).toEqual({ A: 3, B: 0, C: 4.5, D: 0, E: 0 });
    expect(year!.unlinked).toBe(2);
    expect(missingTypes(year!)).toEqual(['Work experience', 'Academic study', 'Volunteering']);
  });

  test('entries with unreadable dates or hours are left out of the totals', () => {
    const log = [entry({ date: '2025-02-30', hours: 100 }), entry({ hours: Number.NaN }), entry({ hours: 4 })];
    expect(cpdTotals(log, undefined, '2025-12-31')[0]!.hours).toBe(4);
  });

  test('a year is described in one sentence', () => {
    const [year] = cpdTotals([entry({ hours: 24 })], undefined, '2025-12-31');
    expect(describeYear(year!)).toBe('2025: 24 of 30 hours (6 to go), 1 activity.');
  });
});

describe('CPD entry checks', () => {
  test('a future date, zero hours and an unknown competence are problems', () => {
    const problems = cpdEntryProblems(entry({ date: '2026-01-02', hours: 0, competences: ['E5'] }), '2026-01-01', 'ICTTech');
    expect(problems.map((p) => p.field)).toEqual(['date', 'hours', 'competences']);
  });

  test('a complete entry for today has no problems', () => {
    expect(cpdEntryProblems(entry({ date: '2026-01-01', competences: ['E5'] }), '2026-01-01', 'CEng')).toEqual([]);
  });
});
