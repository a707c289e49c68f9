// What the bench needs of a real browser: the products and the floor pages built from this
// checkout with the pinned Vite, served on 127.0.0.1, and measured in headless Chromium.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { pwaConfig } from '../pwa/vite.pwa.ts';
import { chromePath } from '../tests/harness/browser.ts';
import { startServer } from '../tests/harness/server.js';

const OUT = resolve('.bench');

/** Builds the workbook as shipped and the bench's own pages (the floor, the exchange page) into .bench/. */
export async function buildAll(): Promise<{ pwa: string; floor: string; exchange: string }> {
  // vitest runs with NODE_ENV=test, which would make Vite build development variants.
  process.env.NODE_ENV = 'production';
  const shipped = pwaConfig();
  const out = { pwa: resolve(OUT, 'pwa'), floor: resolve(OUT, 'floor'), exchange: resolve(OUT, 'exchange') };
  await build({ ...shipped, configFile: false, logLevel: 'warn', build: { ...shipped.build, outDir: out.pwa } });
  // The pages get the workbook's own build settings, so only what they do differs.
  for (const page of ['floor', 'exchange'] as const) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve('bench/pages', page),
      base: './',
      plugins: [preact()],
      build: { ...shipped.build, outDir: out[page] },
    });
  }
  return out;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1. */
export const serve = (root: string): Promise<Served> => startServer({ root }) as Promise<Served>;

/** Headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
}

/** A context without service workers: each load measures the network path, alike for ours and the floor. */
export const newContext = (browser: Browser): Promise<BrowserContext> => browser.newContext({ serviceWorkers: 'block' });

/**
 * Opens `url` in a new page (CPU slowed `cpu` times) and resolves to the milliseconds from the
 * start of navigation until `selector` first matches (seen by a MutationObserver set up before
 * any of the page's own script runs).
 */
export async function timeToSelector(context: BrowserContext, url: string, selector: string, cpu = 1): Promise<number> {
  const page = await context.newPage();
  try {
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript((sel: string) => {
      const seen = () => {
        if (document.querySelector(sel)) {
          (globalThis as unknown as { __first: number }).__first = performance.now();
          return true;
        }
        return false;
      };
      const watch = new MutationObserver(() => {
        if (seen()) watch.disconnect();
      });
      watch.observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url);
    const handle = await page.waitForFunction(() => (globalThis as unknown as { __first?: number }).__first, null, { timeout: 60_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/** Puts records into an object store of a page's origin (raw IndexedDB: no code of ours involved). */
export async function putRecords(page: Page, database: string, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ database, store, records }) => {
      const open = indexedDB.open(database);
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(store, 'readwrite');
      const objects = tx.objectStore(store);
      objects.clear();
      for (const r of records) objects.put(r);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { database, store, records },
  );
}

/** The JavaScript memory a page holds now, garbage collected first: the V8 heap and ArrayBuffer backing stores. */
async function liveBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/**
 * Runs `work` in the page and, meanwhile, again and again collects garbage and reads what the
 * page holds (this lands between the page's tasks: both imports yield between their steps);
 * resolves to the highest figure above what the page held before.
 */
export async function peakMemory(page: Page, work: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const base = await liveBytes(cdp);
  let peak = base;
  let running = true;
  const sampler = (async () => {
    while (running) peak = Math.max(peak, await liveBytes(cdp));
  })();
  try {
    await work();
  } finally {
    running = false;
    await sampler;
    await cdp.detach();
  }
  return peak - base;
}
