// The popup finds the workbook at the address the applicant uses: opened while a workbook page the
// companion does not know yet is the active tab, it offers that address; one click saves it and
// reloads the page, which then finds the companion there, ready to pair.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionStorage } from '../extension/browser-helpers.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { DIST_PWA, type Harness, launch } from '../harness/browser.ts';
import { startServer } from '../harness/server.js';

let h: Harness;
let other: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  h = await launch();
  // The same workbook at a second address: another port, as a workbook moved elsewhere would be.
  other = await startServer({ root: DIST_PWA });
  await h.context.route(`${other.url}**`, (route) => route.continue());
});
afterAll(async () => {
  await h?.close();
  await other?.close();
});

test('the popup offers the workbook open in the active tab, and one click makes it the workbook the companion uses', async () => {
  const workbook = await h.context.newPage();
  await workbook.goto(`${other.url}#/settings`);
  const panel = workbook.getByRole('region', { name: 'Companion extension' });
  await panel.getByText(/not connected on this page/).waitFor();

  // The popup is opened here as a page beside the workbook tab; the workbook is the active tab, as
  // it is when the applicant clicks the toolbar button on it.
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/extension/popup/index.html`);
  await workbook.bringToFront();
  await popup.reload();
  await popup.getByText(`This tab looks like a ProReg Companion workbook at ${other.url}`, { exact: false }).waitFor();
  const violations = await axeViolations(popup);
  expect(violations, describeViolations(violations)).toEqual([]);
  await popup.getByRole('button', { name: 'Use this workbook' }).click();
  await popup.getByRole('status').getByText(`Your workbook is now the one at ${other.url}.`, { exact: false }).waitFor();
  await expect(extensionStorage(h, 'settings')).resolves.toMatchObject({ workbookUrl: other.url });

  // Reloaded by the popup: the companion now reaches this page, which can ask to pair.
  await panel.getByRole('button', { name: 'Pair with the companion' }).waitFor();
  expect(h.outbound).toEqual([]);
});
