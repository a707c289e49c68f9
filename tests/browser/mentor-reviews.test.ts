// A mentor's review loses nothing, in real Chromium at 375 px: the applicant's export tells the
// mentor where to go, the mentor comments (one saved, one still being typed), reloads, closes
// the tab and comes back, finds everything; leaving with comments not downloaded asks first, and
// stops asking once the review is downloaded; the applicant imports the review.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { downloadLabel, MENTOR_WORDS } from '../../core/exchange/mentor-words.ts';
import { lockedSample } from '../core/exchange/sample.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'proreg-mentor-'));
let applicant: Harness;
let mentor: Harness;
const NARROW = { width: 375, height: 740 };
const ROLE_1 = 'Add a comment about Role 1: Lead Engineer, Grid Systems Ltd';
const FIRST = 'Quantify the result: how many faults before and after?';
const SECOND = 'C1 needs a second example, from another role.';

beforeAll(async () => {
  applicant = await launch({ extension: false });
  mentor = await launch({ extension: false });
});
afterAll(async () => {
  await applicant?.close();
  await mentor?.close();
});

/** Every dialog the page raised, by type; beforeunload questions are answered "leave". */
function dialogsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.type());
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
  });
  return seen;
}

async function expectNoAxe(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Nothing sticks out sideways at this width. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function openWorkbookAsMentor(): Promise<Page> {
  const page = await mentor.context.newPage();
  await page.setViewportSize(NARROW);
  await page.goto(mentor.pwaUrl);
  await page.getByRole('link', { name: MENTOR_WORDS.nav, exact: true }).click();
  await page.getByRole('heading', { name: MENTOR_WORDS.inProgress }).waitFor();
  return page;
}

test('a mentor comments, reloads, closes the tab and comes back with nothing lost; downloads; the applicant imports the review', async () => {
  // Applicant: their workbook holds the application; they export it for the mentor.
  const { app, bytes } = lockedSample();
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify(serializeApplication(app, bytes)));
  const own = await applicant.context.newPage();
  await own.goto(`${applicant.pwaUrl}#/import`);
  await own.getByLabel('Choose a file to import').setInputFiles(seed);
  await own.getByRole('button', { name: 'Import', exact: true }).click();
  await own.getByRole('link', { name: `Open ${app.name}` }).click();
  await own.getByRole('link', { name: 'Export and review' }).click();
  const [exported] = await Promise.all([
    own.waitForEvent('download'),
    own.getByRole('button', { name: 'Download this application (.html)' }).click(),
  ]);
  const htmlPath = join(dir, exported.suggestedFilename());
  await exported.saveAs(htmlPath);
  // The file itself tells the mentor where to go and what to choose, in the workbook's words.
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('For a mentor: how to review this file');
  // Served here from this computer's own address, which would open nothing on the mentor's: the file says so.
  expect(html).toContain(`runs on their own computer (${applicant.pwaUrl})`);
  expect(html).toContain(`Choose “${MENTOR_WORDS.nav}” at the top of the page, then “${MENTOR_WORDS.open}”`);
  expect(html).toContain(`choose “${MENTOR_WORDS.download}”`);

  // Mentor, on a phone-sized screen: follows those words.
  let page = await openWorkbookAsMentor();
  let dialogs = dialogsOf(page);
  await page.getByText('None yet.', { exact: false }).waitFor();
  await page.getByLabel(MENTOR_WORDS.open).setInputFiles(htmlPath);
  await page.getByRole('heading', { name: `Reviewing: ${app.name}` }).waitFor();
  expect(page.url()).toMatch(/#\/reviews\/[\w-]+$/);
  const reviewUrl = page.url();
  await page.getByLabel('Your name, as the applicant will see it').fill('Morgan Mentor');
  await page.getByRole('button', { name: ROLE_1 }).click();
  await page.getByLabel('What the comment is about').selectOption({ label: 'Personal Achievements' });
  await page.getByRole('textbox', { name: 'Your comment' }).fill(FIRST);
  await page.getByRole('button', { name: 'Save comment' }).click();
  await page.getByText(FIRST).waitFor();
  // A second comment, typed but not saved.
  await page.getByRole('button', { name: 'Add a comment about the competences' }).click();
  const about = page.getByLabel('What the comment is about');
  await about.selectOption(await about.evaluate((s) => [...(s as HTMLSelectElement).options].find((o) => o.text.startsWith('C1:'))!.value));
  const c1Label = await about.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text);
  await page.getByRole('textbox', { name: 'Your comment' }).fill(SECOND);
  let bar = page.getByRole('region', { name: 'Download the review' });
  await bar.getByRole('button', { name: downloadLabel(1) }).waitFor();
  await bar.getByText('1 comment not downloaded yet.').waitFor();
  // The download bar stays in sight at the top of the page too.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(NARROW.height + 1);
  expect(box.y).toBeGreaterThan(0);
  expect(await fitsWidth(page)).toBe(true);
  await expectNoAxe(page);

  // Reload: the browser asks first (comments not downloaded), then everything is back.
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await page.getByRole('heading', { name: `Reviewing: ${app.name}` }).waitFor();
  await page.getByText(FIRST).waitFor();
  await expect.poll(() => page.getByRole('textbox', { name: 'Your comment' }).inputValue()).toBe(SECOND);
  expect(await page.getByLabel('What the comment is about').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text)).toBe(
    c1Label,
  );
  expect(await page.getByLabel('Your name, as the applicant will see it').inputValue()).toBe('Morgan Mentor');

  // Close the tab (the browser asks again), open the workbook afresh: the review waits in the list.
  await page.getByRole('textbox', { name: 'Your comment' }).press('End');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload', 'beforeunload']);
  await expect.poll(() => page.isClosed()).toBe(true);

  page = await openWorkbookAsMentor();
  dialogs = dialogsOf(page);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${app.name} (${app.category})` }) });
  await item.getByText('Not downloaded yet').waitFor();
  await item.getByText('1 comment', { exact: false }).waitFor();
  expect(await fitsWidth(page)).toBe(true);
  await expectNoAxe(page);
  await item.getByRole('link', { name: `${app.name} (${app.category})` }).click();
  await page.getByRole('heading', { name: `Reviewing: ${app.name}` }).waitFor();
  expect(page.url()).toBe(reviewUrl);
  await page.getByText(FIRST).waitFor();
  expect(await page.getByRole('textbox', { name: 'Your comment' }).inputValue()).toBe(SECOND);
  expect(await page.getByLabel('Your name, as the applicant will see it').inputValue()).toBe('Morgan Mentor');
  await page.getByRole('button', { name: 'Save comment' }).click();
  await page.getByText(SECOND).waitFor();

  // The applicant's documents can be looked at: the diagram opens as an image, never as a page of the workbook.
  const [shown] = await Promise.all([
    mentor.context.waitForEvent('page'),
    page.getByRole('button', { name: 'View Accountability diagram: diagram.png' }).click(),
  ]);
  await shown.waitForLoadState();
  expect(shown.url()).toMatch(/^blob:/);
  expect(await shown.evaluate(() => document.contentType)).toBe('image/png');
  await shown.close();

  // Leaving inside the workbook with comments not downloaded asks first; "Stay" stays.
  await page.getByRole('link', { name: 'Applications' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Leave without downloading the review?' });
  await ask.waitFor();
  await expectNoAxe(page);
  await ask.getByRole('button', { name: 'Stay' }).click();
  await page.getByRole('heading', { name: `Reviewing: ${app.name}` }).waitFor();
  expect(page.url()).toBe(reviewUrl);

  // Download: the bar says so, and leaving no longer asks.
  bar = page.getByRole('region', { name: 'Download the review' });
  const [reviewFile] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: downloadLabel(2) }).click()]);
  const reviewPath = join(dir, reviewFile.suggestedFilename());
  await reviewFile.saveAs(reviewPath);
  await bar.getByText(/^Downloaded .*, with every comment\.$/).waitFor();
  await page.getByRole('link', { name: 'Applications' }).click();
  await page
    .getByRole('heading', { level: 2, name: /Applications|Your applications/ })
    .first()
    .waitFor();
  expect(await page.getByRole('alertdialog').count()).toBe(0);
  await page.getByRole('link', { name: MENTOR_WORDS.nav, exact: true }).click();
  await page
    .getByRole('listitem')
    .getByText(/^Downloaded /)
    .waitFor();
  await page.close({ runBeforeUnload: true });
  expect(dialogs).toEqual([]);

  // Applicant: imports the review; both comments are where they belong.
  await own.getByLabel("Import a mentor's review").setInputFiles(reviewPath);
  await own.getByText('Imported 2 comments from Morgan Mentor.').waitFor();
  await expect(
    own.getByRole('list', { name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Personal Achievements' }).textContent(),
  ).resolves.toContain(FIRST);
  await expect(own.getByRole('list', { name: 'Mentor comments on Competence C1' }).textContent()).resolves.toContain(SECOND);
  expect([...applicant.outbound, ...mentor.outbound]).toEqual([]);
});
