// Build one file, in real Chromium, the way an applicant would: a PDF with text, a 20-page scan of
// several MB and two 4000×3000 photos become one PDF under 2.5 MB, kept for its document type;
// after the limit drops to 0.5 MB it is rebuilt from the kept sources under 0.5 MB. Each result is
// reopened with pdf-lib (page count and order) and pdf.js (the text pages still carry their text).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launchWorkbookCopy } from '../harness/browser.ts';
import { photo, scanJpegs, scannedPdf, scanPageWidth, textPdf } from '../harness/sources.ts';

const MB = 1024 * 1024;
const TYPE = 'Further and higher education certificates';

let h: Harness;
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'proreg-sources-'));
beforeAll(async () => {
  h = await launchWorkbookCopy();
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Writes a generated source to a file, as the applicant's files are (handing the browser a path, not megabytes over the wire). */
function file(name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

async function createApplication() {
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('CEng 2027');
  await page.getByLabel('Registration category').selectOption('CEng');
  await page.getByLabel(/^Standard route/).check();
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  await documents();
}

async function documents() {
  await page
    .getByRole('navigation', { name: 'Application sections' })
    .getByRole('link', { name: 'Supporting documents', exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Supporting documents' }).waitFor();
}

async function setLimit(megabytes: string) {
  const url = page.url();
  await page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Rules' }).click();
  await page.getByLabel('Largest file per document type (MB)').fill(megabytes);
  await page.getByRole('button', { name: 'Save limits' }).click();
  await page.getByText('Limits saved.').waitFor();
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: 'Supporting documents' }).waitFor();
}

/** The stored bytes of the document kept for the type, read from IndexedDB. */
async function keptPdf(): Promise<{ bytes: Buffer; sources: number; name: string }> {
  const kept = await page.evaluate(async () => {
    const open = indexedDB.open('proreg-workbook');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const get = <T>(store: string, key?: string) =>
      new Promise<T>((ok) => {
        const r = key === undefined ? db.transaction(store).objectStore(store).getAll() : db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => ok(r.result as T);
      });
    const [app] =
      await get<{ documents: Record<string, { blobId: string; name: string; built?: { sources: unknown[] } }> }[]>('applications');
    const ref = app!.documents['education-certificates']!;
    const { blob } = await get<{ blob: Blob }>('blobs', ref.blobId);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    db.close();
    return { base64: btoa(text), sources: ref.built?.sources.length ?? 0, name: ref.name };
  });
  return { bytes: Buffer.from(kept.base64, 'base64'), sources: kept.sources, name: kept.name };
}

/** Page sizes in order ([width, height] in points, as stored) and the text of each page. */
async function reopen(bytes: Buffer): Promise<{ sizes: number[][]; rotations: number[]; texts: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const sizes = doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
  const rotations = doc.getPages().map((p) => p.getRotation().angle);
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return { sizes, rotations, texts };
}

test('several sources become one PDF under 2.5 MB, then, rebuilt from the kept sources, under 0.5 MB', async () => {
  await createApplication();
  const text = await textPdf();
  const scan = await scannedPdf(await scanJpegs(page, 20));
  const photos = [await photo(page, { seed: 1 }), await photo(page, { seed: 2, type: 'image/png', width: 3000, height: 4000 })];
  expect(scan.length).toBeGreaterThan(3 * MB);
  expect(photos[0]!.length + photos[1]!.length).toBeGreaterThan(3 * MB);

  await setLimit('2.5');
  await page.getByRole('button', { name: `Build one file for ${TYPE}` }).click();
  await page
    .getByLabel(`Add files to ${TYPE}`)
    .setInputFiles([
      file('degree.pdf', text),
      file('transcript-scan.pdf', scan),
      file('apprenticeship.jpg', photos[0]!),
      file('award.png', photos[1]!),
    ]);
  await page.getByRole('heading', { name: 'Pages in order (24 pages)' }).waitFor({ timeout: 120_000 });
  const pages = page.getByRole('list', { name: /Pages in order/ }).getByRole('listitem');
  await expect.poll(() => pages.nth(0).textContent()).toMatch(/Page 1: degree\.pdf, page 1 \(text: kept as it is\)/);
  await expect.poll(() => pages.nth(23).textContent()).toMatch(/Page 24: award\.png/);

  // Reorder with the keyboard: the second photo to the front (23 presses of Move up), the first scan page turned.
  await page.getByRole('button', { name: 'Move up (page 24)' }).focus();
  for (let i = 24; i > 1; i--) {
    await page.keyboard.press('Enter');
    // Focus follows the page as it moves.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(new RegExp(`\\(page ${i - 1}\\)`));
  }
  await expect.poll(() => pages.nth(0).textContent()).toMatch(/Page 1: award\.png/);
  await page.getByRole('button', { name: 'Turn (page 4)' }).click();
  await expect.poll(() => pages.nth(3).textContent()).toMatch(/Page 4: transcript-scan\.pdf, page 1, turned 90°/);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  // Cancel stops the work and changes nothing; the pages stay as arranged.
  await page.getByRole('button', { name: 'Make one PDF from 24 pages' }).click();
  await page.getByRole('progressbar', { name: 'Making the file' }).waitFor();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByText('Cancelled. Nothing was changed.').waitFor();
  await expect.poll(() => pages.nth(0).textContent()).toMatch(/Page 1: award\.png/);

  await page.getByRole('button', { name: 'Make one PDF from 24 pages' }).click();
  await page.getByRole('heading', { name: /^The file: / }).waitFor({ timeout: 180_000 });
  await page.getByText('Within your limit of 2.5 MB.').waitFor();
  await page.getByRole('region', { name: 'Page 1 at 100 %' }).getByRole('img').waitFor();
  const afterBuild = await axeViolations(page);
  expect(afterBuild, describeViolations(afterBuild)).toEqual([]);
  await page.getByRole('button', { name: `Keep this file for ${TYPE}` }).click();
  await page.getByText(/Built here from 4 files/).waitFor();

  const large = await keptPdf();
  expect(large.sources).toBe(4);
  expect(large.bytes.length).toBeLessThanOrEqual(2.5 * MB);
  const expectedOrder = (r: Awaited<ReturnType<typeof reopen>>) => {
    // award.png (portrait photo), the two text pages, the 20 scanned pages in order, the landscape photo.
    expect(r.sizes.length).toBe(24);
    expect(r.sizes[0]).toEqual([595, 842]);
    expect(r.sizes.slice(1, 3)).toEqual([
      [612, 792],
      [612, 792],
    ]);
    expect(r.sizes.slice(3, 23).map((s) => s[0])).toEqual(Array.from({ length: 20 }, (_, i) => scanPageWidth(i)));
    expect(r.sizes[23]).toEqual([842, 595]);
    expect(r.rotations[3]).toBe(90);
    expect(r.texts[1]).toContain('Degree certificate, page 1');
    expect(r.texts[2]).toContain('Degree certificate, page 2');
    expect(r.texts[2]).toContain('Awarded with first class honours');
  };
  expectedOrder(await reopen(large.bytes));

  // The limit drops: rebuild from the sources kept with the document.
  await setLimit('0.5');
  await page.getByRole('button', { name: `Rebuild ${TYPE} from its files` }).click();
  await page.getByRole('heading', { name: 'Pages in order (24 pages)' }).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Make one PDF from 24 pages' }).click();
  await page.getByRole('heading', { name: /^The file: / }).waitFor({ timeout: 180_000 });
  await page.getByText('Within your limit of 0.5 MB.').waitFor();
  await page.getByRole('button', { name: `Keep this file for ${TYPE}` }).click();
  await page.getByText(/Kept “education-certificates\.pdf”/).waitFor();
  const small = await keptPdf();
  expect(small.bytes.length).toBeLessThanOrEqual(0.5 * MB);
  expectedOrder(await reopen(small.bytes));
}, 600_000);
