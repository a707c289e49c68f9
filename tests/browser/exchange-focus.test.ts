// Keyboard focus on the exchange screens in real Chromium, driven by the real keyboard: the
// mentor's comment form, a comment not yet saved when the review is downloaded, the export and
// backup buttons while they work, and the Import button that goes away when pressed.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { lockedSample } from '../core/exchange/sample.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'proreg-exchange-focus-'));
let browser: Harness;
const { app, bytes } = lockedSample();
const seed = join(dir, 'seed.json');
const ROLE_1 = 'Add a comment about Role 1: Lead Engineer, Grid Systems Ltd';

beforeAll(async () => {
  writeFileSync(seed, JSON.stringify(serializeApplication(app, bytes)));
  browser = await launch({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

/** The focused element's tag and accessible-ish name (its label, or its text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return `${el.tagName.toLowerCase()}: ${(label ?? el.textContent ?? '').trim()}`;
  });

async function expectNoAxe(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

test('mentor comment form: Enter opens it at what the comment is about, then "Your comment"; an unsaved comment stops the download and takes focus back to it; Save returns focus to its button', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${browser.pwaUrl}#/reviews`);
  await page.getByLabel('Open an application to review').setInputFiles(seed);
  await page.getByRole('heading', { name: `Reviewing: ${app.name}` }).waitFor();
  await page.getByLabel('Your name, as the applicant will see it').fill('Morgan Mentor');

  await page.getByRole('button', { name: ROLE_1 }).focus();
  await page.keyboard.press('Enter');
  // First what the comment is about (nothing is chosen for the mentor), then the comment.
  await expect.poll(() => focused(page)).toBe('select: What the comment is about');
  await page.getByLabel('What the comment is about').selectOption({ label: 'Responsibilities' });
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(page)).toBe('textarea: Your comment');
  await page.keyboard.type('Say what you personally did.');
  await expectNoAxe(page);

  await page.getByRole('button', { name: /^Download review \(/ }).focus();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/Your comment about Role 1: .* is not saved yet: save or cancel it first, then download the review file\./);
  expect(await focused(page)).toBe('textarea: Your comment');
  expect(await page.getByLabel('Your comment').inputValue()).toBe('Say what you personally did.');
  expect(downloads).toBe(0);
  await expectNoAxe(page);

  // Tab past the field to Save comment, press it: focus comes back to the button that opened the form.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Save comment');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe(`button: ${ROLE_1}`);
  await page.getByText('Say what you personally did.').waitFor();

  // Cancel also returns focus (Save comment is disabled while the field is empty, so Tab skips it).
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('select: What the comment is about');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('textarea: Your comment');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Cancel');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe(`button: ${ROLE_1}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download review \(/ }).press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^review-/);
  await page.close();
});

test('Import, then export and backup by keyboard: focus moves to the result, and stays on each download button', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${browser.pwaUrl}#/import`);
  await page.getByRole('heading', { level: 2, name: 'Import or review' }).waitFor();
  await page.getByLabel('Choose a file to import').setInputFiles(seed);
  await page.getByRole('button', { name: 'Import', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: `Open ${app.name}` }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(`Open ${app.name}`);
  await expectNoAxe(page);

  const backup = page.getByRole('button', { name: 'Download a backup of the whole workbook' });
  await backup.focus();
  const [backupFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(backupFile.suggestedFilename()).toMatch(/^proreg-workbook-backup-/);
  await page.getByText(/^Backup downloaded\./).waitFor();
  expect(await focused(page)).toBe('button: Download a backup of the whole workbook');

  await page.getByRole('link', { name: `Open ${app.name}` }).click();
  await page.getByRole('link', { name: 'Export and review' }).click();
  const exportButton = page.getByRole('button', { name: 'Download this application (.html)' });
  await exportButton.focus();
  const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(exported.suggestedFilename()).toMatch(/\.html$/);
  await page.getByText(/^Downloaded\./).waitFor();
  expect(await focused(page)).toBe('button: Download this application (.html)');
  await expectNoAxe(page);
  await page.close();
});
