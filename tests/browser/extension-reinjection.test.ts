// A content script left over after an extension update must not run alongside the new one.
// Here the built content script runs a second time in the extension's own isolated world of an
// open page (found through the DevTools protocol), as Chrome does when it injects the updated
// script into a tab that still has the old one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runInContentScriptWorld } from '../extension/browser-helpers.ts';
import { DIST_EXTENSION, type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The built content script (one classic script), as the browser injects it. */
function reinjectionSource(): string {
  const manifest = JSON.parse(readFileSync(join(DIST_EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; matches: string[] }[];
  };
  const script = manifest.content_scripts.find((s) => s.matches.some((m) => m.includes('theiet.org')))!.js[0]!;
  return readFileSync(join(DIST_EXTENSION, script), 'utf8');
}

test('a second copy of the content script takes over the page and the first stands down: one overlay, one set of hints', async () => {
  const page = await h.openFixture('checklist');
  const panel = overlay(page);
  await panel.getByText('4 of 6 mandatory items are open.').waitFor();
  const hints = await page.locator('proreg-hint').count();
  expect(hints).toBeGreaterThan(0);
  const first = await page.evaluate(() => document.documentElement.dataset.proregCompanionInstance);

  await runInContentScriptWorld(h, page, reinjectionSource());
  await page.waitForFunction((id) => document.documentElement.dataset.proregCompanionInstance !== id, first);
  await panel.getByText('4 of 6 mandatory items are open.').waitFor();
  await expect(page.locator('proreg-companion').count()).resolves.toBe(1);
  await expect(page.locator('proreg-hint').count()).resolves.toBe(hints);

  // The old copy stays down when the page changes in place: still one overlay, one set of hints.
  await page.getByRole('tab', { name: 'Supporting Documents' }).click();
  await panel.getByText('1 of 2 mandatory documents is open.').waitFor();
  await expect(page.locator('proreg-companion').count()).resolves.toBe(1);
  const documentHints = await page.locator('proreg-hint').count();
  await page.getByRole('tab', { name: 'Registration Check List' }).click();
  await panel.getByText('4 of 6 mandatory items are open.').waitFor();
  await expect(page.locator('proreg-hint').count()).resolves.toBe(hints);
  expect(documentHints).toBeGreaterThan(0);

  // And only one dialog answers a press of Lock (the old copy would have intercepted it too).
  // (A stale copy would catch the click first, and its dialog would have nowhere to show.)
  await page.getByRole('tab', { name: 'Validate / Verify' }).click();
  await panel.getByText('Step 6 of 10: Lock the application').waitFor();
  await page.getByRole('button', { name: 'Lock application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Before you lock your application' });
  await dialog.waitFor();
  await expect(dialog.count()).resolves.toBe(1);
  await expect(page.locator('proreg-companion').count()).resolves.toBe(1);
  expect(h.outbound).toEqual([]);
});
