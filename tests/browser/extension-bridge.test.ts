// The bridge with the workbook, both ways, with no server: drafts reach Career Manager pages
// and what the extension saw there reaches the workbook — also when the workbook was closed.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionStorage, pairWorkbook, sampleApplication, seedWorkbook } from '../extension/browser-helpers.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';

let h: Harness;
const app = sampleApplication();

beforeAll(async () => {
  h = await launch();
  await pairWorkbook(h);
});
afterAll(async () => {
  await h?.close();
});

/** The workbook's stored observations, read straight from its IndexedDB. */
function workbookObservations(
  page: Page,
): Promise<{ id: string; kind: string; applicationId: string | null; data: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('proreg-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('observations').objectStore('observations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

test('opening the workbook sends its drafts to the extension, which keeps them after the workbook closes', async () => {
  const workbook = await h.context.newPage();
  await seedWorkbook(h, workbook, app);
  await expect
    .poll(async () =>
      ((await extensionStorage(h, 'mirror')) as { applications?: { id: string }[] } | undefined)?.applications?.map((a) => a.id),
    )
    .toEqual([app.id]);
  await workbook.close();

  // The workbook is closed; its drafts still reach Career Manager.
  const page = await h.openFixture('role');
  await companion(page).getByRole('button', { name: 'Insert my draft of Personal Achievements' }).click();
  await expect(page.getByRole('textbox', { name: 'Personal Achievements' }).inputValue()).resolves.toBe(app.roles[0]!.achievements);
});

test('what the extension saw while the workbook was closed reaches it when it opens, and shows there', async () => {
  const checklist = await h.openFixture('checklist');
  await overlay(checklist).getByText('4 of 6 mandatory items still incomplete').waitFor();
  const locked = await h.openFixture('validate-locked');
  await overlay(locked).waitFor();
  await locked.getByRole('button', { name: 'Unlock application' }).click();
  const dialog = companion(locked).getByRole('dialog', { name: 'An unlock erases what your supporters wrote' });
  await dialog.getByRole('button', { name: 'Save 3 comments to my workbook' }).click();
  await dialog.getByText(/Saved 3 comments/).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  type Kept = { delivered: boolean; observation: { kind: string; applicationId: string } }[];
  // Observations travel page → background → storage; wait until all three have arrived.
  await expect
    .poll(async () => ((await extensionStorage(h, 'observations')) as Kept).filter((s) => !s.delivered).map((s) => s.observation.kind))
    .toEqual(expect.arrayContaining(['checklist', 'lock-state', 'supporter-comments']));
  const pending = (await extensionStorage(h, 'observations')) as Kept;
  // Linked to the workbook application the extension knows.
  expect(new Set(pending.map((s) => s.observation.applicationId))).toEqual(new Set([app.id]));

  const workbook = await h.context.newPage();
  await workbook.goto(h.pwaUrl);
  await expect
    .poll(async () => (await workbookObservations(workbook)).map((o) => o.kind).sort())
    .toEqual(['checklist', 'lock-state', 'supporter-comments']);
  const stored = await workbookObservations(workbook);
  expect(stored.every((o) => o.applicationId === app.id)).toBe(true);
  // The workbook acknowledged them, so the extension stops offering them.
  await expect
    .poll(async () => ((await extensionStorage(h, 'observations')) as { delivered: boolean }[]).every((s) => s.delivered))
    .toBe(true);

  // The Overview shows them, as text.
  await workbook.goto(`${h.pwaUrl}#/app/${app.id}/overview`);
  const panel = workbook.getByRole('region', { name: 'Seen in Career Manager' });
  await panel.waitFor();
  await panel.getByText(/2 of 6 mandatory items complete, as shown on/).waitFor();
  await panel.getByText('Application locked in Career Manager', { exact: false }).waitFor();
  await panel.getByText(/resignalling works/).waitFor();
  await expect(panel.getByText('Priya Raman CEng MIET').count()).resolves.toBe(1);
  expect(h.outbound).toEqual([]);
});

test('the workbook ignores bridge messages that do not come from its own window or are malformed', async () => {
  const workbook = await h.context.newPage();
  await workbook.goto(h.pwaUrl);
  await workbook.getByRole('heading', { level: 1 }).waitFor();
  const before = (await workbookObservations(workbook)).length;
  await workbook.evaluate(() => {
    const observation = {
      id: 'forged',
      at: new Date().toISOString(),
      url: 'https://evil.example/',
      applicationId: null,
      kind: 'lock-state',
      data: { locked: true },
    };
    // Wrong version and wrong shape: refused.
    window.postMessage({ source: 'proreg-extension', v: 99, type: 'observations', observations: [observation] }, location.origin);
    window.postMessage(
      { source: 'proreg-extension', v: 2, type: 'observations', observations: [{ ...observation, kind: 'anything' }] },
      location.origin,
    );
  });
  // From a frame (not this window): refused. Posted by the frame's own script (the workbook's
  // Content-Security-Policy forbids eval, so the test drives the frame directly).
  await workbook.evaluate(() => document.body.append(document.createElement('iframe')));
  const frame = workbook.frames().find((f) => f !== workbook.mainFrame());
  if (!frame) throw new Error('the frame did not appear');
  await frame.evaluate(() => {
    const observation = {
      id: 'forged',
      at: new Date().toISOString(),
      url: 'https://evil.example/',
      applicationId: null,
      kind: 'lock-state',
      data: { locked: true },
    };
    parent.postMessage({ source: 'proreg-extension', v: 2, type: 'observations', observations: [observation] }, '*');
  });
  // A valid message after them is stored, so the refusals above had their chance to be processed.
  await workbook.evaluate(() => {
    const ok = {
      id: 'genuine',
      at: new Date().toISOString(),
      url: 'https://careermanager.theiet.org/x',
      applicationId: null,
      kind: 'lock-state',
      data: { locked: false },
    };
    window.postMessage({ source: 'proreg-extension', v: 2, type: 'observations', observations: [ok] }, location.origin);
  });
  await expect.poll(async () => (await workbookObservations(workbook)).map((o) => o.id)).toContain('genuine');
  const ids = (await workbookObservations(workbook)).map((o) => o.id);
  expect(ids).not.toContain('forged');
  expect(ids.length).toBe(before + 1);
});

test('with the workbook open, what the extension sees reaches it straight away', async () => {
  const workbook = await h.context.newPage();
  await workbook.goto(h.pwaUrl);
  await workbook.getByRole('heading', { level: 1 }).waitFor();
  const panelling = await h.openFixture('panelling');
  await overlay(panelling).getByRole('region', { name: 'Sector and interview location' }).waitFor();
  await expect
    .poll(async () => (await workbookObservations(workbook)).find((o) => o.kind === 'sectors')?.data.sectors)
    .toEqual(['Energy', 'Transport', 'Digital and Communications', 'Manufacturing', 'Built Environment']);
});
