// The popup and the options page (the release zips' lint: release.test.ts).

import { afterAll, beforeAll, expect, test } from 'vitest';
import { progress } from '../../core/application/progress.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { STEP_STATE_WORDS } from '../../core/rules/step-words.ts';
import { extensionStorage, mirrorOfApps, sampleApplication, setExtensionStorage } from '../extension/browser-helpers.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { overlay } from '../harness/companion.ts';

let h: Harness;
const ceng = sampleApplication();
const engtech = sampleApplication({ id: 'app-engtech', name: 'EngTech now', category: 'EngTech', updatedAt: '2026-11-25T10:00:00.000Z' });

beforeAll(async () => {
  h = await launch();
  await setExtensionStorage(h, { mirror: mirrorOfApps([ceng, engtech], undefined, '2026-11-26T09:00:00.000Z') });
});
afterAll(async () => {
  await h?.close();
});

const url = (path: string) => `chrome-extension://${h.extensionId}/${path}`;

test("the popup shows the linked application's ten steps, the next action, and a link to the workbook", async () => {
  const page = await h.context.newPage();
  await page.goto(url('extension/popup/index.html'));
  // With nothing chosen, the application edited most recently is the linked one.
  await page.getByRole('heading', { name: 'EngTech now (EngTech, standard route)' }).waitFor();
  const steps = page.getByRole('list', { name: 'The ten steps' }).getByRole('listitem');
  await expect(steps.count()).resolves.toBe(10);
  const expected = progress(engtech, DEFAULT_RULES);
  await expect(page.getByText(expected.nextAction).count()).resolves.toBe(1);
  // Each step's state in the workbook's words ("In progress", "Not available yet"), step by step.
  await expect(steps.allTextContents()).resolves.toEqual(expected.steps.map((s) => `${s.title}: ${STEP_STATE_WORDS[s.state]}`));
  expect(expected.steps.map((s) => s.state)).toEqual(expect.arrayContaining(['current', 'blocked']));
  await expect(page.getByText(/current step|: blocked/).count()).resolves.toBe(0);
  await expect(page.getByRole('link', { name: 'Open the workbook' }).getAttribute('href')).resolves.toBe(h.pwaUrl);
  // When the workbook last told it, in the product's one way of writing a moment (not "26/11/2026, 09:00:00").
  await expect(page.getByText(/^As of your workbook on 26 November 2026 at \d\d:\d\d\.$/).count()).resolves.toBe(1);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('options: link another application, turn hints off, and refuse a bad workbook address without losing anything', async () => {
  const page = await h.context.newPage();
  await page.goto(url('extension/options/index.html'));
  await page.getByRole('combobox', { name: 'Application linked to Career Manager' }).selectOption({ label: 'CEng 2027 (CEng, standard)' });
  await page.getByRole('checkbox', { name: 'Show guidance hints on Career Manager pages' }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  await expect(extensionStorage(h, 'settings')).resolves.toEqual({
    workbookUrl: h.pwaUrl,
    hints: false,
    linkedApplicationId: ceng.id,
    careerManagerOrigins: [],
  });

  await page.getByRole('textbox', { name: 'Workbook address' }).fill('ftp://example.org/');
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('status')
    .getByText(/Use an https:\/\/ address/)
    .waitFor();
  await expect(extensionStorage(h, 'settings')).resolves.toEqual({
    workbookUrl: h.pwaUrl,
    hints: false,
    linkedApplicationId: ceng.id,
    careerManagerOrigins: [],
  });

  // Another port of 127.0.0.1 is covered by the manifest's own access: nothing to ask for.
  await page.getByRole('textbox', { name: 'Workbook address' }).fill('http://127.0.0.1:5000/');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Saved.').waitFor();
  await expect(extensionStorage(h, 'settings')).resolves.toMatchObject({ workbookUrl: 'http://127.0.0.1:5000/' });
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  // The popup follows the link, and Career Manager pages lose their hints but keep the counts.
  const popup = await h.context.newPage();
  await popup.goto(url('extension/popup/index.html'));
  await popup.getByRole('heading', { name: 'CEng 2027 (CEng, standard route)' }).waitFor();
  await expect(popup.getByRole('link', { name: 'Open the workbook' }).getAttribute('href')).resolves.toBe('http://127.0.0.1:5000/');
  const checklist = await h.openFixture('checklist');
  await overlay(checklist).getByText('4 of 6 mandatory items are open.').waitFor();
  await expect(checklist.locator('proreg-hint').count()).resolves.toBe(0);
  expect(h.outbound).toEqual([]);
});

test('options: the Career Manager address is shown as our assumption; an address that is not https is refused and nothing changes', async () => {
  const page = await h.context.newPage();
  await page.goto(url('extension/options/index.html'));
  const hosts = page.getByRole('list', { name: 'Career Manager addresses' }).getByRole('listitem');
  await expect(hosts.allTextContents()).resolves.toEqual([
    'https://careermanager.theiet.org (our assumption: the IET does not publish this address; check it)',
  ]);
  const before = await extensionStorage(h, 'settings');
  await page.getByRole('textbox', { name: 'Add a Career Manager address' }).fill('http://careers.theiet.org/');
  await page.getByRole('button', { name: 'Add address' }).click();
  await page
    .getByRole('status')
    .getByText(/Career Manager pages use https:\/\//)
    .waitFor();
  await expect(extensionStorage(h, 'settings')).resolves.toEqual(before);
  await expect(hosts.count()).resolves.toBe(1);
  // Not paired yet: the options say so, and how to pair.
  await page.getByText(/^Not paired\. In your workbook, open Settings/).waitFor();
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});
