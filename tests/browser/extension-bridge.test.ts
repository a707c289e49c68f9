// The bridge with the workbook, both ways, with no server: drafts reach Career Manager pages
// and what the extension saw there reaches the workbook — also when the workbook was closed.
// In real Chromium and Firefox with the built extension.

import { beforeAll, expect, test } from 'vitest';
import type { Application } from '../../core/types.ts';
import { sampleApplication } from '../extension/browser-helpers.ts';
import type { Companion } from '../harness/driver.ts';
import { eachBrowser } from '../harness/each-browser.ts';
import type { Tab } from '../harness/tab.ts';

const app = sampleApplication();

/** The workbook's stored observations, read straight from its IndexedDB. */
function workbookObservations(
  tab: Tab,
): Promise<{ id: string; kind: string; applicationId: string | null; data: Record<string, unknown> }[]> {
  return tab.evaluate(
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
    null,
  );
}

/** Opens the workbook and waits until it has started. */
async function openWorkbook(c: Companion, tab?: Tab): Promise<Tab> {
  const workbook = await c.open(c.pwaUrl, tab);
  await workbook.waitForFunction(() => document.querySelector('h1') !== null);
  return workbook;
}

/** Puts an application into the workbook's IndexedDB as the workbook stores it, then reloads the workbook page. */
async function seedWorkbook(c: Companion, application: Application): Promise<Tab> {
  const workbook = await openWorkbook(c);
  await workbook.evaluate(
    (a) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('proreg-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('applications', 'readwrite');
          tx.objectStore('applications').put(a);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    application,
  );
  await workbook.reload();
  return workbook;
}

eachBrowser((companion) => {
  beforeAll(async () => {
    await companion().pairWorkbook();
  });

  test('opening the workbook sends its drafts to the extension, which keeps them after the workbook closes', async () => {
    const c = companion();
    const workbook = await seedWorkbook(c, app);
    await expect
      .poll(async () => ((await c.storage('mirror')) as { applications?: { id: string }[] } | undefined)?.applications?.map((a) => a.id))
      .toEqual([app.id]);
    await workbook.close();

    // The workbook is closed; its drafts still reach Career Manager.
    const page = await c.openFixture('role');
    await page.get('button', 'Insert my draft of Personal Achievements').click();
    await expect(page.get('textbox', 'Personal Achievements').value()).resolves.toBe(app.roles[0]!.achievements);
  });

  test('what the extension saw while the workbook was closed reaches it when it opens, and shows there', async () => {
    const c = companion();
    const checklist = await c.openFixture('checklist');
    await checklist.companionShows('4 of 6 mandatory items are open.');
    const locked = await c.openFixture('validate-locked');
    await locked.get('button', 'Unlock application').click();
    const dialog = locked.get('dialog', 'An unlock erases what your supporters wrote');
    await dialog.get('button', 'Save 3 comments to my workbook').click();
    await dialog.shows(/Saved 3 comments/);
    await dialog.get('button', 'Cancel').click();

    type Kept = { delivered: boolean; observation: { kind: string; applicationId: string } }[];
    // Observations travel page → background → storage; wait until all three have arrived.
    await expect
      .poll(async () => ((await c.storage('observations')) as Kept).filter((s) => !s.delivered).map((s) => s.observation.kind))
      .toEqual(expect.arrayContaining(['checklist', 'lock-state', 'supporter-comments']));
    const pending = (await c.storage('observations')) as Kept;
    // Linked to the workbook application the extension knows.
    expect(new Set(pending.map((s) => s.observation.applicationId))).toEqual(new Set([app.id]));

    const workbook = await c.open(c.pwaUrl);
    await expect
      .poll(async () => (await workbookObservations(workbook)).map((o) => o.kind).sort())
      .toEqual(['checklist', 'lock-state', 'supporter-comments']);
    const stored = await workbookObservations(workbook);
    expect(stored.every((o) => o.applicationId === app.id)).toBe(true);
    // The workbook acknowledged them, so the extension stops offering them.
    await expect.poll(async () => ((await c.storage('observations')) as { delivered: boolean }[]).every((s) => s.delivered)).toBe(true);

    // The Overview shows them, as text.
    await workbook.goto(`${c.pwaUrl}#/app/${app.id}/overview`);
    const panel = workbook.get('region', 'Seen in Career Manager');
    await panel.shows(/2 of 6 mandatory items complete, as shown on/);
    await panel.shows('Application locked in Career Manager');
    await panel.shows(/resignalling works/);
    expect((await panel.text()).split('Priya Raman CEng MIET')).toHaveLength(2);
    expect(c.outbound).toEqual([]);
  });

  test('the workbook ignores bridge messages that do not come from its own window or are malformed', async () => {
    const workbook = await openWorkbook(companion());
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
    await workbook.evaluateInFrame(() => {
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
    const c = companion();
    const workbook = await openWorkbook(c);
    const panelling = await c.openFixture('panelling');
    await panelling.get('complementary', 'ProReg Companion').get('region', 'Sector and interview location').waitFor();
    await expect
      .poll(async () => (await workbookObservations(workbook)).find((o) => o.kind === 'sectors')?.data.sectors)
      .toEqual(['Energy', 'Transport', 'Digital and Communications', 'Manufacturing', 'Built Environment']);
  });
});
