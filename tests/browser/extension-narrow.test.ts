// On a phone-sized screen the overlay starts as a small button, and the applicant's Hide/Show
// choice is remembered from page to page and across reloads.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionStorage } from '../extension/browser-helpers.ts';
import { describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { overlay } from '../harness/companion.ts';
import { companionAxeViolations as axeViolations } from '../harness/companion-axe.ts';
import { eachBrowser } from '../harness/each-browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PHONE = { width: 375, height: 667 };

/** The share of the viewport the overlay's box covers (0 to 1). */
async function coverage(page: Page): Promise<number> {
  const box = await overlay(page).boundingBox();
  if (!box) throw new Error('The overlay has no box');
  const w = Math.max(0, Math.min(box.x + box.width, PHONE.width) - Math.max(box.x, 0));
  const hgt = Math.max(0, Math.min(box.y + box.height, PHONE.height) - Math.max(box.y, 0));
  return (w * hgt) / (PHONE.width * PHONE.height);
}

async function phonePage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

test('at 375px the overlay starts as a small button that opens from the keyboard', async () => {
  const page = await phonePage();
  await h.openFixture('checklist', page);
  const show = overlay(page).getByRole('button', { name: 'Show guidance' });
  await show.waitFor();
  await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(await coverage(page)).toBeLessThan(0.2);
  await expect(overlay(page).getByText('4 of 6 mandatory items are open.').isVisible()).resolves.toBe(false);
  await expectNoViolations(page);

  await show.focus();
  await page.keyboard.press('Enter');
  await overlay(page).getByText('4 of 6 mandatory items are open.').waitFor();
  // Open, it still leaves part of the page in view.
  expect(await coverage(page)).toBeLessThan(0.7);
  await expectNoViolations(page);
  // And closes again the same way, back to the small button.
  await overlay(page).getByRole('button', { name: 'Hide guidance' }).focus();
  await page.keyboard.press('Enter');
  await overlay(page).getByRole('button', { name: 'Show guidance' }).waitFor();
  expect(await coverage(page)).toBeLessThan(0.2);
});

test('Show and Hide are remembered on the next page and after a reload', async () => {
  const page = await phonePage();
  await h.openFixture('checklist', page);
  // The applicant opens it: the next page opens with it shown.
  await overlay(page).getByRole('button', { name: 'Show guidance' }).click();
  await expect.poll(() => extensionStorage(h, 'overlay')).toEqual({ shown: true });
  await h.openFixture('documents', page);
  await overlay(page).getByText('1 of 2 mandatory documents is open.').waitFor();
  await expect(overlay(page).getByText('1 of 2 mandatory documents is open.').isVisible()).resolves.toBe(true);

  // Hidden on one page: the next page, and a reload, open hidden.
  await overlay(page).getByRole('button', { name: 'Hide guidance' }).click();
  await expect.poll(() => extensionStorage(h, 'overlay')).toEqual({ shown: false });
  await h.openFixture('checklist', page);
  const show = overlay(page).getByRole('button', { name: 'Show guidance' });
  await show.waitFor();
  expect(await coverage(page)).toBeLessThan(0.2);
  await page.reload();
  await show.waitFor();
  await expect(overlay(page).getByText('4 of 6 mandatory items are open.').isVisible()).resolves.toBe(false);

  // Hidden is remembered on a wide screen too, and Show brings it back.
  const wide = await h.context.newPage();
  await h.openFixture('documents', wide);
  await overlay(wide).getByRole('button', { name: 'Show guidance' }).click();
  await overlay(wide).getByText('1 of 2 mandatory documents is open.').waitFor();
  await expectNoViolations(wide);
  // The other open page follows the choice without a reload.
  await overlay(page).getByText('4 of 6 mandatory items are open.').waitFor();
  expect(h.outbound).toEqual([]);
});

eachBrowser((companion) => {
  test('at 375px the open panel lies within the page, its scrollbar excluded', async () => {
    const c = companion();
    const tab = await c.newTab();
    await tab.setViewport(PHONE.width, PHONE.height);
    await c.openFixture('checklist', tab);
    // A page taller than the window, so the browser draws a vertical scrollbar where it takes room.
    await tab.evaluate(() => {
      document.body.style.minHeight = '3000px';
    });
    await tab.get('button', 'Show guidance').click();
    await tab.get('button', 'Hide guidance').waitFor();
    const fit = await tab.inCompanion((roots) => {
      const panel = roots.map((r) => r.querySelector('.panel')).find((p) => p !== null);
      if (!panel) return null;
      const box = panel.getBoundingClientRect();
      return { left: box.left, right: box.right, width: document.documentElement.clientWidth };
    }, null);
    expect(fit).not.toBeNull();
    expect(fit!.left).toBeGreaterThanOrEqual(0);
    expect(fit!.right).toBeLessThanOrEqual(fit!.width);
  });
});
