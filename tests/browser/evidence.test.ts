// In real Chromium, at 375px and on a desktop: select words with the keyboard and link them to
// competences, read the suggestions and the level check, and open a cell of the coverage map;
// axe finds nothing and no screen scrolls sideways.
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

const shots = process.env.PROREG_SCREENSHOTS;
const FIRST = 'I planned the commissioning programme and budget for the 132 kV substation.';
const TEXT = `${FIRST}\nWe tested the SCADA alarms with the client.`;

async function section(name: string) {
  await page.getByRole('navigation', { name: 'Application sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 10_000 });
}

async function check(where: string, width: number) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where} at ${width}px is ${scroll}px wide`).toBeLessThanOrEqual(client);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `evidence-${width}-${where}.png`), fullPage: true });
  }
}

for (const width of [375, 1280]) {
  test(`at ${width}px: link words by keyboard, see suggestions and marks, open a coverage cell`, async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(h.pwaUrl);
    await page.getByLabel('Name of the application').fill(`Evidence ${width}`);
    await page.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    await section('Career history');
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByLabel('Role 1: employer').fill('Grid Co');
    const box = page.getByLabel('Role 1: Responsibilities');
    await box.fill(TEXT);

    // The suggestions and the level check arrive after a pause in typing.
    await page.getByText('C1: you wrote “planned the commissioning programme and budget”', { exact: false }).first().waitFor();
    await page
      .getByText(/Level check: 2 marks to look at/)
      .first()
      .waitFor();

    // Keyboard only: select the first sentence (Shift and the arrow keys), then go to the link button.
    await box.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < FIRST.length; i++) await page.keyboard.press('Shift+ArrowRight');
    const evidence = page.locator('.evidence').first();
    const linkButton = evidence.getByRole('button', { name: 'Link selected words to competences' });
    await linkButton.focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('group', { name: 'Link these words to competences' });
    await picker.waitFor();
    await expect(picker.getByRole('checkbox', { name: /^C1 / }).isChecked()).resolves.toBe(true);
    await check('career-picker', width);
    await picker.getByRole('button', { name: /^Link to C1/ }).click();
    await evidence.getByText('Linked passages (1)').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Link selected words to competences');
    await check('career', width);

    await section('Overview');
    const cell = page.getByRole('button', { name: 'C1 in Role 1 (Grid Co): 1 passage' });
    await cell.click();
    await page.getByRole('region', { name: 'C1 in Role 1 (Grid Co)' }).getByText(FIRST).waitFor();
    await check('overview', width);
  });
}
