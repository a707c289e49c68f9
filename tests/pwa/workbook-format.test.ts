// One way of writing sizes and dates across the workbook.
import { expect, test } from 'vitest';
import { formatMegabytes } from '../../core/application/megabytes.ts';
import { formatDate, formatDateTime, formatSize } from '../../pwa/src/ui/format.ts';

const MB = 1024 * 1024;

test('sizes are in MB the way core writes its refusals, so a limit and a file read alike', () => {
  expect(formatSize(512 * 1024)).toBe('0.5 MB');
  expect(formatSize(600 * 1024)).toBe('0.6 MB');
  expect(formatSize(25 * MB)).toBe('25 MB');
  for (const n of [0.3 * MB, 3 * MB, 12.4 * MB]) expect(formatSize(n)).toBe(formatMegabytes(n));
  // A tiny file is not "0 MB".
  expect(formatSize(10)).toBe('under 0.1 MB');
  expect(formatSize(0)).toBe('0 MB');
  expect(formatSize(3 * 1024 * MB)).toBe('3 GB');
  expect(formatSize(2 * MB)).toBe('2 MB');
});

test('moments read "28 November 2026 at 19:23" and days "28 November 2026" (core\'s one format); a calendar day never shifts', () => {
  const local = new Date(2026, 10, 28, 19, 23).toISOString();
  expect(formatDateTime(local)).toBe('28 November 2026 at 19:23');
  expect(formatDate('2026-11-28')).toBe('28 November 2026');
  expect(formatDate('2026-01-01')).toBe('1 January 2026');
  expect(formatDate(local)).toBe('28 November 2026');
  expect(formatDateTime('not a date')).toBe('not a date');
});
