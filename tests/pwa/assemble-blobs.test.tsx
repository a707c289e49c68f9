// A built document's sources live and go with it: removing or replacing the document releases the
// bytes of its sources too (no orphans on the device), unless a lock snapshot still refers to them.

import { act, fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import type { Application, DocumentRef } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const HEX = 'a'.repeat(64);

/** The certificates built from two sources, with all three files stored. */
async function withBuilt(change: (app: Application, doc: DocumentRef) => Application = (a) => a): Promise<Application> {
  const doc: DocumentRef = {
    typeId: 'education-certificates',
    name: 'education-certificates.pdf',
    mime: 'application/pdf',
    size: 9,
    sha256: HEX,
    blobId: 'built',
    addedAt: new Date().toISOString(),
    built: {
      sources: [
        { name: 'degree.pdf', mime: 'application/pdf', size: 9, sha256: HEX, blobId: 'source-1' },
        { name: 'scan.jpg', mime: 'image/jpeg', size: 9, sha256: HEX, blobId: 'source-2' },
      ],
      pages: [
        { source: 0, page: 0, rotate: 0 },
        { source: 1, page: 0, rotate: 0 },
      ],
    },
  };
  for (const id of ['built', 'source-1', 'source-2']) await db.blobs.put({ id, blob: new Blob(['%PDF-1.7\n']) });
  return storedApplication((a) => change({ ...a, documents: { ...a.documents, [doc.typeId]: doc } }, doc));
}

async function removeCertificates() {
  fireEvent.click(await screen.findByRole('button', { name: 'Remove Further and higher education certificates' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Remove Further and higher education certificates?' });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove education-certificates.pdf' }));
  });
  await screen.findByText('Removed “education-certificates.pdf”.');
}

test('the documents screen says what a built file was made from', async () => {
  const app = await withBuilt();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByText(/Built here from 2 files: “degree\.pdf”, “scan\.jpg”\./);
  expect(screen.getByRole('button', { name: 'Rebuild Further and higher education certificates from its files' })).toBeTruthy();
});

test('removing a built document releases its sources as well as its file', async () => {
  const app = await withBuilt();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await removeCertificates();
  await expect.poll(async () => (await db.blobs.toArray()).map((b) => b.id)).toEqual([]);
});

test('bytes a lock snapshot still refers to are kept when the document is removed', async () => {
  const app = await withBuilt((a, doc) => ({
    ...a,
    lock: { at: a.createdAt, sha256: HEX, content: { ...a, documents: { [doc.typeId]: doc } } },
  }));
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await removeCertificates();
  expect((await db.blobs.toArray()).map((b) => b.id).sort()).toEqual(['built', 'source-1', 'source-2']);
});
