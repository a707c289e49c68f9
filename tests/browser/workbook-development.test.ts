// In real Chromium: the development and interview screens load on demand, work by keyboard,
// fit 375px, have no axe violations, print only the part asked for, and open offline.
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

async function section(name: string) {
  await page.getByRole('navigation', { name: 'Application sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 15_000 });
}

async function part(name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('button', { name, exact: true, pressed: true }).waitFor();
}

async function expectCleanAt375(where: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where} is ${scroll}px wide at 375px`).toBeLessThanOrEqual(client);
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

test('development and interview screens: keyboard entry, 375px, axe, print one part, offline', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('CEng 2027');
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  await section('Career history');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Role 1: employer').fill('Grid Co');
  await page.getByLabel('Role 1: job title').fill('Protection engineer');
  await page.getByLabel('Role 1: Personal Achievements').fill('I led the relay upgrade, cutting faults by 30%.');

  await section('Development and CPD');
  // A CPD activity, entered by keyboard alone.
  await page.getByRole('button', { name: 'Add an activity' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Hours' }).fill('3');
  await page.getByRole('textbox', { name: 'Activity', exact: true }).fill('Protection course');
  await page.getByRole('button', { name: 'Save activity' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/3 of 30 hours \(27 to go\), 1 activity/).waitFor();
  await expectCleanAt375('CPD log');
  for (const name of ['Action plan', 'Advice log', 'Panel feedback']) {
    await part(name);
    await expectCleanAt375(name);
  }

  // Printing the plan prints the plan alone.
  await part('Action plan');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  // The goal form offers first what the coverage matrix flags, each with the matrix's reason.
  await page.getByText('Nothing in the career history evidences A1 yet.').waitFor();
  await expectCleanAt375('New goal, flagged competences first');
  await page.getByRole('textbox', { name: 'Goal' }).fill('Lead a work package');
  await page.getByRole('checkbox', { name: /^C2/ }).check();
  await page.getByRole('textbox', { name: 'What you will do (action 1)' }).fill('Plan the spring outage');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('heading', { level: 4, name: /Lead a work package/ }).waitFor();
  await expectCleanAt375('Action plan with a goal');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    document.getElementById('dap-document')!.classList.add('dv-print');
    const visible = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].some((e) => e.offsetParent !== null || getComputedStyle(e).display !== 'none');
    const result = {
      plan: visible('#dap-document table'),
      nav: visible('nav[aria-label="Application sections"]'),
      header: visible('header h1'),
    };
    document.getElementById('dap-document')!.classList.remove('dv-print');
    return result;
  });
  await page.emulateMedia({ media: 'screen' });
  expect(printed).toEqual({ plan: true, nav: false, header: false });

  await section('Interview preparation');
  await page.getByRole('heading', { level: 4, name: /Protection engineer at Grid Co/ }).waitFor();
  await expectCleanAt375('Practice questions');
  for (const name of ['Presentation', 'Remote interview']) {
    await part(name);
    await expectCleanAt375(name);
  }

  // Offline: the development screens come from the service worker's cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await h.context.setOffline(true);
  try {
    await page.reload();
    await section('Development and CPD');
    await page.getByText(/3 of 30 hours \(27 to go\)/).waitFor();
  } finally {
    await h.context.setOffline(false);
  }
  expect(h.outbound).toEqual([]);
});
