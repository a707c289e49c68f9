// Bad input to the assembler, in real Chromium: an empty file, an iPhone HEIC photo, a Word file,
// a damaged PDF, an encrypted PDF and a 200-page PDF each get a plain message while the good files
// carry on (a 40-megapixel photo is scaled, and says so); the file kept before is not touched.
// Then, on a 375-pixel phone screen and with the network off, the assembler still builds a file.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launchWorkbookCopy } from '../harness/browser.ts';
import { encryptedPdf, longPdf, photo, textPdf } from '../harness/sources.ts';

const TYPE = 'Further and higher education certificates';

let h: Harness;
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'proreg-bad-sources-'));
beforeAll(async () => {
  h = await launchWorkbookCopy();
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

async function documents() {
  await page
    .getByRole('navigation', { name: 'Application sections' })
    .getByRole('link', { name: 'Supporting documents', exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Supporting documents' }).waitFor();
}

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

test('each bad source gets a plain message, the rest carries on, and the file kept before stays', async () => {
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('CEng 2027');
  await page.getByLabel('Registration category').selectOption('CEng');
  await page.getByLabel(/^Standard route/).check();
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  await documents();
  // A file kept the ordinary way, before the assembler is opened.
  await page.getByLabel(`Choose a file for ${TYPE}`).setInputFiles(file('certs.pdf', await textPdf('Earlier certificates')));
  await page.getByText('Added “certs.pdf”.').waitFor();

  await page.getByRole('button', { name: `Build one file for ${TYPE}` }).click();
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
  await page
    .getByLabel(`Add files to ${TYPE}`)
    .setInputFiles([
      file('empty.pdf', Buffer.alloc(0)),
      file('IMG_0001.heic', heic),
      file('letter.docx', docx),
      file('damaged.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntruncated')),
      file('locked.pdf', encryptedPdf()),
      file('everything.pdf', await longPdf(200)),
      file('degree.pdf', await textPdf()),
      file('whiteboard.jpg', await photo(page, { width: 7300, height: 5480, seed: 3 })),
    ]);
  const notAdded = page.locator('.problem', { hasText: 'Not added' });
  for (const message of [
    /“empty\.pdf” was not added: it is empty \(0 bytes\)/,
    /“IMG_0001\.heic” was not added: it is an HEIC photo/,
    /“letter\.docx” was not added: it is a Word document\. Only PDF, JPEG and PNG/,
    /“damaged\.pdf” could not be read as a PDF/,
    /“locked\.pdf” is protected by a password or encryption/,
    /“everything\.pdf” has 200 pages; one built document holds at most 100/,
  ]) {
    await notAdded.getByText(message).waitFor({ timeout: 60_000 });
  }
  // The good files carry on: two text pages and the big photo, scaled (and said so).
  await page.getByRole('heading', { name: 'Pages in order (3 pages)' }).waitFor({ timeout: 120_000 });
  await page.getByText(/“whiteboard\.jpg” is a 40-megapixel photo; it is scaled to the page/).waitFor();
  await expectNoAxeViolations('The assembler with refused sources');

  // Leaving without keeping changes nothing stored.
  await page.getByRole('button', { name: 'Close without keeping' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Build one file for ${TYPE}`);
  await page.getByText('certs.pdf', { exact: true }).waitFor();
}, 300_000);

test('on a 375-pixel screen, offline, the assembler builds a file, operated by keyboard', async () => {
  // Offline: once the service worker has everything, the assembler and pdf.js come from its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.setViewportSize({ width: 375, height: 800 });
  await h.context.setOffline(true);
  try {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Supporting documents' }).waitFor();
    await page.getByRole('button', { name: `Build one file for ${TYPE}` }).click();
    await page
      .getByLabel(`Add files to ${TYPE}`)
      .setInputFiles([file('degree.pdf', await textPdf()), file('photo.jpg', await photo(page, { width: 1600, height: 1200, seed: 9 }))]);
    await page.getByRole('heading', { name: 'Pages in order (3 pages)' }).waitFor({ timeout: 60_000 });
    // The thumbnails were drawn by pdf.js (fonts from the cache) and the page fits the screen.
    await expect.poll(() => page.locator('.asm-thumb img').count()).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations('The assembler at 375 px');

    // Keyboard: the photo to the front, turned, and the last page removed.
    await page.getByRole('button', { name: 'Move up (page 3)' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const pages = page.getByRole('list', { name: /Pages in order/ }).getByRole('listitem');
    await expect.poll(() => pages.nth(0).textContent()).toMatch(/Page 1: photo\.jpg/);
    await page.getByRole('button', { name: 'Turn (page 1)' }).press('Enter');
    await page.getByRole('button', { name: 'Remove (page 3)' }).press('Enter');
    await page.getByRole('heading', { name: 'Pages in order (2 pages)' }).waitFor();
    await page.getByRole('button', { name: 'Make one PDF from 2 pages' }).press('Enter');
    await page.getByRole('heading', { name: /^The file: / }).waitFor({ timeout: 120_000 });
    await page.getByText('Within your limit of 0.5 MB.').waitFor();
    await page.getByRole('region', { name: 'Page 1 at 100 %' }).getByRole('img').waitFor();
    // The full-size page scrolls inside its own box; the screen itself does not widen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations('The built file at 375 px');
    await page.getByRole('button', { name: `Keep this file for ${TYPE}` }).press('Enter');
    await page.getByText(/Kept “education-certificates\.pdf” for .*, built from 2 files\./).waitFor();
    await page.getByText(/Built here from 2 files: “photo\.jpg”, “degree\.pdf”/).waitFor();
  } finally {
    await h.context.setOffline(false);
  }
}, 300_000);
