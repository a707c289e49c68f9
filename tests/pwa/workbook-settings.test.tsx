// Limits the workbook can carry: the Rules screen refuses a file limit above what a backup reads back,
// a saved limit above it is held to it, and a field keeps at most what a backup can carry.

import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { EXCHANGE_LIMITS } from '../../core/exchange/limits.ts';
import { db } from '../../pwa/src/db/database.ts';
import { MAX_FIELD_CHARS, MAX_FILE_SIZE } from '../../pwa/src/state/limits.ts';
import { rules } from '../../pwa/src/state/rules.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const MB = 1024 * 1024;

async function saveLimits() {
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Save limits' }).closest('form')!);
  });
}

test('the workbook’s caps are what an import reads back', () => {
  expect(MAX_FILE_SIZE).toBe(25 * MB);
  expect(MAX_FILE_SIZE).toBeLessThanOrEqual(EXCHANGE_LIMITS.maxAttachmentBytes);
  expect(MAX_FIELD_CHARS).toBe(100_000);
  expect(MAX_FIELD_CHARS).toBeLessThanOrEqual(EXCHANGE_LIMITS.maxTextChars);
});

test('a file limit over 25 MB is refused in plain words, next to the form; 25 MB is saved', async () => {
  renderAt({ name: 'rules' });
  const size = (await screen.findByLabelText('Largest file per document type (MB)')) as HTMLInputElement;
  expect(screen.getByText(/Default 0\.5 MB; at most 25 MB\./)).toBeTruthy();
  fireEvent.input(size, { target: { value: '50' } });
  await saveLimits();
  const refusal = await screen.findByText(
    'Largest file per document type: at most 25 MB, the largest document a backup file can carry and read back. You entered 50 MB. Nothing was changed.',
  );
  expect(document.activeElement).toBe(refusal.closest('[role="alert"]'));
  expect(await db.settings.get('limits')).toBeUndefined();

  fireEvent.input(size, { target: { value: '25' } });
  await saveLimits();
  await screen.findByText('Limits saved.');
  expect(screen.queryByText(/Nothing was changed/)).toBeNull();
  expect((await db.settings.get('limits'))?.value).toEqual({ maxFileSize: 25 * MB });
});

test('fewest career pages above the most is refused', async () => {
  renderAt({ name: 'rules' });
  fireEvent.input(await screen.findByLabelText('Career history: fewest pages (guide)'), { target: { value: '9' } });
  await saveLimits();
  await screen.findByText(
    /Career history: fewest pages \(guide\) is more than career history: most pages \(guide\)\. Nothing was changed\./,
  );
  expect(await db.settings.get('limits')).toBeUndefined();
});

test('a limit saved larger by an older version is held to the maximum', async () => {
  await act(async () => {
    await db.settings.put({ key: 'limits', value: { maxFileSize: 99_999_999 } });
  });
  await waitFor(() => expect(rules.value.maxFileSize).toBe(25 * MB));
});

test('pasting more than a field keeps cuts it to 100,000 characters and says so', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  const box = (await screen.findByLabelText('Full name')) as HTMLInputElement;
  await act(async () => {
    fireEvent.input(box, { target: { value: 'x'.repeat(121_000) } });
  });
  expect(box.value).toHaveLength(100_000);
  expect(screen.getByText('That was 121,000 characters; a field keeps at most 100,000, so only the first 100,000 were kept.')).toBeTruthy();
  await waitFor(async () => expect((await db.applications.get(app.id))?.personal.fullName).toHaveLength(100_000));
  // Back under the cap, the note goes.
  await act(async () => {
    fireEvent.input(box, { target: { value: 'Ada Example' } });
  });
  expect(screen.queryByText(/a field keeps at most/)).toBeNull();
}, 30_000);

test('a limit another tab saved a moment before this tab saves its own is kept: only the fields changed here are written', async () => {
  renderAt({ name: 'rules' });
  fireEvent.input(await screen.findByLabelText('Career history: most pages (guide)'), { target: { value: '6' } });
  await act(async () => {
    // The other tab's save lands before this form has heard of it.
    await db.settings.put({ key: 'limits', value: { maxFileSize: 2.5 * MB } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save limits' }).closest('form')!);
  });
  await screen.findByText('Limits saved.');
  expect((await db.settings.get('limits'))?.value).toEqual({ maxFileSize: 2.5 * MB, careerPagesMax: 6 });
});
