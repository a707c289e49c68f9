// The mentor round trip in real Chromium: an applicant exports, a mentor in a fresh profile
// opens the exported file directly (no script runs) and reviews it in mentor mode, and the
// applicant imports the review and sees the comments in place. Hostile text rides along.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { snapshotContent } from '../../core/application/hashing.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../core/exchange/html.ts';
import { snapshotHash } from '../../core/exchange/snapshot.ts';
import { hostileSample, lockedSample } from '../core/exchange/sample.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'proreg-exchange-'));
let applicant: Harness;
let mentor: Harness;

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=\'name\'">Ada <script>window.__pwned="script"</script>';
const HOSTILE_PROSE =
  'I led the team.</script><script>window.__pwned="breakout"</script> <a href="javascript:window.__pwned=1">more</a> <svg onload="window.__pwned=2">';

/** The applicant's application: the sample with hostile text in names and prose. */
function applicantFile(): string {
  const { app, bytes } = lockedSample();
  const roles = [{ ...app.roles[0]!, responsibilities: HOSTILE_PROSE }, app.roles[1]!];
  const base = {
    ...app,
    name: 'CEng 2027',
    personal: { ...app.personal, fullName: HOSTILE_NAME },
    roles,
    supporters: [{ ...app.supporters[0]!, name: HOSTILE_NAME }],
  };
  const content = snapshotContent(base);
  const locked = {
    ...base,
    lock: { ...base.lock!, content, sha256: snapshotHash(content) },
    history: [base.history[0]!, { type: 'locked' as const, at: base.lock!.at, sha256: snapshotHash(content) }],
  };
  return JSON.stringify(serializeApplication(locked, bytes));
}

/** Fails the test on any dialog (alert/confirm) a payload might raise; records console errors. */
function watch(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

beforeAll(async () => {
  applicant = await launch({ extension: false });
  mentor = await launch({ extension: false });
});
afterAll(async () => {
  await applicant?.close();
  await mentor?.close();
});

test('applicant exports, mentor reviews the file in a fresh profile, applicant sees the comments in place', async () => {
  // Applicant: seed the workbook by importing a file through the import screen.
  const seedPath = join(dir, 'seed.json');
  writeFileSync(seedPath, applicantFile());
  const page = await applicant.context.newPage();
  const applicantSeen = watch(page);
  await page.goto(`${applicant.pwaUrl}#/import`);
  await page.getByLabel('Choose a file to import').setInputFiles(seedPath);
  await page.getByRole('heading', { name: 'Ready to import' }).waitFor();
  const importViolations = await axeViolations(page);
  expect(importViolations, describeViolations(importViolations)).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: 'Open CEng 2027' }).click();

  // The workbook's own screens show the hostile text as text too.
  const appUrl = page.url().replace(/\/overview$/, '');
  for (const screen of ['overview', 'checklist', 'career', 'documents', 'validate']) {
    await page.goto(`${appUrl}/${screen}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await pwned(page), screen).toBeNull();
  }
  await page.goto(`${appUrl}/overview`);

  // Applicant: the Export and review screen of that application; download the .html.
  await page.getByRole('link', { name: 'Export and review' }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this application (.html)' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^CEng-2027-CEng-\d{4}-\d{2}-\d{2}\.html$/);
  const htmlPath = join(dir, exported.suggestedFilename());
  await exported.saveAs(htmlPath);

  // Mentor, fresh profile: open the file directly. It reads as a document and runs nothing.
  const doc = await mentor.context.newPage();
  const docSeen = watch(doc);
  // The harness aborts every request it does not know; let this one local file through, as is.
  await doc.route(
    (url) => url.protocol === 'file:',
    (route) => route.continue(),
  );
  await doc.goto(pathToFileURL(htmlPath).href);
  await expect(doc.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CEng 2027');
  await expect(doc.getByRole('heading', { name: 'Career history' }).isVisible()).resolves.toBe(true);
  expect(await doc.getByText(HOSTILE_PROSE).count()).toBe(1);
  expect(await doc.evaluate(() => [...document.scripts].map((s) => s.type))).toEqual(['application/json']);
  expect(await doc.evaluate(() => document.querySelectorAll('svg, iframe, a[href]').length)).toBe(0);
  expect(await doc.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 22)))).toEqual([
    'data:image/png;base64,',
  ]);
  expect(await pwned(doc)).toBeNull();
  expect(docSeen.dialogs).toEqual([]);
  // Printing it needs nothing either.
  await doc.emulateMedia({ media: 'print' });
  await expect(doc.getByRole('heading', { name: 'Lock snapshot' }).isVisible()).resolves.toBe(true);

  // Mentor: import it in mentor mode, comment on the role's Personal Achievements, export a review.
  const mentorPage = await mentor.context.newPage();
  const mentorSeen = watch(mentorPage);
  await mentorPage.goto(`${mentor.pwaUrl}#/reviews`);
  await mentorPage.getByLabel('Open an application to review').setInputFiles(htmlPath);
  await mentorPage.getByRole('heading', { name: 'Reviewing: CEng 2027' }).waitFor();
  await mentorPage.getByLabel('Your name, as the applicant will see it').fill('Morgan Mentor');
  await mentorPage.getByRole('button', { name: 'Add a comment about Role 1: Lead Engineer, Grid Systems Ltd' }).click();
  await mentorPage.getByLabel('What the comment is about').selectOption({ label: 'Personal Achievements' });
  await mentorPage.getByLabel('Your comment').fill('Quantify the result: how many faults before and after?');
  await mentorPage.getByRole('button', { name: 'Save comment' }).click();
  await mentorPage.getByText('Quantify the result: how many faults before and after?').waitFor();
  const violations = await axeViolations(mentorPage);
  expect(violations, describeViolations(violations)).toEqual([]);
  // The mentor's own workbook has no applications: the review is kept apart.
  await expect(
    mentorPage.evaluate(async () => {
      const open = indexedDB.open('proreg-workbook');
      const database = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const req = database.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
        });
      return { applications: await count('applications'), reviews: await count('reviews') };
    }),
  ).resolves.toEqual({ applications: 0, reviews: 1 });
  const [reviewDownload] = await Promise.all([
    mentorPage.waitForEvent('download'),
    mentorPage.getByRole('button', { name: 'Download review (1 comment)' }).click(),
  ]);
  const reviewPath = join(dir, reviewDownload.suggestedFilename());
  await reviewDownload.saveAs(reviewPath);
  expect(readFileSync(reviewPath, 'utf8').length).toBeLessThan(5000);
  expect(await pwned(mentorPage)).toBeNull();
  expect(mentorSeen.dialogs).toEqual([]);
  await mentorPage.getByRole('button', { name: 'Close the review' }).click();
  await mentorPage.getByRole('link', { name: 'CEng 2027 (CEng)' }).waitFor();
  const listViolations = await axeViolations(mentorPage);
  expect(listViolations, describeViolations(listViolations)).toEqual([]);

  // Applicant: import the review; the comment appears inside the role, on Personal Achievements.
  await page.getByLabel("Import a mentor's review").setInputFiles(reviewPath);
  await page.getByText('Imported 1 comment from Morgan Mentor.').waitFor();
  const comments = page.getByRole('list', { name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Personal Achievements' });
  await expect(comments.textContent()).resolves.toContain('Quantify the result: how many faults before and after?');
  await expect(comments.textContent()).resolves.toContain('Morgan Mentor');
  await expect(
    page
      .getByRole('article', { name: 'Role 1: Lead Engineer, Grid Systems Ltd' })
      .getByRole('list', { name: /Mentor comments on/ })
      .count(),
  ).resolves.toBe(1);

  // The same comment is also on the Career history screen, under that role's Personal Achievements box.
  await page.getByRole('link', { name: 'Career history' }).click();
  const inPlace = page.getByRole('list', { name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Personal Achievements' });
  await inPlace.waitFor();
  await expect(inPlace.textContent()).resolves.toContain('Quantify the result: how many faults before and after?');
  const role1 = page.getByRole('region', { name: /^Role 1\b/ });
  await expect(role1.getByRole('list', { name: /^Mentor comments on/ }).count()).resolves.toBe(1);
  await expect(inPlace.evaluate((list) => list.previousElementSibling?.querySelector('label')?.textContent)).resolves.toBe(
    'Role 1: Personal Achievements',
  );
  const careerViolations = await axeViolations(page);
  expect(careerViolations, describeViolations(careerViolations)).toEqual([]);
  // The overview counts it and links to where it is.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByText('1 open comment from your mentor.', { exact: false }).waitFor();
  await expect(
    page
      .getByRole('list', { name: 'Where the open mentor comments are' })
      .getByRole('link', { name: '1 on Career history' })
      .getAttribute('href'),
  ).resolves.toMatch(/\/career$/);
  const overviewViolations = await axeViolations(page);
  expect(overviewViolations, describeViolations(overviewViolations)).toEqual([]);
  await page.getByRole('link', { name: 'Export and review' }).click();
  await page.getByRole('button', { name: /^Show the briefing for/ }).click();
  await page.getByRole('heading', { name: /^What Career Manager will ask of/ }).waitFor();
  const applicantViolations = await axeViolations(page);
  expect(applicantViolations, describeViolations(applicantViolations)).toEqual([]);
  expect(await pwned(page)).toBeNull();
  expect(applicantSeen.dialogs).toEqual([]);
  expect([...applicant.outbound, ...mentor.outbound]).toEqual([]);
});

test('an export with hostile text in every field opens in Chromium as a document and runs nothing', async () => {
  const { app, bytes } = hostileSample();
  const path = join(dir, 'hostile.html');
  writeFileSync(path, renderApplicationHtml(app, bytes));
  const doc = await mentor.context.newPage();
  const seen = watch(doc);
  await doc.route(
    (url) => url.protocol === 'file:',
    (route) => route.continue(),
  );
  await doc.goto(pathToFileURL(path).href);
  await expect(doc.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(app.name);
  expect(await doc.getByText(app.roles[0]!.achievements).count()).toBeGreaterThan(0);
  expect(await doc.evaluate(() => [...document.scripts].map((s) => s.type))).toEqual(['application/json']);
  expect(await doc.evaluate(() => document.querySelectorAll('svg, iframe, a[href], [onerror], [onload]').length)).toBe(0);
  expect(await pwned(doc)).toBeNull();
  expect(await doc.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
  expect(seen.dialogs).toEqual([]);
  // The embedded data is intact despite "</script>" in the text: it parses back to the application.
  const embedded = await doc.evaluate(() => JSON.parse(document.getElementById('proreg-data')!.textContent!) as { application: unknown });
  expect(embedded.application).toEqual(app);
});
