// Attacks on the bridge (issue 8, parts 2 and 4): a fake workbook served at the workbook's address
// (another program on the same port) asks for observations and plants drafts; messages to the
// background from anywhere but a Career Manager page; a pairing confirmed by anything but the user.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mirrorOf } from '../../core/bridge/mirror.ts';
import { pairingCode } from '../../core/bridge/pairing.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { extensionStorage, pairWorkbook, runInContentScriptWorld, sampleApplication } from '../extension/browser-helpers.ts';
import { DIST_PWA, type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';

let h: Harness;
let fakeRoot: string;

/** A drafts mirror with planted text, as a v1 and a v2 workbook would send it. */
const planted = sampleApplication({
  id: 'app-planted',
  updatedAt: '2030-01-01T00:00:00.000Z',
  roles: [{ ...sampleApplication().roles[0]!, responsibilities: 'PLANTED responsibilities', achievements: 'PLANTED achievements' }],
});
const plantedMirror = { ...planted, ...mirrorOf(planted, DEFAULT_RULES) };
const FAKE_KEY = 'F'.repeat(43);

/**
 * The page another program serves at the workbook's address: it speaks the bridge (both
 * versions), asks for observations, acknowledges whatever it gets, plants a mirror, and asks to
 * pair with a key of its own. What reaches it is in window.got.
 */
function fakeWorkbook(): string {
  return `<!doctype html><html lang="en"><title>Local tool</title><h1>Some other program</h1><script>
  window.got = [];
  const app = ${JSON.stringify(plantedMirror)};
  const send = () => {
    for (const v of [1, 2]) {
      postMessage({ source: 'proreg-workbook', v, type: 'ready', key: null }, location.origin);
      postMessage({ source: 'proreg-workbook', v, type: 'ready', key: '${FAKE_KEY}' }, location.origin);
      postMessage({ source: 'proreg-workbook', v, type: 'mirror', at: new Date().toISOString(), applications: [app] }, location.origin);
    }
  };
  addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.source !== 'proreg-extension') return;
    window.got.push(m);
    if (m.type === 'observations') for (const v of [1, 2]) postMessage({ source: 'proreg-workbook', v, type: 'ack', ids: m.observations.map((o) => o.id) }, location.origin);
    if (m.type === 'hello') send();
  });
  send();
  setTimeout(send, 500);
  window.pair = () => postMessage({ source: 'proreg-workbook', v: 2, type: 'pair', key: '${FAKE_KEY}' }, location.origin);
  </script></html>`;
}

type Kept = { delivered: boolean; observation: { id: string; kind: string } }[];

/** Observations the extension still keeps for the workbook. */
async function undelivered(): Promise<string[]> {
  return (((await extensionStorage(h, 'observations')) as Kept | undefined) ?? [])
    .filter((s) => !s.delivered)
    .map((s) => s.observation.kind);
}

async function openFake(): Promise<Page> {
  h.setPwaRoot(fakeRoot);
  const page = await h.context.newPage();
  await page.goto(h.pwaUrl);
  // Long enough for the relay, the background and several rounds of messages.
  await page.waitForTimeout(2500);
  return page;
}

beforeAll(async () => {
  h = await launch();
  fakeRoot = mkdtempSync(join(tmpdir(), 'proreg-fake-workbook-'));
  writeFileSync(join(fakeRoot, 'index.html'), fakeWorkbook());
  // Something worth stealing: supporter comments saved before an unlock, waiting for the workbook.
  const locked = await h.openFixture('validate-locked');
  await overlay(locked).waitFor();
  await locked.getByRole('button', { name: 'Unlock application' }).click();
  const dialog = companion(locked).getByRole('dialog', { name: 'An unlock erases what your supporters wrote' });
  await dialog.getByRole('button', { name: 'Save 3 comments to my workbook' }).click();
  await dialog.getByText(/kept the 3 comments, but it is not paired/).waitFor();
  for (let i = 0; i < 50 && !(await undelivered()).includes('supporter-comments'); i++) await locked.waitForTimeout(100);
  await locked.close();
});
afterAll(async () => {
  await h?.close();
  rmSync(fakeRoot, { recursive: true, force: true });
});

test("another program serving the workbook's address gets no observations and plants no drafts", async () => {
  const page = await openFake();
  const got = (await page.evaluate(() => (window as unknown as { got: { type: string }[] }).got)) as { type: string }[];
  expect(got.filter((m) => m.type === 'observations')).toEqual([]);
  expect(JSON.stringify((await extensionStorage(h, 'mirror')) ?? null)).not.toContain('PLANTED');
  expect(await undelivered()).toEqual(expect.arrayContaining(['supporter-comments', 'lock-state']));
  // Career Manager pages show no planted drafts either.
  const role = await h.openFixture('role');
  await overlay(role).waitFor();
  await expect(companion(role).getByRole('region', { name: 'Your drafts' }).count()).resolves.toBe(0);
  await page.close();
  await role.close();
});

test('only the applicant, typing the code in the companion, can answer a pairing request', async () => {
  const page = await openFake();
  await page.evaluate(() => (window as unknown as { pair(): void }).pair());
  // The popup shows the request it finds when it opens: wait until the background has kept it.
  await expect.poll(() => extensionStorage(h, 'pairingRequest'), { timeout: 20_000 }).toBeDefined();
  const code = await pairingCode(FAKE_KEY);

  // A content script (here on a Career Manager page) cannot confirm it, even with the right code.
  const cm = await h.openFixture('checklist');
  await overlay(cm).waitFor();
  const answer = await runInContentScriptWorld(
    h,
    cm,
    `chrome.runtime.sendMessage({ type: 'pairing-confirm', code: ${JSON.stringify(code)} })`,
  );
  expect(answer ?? null).toBeNull();
  await expect(extensionStorage(h, 'pairing')).resolves.toBeUndefined();

  // In the popup, the request is shown with where it comes from; a wrong code pairs nothing.
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/extension/popup/index.html`);
  await popup.getByText(new URL(h.pwaUrl).origin).first().waitFor();
  const wrong = code === '000 000' ? '111111' : '000000';
  await popup.getByRole('textbox', { name: 'Code your workbook shows' }).fill(wrong);
  await popup.getByRole('button', { name: 'Pair' }).click();
  await popup
    .getByRole('status')
    .getByText(/not the code/)
    .waitFor();
  await expect(extensionStorage(h, 'pairing')).resolves.toBeUndefined();
  // Turned down: the request is gone and the page is still not trusted.
  await popup.getByRole('button', { name: 'Not now' }).click();
  await popup
    .getByRole('status')
    .getByText(/Nothing was paired/)
    .waitFor();
  await expect(extensionStorage(h, 'pairingRequest')).resolves.toBeUndefined();
  const got = (await page.evaluate(() => (window as unknown as { got: { type: string }[] }).got)) as { type: string }[];
  expect(got.filter((m) => m.type === 'observations')).toEqual([]);
  await Promise.all([page.close(), cm.close(), popup.close()]);
});

test("messages to the background from anywhere but a Career Manager page are refused (here: the companion's own popup)", async () => {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/extension/popup/index.html`);
  const before = (await extensionStorage(h, 'observations')) as Kept;
  const overlayBefore = await extensionStorage(h, 'overlay');
  await popup.evaluate(async (prev) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    await api.runtime.sendMessage({
      type: 'observe',
      observation: {
        id: 'planted-by-another-context',
        at: new Date().toISOString(),
        url: 'https://careermanager.theiet.org/professional-registration/application/validate/locked',
        applicationId: null,
        kind: 'lock-state',
        data: { locked: false },
      },
    });
    await api.runtime.sendMessage({ type: 'overlay', shown: prev === undefined ? false : !(prev as { shown: boolean }).shown });
  }, overlayBefore);
  await popup.waitForTimeout(500);
  const after = (await extensionStorage(h, 'observations')) as Kept;
  expect(after.map((s) => s.observation.id)).not.toContain('planted-by-another-context');
  expect(after.length).toBe(before.length);
  await expect(extensionStorage(h, 'overlay')).resolves.toEqual(overlayBefore);
  await popup.close();
});

test('once paired, a page at the same address that does not hold the key still gets nothing', async () => {
  h.setPwaRoot(DIST_PWA);
  if ((await extensionStorage(h, 'pairing')) === undefined) await pairWorkbook(h);
  // The workbook's service worker would go on serving the real workbook from its cache; the other
  // program's page is what this test is about, so let it through.
  const workbook = await h.context.newPage();
  await workbook.goto(h.pwaUrl);
  await workbook.evaluate(async () => {
    // The workbook registers its worker once it is idle: wait for it, then take it away.
    await navigator.serviceWorker.ready;
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  await workbook.close();
  // The real workbook took the observations; record a fresh one for the fake to want.
  const checklist = await h.openFixture('checklist');
  await overlay(checklist).waitFor();
  await checklist.evaluate(() => {
    const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Qualifications'))!;
    row.querySelectorAll('td')[1]!.textContent = 'Complete';
  });
  await expect.poll(undelivered).toContain('checklist');
  const page = await openFake();
  const got = (await page.evaluate(() => (window as unknown as { got: { type: string; pairing?: string }[] }).got)) as {
    type: string;
    pairing?: string;
  }[];
  expect(got.filter((m) => m.type === 'observations')).toEqual([]);
  expect(got.filter((m) => m.type === 'hello').every((m) => m.pairing !== 'paired')).toBe(true);
  expect(JSON.stringify(await extensionStorage(h, 'mirror'))).not.toContain('PLANTED');
  await expect.poll(undelivered).toContain('checklist');
  h.setPwaRoot(DIST_PWA);
});
