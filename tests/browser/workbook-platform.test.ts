// The workbook as a web app in real Chromium: installable, updated through the prompt without
// losing an edit, two tabs in step, and a tab that meets a newer schema stops writing.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_PWA, type Harness, launch } from '../harness/browser.ts';

let h: Harness;
let v1: string;
let v2: string;

/** A second release: same app, index.html marked "v2" and its precache revision changed, so sw.js differs. */
function rebuiltCopy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'proreg-pwa-v2-'));
  cpSync(from, dir, { recursive: true });
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="proreg-release" content="v2">'));
  const sw = join(dir, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const next = source.replace(/(\{url:"index\.html",revision:")[^"]*"/, '$1v2-test"');
  if (next === source) throw new Error('index.html is not in the precache manifest of sw.js');
  writeFileSync(sw, next);
  return dir;
}

beforeAll(async () => {
  // Our own copy, so another build of dist/pwa running meanwhile cannot change what we test.
  v1 = mkdtempSync(join(tmpdir(), 'proreg-pwa-v1-'));
  cpSync(DIST_PWA, v1, { recursive: true });
  v2 = rebuiltCopy(v1);
  h = await launch({ extension: false, pwaRoot: v1 });
});
afterAll(async () => {
  await h?.close();
  for (const dir of [v1, v2]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function createApplication(page: Page, name: string): Promise<string> {
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill(name);
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  return page.url();
}

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('Chromium reports no installability errors', async () => {
  const page = await h.context.newPage();
  await page.goto(h.pwaUrl);
  await controlled(page);
  const cdp = await h.context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
  expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  await page.close();
});

test('two tabs see each other’s edits', async () => {
  const a = await h.context.newPage();
  const url = await createApplication(a, 'Two tabs');
  const b = await h.context.newPage();
  await b.goto(url.replace(/overview$/, 'career'));
  await a.goto(url.replace(/overview$/, 'career'));
  await a.getByRole('button', { name: 'Add a role' }).click();
  await b.getByLabel('Role 1: employer').waitFor();
  await a.getByLabel('Role 1: employer').fill('Written in tab A');
  await b.waitForFunction(() => (document.querySelector('input[id]') as HTMLInputElement | null)?.value === 'Written in tab A');
  await b.getByLabel('Role 1: job title').fill('Written in tab B');
  await a.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Written in tab B'));
  expect(await a.getByLabel('Role 1: employer').inputValue()).toBe('Written in tab A');
  await a.close();
  await b.close();
});

test('two tabs typing into different roles at the same moment: both texts survive', async () => {
  const a = await h.context.newPage();
  const url = await createApplication(a, 'Two roles, two tabs');
  const b = await h.context.newPage();
  await a.goto(url.replace(/overview$/, 'career'));
  await b.goto(url.replace(/overview$/, 'career'));
  await a.getByRole('button', { name: 'Add a role' }).click();
  await a.getByLabel('Role 1: employer').waitFor();
  await a.getByRole('button', { name: 'Add a role' }).click();
  // One role is open at a time: tab A goes back to role 1, tab B opens role 2.
  await a.getByLabel('Role 2: employer').waitFor();
  await a.getByRole('button', { name: /^Role 1\b/ }).click();
  await b.getByRole('button', { name: /^Role 2\b/ }).click();
  await a.getByLabel('Role 1: Responsibilities').waitFor();
  await b.getByLabel('Role 2: Responsibilities').waitFor();
  // Both edits are typed before either tab's autosave has run.
  await Promise.all([
    a.getByLabel('Role 1: Responsibilities').fill('Tab A wrote about role 1.'),
    b.getByLabel('Role 2: Responsibilities').fill('Tab B wrote about role 2.'),
  ]);
  // Each tab then shows the other's text, in the role it opens to look.
  const shows = (page: typeof a, text: string) =>
    page.waitForFunction((t) => [...document.querySelectorAll('textarea')].some((area) => area.value === t), text);
  await a.getByRole('button', { name: /^Role 2\b/ }).click();
  await b.getByRole('button', { name: /^Role 1\b/ }).click();
  await Promise.all([shows(a, 'Tab B wrote about role 2.'), shows(b, 'Tab A wrote about role 1.')]);
  await a.reload();
  expect(await a.getByLabel('Role 1: Responsibilities').inputValue()).toBe('Tab A wrote about role 1.');
  await a.getByRole('button', { name: /^Role 2\b/ }).click();
  expect(await a.getByLabel('Role 2: Responsibilities').inputValue()).toBe('Tab B wrote about role 2.');
  await a.close();
  await b.close();
});

test('a new version is offered with a reload, and taking it keeps an edit made just before', async () => {
  const page = await h.context.newPage();
  const url = await createApplication(page, 'Update me');
  await controlled(page);
  expect(await page.locator('meta[name="proreg-release"]').count()).toBe(0);

  h.setPwaRoot(v2);
  await page.goto(url.replace(/overview$/, 'checklist'));
  await page.reload();
  const prompt = page.getByRole('button', { name: 'Reload to update' });
  await prompt.waitFor({ timeout: 20_000 });
  expect(await page.getByText('A new version of the workbook is ready.').count()).toBe(1);

  // An edit still inside the autosave delay, then straight to the update.
  await page.getByLabel('Full name').fill('Typed just before updating');
  await prompt.click();
  await page.waitForFunction(() => document.querySelector('meta[name="proreg-release"]') !== null, null, { timeout: 20_000 });
  await page.getByLabel('Full name').waitFor();
  expect(await page.getByLabel('Full name').inputValue()).toBe('Typed just before updating');
  expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
  await page.close();
  h.setPwaRoot(v1);
});

test('a tab that finds a newer schema open elsewhere stops writing and asks to reload', async () => {
  const a = await h.context.newPage();
  const url = await createApplication(a, 'Older tab');
  await a.goto(url.replace(/overview$/, 'checklist'));
  await a.getByLabel('Full name').fill('Saved before the upgrade');
  await a.getByLabel('Email address').focus(); // leaving the field saves it
  const b = await h.context.newPage();
  await b.goto('about:blank');
  await b.goto(`${h.pwaUrl}icons/icon-192.png`);
  // A later release opening the same database at a higher version.
  await b.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const probe = indexedDB.open('proreg-workbook');
        probe.onsuccess = () => {
          const next = probe.result.version + 10;
          probe.result.close();
          const open = indexedDB.open('proreg-workbook', next);
          open.onsuccess = () => {
            open.result.close();
            ok();
          };
          open.onerror = () => fail(open.error);
        };
      }),
  );
  await a
    .getByRole('alert')
    .getByText(/A newer version of the workbook is open in another tab/)
    .waitFor();
  await a.getByRole('button', { name: 'Reload this tab' }).waitFor();
  // It takes no more edits: its fields are read-only.
  expect(await a.getByLabel('Full name').isEditable()).toBe(false);
  // What was saved before is still there, read straight from the database.
  const stored = await b.evaluate(
    () =>
      new Promise<string[]>((ok) => {
        const open = indexedDB.open('proreg-workbook');
        open.onsuccess = () => {
          const r = open.result.transaction('applications').objectStore('applications').getAll();
          r.onsuccess = () => ok((r.result as { personal: { fullName: string } }[]).map((x) => x.personal.fullName));
        };
      }),
  );
  expect(stored).toContain('Saved before the upgrade');
  await a.close();
  await b.close();
});
