// The real-browser harness every browser test uses: system Chromium through playwright-core,
// the built extension loaded, the built workbook on 127.0.0.1, and Career Manager fixture pages
// answered under the real host name by request routing. Nothing is downloaded.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { startServer } from './server.js';

export const CAREER_MANAGER_ORIGIN = 'https://careermanager.theiet.org';
export const FIXTURES = resolve('tests/fixtures/career-manager');
export const DIST_PWA = resolve('dist/pwa');
/** The built extension; PROREG_DIST_EXTENSION points the tests at another build (e.g. an older one, to see an attack test fail there). */
export const DIST_EXTENSION = resolve(process.env.PROREG_DIST_EXTENSION ?? 'dist/extension');

/** The Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  }
  return path;
}

export interface Harness {
  context: BrowserContext;
  /** Where the built workbook is served, with a trailing slash. */
  pwaUrl: string;
  /** Swap the folder the workbook is served from (e.g. a rebuilt version). */
  setPwaRoot(dir: string): void;
  /** Requests that tried to leave the machine (anything not local and not a fixture). */
  outbound: string[];
  /** The extension's id, once its service worker has started (null without the extension). */
  extensionId: string | null;
  /**
   * Opens a Career Manager fixture by name (tests/fixtures/career-manager/NAME.html), under the
   * Career Manager host or, given `origin`, under another https host of theiet.org (as an
   * imitation on another IET site would be).
   */
  openFixture(name: string, page?: Page, origin?: string): Promise<Page>;
  /** Answers one https URL with this HTML for the rest of the run (a test's own page, e.g. an attacker's). */
  servePage(url: string, html: string): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  extension?: boolean;
  pwaRoot?: string;
  /** Reuse a profile folder (e.g. to reopen the same browser); a fresh one by default. */
  userDataDir?: string;
  /** More unpacked extensions to load beside the companion (e.g. the bench's empty content script). */
  alsoLoad?: string[];
}

/** Fixture file for a Career Manager URL path: /registration/checklist → checklist.html via the index. */
function fixtureFor(url: URL): string | null {
  const index = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as Record<string, string>;
  const name = index[url.pathname];
  return name ? join(FIXTURES, `${name}.html`) : null;
}

/** Path of a fixture page under the Career Manager origin, from tests/fixtures/career-manager/index.json. */
export function fixtureUrl(name: string): string {
  const index = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as Record<string, string>;
  const path = Object.keys(index).find((p) => index[p] === name);
  if (!path) throw new Error(`No fixture named ${name} in index.json`);
  return CAREER_MANAGER_ORIGIN + path;
}

export async function launch(options: HarnessOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(DIST_EXTENSION, 'manifest.json'))) {
    throw new Error('dist/extension is missing: run `npm run build` first.');
  }
  if (!existsSync(join(options.pwaRoot ?? DIST_PWA, 'index.html'))) {
    throw new Error('dist/pwa is missing: run `npm run build` first.');
  }
  const server = await startServer({ root: options.pwaRoot ?? DIST_PWA });
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'proreg-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (withExtension) {
    const dirs = [DIST_EXTENSION, ...(options.alsoLoad ?? [])].join(',');
    args.push(`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    serviceWorkers: 'allow',
  });

  const outbound: string[] = [];
  const pages = new Map<string, string>();
  const pwaOrigin = new URL(server.url).origin;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const own = pages.get(url.href);
    if (own !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: own });
    // Career Manager, and any other IET site a test opens a fixture on: answered from the fixtures.
    if (url.protocol === 'https:' && url.hostname.endsWith('.theiet.org')) {
      const file = fixtureFor(url);
      if (file && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'No such fixture' });
    }
    // The extension's own files (its content script loads its modules from chrome-extension://) never leave the browser.
    if (url.origin === pwaOrigin || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome-extension:')
      return route.continue();
    outbound.push(url.href);
    return route.abort('blockedbyclient');
  });

  let extensionId: string | null = null;
  if (withExtension) {
    const worker: Worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
    // Pair the extension with this run's workbook, as a user does in the options page: the
    // companion trusts only its configured workbook address (by default the one `npm start` uses).
    await worker.evaluate(async (workbookUrl) => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
        }
      ).chrome;
      const current = (await api.storage.local.get('settings')).settings as object | undefined;
      await api.storage.local.set({ settings: { hints: true, linkedApplicationId: null, ...current, workbookUrl } });
    }, server.url);
  }

  return {
    context,
    pwaUrl: server.url,
    setPwaRoot: server.setRoot,
    outbound,
    extensionId,
    async openFixture(name, page, origin) {
      const target = page ?? (await context.newPage());
      const url = fixtureUrl(name);
      await target.goto(origin ? origin + new URL(url).pathname : url);
      return target;
    },
    servePage(url, html) {
      pages.set(new URL(url).href, html);
    },
    async close() {
      await context.close();
      await server.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The workbook alone, served from a private copy of dist/pwa so another build running meanwhile
 * cannot change what a test sees; close() also removes the copy.
 */
export async function launchWorkbookCopy(): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), 'proreg-pwa-'));
  const removeCopy = () => rmSync(root, { recursive: true, force: true });
  let h: Harness;
  try {
    cpSync(DIST_PWA, root, { recursive: true });
    h = await launch({ extension: false, pwaRoot: root });
  } catch (error) {
    removeCopy();
    throw error;
  }
  return {
    ...h,
    async close() {
      await h.close();
      removeCopy();
    },
  };
}
