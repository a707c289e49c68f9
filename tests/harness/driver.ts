// The companion in a real browser, Chromium or Firefox, behind one interface, so the same browser
// tests run in both: the built extension installed, the built workbook on 127.0.0.1, Career
// Manager pages answered under the real host name, and every other request refused and recorded.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pairWorkbook } from '../extension/browser-helpers.ts';
import { CAREER_MANAGER_ORIGIN, DIST_EXTENSION, DIST_PWA, fixtureUrl, type Harness, launch } from './browser.ts';
import { launchFirefox } from './firefox.ts';
import { careerManagerPages } from './pages.ts';
import { startServer } from './server.js';
import { type Tab, until } from './tab.ts';
import { ChromiumTab } from './tab-chromium.ts';
import { FirefoxTab } from './tab-firefox.ts';

export type BrowserName = 'chromium' | 'firefox';

/** The browsers the shared companion suite runs in: PROREG_BROWSERS (e.g. "firefox"), else both. */
export const COMPANION_BROWSERS: BrowserName[] = (process.env.PROREG_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

export interface Companion {
  browser: BrowserName;
  /** Where the built workbook is served, with a trailing slash. */
  pwaUrl: string;
  /** Requests that tried to leave the machine (anything not local and not a Career Manager page). */
  outbound: string[];
  newTab(): Promise<Tab>;
  /** Opens a URL in `tab` (or a new tab). */
  open(url: string, tab?: Tab): Promise<Tab>;
  /** Opens a Career Manager fixture by name (tests/fixtures/career-manager/NAME.html). */
  openFixture(name: string, tab?: Tab): Promise<Tab>;
  /** Answers a Career Manager path with this HTML from now on; returns its URL. */
  publish(path: string, html: string): string;
  /** One key of the extension's storage, read in its background. */
  storage(key: string): Promise<unknown>;
  /** Writes keys of the extension's storage in its background (as the background itself would). */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** Pairs the extension with this run's workbook as a person does: the workbook shows a code, typed into the extension's popup. */
  pairWorkbook(): Promise<void>;
  /** Runs an async function body in the first open extension page whose address contains `path` (waits for it to open). */
  inExtensionPage<T>(path: string, body: string): Promise<T>;
  /** The Chromium harness, for what only Chromium's driver can check (downloads); null in Firefox. */
  chromium: Harness | null;
  close(): Promise<void>;
}

function checkBuilt(): void {
  if (!existsSync(join(DIST_EXTENSION, 'manifest.json')) || !existsSync(join(DIST_PWA, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first.');
  }
}

/** Pairs the extension with this run's workbook, as a user does in the options page. */
const pairing = (workbookUrl: string) =>
  `const current = (await browser.storage.local.get('settings')).settings;
   await browser.storage.local.set({ settings: { hints: true, linkedApplicationId: null, ...current, workbookUrl: ${JSON.stringify(workbookUrl)} } });`;

/** Launches a browser with the companion installed. */
export async function launchCompanion(name: BrowserName): Promise<Companion> {
  checkBuilt();
  return name === 'chromium' ? launchChromium() : launchFirefoxCompanion();
}

async function launchChromium(): Promise<Companion> {
  const h = await launch();
  // Pages a test publishes, answered before the harness's own routes (the route added last wins).
  const pages = careerManagerPages();
  const published = new Set<string>();
  await h.context.route(
    (url) => url.origin === CAREER_MANAGER_ORIGIN && published.has(url.pathname),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.source(new URL(route.request().url()))! }),
  );
  const worker = () => {
    const found = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
    if (!found) throw new Error('The extension worker is not running');
    return found;
  };
  const inWorker = <T>(body: string): Promise<T> =>
    // The worker has `chrome`; the same code as Firefox's background runs with `browser` bound to it.
    worker().evaluate(`(async (browser) => { ${body} })(globalThis.browser ?? globalThis.chrome)`) as Promise<T>;
  const companion: Companion = {
    browser: 'chromium',
    pwaUrl: h.pwaUrl,
    outbound: h.outbound,
    newTab: async () => ChromiumTab.of(await h.context.newPage()),
    async open(url, tab) {
      const target = tab ?? (await companion.newTab());
      await target.goto(url);
      return target;
    },
    openFixture: (fixture, tab) => companion.open(fixtureUrl(fixture), tab),
    publish(path, html) {
      published.add(path);
      return pages.publish(path, html);
    },
    storage: (key) => inWorker(`return (await browser.storage.local.get(${JSON.stringify(key)}))[${JSON.stringify(key)}];`),
    setStorage: (items) => inWorker(`await browser.storage.local.set(${JSON.stringify(items)});`),
    pairWorkbook: () => pairWorkbook(h),
    async inExtensionPage(path, body) {
      const page = await until(`the extension page ${path}`, async () =>
        h.context.pages().find((p) => p.url().startsWith(`chrome-extension://${h.extensionId}/`) && p.url().includes(path)),
      );
      await page.waitForLoadState();
      return page.evaluate(`(async () => { ${body} })()`);
    },
    chromium: h,
    close: () => h.close(),
  };
  return companion;
}

async function launchFirefoxCompanion(): Promise<Companion> {
  const server = await startServer({ root: DIST_PWA });
  const pwaOrigin = new URL(server.url).origin;
  const pages = careerManagerPages();
  const outbound: string[] = [];
  let session: Awaited<ReturnType<typeof launchFirefox>>;
  try {
    session = await launchFirefox({
      extensionDir: DIST_EXTENSION,
      pages: pages.source,
      allow: (url) => url.origin === pwaOrigin || !url.protocol.startsWith('http'),
      outbound,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const addon = session.addon!;
  await addon.evaluate(pairing(server.url));
  const companion: Companion = {
    browser: 'firefox',
    pwaUrl: server.url,
    outbound,
    newTab: async () => new FirefoxTab(await session.browser.newPage(), session.bidi),
    async open(url, tab) {
      const target = tab ?? (await companion.newTab());
      await target.goto(url);
      return target;
    },
    openFixture: (fixture, tab) => companion.open(fixtureUrl(fixture), tab),
    publish: pages.publish,
    storage: (key) => addon.evaluate(`return (await browser.storage.local.get(${JSON.stringify(key)}))[${JSON.stringify(key)}];`),
    setStorage: (items) => addon.evaluate(`await browser.storage.local.set(${JSON.stringify(items)});`),
    async pairWorkbook() {
      const workbook = await companion.open(`${server.url}#/settings`);
      const panel = workbook.get('region', 'Companion extension');
      await panel.get('button', 'Pair with the companion').click();
      const code = await until('the pairing code', () =>
        workbook.evaluate(() => document.querySelector('.pairing-code')?.textContent?.trim() || undefined),
      );
      // WebDriver BiDi cannot open the popup (a moz-extension: page): the background opens it in a
      // tab and the code is typed there through the debugger server, as the popup's own form takes it.
      await addon.evaluate(`await browser.tabs.create({ url: browser.runtime.getURL('extension/popup/index.html') });`);
      await addon.evaluateIn(
        'extension/popup/index.html',
        `for (let i = 0; i < 100 && !document.getElementById('pairing-code'); i++) await new Promise((r) => setTimeout(r, 100));
         const input = document.getElementById('pairing-code');
         input.value = ${JSON.stringify(code)};
         input.dispatchEvent(new Event('input', { bubbles: true }));
         await new Promise((r) => setTimeout(r, 50));
         input.form.requestSubmit();
         for (let i = 0; i < 100 && !/^Paired with the workbook at /.test(document.querySelector('[role=status]')?.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 100));
         const done = document.querySelector('[role=status]')?.textContent ?? '';
         window.close();
         return done;`,
      );
      await panel.shows(/Paired\./);
      await workbook.close();
    },
    inExtensionPage: (path, body) => addon.evaluateIn(path, body),
    chromium: null,
    async close() {
      await session.close();
      await server.close();
    },
  };
  return companion;
}
