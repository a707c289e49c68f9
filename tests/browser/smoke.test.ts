import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from '../harness/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('the workbook renders its heading from the built PWA', async () => {
  const page = await h.context.newPage();
  await page.goto(h.pwaUrl);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/ProReg Companion/);
});

test("the extension's service worker starts and its content script runs on a Career Manager page", async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await h.openFixture('home');
  await page.waitForFunction(() => document.documentElement.dataset.proregCompanion === 'ready');
  expect(h.outbound).toEqual([]);
});
