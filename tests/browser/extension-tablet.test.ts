// On a tablet-width screen (768px) the overlay starts collapsed so it does not cover the role
// page's Personal Achievements field and its character count; Show still opens it, and the
// choice is remembered.

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionStorage } from '../extension/browser-helpers.ts';
import { describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import type { CompanionLocator } from '../harness/companion.ts';
import { companion, overlay } from '../harness/companion.ts';
import { companionAxeViolations as axeViolations } from '../harness/companion-axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const TABLET = { width: 768, height: 1000 };

type Box = { x: number; y: number; width: number; height: number };

function overlapArea(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const hgt = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return w * hgt;
}

async function box(locator: Locator | CompanionLocator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('No box');
  return b;
}

/** How much of `target` (0 to 1) the overlay covers once `target` is scrolled into view. */
async function covered(page: Page, target: Locator | CompanionLocator): Promise<number> {
  await target.scrollIntoViewIfNeeded();
  const t = await box(target);
  return overlapArea(await box(overlay(page)), t) / (t.width * t.height);
}

test('at 768px the overlay starts collapsed and leaves Personal Achievements and its count uncovered', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize(TABLET);
  await h.openFixture('role', page);
  const toggle = overlay(page).getByRole('button', { name: /^(Show|Hide) guidance$/ });
  await toggle.waitFor();
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  const show = overlay(page).getByRole('button', { name: 'Show guidance' });

  const achievements = page.getByRole('textbox', { name: 'Personal Achievements' });
  await achievements.fill('Commissioned the new protection relays. 👍🏽');
  const count = companion(page).getByText(/^Personal Achievements: 41 characters\./);
  await count.waitFor();
  expect(await covered(page, achievements)).toBe(0);
  expect(await covered(page, count)).toBe(0);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  // The applicant opens it: it opens here, and stays open on the next page and after a reload.
  await show.click();
  await overlay(page).getByRole('button', { name: 'Hide guidance' }).waitFor();
  await expect.poll(() => extensionStorage(h, 'overlay')).toEqual({ shown: true });
  await page.reload();
  await overlay(page).getByRole('button', { name: 'Hide guidance' }).waitFor();
  await expect(overlay(page).getByRole('button', { name: 'Hide guidance' }).getAttribute('aria-expanded')).resolves.toBe('true');
  expect(h.outbound).toEqual([]);
});

test('at 1280px, with no choice remembered, the overlay starts open as before', async () => {
  const fresh = await launch();
  try {
    const page = await fresh.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await fresh.openFixture('role', page);
    await overlay(page).getByRole('button', { name: 'Hide guidance' }).waitFor();
  } finally {
    await fresh.close();
  }
});
