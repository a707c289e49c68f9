// Helpers for the extension's real-browser tests (tests/browser/extension-*.test.ts).
import type { Page, Worker } from 'playwright-core';
import { newApplication } from '../../core/application/create.ts';
import type { Application } from '../../core/types.ts';
import type { Harness } from '../harness/browser.ts';

/** The extension's background worker. */
export function extensionWorker(h: Harness): Worker {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('The extension worker is not running');
  return worker;
}

interface ChromeStorage {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}

/** Reads one key of the extension's storage. */
export async function extensionStorage(h: Harness, key: string): Promise<unknown> {
  return extensionWorker(h).evaluate(async (k) => (await (globalThis as unknown as ChromeStorage).chrome.storage.local.get(k))[k], key);
}

/** Writes keys of the extension's storage (as the background would after a workbook exchange). */
export async function setExtensionStorage(h: Harness, items: Record<string, unknown>): Promise<void> {
  await extensionWorker(h).evaluate(async (i) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(i), items);
}

/** A CEng standard-route application with one role, as the workbook would hold it. */
export function sampleApplication(overrides: Partial<Application> = {}): Application {
  const now = '2026-11-20T10:00:00.000Z';
  return {
    ...newApplication({ id: 'app-ceng', name: 'CEng 2027', category: 'CEng', route: 'standard', now }),
    roles: [
      {
        id: 'role-1',
        employer: 'Northbridge Rail Systems',
        title: 'Signalling Design Engineer',
        start: '2021-03-01',
        end: '',
        current: true,
        responsibilities: 'I am accountable for the design checks of interlocking changes across the northern region.',
        achievements: 'I led the redesign of the junction signalling, cutting possession time by a third.',
        competences: ['B2', 'C2'],
      },
    ],
    ...overrides,
  };
}

/** The companion panel on a Career Manager page. */
export function overlay(page: Page) {
  return page.getByRole('complementary', { name: 'ProReg Companion' });
}

/** Waits until the content script has decided what the page is ('none' when not recognised). */
export async function recognised(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.proregPage !== undefined);
  return page.evaluate(() => document.documentElement.dataset.proregPage ?? '');
}

/** Puts an application into the workbook's IndexedDB as the workbook stores it, then reloads the workbook page. */
export async function seedWorkbook(h: Harness, page: Page, application: Application): Promise<void> {
  await page.goto(h.pwaUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(
    (app) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('proreg-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('applications', 'readwrite');
          tx.objectStore('applications').put(app);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    application,
  );
  await page.reload();
}

/** The accessible text of the element that really has focus (looking inside shadow roots), or its tag. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'BODY';
    return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() || active.tagName;
  });
}
