// The drafts mirror while the workbook is open: edits and Settings changes made in the workbook's
// own screens reach a Career Manager page that is already open, without reloading either.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionStorage, pairWorkbook, sampleApplication, seedWorkbook } from '../extension/browser-helpers.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';

let h: Harness;
let workbook: Page;
const app = sampleApplication();

beforeAll(async () => {
  h = await launch();
  await pairWorkbook(h);
  workbook = await h.context.newPage();
  await seedWorkbook(h, workbook, app);
});

/** Waits until the workbook's mirror reached the extension. */
async function mirrored(): Promise<void> {
  await expect
    .poll(async () => ((await extensionStorage(h, 'mirror')) as { applications?: unknown[] } | undefined)?.applications?.length)
    .toBe(1);
}
afterAll(async () => {
  await h?.close();
});

test("a limit changed on the workbook's Rules screen becomes the guide of the character count in Career Manager", async () => {
  await mirrored();
  const role = await h.openFixture('role');
  await role.getByRole('textbox', { name: 'Personal Achievements' }).fill('');
  const responsibilities = await role.getByRole('textbox', { name: 'Responsibilities' }).inputValue();
  const chars = [...responsibilities].length.toLocaleString('en-GB');
  await companion(role).getByText(`Personal Achievements: 0 characters. This role: ${chars} of about 3,000`).waitFor();

  await workbook.bringToFront();
  await workbook.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Rules' }).click();
  const guide = workbook.getByRole('spinbutton', { name: 'Characters per role (guide)' });
  await guide.waitFor();
  // The form fills itself from the saved limits just after it first paints; type after that.
  await workbook.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await guide.fill('4500');
  await workbook.getByRole('button', { name: 'Save limits' }).click();
  await workbook.getByRole('status').getByText('Limits saved.').waitFor();
  await expect
    .poll(async () => ((await extensionStorage(h, 'mirror')) as { limits?: { charsPerRole?: number } }).limits?.charsPerRole)
    .toBe(4500);

  // The open Career Manager page follows, and its count uses the new guide.
  await companion(role).getByText(`Personal Achievements: 0 characters. This role: ${chars} of about 4,500`).waitFor();
  await role.getByRole('textbox', { name: 'Personal Achievements' }).fill('x'.repeat(4600));
  await companion(role)
    .getByText(/Personal Achievements: 4,600 characters\. This role: [\d,]+ of about 4,500 \([\d,]+ over the guide\)/)
    .waitFor();

  // Back to the defaults in the workbook: back to the default guide on the page.
  await workbook.getByRole('button', { name: 'Restore default limits' }).click();
  await workbook.getByRole('status').getByText('Limits back to their defaults.').waitFor();
  await companion(role)
    .getByText(/Personal Achievements: 4,600 characters\. This role: [\d,]+ of about 3,000/)
    .waitFor();
});

test('an achievement edited in the workbook while it is open is the draft "insert my draft" puts in Career Manager', async () => {
  await mirrored();
  const role = await h.openFixture('role');
  await overlay(role).getByRole('region', { name: 'Your drafts' }).waitFor();

  await workbook.bringToFront();
  await workbook.goto(`${h.pwaUrl}#/app/${app.id}/career`);
  const achievements = workbook.getByRole('textbox', { name: 'Role 1: Personal Achievements' });
  await achievements.waitFor();
  const edited = `${await achievements.inputValue()} I also trained two graduate engineers in interlocking design checks.`;
  await achievements.fill(edited);
  await achievements.blur();
  await expect
    .poll(
      async () =>
        ((await extensionStorage(h, 'mirror')) as { applications: { roles: { achievements: string }[] }[] }).applications[0]!.roles[0]!
          .achievements,
    )
    .toBe(edited);

  // The page opened before the edit inserts the edited text, not the text it first saw.
  await role.bringToFront();
  const field = role.getByRole('textbox', { name: 'Personal Achievements' });
  await expect
    .poll(async () => {
      await field.fill('');
      await companion(role).getByRole('button', { name: 'Insert my draft of Personal Achievements' }).click();
      return field.inputValue();
    })
    .toBe(edited);
  expect(h.outbound).toEqual([]);
});
