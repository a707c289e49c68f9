import { expect, test } from 'vitest';
import { isOrange, summariseRows } from '../../core/pages/rows.ts';
import { readSupporterComments } from '../../extension/content/extract.ts';
import { readRows } from '../../extension/content/rows.ts';
import { fixtureDocument } from './fixture-dom.ts';
import { READINGS } from './readings.ts';

test('orange is told apart from the other colours Career Manager pages use', () => {
  expect(isOrange('rgb(232, 119, 34)')).toBe(true);
  expect(isOrange('#c25100')).toBe(true);
  expect(isOrange('rgb(0, 38, 62)')).toBe(false); // navy
  expect(isOrange('rgb(200, 0, 0)')).toBe(false); // red
  expect(isOrange('rgba(232, 119, 34, 0)')).toBe(false); // transparent
  expect(isOrange('transparent')).toBe(false);
});

for (const [name, expected] of Object.entries(READINGS)) {
  test(`every row of ${name} is read as a person reads it, none dropped`, () => {
    const rows = readRows(fixtureDocument(name));
    expect(rows.map(({ title, mandatory, status }) => ({ title, mandatory, status }))).toEqual(
      expected.map(({ title, mandatory, status }) => ({ title, mandatory, status })),
    );
    expect(rows.map((r) => r.statusText)).toEqual(expected.map((r) => r.shown));
  });
}

test('a title that itself starts with a status word is still read as the title', () => {
  const rows = readRows(fixtureDocument('checklist'));
  expect(rows.at(-1)).toMatchObject({ title: 'Completed Professional Development Scheme', statusText: 'Not started', status: 'open' });
});

test('rows whose status cannot be read are kept and counted as unread, never as complete', () => {
  const summary = summariseRows(readRows(fixtureDocument('checklist--unread')));
  expect(summary.mandatory).toBe(6);
  expect(summary.complete.map((r) => r.title)).toEqual(['Personal Details', 'Professional Development']);
  expect(summary.unknown.map((r) => r.title)).toEqual(['Membership', 'Qualifications']);
});

test('a list of guidance links or supporters is not read as checklist rows', () => {
  expect(readRows(fixtureDocument('supporters'))).toEqual([]);
  expect(readRows(fixtureDocument('launch'))).toEqual([]);
  expect(readRows(fixtureDocument('validate-locked'))).toEqual([]);
});

test('supporter comments on the locked Validate / Verify page are read per supporter and competence', () => {
  const shown = readSupporterComments(fixtureDocument('validate-locked'));
  expect(shown.map((s) => s.name)).toEqual(['Priya Raman CEng MIET', 'Tom Ellis IEng MIET']);
  expect(shown[0]!.comments[0]).toEqual({ competence: 'C2', text: expect.stringMatching(/resignalling/) });
  expect(shown[0]!.status).toBe('Changes requested');
});
