// `npm run release` as someone who installs it meets it: the workbook's files put on a static host
// under a path of their own, opened once, then used with the network gone; and the extension zips
// checked by web-ext lint (what Firefox Add-ons runs on an upload).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromePath, fixtureUrl } from '../harness/browser.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { careerManagerPages } from '../harness/pages.ts';

const run = promisify(execFile);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** Where the host puts the workbook: not the server's root, and more than one level down. */
const BASE = '/teams/registration/workbook/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

let out: string;
let server: Server;
let origin: string;
let browser: Browser;
/** Paths the browser asked the server for that lie outside the workbook's path. */
const outside: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'proreg-release-'));
  await run(process.execPath, ['scripts/release.mjs', '--out', out]);
  // A plain static host: files under BASE, 404 for everything else.
  const root = join(out, 'workbook');
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      outside.push(path);
      return res.writeHead(404).end();
    }
    const file = normalize(join(root, path.slice(BASE.length) || 'index.html'));
    try {
      if (!file.startsWith(root)) throw new Error('outside the root');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server?.listening ? server.close(ok) : ok(undefined)));
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the released workbook works from a sub-path of a static server, and offline after the first visit', async () => {
  const context = await browser.newContext();
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.goto(origin + BASE);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/ProReg Companion/);
  // The service worker belongs to the workbook's path, and once active it holds the whole workbook.
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL };
  });
  expect(worker).toEqual({ scope: origin + BASE, script: `${origin + BASE}sw.js` });
  await page.getByRole('status').filter({ hasText: 'The workbook now works offline on this device.' }).waitFor();

  // The network goes (and the host with it): a reload and a screen not yet opened still work.
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/ProReg Companion/);
  await page.getByRole('heading', { level: 2, name: 'Your applications' }).waitFor();
  // Screens not yet opened load from the cache: Settings, and a new application's Overview.
  await page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 2, name: 'Settings' }).waitFor();
  await page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Applications' }).click();
  await page.getByLabel('Name of the application').fill('Offline CEng');
  await page.getByLabel('Registration category').selectOption('CEng');
  await page.getByLabel(/^Standard route/).check();
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();

  expect(outside).toEqual([]);
  expect(foreign).toEqual([]);
  await context.close();
});

test('both extension zips carry package.json’s version and pass web-ext lint with no errors', async () => {
  for (const store of ['chrome', 'firefox']) {
    const zip = join(out, `proreg-companion-${store}-${version}.zip`);
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', zip, '--output', 'json'], { maxBuffer: 10_000_000 }).catch(
      (e: { stdout: string }) => e,
    );
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; metadata: { version: string } };
    expect(report.errors.map((e) => `${store}: ${e.code}: ${e.message}`)).toEqual([]);
    expect(report.metadata.version).toBe(version);
  }
});

test('the Firefox zip installs in Firefox as it is, at package.json’s version, and the companion runs on Career Manager', async () => {
  const outbound: string[] = [];
  const session = await launchFirefox({
    extensionDir: join(out, `proreg-companion-firefox-${version}.zip`),
    pages: careerManagerPages().source,
    allow: (url) => !url.protocol.startsWith('http'),
    outbound,
  });
  try {
    await expect(session.addon!.evaluate('return browser.runtime.getManifest().version;')).resolves.toBe(version);
    const page = await session.browser.newPage();
    await page.goto(fixtureUrl('home'));
    await page.waitForFunction(() => document.documentElement.dataset.proregCompanion === 'ready');
    expect(outbound).toEqual([]);
  } finally {
    await session.close();
  }
});
