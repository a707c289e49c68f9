// Lock, unlock and submit: the companion explains before the page acts, and never acts itself.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lockFlags, submitFlags } from '../../core/bridge/mirror.ts';
import { DEFAULT_LIMITS } from '../../core/rules/limits.ts';
import { extensionStorage, mirrorOfApps, recognised, sampleApplication, setExtensionStorage } from '../extension/browser-helpers.ts';
import { describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, focused, overlay } from '../harness/companion.ts';
import { companionAxeViolations as axeViolations } from '../harness/companion-axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('pressing Lock first explains the snapshot; Cancel leaves the application unlocked', async () => {
  const page = await h.openFixture('validate-unlocked');
  await overlay(page).waitFor();
  await page.getByRole('button', { name: 'Lock application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Before you lock your application' });
  await dialog.waitFor();
  await expect(dialog.getByText(/freezes a copy of your application/).count()).resolves.toBe(1);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.count()).resolves.toBe(0);
  expect(await recognised(page)).toBe('validate-unlocked');
  expect(new URL(page.url()).pathname).toBe('/professional-registration/application/validate');
});

test('after the explanation, "Lock now" lets the page lock (the page\'s own button does it)', async () => {
  const page = await h.openFixture('validate-unlocked');
  await overlay(page).waitFor();
  await page.getByRole('button', { name: 'Lock application' }).click();
  await companion(page).getByRole('dialog', { name: 'Before you lock your application' }).getByRole('button', { name: 'Lock now' }).click();
  await page.waitForURL(/\/validate\/locked$/);
  await page.waitForFunction(() => document.documentElement.dataset.proregPage === 'validate-locked');
});

test('pressing Unlock warns that supporter comments are lost and can save them to the workbook first', async () => {
  const page = await h.openFixture('validate-locked');
  await overlay(page).waitFor();
  await page.getByRole('button', { name: 'Unlock application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'An unlock erases what your supporters wrote' });
  await dialog.waitFor();
  await expect(dialog.getByText(/This page shows 3 comments from 2 supporters/).count()).resolves.toBe(1);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save 3 comments to my workbook' }).click();
  await dialog
    .getByRole('status')
    .getByText(/Saved 3 comments/)
    .waitFor();
  // Still locked: saving does not unlock.
  expect(new URL(page.url()).pathname).toBe('/professional-registration/application/validate/locked');

  const kept = (await extensionStorage(h, 'observations')) as {
    observation: { kind: string; data: { supporters: { name: string; comments: { competence: string; text: string }[] }[] } };
  }[];
  const saved = kept.filter((s) => s.observation.kind === 'supporter-comments').at(-1)!.observation.data.supporters;
  expect(saved.map((s) => s.name)).toEqual(['Priya Raman CEng MIET', 'Tom Ellis IEng MIET']);
  expect(saved[0]!.comments).toContainEqual({ competence: 'C2', text: expect.stringContaining('resignalling works') });

  await dialog.getByRole('button', { name: 'Unlock now' }).click();
  await page.waitForURL(/\/validate$/);
  await page.waitForFunction(() => document.documentElement.dataset.proregPage === 'validate-unlocked');
});

test('the lock state as shown is recorded each time it changes', async () => {
  const lockStates = async () => {
    const kept = (await extensionStorage(h, 'observations')) as { observation: { kind: string; data: { locked: boolean } } }[];
    return kept
      .filter((s) => s.observation.kind === 'lock-state')
      .map((s) => s.observation.data.locked)
      .slice(-3);
  };
  // unlocked → locked (after Lock now) → unlocked (after Unlock now), without repeats in a row.
  // The last page's observation may still be on its way to storage when this test starts.
  await expect.poll(lockStates).toEqual([false, true, false]);
});

test('the submit page shows what the workbook still flags, and asks again on Submit', async () => {
  const app = sampleApplication();
  await setExtensionStorage(h, { mirror: mirrorOfApps([app]) });
  const expected = submitFlags(app, DEFAULT_LIMITS)[0]!;
  const page = await h.openFixture('submit');
  const section = overlay(page).getByRole('region', { name: 'Last check before you submit' });
  await section.getByText(/Your workbook flags \d+ things? for "CEng 2027"/).waitFor();
  await expect(section.getByRole('listitem').allTextContents()).resolves.toContain(expected);
  await page.getByRole('button', { name: 'Submit application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Your workbook still flags something' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(new URL(page.url()).pathname).toBe('/professional-registration/application/submit');
  expect(h.outbound).toEqual([]);
});

test("the lock explanation also lists what the workbook still flags before a lock, under the workbook's limits", async () => {
  const app = sampleApplication();
  await setExtensionStorage(h, { mirror: mirrorOfApps([app], DEFAULT_LIMITS) });
  const expected = lockFlags(app, DEFAULT_LIMITS);
  expect(expected.length).toBeGreaterThan(1);
  const page = await h.openFixture('validate-unlocked');
  await overlay(page).waitFor();
  await page.getByRole('button', { name: 'Lock application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Before you lock your application' });
  await dialog.getByText(`Your workbook still flags ${expected.length} things before locking "CEng 2027":`).waitFor();
  await expect(dialog.getByRole('listitem').allTextContents()).resolves.toEqual(expected);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  // Still only an explanation: the applicant may lock anyway, with the page's own button.
  await dialog.getByRole('button', { name: 'Lock now' }).click();
  await page.waitForURL(/\/validate\/locked$/);
  expect(h.outbound).toEqual([]);
});

test("with the keyboard, the lock and unlock questions focus the safe button first and give focus back to the page's button", async () => {
  for (const [fixture, opener, title] of [
    ['validate-unlocked', 'Lock application', 'Before you lock your application'],
    ['validate-locked', 'Unlock application', 'An unlock erases what your supporters wrote'],
  ] as const) {
    const page = await h.openFixture(fixture);
    await overlay(page).waitFor();
    const dialog = companion(page).getByRole('dialog', { name: title });
    await page.getByRole('button', { name: opener }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(focused(page)).resolves.toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(focused(page)).resolves.toBe(opener);
    // Enter on the first-focused button cancels too: the page is not locked or unlocked.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(focused(page)).resolves.toBe(opener);
    expect(await recognised(page)).toBe(fixture);
  }
});
