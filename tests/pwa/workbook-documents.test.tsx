// Supporting documents: refused files say the limit and their size and store nothing;
// accepted files are kept as Blobs with their SHA-256; the limit follows Settings.
import { beforeEach, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { db } from '../../pwa/src/db/database.ts';
import { saveLimitOverrides } from '../../pwa/src/db/store.ts';
import { limits } from '../../pwa/src/state/limits.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

function choose(label: string, file: File) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

test('a file over the size limit is refused with the limit and its size, and nothing is stored', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByLabelText('Choose a file for Accountability diagram');
  await act(async () => {
    choose('Choose a file for Accountability diagram', new File([new Uint8Array(600 * 1024)], 'big.pdf', { type: 'application/pdf' }));
  });
  const message = await screen.findByText(/“big\.pdf” was not added/);
  expect(message.textContent).toMatch(/600 KB/);
  expect(message.textContent).toMatch(/the limit is 0\.5 MB/);
  expect(await db.blobs.count()).toBe(0);
  expect((await db.applications.get(app.id))?.documents).toEqual({});
});

test('a file of an unexpected type is refused', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByLabelText('Choose a file for Development Action Plan (DAP)');
  await act(async () => {
    choose('Choose a file for Development Action Plan (DAP)', new File(['hello'], 'plan.txt', { type: 'text/plain' }));
  });
  await screen.findByText(/“plan\.txt” was not added.*not accepted/);
  expect(await db.blobs.count()).toBe(0);
});

test('an accepted file is kept with its hash, and a raised limit in Settings lets a larger file in', async () => {
  const app = await storedApplication();
  await act(async () => {
    await saveLimitOverrides({ maxFileSize: 1024 * 1024 });
  });
  await waitFor(() => expect(limits.value.maxFileSize).toBe(1024 * 1024));
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByLabelText('Choose a file for Accountability diagram');
  await act(async () => {
    choose('Choose a file for Accountability diagram', new File([new Uint8Array(600 * 1024)], 'diagram.pdf', { type: 'application/pdf' }));
  });
  await screen.findByText('Added “diagram.pdf”.');
  const stored = await db.applications.get(app.id);
  const ref = stored?.documents['accountability-diagram'];
  expect(ref).toMatchObject({ name: 'diagram.pdf', size: 600 * 1024, mime: 'application/pdf' });
  expect(ref?.sha256).toBe(createHash('sha256').update(Buffer.alloc(600 * 1024)).digest('hex'));
  expect(await db.blobs.get(ref!.blobId)).toBeDefined();
  await screen.findByRole('button', { name: 'Remove Accountability diagram' });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove Accountability diagram' }));
  });
  await screen.findByText('Removed “diagram.pdf”.');
  expect(await db.blobs.count()).toBe(0);
});
