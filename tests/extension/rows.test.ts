import { expect, test } from 'vitest';
import { isOrange, rowStatus, summariseRows } from '../../core/pages/rows.ts';
import { readRows, readSupporterComments } from '../../extension/content/extract.ts';
import { fixtureDocument } from './fixture-dom.ts';

test('orange is told apart from the other colours Career Manager pages use', () => {
  expect(isOrange('rgb(232, 119, 34)')).toBe(true);
  expect(isOrange('#c25100')).toBe(true);
  expect(isOrange('rgb(0, 38, 62)')).toBe(false); // navy
  expect(isOrange('rgb(200, 0, 0)')).toBe(false); // red
  expect(isOrange('rgba(232, 119, 34, 0)')).toBe(false); // transparent
  expect(isOrange('transparent')).toBe(false);
});

test('status words read as the page means them', () => {
  expect(rowStatus('Complete')).toBe('complete');
  expect(rowStatus('Uploaded')).toBe('complete');
  expect(rowStatus('Not started')).toBe('incomplete');
  expect(rowStatus('In progress')).toBe('incomplete');
  expect(rowStatus('Not uploaded')).toBe('incomplete');
});

test('the checklist rows are read with their orange mandatory marker and counted', () => {
  const rows = readRows(fixtureDocument('checklist'));
  expect(rows.map((r) => [r.title, r.statusText])).toContainEqual(['Consulted a Professional Registration Adviser', 'Not started']);
  // A title that itself starts with a status word is still read as the title.
  expect(rows.map((r) => [r.title, r.statusText])).toContainEqual(['Completed Professional Development Scheme', 'Not started']);
  const summary = summariseRows(rows);
  expect(summary.mandatory).toBe(rows.filter((r) => r.mandatory).length);
  expect(summary.incomplete.map((r) => r.title)).toEqual([
    'Qualifications',
    'Career History',
    'Professional Development',
    'Consulted a Professional Registration Adviser',
  ]);
  expect(summary.optional).toBe(1);
});

test('supporter comments on the locked Validate / Verify page are read per supporter and competence', () => {
  const shown = readSupporterComments(fixtureDocument('validate-locked'));
  expect(shown.map((s) => s.name)).toEqual(['Priya Raman CEng MIET', 'Tom Ellis IEng MIET']);
  expect(shown[0]!.comments[0]).toEqual({ competence: 'C2', text: expect.stringMatching(/resignalling/) });
  expect(shown[0]!.status).toBe('Changes requested');
});
