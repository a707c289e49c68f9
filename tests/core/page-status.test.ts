import fc from 'fast-check';
import { expect, test } from 'vitest';
import { countLine, statusOf, summariseRows } from '../../core/pages/rows.ts';
import { type RowStatus, readStatus, wordStatus } from '../../core/pages/status.ts';
import type { PageRow } from '../../core/pages/types.ts';

test('completion words read as complete', () => {
  for (const word of ['Complete', 'Completed', 'Done', 'Uploaded', 'Provided', 'Submitted', 'Yes', '✔', 'Uploaded on 12/03/2026']) {
    expect(wordStatus(word), word).toBe('complete');
  }
});

test('negations and words for "still to do" read as open, though they contain a completion word', () => {
  for (const word of [
    'Not complete',
    'Not completed',
    'not yet complete',
    'Incomplete',
    'Not uploaded',
    'Not started',
    'Not provided',
    'Outstanding',
    'Pending',
    'Awaiting adviser confirmation',
    'In progress',
    'Missing',
    'To do',
    'No',
    '✗',
  ]) {
    expect(wordStatus(word), word).toBe('open');
  }
});

test('anything else gives no signal', () => {
  for (const word of ['Under review', 'Signed off', 'Green', '', '   ', 'certificates.pdf', '12/03/2026', 'View']) {
    expect(wordStatus(word), word).toBeNull();
  }
});

test('a row is complete only on a positive signal; no signal or conflicting ones leave it unknown', () => {
  expect(readStatus({ words: ['Complete'] })).toBe('complete');
  expect(readStatus({ words: [] })).toBe('unknown');
  expect(readStatus({ words: ['Under review'] })).toBe('unknown');
  expect(readStatus({ words: ['Complete'], checked: false })).toBe('unknown');
  expect(readStatus({ words: ['✔', 'Complete'] })).toBe('complete');
  expect(readStatus({ words: [], checked: true })).toBe('complete');
  expect(readStatus({ words: [], checked: false })).toBe('open');
  // A file is there when the row offers to replace it; an Upload button says nothing either way.
  expect(readStatus({ words: ['report.pdf'], actions: ['Replace'] })).toBe('complete');
  expect(readStatus({ words: [], actions: ['Upload'] })).toBe('unknown');
  expect(readStatus({ words: [], actions: ['Download template'] })).toBe('unknown');
});

const row = (status: RowStatus, mandatory = true): PageRow => ({ title: `${status} row`, mandatory, statusText: '', status });

test('the count names what is open and what could not be read', () => {
  const rows = [row('complete'), row('open'), row('open'), row('open'), row('unknown'), row('complete', false)];
  expect(countLine(summariseRows(rows), 'items')).toBe('3 of 5 mandatory items are open; 1 I could not read.');
  expect(countLine(summariseRows([row('complete'), row('open')]), 'documents')).toBe('1 of 2 mandatory documents is open.');
  expect(countLine(summariseRows([row('complete'), row('unknown')]), 'items')).toBe(
    '1 of 2 mandatory items read as complete; 1 I could not read.',
  );
  expect(countLine(summariseRows([row('complete'), row('complete')]), 'items')).toBe('All 2 mandatory items are complete.');
  expect(countLine(summariseRows([row('complete', false)]), 'items')).toBe('I could not find any items marked mandatory on this page.');
});

test('rows the applicant marked as done are counted apart, never as read', () => {
  const rows = [row('complete'), { ...row('open'), title: 'Qualifications' }, row('unknown')];
  const s = summariseRows(rows, new Set(['Qualifications']));
  expect(s.marked.map((r) => r.title)).toEqual(['Qualifications']);
  expect(countLine(s, 'items')).toBe('1 of 3 mandatory items read as complete; 1 I could not read; 1 you marked as done.');
  const allMarked = summariseRows([row('complete'), { ...row('open'), title: 'Qualifications' }], new Set(['Qualifications']));
  expect(countLine(allMarked, 'items')).toBe('1 of 2 mandatory items read as complete; 1 you marked as done.');
});

test('"all complete" is said only when every mandatory row was read as complete, whatever was marked', () => {
  const status = fc.constantFrom<RowStatus>('complete', 'open', 'unknown');
  fc.assert(
    fc.property(fc.array(fc.record({ status, mandatory: fc.boolean(), marked: fc.boolean() }), { maxLength: 12 }), (rows) => {
      const built = rows.map((r, i) => ({ ...row(r.status, r.mandatory), title: `row ${i}` }));
      const marked = new Set(built.filter((_, i) => rows[i]!.marked).map((r) => r.title));
      const line = countLine(summariseRows(built, marked), 'items');
      const mandatory = rows.filter((r) => r.mandatory);
      const allComplete = mandatory.length > 0 && mandatory.every((r) => r.status === 'complete');
      expect(/\ball\b/i.test(line)).toBe(allComplete);
      expect(/complete/.test(line) && /^All/.test(line)).toBe(allComplete);
    }),
  );
});

test('rows recorded before statuses were kept are read from their words', () => {
  expect(statusOf({ statusText: 'Not complete' })).toBe('open');
  expect(statusOf({ statusText: 'Complete' })).toBe('complete');
  expect(statusOf({ statusText: 'Signed off' })).toBe('unknown');
  expect(statusOf({ statusText: 'Signed off', status: 'complete' })).toBe('complete');
});
