// Career Manager may swap its content without a reload: the overlay follows.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from '../harness/browser.ts';
import { overlay } from '../harness/companion.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('moving between tabs in place updates the overlay without a reload', async () => {
  const page = await h.openFixture('checklist');
  const panel = overlay(page);
  await panel.getByText('4 of 6 mandatory items are open.').waitFor();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.getByRole('tab', { name: 'Supporting Documents' }).click();
  await panel.getByText('1 of 2 mandatory documents is open.').waitFor();
  await expect(panel.getByText('Step 4 of 10: Supporting documents').count()).resolves.toBe(1);
  await expect(panel.getByText('4 of 6 mandatory items are open.').count()).resolves.toBe(0);

  await page.getByRole('tab', { name: 'Validate / Verify' }).click();
  await panel.getByText('Step 6 of 10: Lock the application').waitFor();
  await expect(panel.getByRole('region', { name: 'Still to do on this page' }).count()).resolves.toBe(0);

  // Still the same document: the content script followed in-page navigation.
  await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
  expect(new URL(page.url()).pathname).toBe('/professional-registration/application/validate');
  // Exactly one overlay after several in-place navigations.
  await expect(page.locator('proreg-companion').count()).resolves.toBe(1);
  expect(h.outbound).toEqual([]);
});

test('navigating in place to a page the companion does not know removes the overlay quietly', async () => {
  const page = await h.openFixture('checklist');
  await overlay(page).waitFor();
  await page.evaluate(() => {
    document.querySelector('main')!.innerHTML = '<h1>Account settings</h1><p>Nothing about registration here.</p>';
    history.pushState({}, '', '/account');
  });
  await page.waitForFunction(() => document.documentElement.dataset.proregPage === 'none');
  await expect(page.locator('proreg-companion').count()).resolves.toBe(0);
  await expect(page.locator('proreg-hint').count()).resolves.toBe(0);
});
