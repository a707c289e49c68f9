// Supporting documents: refused files say the limit and their size and store nothing; empty and
// mislabelled files, and PDFs that cannot be read (damaged), are refused, keeping the earlier file; accepted files are kept as Blobs with their SHA-256; the limit
// follows Settings; removing asks first; files for types no longer used are listed apart.

import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, expect, test, vi } from 'vitest';
import { db } from '../../pwa/src/db/database.ts';
import { saveLimitOverrides } from '../../pwa/src/db/store.ts';
import { rules } from '../../pwa/src/state/rules.ts';
import { encryptedPdf } from '../harness/sources.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

/** A real one-page PDF, made once (pdf-lib) and padded with trailing NULs (whitespace to a PDF reader) to a size. */
const onePage = PDFDocument.create().then(async (doc) => {
  doc.addPage([200, 200]);
  return doc.save();
});

/** A readable PDF of `size` bytes. */
async function pdf(name: string, size: number): Promise<File> {
  const real = await onePage;
  const bytes = new Uint8Array(Math.max(size, real.length));
  bytes.set(real);
  return new File([bytes], name, { type: 'application/pdf' });
}

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
    choose('Choose a file for Accountability diagram', await pdf('big.pdf', 600 * 1024));
  });
  const message = await screen.findByText(/“big\.pdf” was not added/);
  // Its size and the limit, said once, in the same unit.
  // An error at the field (GOV.UK): said with a hidden "Error:" prefix, and tied to the file input.
  expect(message.textContent).toBe(
    'Error: “big.pdf” was not added. The file is 0.6 MB; the per-file limit your rules set is 0.5 MB. Compress it or reduce the scan resolution, or use “Build one file” for this document: it shrinks pictures and scans to fit.',
  );
  const input = screen.getByLabelText('Choose a file for Accountability diagram');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')).toContain(message.id);
  expect(await db.blobs.count()).toBe(0);
  expect((await db.applications.get(app.id))?.documents).toEqual({});
});

test('a file of any type that is what it claims is taken, with PDF advised; no list of types is invented', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  const dap = 'Choose a file for Development Action Plan (DAP)';
  await screen.findByLabelText(dap);
  const input = screen.getByLabelText(dap) as HTMLInputElement;
  expect(input.getAttribute('accept')).toBeNull();
  expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe('PDF preferred.');
  expect(screen.getByText(/PDF is preferred\. The IET says several file types are accepted but does not list them\./)).toBeTruthy();
  await act(async () => {
    choose(dap, new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])], 'plan.jpg', { type: 'image/jpeg' }));
  });
  await screen.findByText('Added “plan.jpg”.');
  const row = screen.getByRole('heading', { name: /Development Action Plan/ }).closest('li')!;
  expect(within(row).getByText('PDF is preferred: if Career Manager refuses this file, save it as a PDF.')).toBeTruthy();
  const replace = 'Replace the file for Development Action Plan (DAP)';
  await act(async () => {
    choose(replace, new File(['My plan: section 1, section 2.'], 'plan.txt', { type: 'text/plain' }));
  });
  await screen.findByText('Replaced with “plan.txt”.');
  expect((await db.applications.get(app.id))?.documents['development-action-plan']?.mime).toBe('text/plain');
  // Only the byte check refuses: a "JPEG" whose bytes are a PDF is not what it claims.
  await act(async () => {
    choose(replace, new File([new TextEncoder().encode('%PDF-1.7 not a photo')], 'photo.jpg', { type: 'image/jpeg' }));
  });
  await screen.findByText(/“photo\.jpg” was not added: it is named as a JPEG image, but it looks like a PDF/);
});

test('an accepted file is kept with its hash, and a raised limit in Settings lets a larger file in', async () => {
  const app = await storedApplication();
  await act(async () => {
    await saveLimitOverrides({ maxFileSize: 1024 * 1024 });
  });
  await waitFor(() => expect(rules.value.maxFileSize).toBe(1024 * 1024));
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByLabelText('Choose a file for Accountability diagram');
  await act(async () => {
    choose('Choose a file for Accountability diagram', await pdf('diagram.pdf', 600 * 1024));
  });
  await screen.findByText('Added “diagram.pdf”.');
  await screen.findByText(/0\.6 MB/);
  const stored = await db.applications.get(app.id);
  const ref = stored?.documents['accountability-diagram'];
  expect(ref).toMatchObject({ name: 'diagram.pdf', size: 600 * 1024, mime: 'application/pdf' });
  expect(ref?.sha256).toBe(
    createHash('sha256')
      .update(new Uint8Array(await (await pdf('x', 600 * 1024)).arrayBuffer()))
      .digest('hex'),
  );
  expect(await db.blobs.get(ref!.blobId)).toBeDefined();
  await screen.findByRole('button', { name: 'Remove Accountability diagram' });
  fireEvent.click(screen.getByRole('button', { name: 'Remove Accountability diagram' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Remove Accountability diagram?' });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove diagram.pdf' }));
  });
  await screen.findByText('Removed “diagram.pdf”.');
  expect(await db.blobs.count()).toBe(0);
});

test('an empty file and a program named .pdf are refused with a plain reason, and nothing is stored', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  await screen.findByLabelText('Choose a file for Accountability diagram');
  await act(async () => {
    choose('Choose a file for Accountability diagram', new File([], 'empty.pdf', { type: 'application/pdf' }));
  });
  await screen.findByText('“empty.pdf” is empty (0 bytes), so it was not added. Choose the file that has your document in it.');
  const program = new Uint8Array(2048);
  program.set([0x4d, 0x5a, 0x90]);
  await act(async () => {
    choose('Choose a file for Accountability diagram', new File([program], 'diagram.pdf', { type: 'application/pdf' }));
  });
  await screen.findByText(/“diagram\.pdf” was not added: it is named as a PDF, but it looks like a Windows program/);
  expect(await db.blobs.count()).toBe(0);
  expect((await db.applications.get(app.id))?.documents).toEqual({});
});

test('a damaged PDF is refused at the field and the earlier file is kept; an encrypted one is kept with what that may mean; a readable PDF is still taken', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  const dap = 'Development Action Plan (DAP)';
  await screen.findByLabelText(`Choose a file for ${dap}`);
  await act(async () => {
    choose(`Choose a file for ${dap}`, await pdf('plan.pdf', 2000));
  });
  await screen.findByText('Added “plan.pdf”.');
  const kept = (await db.applications.get(app.id))?.documents['development-action-plan'];
  expect(kept?.name).toBe('plan.pdf');
  const row = screen.getByRole('heading', { name: /Development Action Plan/ }).closest('li')!;
  const replace = `Replace the file for ${dap}`;

  // Starts like a PDF (so the byte check passes) but is cut short: no page could be read from it.
  const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntruncated');
  await act(async () => {
    choose(replace, new File([damaged], 'damaged.pdf', { type: 'application/pdf' }));
  });
  const refusal = await within(row).findByText(/“damaged\.pdf” could not be read as a PDF/);
  expect(refusal.textContent).toBe(
    'Error: “damaged.pdf” could not be read as a PDF: it may be damaged or incomplete. Download or save it again, then add it. Your earlier file is kept.',
  );
  const input = screen.getByLabelText(replace);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')).toContain(refusal.id);

  // Nothing was lost or replaced: the earlier file is still the one kept, and still counts as done.
  expect(within(row).getByText('plan.pdf')).toBeTruthy();
  expect(within(row).getByText('Done')).toBeTruthy();
  expect((await db.applications.get(app.id))?.documents['development-action-plan']).toEqual(kept);
  expect(await db.blobs.count()).toBe(1);

  // Encrypted, with pages that can be read: kept (many certificates are encrypted against editing
  // only), saying what cannot be known here — whether it asks for a password.
  await act(async () => {
    choose(replace, new File([new Uint8Array(encryptedPdf())], 'locked.pdf', { type: 'application/pdf' }));
  });
  await within(row).findByText(
    'Replaced with “locked.pdf”. It is encrypted. If it opens without a password, as many certificates do, assessors can read it; if it asks for one, they cannot: print it to a new PDF (“Save as PDF”) and add that instead.',
  );
  expect((await db.applications.get(app.id))?.documents['development-action-plan']?.name).toBe('locked.pdf');

  // A damaged PDF with nothing kept before is refused too, and the type stays to do.
  await act(async () => {
    choose('Choose a file for Accountability diagram', new File([damaged], 'chart.pdf', { type: 'application/pdf' }));
  });
  const first = await screen.findByText(/“chart\.pdf” could not be read as a PDF/);
  expect(first.textContent).toBe(
    'Error: “chart.pdf” could not be read as a PDF: it may be damaged or incomplete. Download or save it again, then add it.',
  );
  expect((await db.applications.get(app.id))?.documents['accountability-diagram']).toBeUndefined();

  // A readable PDF still replaces the earlier file.
  await act(async () => {
    choose(replace, await pdf('plan-v2.pdf', 3000));
  });
  await screen.findByText('Replaced with “plan-v2.pdf”.');
  expect((await db.applications.get(app.id))?.documents['development-action-plan']?.name).toBe('plan-v2.pdf');
});

test('removing asks first: keeping the file (Cancel or Escape) changes nothing', async () => {
  const app = await storedApplication((a) => ({
    ...a,
    documents: { 'development-action-plan': docRef('development-action-plan', 'plan.pdf') },
  }));
  await db.blobs.put({ id: 'blob-development-action-plan', blob: new Blob(['%PDF-1.4']) });
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  const remove = await screen.findByRole('button', { name: 'Remove Development Action Plan (DAP)' });
  remove.focus();
  fireEvent.click(remove);
  const dialog = screen.getByRole('alertdialog', { name: 'Remove Development Action Plan (DAP)?' });
  // The safe answer has focus, so Enter does no harm.
  expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the file' }));
  await act(async () => {
    dialog.dispatchEvent(new Event('cancel'));
  });
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(document.activeElement).toBe(remove);
  fireEvent.click(remove);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Keep the file' }));
  });
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect((await db.applications.get(app.id))?.documents['development-action-plan']?.name).toBe('plan.pdf');
  expect(await db.blobs.count()).toBe(1);
});

test('a file kept for a type the category no longer uses is listed apart, with Preview, Download and Remove', async () => {
  // An EngTech application does not use the accountability diagram; this one was added as IEng.
  const app = await storedApplication((a) => ({
    ...a,
    category: 'EngTech',
    documents: { 'accountability-diagram': docRef('accountability-diagram', 'org-chart.pdf') },
  }));
  // Node's Blob: fake-indexeddb's structured clone keeps it whole (happy-dom's loses its methods).
  await db.blobs.put({ id: 'blob-accountability-diagram', blob: new NodeBlob(['%PDF-1.4']) as Blob });
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  const section = (await screen.findByRole('heading', { name: 'Not needed for this category' })).closest('section')!;
  expect(within(section).getByText('org-chart.pdf')).toBeTruthy();
  expect(within(section).getByRole('button', { name: 'Download Accountability diagram' })).toBeTruthy();
  expect(screen.queryByLabelText('Choose a file for Accountability diagram')).toBeNull();
  // Preview, as in the main list: the kept file opens in a new tab.
  const opened: string[] = [];
  const made = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:kept-file');
  const open = vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });
  fireEvent.click(within(section).getByRole('button', { name: 'Preview Accountability diagram' }));
  await waitFor(() => expect(opened).toHaveLength(1));
  expect(opened).toEqual(['blob:kept-file']);
  expect(made).toHaveBeenCalledTimes(1);
  open.mockRestore();
  made.mockRestore();
  fireEvent.click(within(section).getByRole('button', { name: 'Remove Accountability diagram' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove org-chart.pdf' }));
  });
  await waitFor(() => expect(screen.queryByRole('heading', { name: 'Not needed for this category' })).toBeNull());
  expect((await db.applications.get(app.id))?.documents).toEqual({});
  expect(await db.blobs.count()).toBe(0);
});

test('Preview shows a file only as what its bytes are (PDF, PNG, JPEG); a stored web page is downloaded as plain bytes, never opened', async () => {
  // Kept by an older version (or imported before the check): recorded as a PDF, stored as a web page.
  const app = await storedApplication((a) => ({
    ...a,
    documents: {
      'accountability-diagram': docRef('accountability-diagram', 'org-chart.pdf'),
      'education-certificates': docRef('education-certificates', 'certs.pdf'),
    },
  }));
  await db.blobs.put({
    id: 'blob-accountability-diagram',
    blob: new NodeBlob(['<html><script>indexedDB.deleteDatabase("proreg-workbook")</script>'], { type: 'text/html' }) as Blob,
  });
  // A real PDF whose stored type says otherwise is still shown, as a PDF.
  await db.blobs.put({ id: 'blob-education-certificates', blob: new NodeBlob(['%PDF-1.7\n'], { type: 'text/html' }) as Blob });
  renderAt({ name: 'app', id: app.id, screen: 'documents' });
  const made: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    made.push(blob as Blob);
    return `blob:file-${made.length}`;
  });
  const opened: string[] = [];
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });
  const clicked: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(`${this.download} ${this.href}`);
  });

  fireEvent.click(await screen.findByRole('button', { name: 'Preview Accountability diagram' }));
  await screen.findByText('“org-chart.pdf” is not a PDF, PNG or JPEG image, so it cannot be shown here; it was downloaded instead.');
  expect(opened).toEqual([]);
  expect(clicked).toEqual(['org-chart.pdf blob:file-1']);
  expect(made[0]?.type).toBe('application/octet-stream');

  fireEvent.click(screen.getByRole('button', { name: 'Preview Further and higher education certificates' }));
  await waitFor(() => expect(opened).toEqual(['blob:file-2']));
  expect(made[1]?.type).toBe('application/pdf');
  vi.restoreAllMocks();
});

function docRef(typeId: string, name: string) {
  return {
    typeId,
    name,
    mime: 'application/pdf',
    size: 8,
    sha256: '0'.repeat(64),
    blobId: `blob-${typeId}`,
    addedAt: '2026-11-28T19:23:00.000Z',
  };
}
