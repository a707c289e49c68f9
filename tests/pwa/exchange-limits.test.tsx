// Never write a file the app cannot read back: what the workbook holds at its limits goes out and
// comes back; anything over is refused at export, nothing is saved and "Last backup" stays.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { exportProblems } from '../../core/exchange/export-check.ts';
import type { AttachmentBytes } from '../../core/exchange/format.ts';
import { sha256OfBytes } from '../../core/exchange/hash.ts';
import { EXCHANGE_LIMITS, MAX_DOCUMENT_BYTES, MAX_FIELD_CHARS } from '../../core/exchange/limits.ts';
import { parseExchangeFile } from '../../core/exchange/parse.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import {
  LIMIT_MAX,
  MAX_FIELD_CHARS as WORKBOOK_MAX_FIELD_CHARS,
  MAX_FILE_SIZE as WORKBOOK_MAX_FILE_SIZE,
} from '../../pwa/src/state/limits.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderExchange, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

test("the import limits are the workbook's own: its longest field and its largest document (Settings' maximum)", () => {
  expect(EXCHANGE_LIMITS.maxTextChars).toBe(WORKBOOK_MAX_FIELD_CHARS);
  expect(EXCHANGE_LIMITS.maxAttachmentBytes).toBe(WORKBOOK_MAX_FILE_SIZE);
  expect(LIMIT_MAX.maxFileSize).toBeLessThanOrEqual(EXCHANGE_LIMITS.maxAttachmentBytes);
});

const EARLIER_BACKUP = '2026-10-01T09:00:00.000Z';

/** The workbook's applications, and a hash of every stored document (a 25 MB byte list is too big to compare directly). */
async function contents() {
  const blobs = await db.blobs.orderBy('id').toArray();
  return {
    applications: await db.applications.toArray(),
    blobs: await Promise.all(
      blobs.map(async (b) => ({
        id: b.id,
        type: b.blob.type,
        size: b.blob.size,
        sha256: sha256OfBytes(new Uint8Array(await b.blob.arrayBuffer())),
      })),
    ),
  };
}

/** The sample with a document of the given size and Responsibilities of the given length. */
function atSize(documentBytes: number, chars: number): { app: Application; bytes: Map<string, AttachmentBytes> } {
  const { app, bytes } = sampleApplication();
  const big = Uint8Array.from({ length: documentBytes }, (_, i) => (i * 13 + (i >> 10)) & 255);
  big.set([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)));
  const ref = {
    ...app.documents['education-certificates']!,
    name: 'big-scan.pdf',
    size: big.length,
    sha256: sha256OfBytes(big),
    blobId: 'blob-big',
  };
  const all = new Map(bytes);
  all.set('blob-big', { name: 'big-scan.pdf', mime: 'application/pdf', bytes: big });
  const roles = app.roles.map((r, i) => (i === 0 ? { ...r, responsibilities: 'w'.repeat(chars) } : r));
  return { app: { ...app, roles, documents: { ...app.documents, 'education-certificates': ref } }, bytes: all };
}

test('a workbook with a 100,000-character field and a 25 MB document backs up and restores exactly', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(MAX_DOCUMENT_BYTES, MAX_FIELD_CHARS);
  await store(app, bytes);
  await db.blobs.delete('blob-pdf'); // no longer used by the application
  const before = await contents();
  expect(before.blobs.map((b) => b.size)).toContain(MAX_DOCUMENT_BYTES);
  renderExchange(null);
  const button = await screen.findByRole('button', { name: 'Download a backup of the whole workbook' });
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1), { timeout: 30_000 });
  expect((await db.settings.get('lastBackupAt'))?.value).toMatch(/^\d{4}-/);
  const text = await downloads.files[0]!.text();
  await cleanWorkbook();
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), text, downloads.files[0]!.name);
  await screen.findByRole('heading', { name: 'Ready to import' }, { timeout: 30_000 });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  });
  await screen.findByRole('link', { name: `Open ${app.name}` }, { timeout: 30_000 });
  expect(await contents()).toEqual(before);
}, 120_000);

test('a backup over the limits is refused with plain words; nothing is saved and Last backup is unchanged', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(MAX_DOCUMENT_BYTES + 100 * 1024, MAX_FIELD_CHARS + 5);
  await store(app, bytes);
  await db.settings.put({ key: 'lastBackupAt', value: EARLIER_BACKUP });
  renderExchange(null);
  const button = await screen.findByRole('button', { name: 'Download a backup of the whole workbook' });
  await act(async () => {
    fireEvent.click(button);
  });
  const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
  expect(alert.textContent).toMatch(/^No backup was saved: ProReg Companion could not read this backup back/);
  const items = [...alert.querySelector('ul')!.querySelectorAll('li')].map((li) => li.textContent);
  expect(items).toEqual([
    'CEng 2027: role 1 › responsibilities: This text is 100,005 characters long; a field can hold up to 100,000 characters. Shorten it in the workbook, then export again.',
    'CEng 2027: document "education-certificates": "big-scan.pdf" (Further and higher education certificates) is just over 25 MB; a file can carry documents of up to 25 MB each. Compress it or scan it at a lower resolution, then add it again under Supporting documents.',
  ]);
  expect(alert.textContent).not.toMatch(/base64/);
  expect(downloads.files).toHaveLength(0);
  expect((await db.settings.get('lastBackupAt'))?.value).toBe(EARLIER_BACKUP);
  // The reminder still stands: the last backup is old and there is work since.
  expect(screen.getByText(/Last backup: 1 October 2026/)).toBeTruthy();
}, 60_000);

test('an application export over the limits downloads nothing and says what to fix', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(1000, MAX_FIELD_CHARS + 1);
  await store(app, bytes);
  renderExchange(app.id);
  const button = await screen.findByRole('button', { name: 'Download this application (.html)' });
  await act(async () => {
    fireEvent.click(button);
  });
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText(/^Nothing was downloaded/)).toBeTruthy();
  expect(alert.textContent).toContain('role 1 › responsibilities: This text is 100,001 characters long');
  expect(downloads.files).toHaveLength(0);
});

test('an application export at the limits downloads and reads back', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(1000, MAX_FIELD_CHARS);
  await store(app, bytes);
  renderExchange(app.id);
  const button = await screen.findByRole('button', { name: 'Download this application (.html)' });
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  const parsed = parseExchangeFile(await downloads.files[0]!.text());
  expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.application).toEqual(app);
});

/** Every state a button and the status next to it pass through while `run` goes on. */
async function statesWhile(button: HTMLButtonElement, status: () => string, run: () => Promise<void>) {
  const seen: { disabled: boolean; status: string }[] = [];
  const watcher = new MutationObserver(() => seen.push({ disabled: button.getAttribute('aria-disabled') === 'true', status: status() }));
  watcher.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  await run();
  watcher.disconnect();
  return seen;
}

test('while the export is being built the button is marked disabled (keeping focus, ignoring clicks) and a polite status says "Preparing the file…"; then it says it downloaded', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(1000, 10);
  await store(app, bytes);
  renderExchange(app.id);
  const button = (await screen.findByRole('button', { name: 'Download this application (.html)' })) as HTMLButtonElement;
  const region = button.closest('section')!.querySelector<HTMLElement>('[role="status"]')!;
  expect(region.getAttribute('aria-live')).toBe('polite');
  const seen = await statesWhile(
    button,
    () => region.textContent ?? '',
    async () => {
      button.focus();
      await act(async () => {
        fireEvent.click(button);
        // A second press while it is busy does nothing: one file, not two.
        fireEvent.click(button);
      });
      await waitFor(() => expect(downloads.files).toHaveLength(1));
      await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    },
  );
  expect(downloads.files).toHaveLength(1);
  expect(document.activeElement).toBe(button);
  expect(seen).toContainEqual({ disabled: true, status: 'Preparing the file…' });
  expect(region.textContent).toMatch(/^Downloaded\./);
});

test('while the backup is being built its button is marked disabled (keeping focus, ignoring clicks) and says so; then it says it downloaded', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = atSize(1000, 10);
  await store(app, bytes);
  renderExchange(null);
  const button = (await screen.findByRole('button', { name: 'Download a backup of the whole workbook' })) as HTMLButtonElement;
  const region = () => button.parentElement!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')?.textContent ?? '';
  const seen = await statesWhile(button, region, async () => {
    button.focus();
    await act(async () => {
      fireEvent.click(button);
      // A second press while it is busy does nothing: one file, not two.
      fireEvent.click(button);
    });
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
  });
  expect(downloads.files).toHaveLength(1);
  expect(document.activeElement).toBe(button);
  expect(seen).toContainEqual({ disabled: true, status: 'Preparing the backup file…' });
  expect(region()).toMatch(/^Backup downloaded\./);
});

test('a backup too big for one file is refused in the sizes the user sees: what the documents total and what one file carries', () => {
  const { app } = sampleApplication();
  const MB = 1024 * 1024;
  // Two applications whose documents total 299 MB: under the 300 MB limit on disk, over it once written as text.
  const second = {
    ...app,
    id: 'second',
    name: 'IEng 2025',
    documents: { cv: { ...app.documents['education-certificates']!, typeId: 'cv', blobId: 'other' } },
  };
  const sizes = new Map([
    [app.documents['education-certificates']!.blobId, { name: 'scan.pdf', size: 150 * MB }],
    ['other', { name: 'other.pdf', size: 149 * MB }],
  ]);
  const [problem] = exportProblems([app, second], sizes).filter((p) => p.path === '');
  expect(problem?.message).toMatch(
    /^The documents total 299 MB; one file can carry about 225 MB of documents and still be read back\. Export the applications one at a time/,
  );
  expect(problem?.message).not.toMatch(/398|base64/);
});
