// Import into the workbook: exact round trip, replace or keep both, and all or nothing.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { EXCHANGE_LIMITS } from '../../core/exchange/limits.ts';
import { parseExchangeFile } from '../../core/exchange/parse.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { db } from '../../pwa/src/db/database.ts';
import { applyImport, copyName } from '../../pwa/src/db/exchange.ts';
import { deleteApplication } from '../../pwa/src/db/remove.ts';
import { openReview } from '../../pwa/src/db/reviews.ts';
import { decodeAttachments } from '../../pwa/src/exchange/decode.ts';
import { applicationHtml, type Built, workbookBackup } from '../../pwa/src/exchange/exportData.ts';
import { attachmentGroups, entriesOf, reviewsOf } from '../../pwa/src/exchange/importData.ts';
import { HOSTILE } from '../core/exchange/arbitraries.ts';
import { applyMutation, mutationArb } from '../core/exchange/mutate.ts';
import { lockedSample, PDF_BYTES, PNG_1PX, sampleApplication } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, dump, renderExchange, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

/** The whole import pipeline as the screen runs it: parse, decode, write. */
async function importText(text: string, choice: 'replace' | 'keep-both' = 'replace') {
  const parsed = parseExchangeFile(text, EXCHANGE_LIMITS, { attachments: 'later' });
  if (!parsed.ok) return parsed;
  const entries = entriesOf(parsed.value);
  const blobs = await decodeAttachments(attachmentGroups(parsed.value), () => {});
  return {
    ok: true as const,
    ids: (await applyImport(entries, blobs, choice, { reviews: reviewsOf(parsed.value) })).ids,
    parsed: parsed.value,
  };
}

/** The text of a built file; fails the test if the export was refused. */
function textOf(built: Built): Promise<string> {
  if (!built.ok) throw new Error(`export refused: ${built.problems.map((p) => p.message).join(' ')}`);
  return built.blob.text();
}

const bytesOf = async (id: string) => new Uint8Array(await (await db.blobs.get(id))!.blob.arrayBuffer());

describe('round trip through the workbook', () => {
  test('export as .html, import into an empty workbook: the same application, byte-identical documents', async () => {
    const { app, bytes } = lockedSample();
    await store(app, bytes);
    const html = await textOf(await applicationHtml(app, DEFAULT_RULES));
    await cleanWorkbook();
    const result = await importText(html);
    expect(result.ok).toBe(true);
    expect(await db.applications.toArray()).toEqual([app]);
    expect(await bytesOf('blob-png')).toEqual(PNG_1PX);
    expect(await bytesOf('blob-pdf')).toEqual(PDF_BYTES);
    expect((await db.blobs.get('blob-pdf'))!.blob.type).toBe('application/pdf');
  });

  test('a workbook backup restores every application and records when it was taken', async () => {
    const one = sampleApplication();
    const two = lockedSample();
    await store(one.app, one.bytes);
    await store({ ...two.app, id: 'app-2' }, two.bytes);
    const text = await textOf(await workbookBackup(new Date('2026-11-28T12:00:00.000Z')));
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-28T12:00:00.000Z');
    const before = await db.applications.orderBy('id').toArray();
    await cleanWorkbook();
    await importText(text);
    expect(await db.applications.orderBy('id').toArray()).toEqual(before);
    expect(await bytesOf('blob-pdf')).toEqual(PDF_BYTES);
  });
});

test('a backup brings back mentor comments (resolved or not) and mentor-mode reviews', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  const comment = {
    reviewId: 'rev-1',
    mentor: 'Morgan',
    exportedAt: '2026-11-28T12:00:00.000Z',
    resolvedAt: '2026-11-29T09:00:00.000Z',
    comment: {
      id: 'c1',
      anchor: { kind: 'competence' as const, code: 'C1' as const },
      text: 'Thin.',
      at: '2026-11-28T12:00:00.000Z',
      against: { sha256: 'a'.repeat(64), excerpt: 'x' },
    },
  };
  await db.comments.put({ id: `${app.id}/rev-1/c1`, applicationId: app.id, data: comment });
  const theirs = lockedSample();
  await openReview(
    serializeApplication({ ...theirs.app, id: 'theirs' }, theirs.bytes, '2026-11-28T12:00:00.000Z'),
    db,
    '2026-11-28T13:00:00.000Z',
  );
  const before = await dump();
  const text = await textOf(await workbookBackup());
  await cleanWorkbook();
  await importText(text);
  expect(await dump()).toEqual(before);
});

describe('an application that already exists', () => {
  test('Replace puts the file version in its place and drops bytes only it used', async () => {
    const { app, bytes } = sampleApplication();
    await store(
      {
        ...app,
        name: 'Edited since',
        documents: { ...app.documents, extra: { ...app.documents['education-certificates']!, typeId: 'extra', blobId: 'blob-old' } },
      },
      bytes,
    );
    await db.blobs.put({ id: 'blob-old', blob: new Blob(['old']) });
    await importText(JSON.stringify(serializeApplication(app, bytes)), 'replace');
    expect(await db.applications.toArray()).toEqual([app]);
    expect(await db.blobs.get('blob-old')).toBeUndefined();
    expect(await bytesOf('blob-png')).toEqual(PNG_1PX);
  });

  test('Keep both adds a copy with a new id beside the untouched original', async () => {
    const { app, bytes } = sampleApplication();
    const original = { ...app, name: 'Edited since' };
    await store(original, bytes);
    const result = await importText(JSON.stringify(serializeApplication(app, bytes)), 'keep-both');
    if (!result.ok) throw new Error('rejected');
    const copyId = result.ids[0]!;
    expect(copyId).not.toBe(app.id);
    expect(await db.applications.get(app.id)).toEqual(original);
    expect(await db.applications.get(copyId)).toEqual({ ...app, id: copyId, name: copyName(app.name) });
  });

  test('after Keep both, deleting the original keeps the bytes the copy shares', async () => {
    const { app, bytes } = lockedSample();
    await store(app, bytes);
    const result = await importText(JSON.stringify(serializeApplication(app, bytes)), 'keep-both');
    if (!result.ok) throw new Error('rejected');
    expect(await deleteApplication(app)).toBe(true);
    expect(await db.applications.get(app.id)).toBeUndefined();
    expect(await bytesOf('blob-pdf')).toEqual(PDF_BYTES);
    expect(await bytesOf('blob-png')).toEqual(PNG_1PX);
    // Deleting the copy too leaves no bytes behind.
    expect(await deleteApplication((await db.applications.get(result.ids[0]!))!)).toBe(true);
    expect(await db.blobs.count()).toBe(0);
  });

  test('a file whose document id already holds different bytes is refused and nothing changes', async () => {
    const other = sampleApplication({ id: 'someone-else' });
    await store(other.app, new Map([['blob-pdf', { name: 'x', mime: 'application/pdf', bytes: new Uint8Array([1, 2, 3]) }]]));
    const before = await dump();
    const { app, bytes } = sampleApplication();
    await expect(importText(JSON.stringify(serializeApplication(app, bytes)))).rejects.toThrow(/already holds a different file/);
    expect(await dump()).toEqual(before);
  });
});

describe('all or nothing', () => {
  test('a failure while writing (after the application was put) rolls everything back', async () => {
    const existing = sampleApplication({ id: 'existing', name: 'Mine' });
    await store(existing.app, existing.bytes);
    const before = await dump();
    vi.spyOn(db.blobs, 'bulkPut').mockImplementation(() => Promise.reject(new Error('Disk full.')) as ReturnType<typeof db.blobs.bulkPut>);
    const { app, bytes } = lockedSample();
    await expect(importText(JSON.stringify(serializeApplication({ ...app, id: 'new-one' }, bytes)))).rejects.toThrow('Disk full.');
    vi.restoreAllMocks();
    expect(await dump()).toEqual(before);
  });

  test('property: a mutated file is imported exactly as written, or refused and the workbook is unchanged', async () => {
    const existing = lockedSample();
    const file = JSON.parse(JSON.stringify(serializeApplication(existing.app, existing.bytes)));
    await fc.assert(
      fc.asyncProperty(mutationArb(fc.constantFrom(...HOSTILE)), async (m) => {
        await Promise.all(db.tables.map((t) => t.clear()));
        await store({ ...existing.app, name: 'Already here' }, existing.bytes);
        const before = await dump();
        const text = applyMutation(file, m);
        let result: Awaited<ReturnType<typeof importText>>;
        try {
          result = await importText(text);
        } catch (error) {
          // Refused while writing: say why, change nothing.
          expect(String(error)).toMatch(/\w{10}/);
          expect(await dump()).toEqual(before);
          return;
        }
        if (!result.ok) {
          expect(result.errors[0]!.message.length).toBeGreaterThan(10);
          expect(await dump()).toEqual(before);
          return;
        }
        const written = JSON.parse(text);
        if (written.version === 4) {
          expect(await db.applications.get(result.ids[0]!)).toEqual(written.application);
        }
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});

describe('the import screen', () => {
  test('a broken file is refused with what is wrong and where, in words; nothing changes', async () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    delete data.application.roles[1].title;
    renderExchange(null);
    chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(data), 'broken.json');
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('ul')!.textContent).toBe('application › role 2 › title: This field is missing.');
    // The exact field path is there for whoever wants it, behind a disclosure.
    const technical = within(alert).getByText('Technical detail').closest('details')!;
    expect(technical.open).toBe(false);
    expect(technical.textContent).toContain('application.roles[1].title');
    expect(await db.applications.count()).toBe(0);
  });

  test('a good file shows what it holds, asks about the clash, and imports on request', async () => {
    const { app, bytes } = sampleApplication();
    await store({ ...app, name: 'My current one' }, bytes);
    renderExchange(null);
    chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(app, bytes)), 'app.json');
    await screen.findByRole('heading', { name: 'Ready to import' });
    expect(screen.getByText(/Already in your workbook: My current one/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Replace it with the file's version"));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    });
    await screen.findByRole('link', { name: `Open ${app.name}` });
    expect(await db.applications.toArray()).toEqual([app]);
  });

  test('a tampered snapshot is flagged before import and needs "Import anyway"', async () => {
    const { app, bytes } = lockedSample();
    const tampered = { ...app, lock: { ...app.lock!, content: { ...app.lock!.content, roles: [] } } };
    renderExchange(null);
    chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(tampered, bytes)), 'app.json');
    await screen.findByText(/does not match its recorded hash/);
    expect(screen.getByRole('button', { name: 'Import anyway' })).toBeTruthy();
  });

  test('the backup button downloads the workbook and the reminder goes away', async () => {
    const downloads = captureDownloads();
    const sample = sampleApplication();
    // Begun weeks ago and worked on since: a reminder is due.
    const app = { ...sample.app, createdAt: '2026-10-01T09:00:00.000Z' };
    const { bytes } = sample;
    await store(app, bytes);
    renderExchange(null);
    await screen.findByText(/never taken a backup/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Download a backup of the whole workbook' }));
    });
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0]!.name).toMatch(/^proreg-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseExchangeFile(await downloads.files[0]!.text());
    expect(parsed.ok && parsed.value.kind === 'workbook' && parsed.value.file.applications[0]!.application).toEqual(app);
    await waitFor(() => expect(screen.queryByText(/never taken a backup/)).toBeNull());
  });
});

test('a full disk during import is explained, and nothing is changed', async () => {
  const { app, bytes } = sampleApplication();
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(app, bytes)), 'app.json');
  await screen.findByRole('heading', { name: 'Ready to import' });
  vi.spyOn(db.blobs, 'bulkPut').mockImplementation(
    () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) as ReturnType<typeof db.blobs.bulkPut>,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/out of storage space.*Nothing was changed in your workbook\./);
  vi.restoreAllMocks();
  expect(await db.applications.count()).toBe(0);
  expect(await db.blobs.count()).toBe(0);
});
