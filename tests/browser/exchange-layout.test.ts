// The exported page on a phone-width screen, and a supporter briefing printed from the workbook.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../core/exchange/html.ts';
import { lockedSample } from '../core/exchange/sample.ts';
import { type Harness, launch } from '../harness/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'proreg-exchange-layout-'));
let browser: Harness;

beforeAll(async () => {
  browser = await launch({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

test('the exported page fits a 375px-wide screen: the checklist table stacks instead of overflowing', async () => {
  const { app, bytes } = lockedSample();
  const path = join(dir, 'export.html');
  writeFileSync(path, renderApplicationHtml({ ...app, category: 'EngTech' }, bytes));
  const doc = await browser.context.newPage();
  await doc.setViewportSize({ width: 375, height: 800 });
  await doc.route(
    (url) => url.protocol === 'file:',
    (route) => route.continue(),
  );
  await doc.goto(pathToFileURL(path).href);
  await doc.getByRole('heading', { name: 'Registration checklist' }).waitFor();
  expect(await doc.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const table = doc.getByRole('heading', { name: 'Registration checklist' }).locator('xpath=following-sibling::table');
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  // Each cell says which column it is.
  await expect(
    table
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).resolves.toBe('"Item: "');
  // The document that no longer applies to EngTech is shown by its title.
  await expect(doc.getByText('Accountability diagram', { exact: true }).isVisible()).resolves.toBe(true);
  // On a wide screen the table is a table again.
  await doc.setViewportSize({ width: 1000, height: 800 });
  await expect(table.locator('thead').isVisible()).resolves.toBe(true);
  await doc.close();
});

test('printing a supporter briefing from the workbook prints only the briefing', async () => {
  const { app, bytes } = lockedSample();
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify(serializeApplication(app, bytes)));
  const page = await browser.context.newPage();
  await page.goto(`${browser.pwaUrl}#/import`);
  await page.getByLabel('Choose a file to import').setInputFiles(seed);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: `Open ${app.name}` }).click();
  await page.getByRole('link', { name: 'Export and review' }).click();
  const who = app.supporters[0]!.name;
  await page.getByRole('button', { name: `Show the briefing for ${who}` }).click();
  const briefing = page.getByRole('heading', { name: `What Career Manager will ask of ${who}` });
  await briefing.waitFor();
  const visibleOnPaper = async () => {
    await page.emulateMedia({ media: 'print' });
    const seen = {
      briefing: await briefing.isVisible(),
      navigation: await page.getByRole('navigation').first().isVisible(),
      heading: await page.getByRole('heading', { level: 1 }).first().isVisible(),
      exportButton: await page.getByRole('button', { name: 'Download this application (.html)' }).isVisible(),
    };
    await page.emulateMedia({ media: 'screen' });
    return seen;
  };
  expect(await visibleOnPaper()).toEqual({ briefing: true, navigation: false, heading: false, exportButton: false });
  // On screen everything is still there.
  await expect(page.getByRole('navigation').first().isVisible()).resolves.toBe(true);
  await page.close();
});
