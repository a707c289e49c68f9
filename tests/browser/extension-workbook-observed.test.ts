// What the companion saw in Career Manager, used in the workbook: the sector list becomes the
// Sector field's suggestions, and a lock state that disagrees with the workbook's stage is flagged.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { locked, readyForPanelling } from '../core/fixtures.ts';
import { extensionStorage, pairWorkbook, seedWorkbook } from '../extension/browser-helpers.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { overlay } from '../harness/companion.ts';

let h: Harness;
let workbook: Page;
const ready = readyForPanelling('CEng');

/** Waits until the workbook's mirror, with this application's stage, reached the extension. */
async function mirrored(stage: string): Promise<void> {
  await expect
    .poll(
      async () =>
        ((await extensionStorage(h, 'mirror')) as { applications?: { id: string; stage: string }[] } | undefined)?.applications?.find(
          (a) => a.id === ready.id,
        )?.stage,
    )
    .toBe(stage);
}

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  h = await launch();
  await pairWorkbook(h);
  workbook = await h.context.newPage();
  await seedWorkbook(h, workbook, ready);
});
afterAll(async () => {
  await h?.close();
});

test("the sectors listed on Career Manager's Panelling Information page are offered in the workbook's Sector field", async () => {
  await mirrored('draft');
  await workbook.goto(`${h.pwaUrl}#/app/${ready.id}/panelling`);
  const sector = workbook.getByLabel('Sector');
  await sector.waitFor();
  // Before Career Manager was seen: a plain text field.
  await expect(sector.getAttribute('list')).resolves.toBeNull();

  const panelling = await h.openFixture('panelling');
  await overlay(panelling).getByRole('region', { name: 'Sector and interview location' }).waitFor();
  await workbook.bringToFront();
  // The open workbook screen follows as the observation arrives.
  await workbook.getByText(/^Suggestions: the 5 sectors listed in Career Manager, as seen on \d+ \w+ \d{4}/).waitFor();
  await expect.poll(() => sector.getAttribute('list')).toBeTruthy();
  const listId = await sector.getAttribute('list');
  const offered = await workbook
    .locator(`datalist[id="${listId}"] option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(['Energy', 'Transport', 'Digital and Communications', 'Manufacturing', 'Built Environment']);
  // A suggestion, not a rule: any text is still accepted.
  await sector.fill('Nuclear');
  await expect(sector.inputValue()).resolves.toBe('Nuclear');
  await expect(workbook.getByRole('combobox', { name: 'Sector' }).getAttribute('aria-describedby')).resolves.toBeTruthy();
  await expectNoViolations(workbook);
});

test('the workbook flags Career Manager showing the application locked while it is still being prepared, and the reverse', async () => {
  await mirrored('draft');
  await workbook.goto(`${h.pwaUrl}#/app/${ready.id}/overview`);
  const note = workbook.getByRole('note', { name: 'Career Manager and the workbook disagree' });
  await workbook.getByRole('heading', { name: 'Seen in Career Manager' }).waitFor();
  await expect(note.count()).resolves.toBe(0);

  const page = await h.openFixture('validate-locked');
  await overlay(page).waitFor();
  await workbook.bringToFront();
  await note
    .getByText(/^Career Manager showed this application locked on .+, but the workbook still says it is being prepared\. Lock it here too/)
    .waitFor();
  await expect(note.getByRole('link', { name: 'Open Validate and verify in the workbook' }).getAttribute('href')).resolves.toBe(
    `#/app/${ready.id}/validate`,
  );
  await expectNoViolations(workbook);

  // Locked in the workbook (after that sighting): they agree, nothing is flagged.
  const lockedApp = { ...locked('CEng'), id: ready.id, lock: { ...locked('CEng').lock!, at: new Date().toISOString() } };
  lockedApp.history = lockedApp.history.map((e) => (e.type === 'locked' ? { ...e, at: lockedApp.lock.at } : e));
  await seedWorkbook(h, workbook, lockedApp);
  await mirrored('locked');
  await workbook.goto(`${h.pwaUrl}#/app/${ready.id}/overview`);
  await workbook.getByText(/^Application locked in Career Manager/).waitFor();
  await expect(note.count()).resolves.toBe(0);

  // Then Career Manager shows it unlocked: the reverse is flagged.
  const unlocked = await h.openFixture('validate-unlocked');
  await overlay(unlocked).waitFor();
  await workbook.bringToFront();
  await note
    .getByText(
      /^Career Manager showed this application unlocked on .+, but the workbook says it is locked\. If you unlocked it there, unlock it here too/,
    )
    .waitFor();
  await expectNoViolations(workbook);
  expect(h.outbound).toEqual([]);
});
