// Lock, unlock and submit: the companion explains before the page acts, and never acts itself.
// In real Chromium and Firefox with the built extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { lockFlags, submitFlags } from '../../core/bridge/mirror.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { DEFAULT_LIMITS } from '../../core/rules/limits.ts';
import { mirrorOfApps, sampleApplication } from '../extension/browser-helpers.ts';
import { FIXTURES } from '../extension/fixture-dom.ts';
import { describeViolations } from '../harness/axe.ts';
import { eachBrowser } from '../harness/each-browser.ts';
import type { Tab } from '../harness/tab.ts';

const panel = (tab: Tab) => tab.get('complementary', 'ProReg Companion');
const path = (tab: Tab) => new URL(tab.url()).pathname;

eachBrowser((companion) => {
  test('pressing Lock first explains the snapshot; Cancel leaves the application unlocked', async () => {
    const tab = await companion().openFixture('validate-unlocked');
    await panel(tab).waitFor();
    await tab.get('button', 'Lock application').click();
    const dialog = tab.get('dialog', 'Before you lock your application');
    await dialog.shows(/freezes a copy of your application/);
    const violations = await tab.axe();
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.get('button', 'Cancel').click();
    await dialog.waitFor('detached');
    expect(await tab.recognised()).toBe('validate-unlocked');
    expect(path(tab)).toBe('/professional-registration/application/validate');
  });

  test('after the explanation, "Lock now" lets the page lock (the page\'s own button does it)', async () => {
    const tab = await companion().openFixture('validate-unlocked');
    await panel(tab).waitFor();
    await tab.get('button', 'Lock application').click();
    await tab.get('dialog', 'Before you lock your application').get('button', 'Lock now').click();
    await tab.waitForURL(/\/validate\/locked$/);
    await tab.waitForFunction(() => document.documentElement.dataset.proregPage === 'validate-locked');
  });

  test('pressing Unlock warns that supporter comments are lost and can save them to the workbook first', async () => {
    const c = companion();
    const tab = await c.openFixture('validate-locked');
    await panel(tab).waitFor();
    await tab.get('button', 'Unlock application').click();
    const dialog = tab.get('dialog', 'An unlock erases what your supporters wrote');
    await dialog.shows(/This page shows 3 comments from 2 supporters/);
    const violations = await tab.axe();
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.get('button', 'Save 3 comments to my workbook').click();
    // Not paired (this browser never was): the copy is kept, but said plainly to reach no workbook yet.
    await dialog.get('alert').shows(/kept the 3 comments, but it is not paired with a workbook, so they cannot reach it/);
    expect(await dialog.text()).not.toMatch(/Saved 3 comments/);
    // Still locked: saving does not unlock.
    expect(path(tab)).toBe('/professional-registration/application/validate/locked');

    const kept = (await c.storage('observations')) as {
      observation: { kind: string; data: { supporters: { name: string; comments: { competence: string; text: string }[] }[] } };
    }[];
    const saved = kept.filter((s) => s.observation.kind === 'supporter-comments').at(-1)!.observation.data.supporters;
    expect(saved.map((s) => s.name)).toEqual(['Priya Raman CEng MIET', 'Tom Ellis IEng MIET']);
    expect(saved[0]!.comments).toContainEqual({ competence: 'C2', text: expect.stringContaining('resignalling works') });

    await dialog.get('button', 'Unlock now').click();
    await tab.waitForURL(/\/validate$/);
    await tab.waitForFunction(() => document.documentElement.dataset.proregPage === 'validate-unlocked');
  });

  test('the lock state as shown is recorded each time it changes', async () => {
    const c = companion();
    const lockStates = async () => {
      const kept = (await c.storage('observations')) as { observation: { kind: string; data: { locked: boolean } } }[];
      return kept
        .filter((s) => s.observation.kind === 'lock-state')
        .map((s) => s.observation.data.locked)
        .slice(-3);
    };
    // unlocked → locked (after Lock now) → unlocked (after Unlock now), without repeats in a row.
    // The last page's observation may still be on its way to storage when this test starts.
    await expect.poll(lockStates).toEqual([false, true, false]);
  });

  test('saving comments says what became of them: on their way to a paired workbook, or not kept at all', async () => {
    const c = companion();
    await c.setStorage({ pairing: { origin: new URL(c.pwaUrl).origin, keyHash: 'a'.repeat(64), at: new Date().toISOString() } });
    try {
      const tab = await c.openFixture('validate-locked');
      await tab.get('button', 'Unlock application').click();
      const dialog = tab.get('dialog', 'An unlock erases what your supporters wrote');
      await dialog.get('button', 'Save 3 comments to my workbook').click();
      await dialog.get('status').shows(/Saved 3 comments\. They appear in your workbook/);
      await dialog.get('button', 'Cancel').click();

      // A comment longer than the companion keeps (100,000 characters) is refused by the background: never "Saved".
      const fixture = readFileSync(join(FIXTURES, 'validate-locked.html'), 'utf8');
      const long = fixture.replace('Please say more about how you planned', `${'x'.repeat(150_000)} Please say more about how you planned`);
      expect(long).not.toBe(fixture);
      const refused = await c.open(c.publish('/professional-registration/application/validate/locked-long', long));
      await refused.get('button', 'Unlock application').click();
      const again = refused.get('dialog', 'An unlock erases what your supporters wrote');
      await again.get('button', 'Save 3 comments to my workbook').click();
      await again.get('alert').shows(/Not saved: the companion could not keep the 3 comments/);
      expect(await again.text()).not.toMatch(/Saved/);
      await again.get('button', 'Cancel').click();
    } finally {
      await c.setStorage({ pairing: null });
    }
  });

  test('the submit page shows what the workbook still flags, and asks again on Submit', async () => {
    const c = companion();
    const app = sampleApplication();
    await c.setStorage({ mirror: mirrorOfApps([app]) });
    const expected = submitFlags(app, DEFAULT_RULES)[0]!;
    const tab = await c.openFixture('submit');
    const section = panel(tab).get('region', 'Last check before you submit');
    await section.shows(/Your workbook flags \d+ things? for "CEng 2027"/);
    await expect(section.get('listitem').texts()).resolves.toContain(expected);
    await tab.get('button', 'Submit application').click();
    const dialog = tab.get('dialog', 'Your workbook still flags something');
    await dialog.waitFor();
    await dialog.get('button', 'Cancel').click();
    expect(path(tab)).toBe('/professional-registration/application/submit');
    expect(c.outbound).toEqual([]);
  });

  test("the lock explanation also lists what the workbook still flags before a lock, under the workbook's limits", async () => {
    const c = companion();
    const app = sampleApplication();
    await c.setStorage({ mirror: mirrorOfApps([app], DEFAULT_LIMITS) });
    const expected = lockFlags(app, DEFAULT_RULES);
    expect(expected.length).toBeGreaterThan(1);
    const tab = await c.openFixture('validate-unlocked');
    await panel(tab).waitFor();
    await tab.get('button', 'Lock application').click();
    const dialog = tab.get('dialog', 'Before you lock your application');
    await dialog.shows(`Your workbook still flags ${expected.length} things before locking "CEng 2027":`);
    await expect(dialog.get('listitem').texts()).resolves.toEqual(expected);
    const violations = await tab.axe();
    expect(violations, describeViolations(violations)).toEqual([]);
    // Still only an explanation: the applicant may lock anyway, with the page's own button.
    await dialog.get('button', 'Lock now').click();
    await tab.waitForURL(/\/validate\/locked$/);
    expect(c.outbound).toEqual([]);
  });

  test("with the keyboard, the lock and unlock questions focus the safe button first and give focus back to the page's button", async () => {
    for (const [fixture, opener, title] of [
      ['validate-unlocked', 'Lock application', 'Before you lock your application'],
      ['validate-locked', 'Unlock application', 'An unlock erases what your supporters wrote'],
    ] as const) {
      const tab = await companion().openFixture(fixture);
      await panel(tab).waitFor();
      const dialog = tab.get('dialog', title);
      await tab.get('button', opener).focus();
      await tab.press('Enter');
      await dialog.waitFor();
      await expect(tab.focused()).resolves.toBe('Cancel');
      await tab.press('Escape');
      await dialog.waitFor('detached');
      await expect(tab.focused()).resolves.toBe(opener);
      // Enter on the first-focused button cancels too: the page is not locked or unlocked.
      await tab.press('Enter');
      await dialog.waitFor();
      await tab.press('Enter');
      await dialog.waitFor('detached');
      await expect(tab.focused()).resolves.toBe(opener);
      expect(await tab.recognised()).toBe(fixture);
    }
  });
});
