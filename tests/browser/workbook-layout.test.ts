// In real Chromium: the confirmation dialog is keyboard-safe (focus stays inside, Escape cancels,
// focus returns), focus follows each step, and at 375px no screen scrolls sideways even with a
// 200-character name that has no spaces.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launchWorkbookCopy } from '../harness/browser.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launchWorkbookCopy();
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});

const LONG = 'A'.repeat(200);
/** A small but readable PDF (a file that cannot be read as a PDF is refused). */
const ONE_PAGE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n%%EOF\n',
);
const SCREENS = [
  'Overview',
  'Registration checklist',
  'Career history',
  'Supporting documents',
  'Panelling',
  'Validate and verify',
  'Development and CPD',
  'Interview preparation',
  'Export and review',
];
// Set PROREG_SCREENSHOTS=dir to keep a picture of every screen at each width, for a person to look at.
const shots = process.env.PROREG_SCREENSHOTS;

/** What the focused element is, in words a test can compare. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return `${el.tagName.toLowerCase()}:${(label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });

async function section(name: string) {
  await page.getByRole('navigation', { name: 'Application sections' }).getByRole('link', { name, exact: true }).click();
  try {
    await page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 10_000 });
  } catch (e) {
    if (shots) await page.screenshot({ path: join(shots, `failed-${name}.png`), fullPage: true });
    throw e;
  }
}

/** Every screen of an application: the step rail (drawn, with its words), the sections' status badges, one primary action, and axe finds nothing. */
async function expectGuided(where: string, width: number) {
  const rail = page.getByRole('list', { name: 'Steps of the application' });
  expect(await rail.isVisible(), `${where} at ${width}px shows the step rail`).toBe(true);
  expect(await rail.getByRole('listitem').count()).toBe(10);
  expect(await page.locator('.rail-where').textContent()).toMatch(/^Step \d+ of 10: /);
  const badges = page.getByRole('navigation', { name: 'Application sections' }).locator('.tag');
  expect(await badges.count()).toBe(5);
  for (const badge of await badges.all()) expect(await badge.isVisible(), `${where} at ${width}px shows its badges`).toBe(true);
  const primary = page.locator('button.btn-primary:visible');
  expect(await primary.count(), `${where} at ${width}px has one primary action`).toBe(1);
  expect(await primary.textContent()).toBe('Continue');
  const violations = await axeViolations(page);
  expect(violations, `${where} at ${width}px:\n${describeViolations(violations)}`).toEqual([]);
}

async function expectNoSideways(where: string, width: number) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where} at ${width}px is ${scroll}px wide`).toBeLessThanOrEqual(client);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `${width}-${where.replace(/\W+/g, '-')}.png`), fullPage: true });
  }
}

test('the confirmation dialog keeps focus inside, Escape cancels, and focus returns to what opened it', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('Dialogs');
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Overview');

  await section('Career history');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.waitForFunction(() => document.activeElement?.id !== '' && document.activeElement?.tagName === 'INPUT');
  expect(await focused()).toBe('input:Role 1: employer');
  await page.keyboard.type('Grid Co');

  await page.getByRole('button', { name: 'Remove role 1' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Remove role 1 (Grid Co)?' });
  await dialog.waitFor();
  expect(await focused()).toBe('button:Keep the role');
  // Tab and Shift+Tab go round the dialog's own buttons, never back into the page.
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `after ${key}`).toBe(true);
  }
  expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await focused()).toBe('button:Remove role 1');
  expect(await page.getByLabel('Role 1: employer').inputValue()).toBe('Grid Co');

  // Confirming by keyboard removes it.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('button:Remove role 1 for good');
  await page.keyboard.press('Enter');
  await page.getByText('No roles yet.', { exact: false }).waitFor();
  // The button went with the role: focus carries on from the screen's heading, not the page's body.
  await page.waitForFunction(() => document.activeElement !== document.body);
  expect(await focused()).toBe('h2:Career history');

  // Delete from the list: Escape keeps the application and returns focus to Delete.
  await page.getByRole('link', { name: 'Applications' }).click();
  await page.getByRole('button', { name: 'Delete Dialogs' }).click();
  await page.getByRole('alertdialog', { name: 'Delete Dialogs?' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  expect(await focused()).toBe('button:Delete Dialogs');
  await page.getByRole('link', { name: 'Dialogs' }).waitFor();

  // Deleting for good by keyboard: focus goes to the list's heading once the dialog has gone.
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog', { name: 'Delete Dialogs?' }).waitFor();
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('button:Delete for good');
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Dialogs' }).waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  expect(await focused()).toBe('h2:Your applications');
});

test('no screen scrolls sideways at 375px with a 200-character unbroken name, and none at 1280px; each shows the rail, badges and one primary action', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill(LONG);
  await page.getByLabel('Registration category').selectOption('IEng');
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  const appUrl = page.url();

  // Long unbroken text wherever the applicant types: names, employer, a file name.
  await section('Registration checklist');
  await page.getByLabel('Full name').fill(LONG);
  await page.getByRole('button', { name: 'Add a qualification' }).click();
  await page.getByLabel('Qualification 1: title').fill(LONG);
  await section('Career history');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Role 1: employer').fill(LONG);
  await page.getByLabel('Role 1: job title').fill(LONG);
  await page.getByLabel('Role 1: Responsibilities').fill(LONG);
  await section('Supporting documents');
  await page
    .getByLabel('Choose a file for Accountability diagram')
    .setInputFiles({ name: `${LONG}.pdf`, mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });
  await page.getByText(/^Added “A+\.pdf”\.$/).waitFor();

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(h.pwaUrl);
    await page.getByRole('link', { name: LONG }).waitFor();
    await expectNoSideways('Applications', width);
    await page.getByRole('button', { name: `Delete ${LONG}` }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectNoSideways('Delete dialog', width);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Settings' }).waitFor();
    await expectNoSideways('Settings', width);
    await page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rules' }).waitFor();
    await expectNoSideways('Rules', width);
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    for (const name of SCREENS) {
      await section(name);
      await expectNoSideways(name, width);
      await expectGuided(name, width);
    }
    await section('Overview');
    await page.getByLabel('Registration category').selectOption('EngTech');
    await page.getByRole('alertdialog', { name: 'Change to EngTech?' }).waitFor();
    await expectNoSideways('Category dialog', width);
    await page.keyboard.press('Escape');
  }
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}, 240_000);

/** Header cells narrower than their longest word (a word broken across lines, "Hour s"), as "text: cell px < word px". */
const brokenHeaders = (root: string) =>
  page.evaluate((selector) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const broken: string[] = [];
    for (const th of document.querySelectorAll<HTMLElement>(`${selector} th`)) {
      if (th.closest('.visually-hidden') || th.getClientRects().length === 0) continue;
      const style = getComputedStyle(th);
      ctx.font = style.font;
      const inner = th.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      for (const word of (th.textContent ?? '').split(/\s+/).filter(Boolean)) {
        const w = ctx.measureText(word).width;
        if (w > inner + 1) broken.push(`${word}: ${Math.round(inner)} < ${Math.round(w)}`);
      }
    }
    return broken;
  }, root);

test('at 375px and 1280px table headers keep whole words, and a competence area’s flag sits below its heading', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('Layout');
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  await section('Career history');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Role 1: employer').fill('Grid Ltd');
  await page.getByLabel('Role 1: job title').fill('Senior engineer');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Role 2: employer').fill('Acme Water');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await section('Overview');
    const map = page.getByRole('region', { name: /^Coverage map/ });
    await map.waitFor();
    if (shots) await map.screenshot({ path: join(shots, `coverage-${width}.png`) });
    expect(await brokenHeaders('.coverage-map'), `coverage map at ${width}px`).toEqual([]);
    // Each flag's box starts below the area heading's own words.
    const overlaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.coverage-map tr.area th')].flatMap((th) => {
        const flags = [...th.querySelectorAll<HTMLElement>('.note')];
        const text = th.firstChild;
        if (!text || flags.length === 0) return [];
        const range = document.createRange();
        range.selectNodeContents(text);
        const words = range.getBoundingClientRect();
        return flags.filter((f) => f.getBoundingClientRect().top < words.bottom - 0.5).map((f) => f.textContent ?? '');
      }),
    );
    const flagged = await page.locator('.coverage-map tr.area .note').count();
    expect(flagged, 'the map shows flags to check').toBeGreaterThan(0);
    expect(overlaps, `flags over their heading at ${width}px`).toEqual([]);
    await section('Development and CPD');
    await page.getByRole('table', { name: /Hours by activity type/ }).waitFor();
    if (shots) await page.screenshot({ path: join(shots, `cpd-${width}.png`), fullPage: true });
    expect(await brokenHeaders('.bar-table'), `CPD tables at ${width}px`).toEqual([]);
  }
});
