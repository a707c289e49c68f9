// Helpers for the extension's real-browser tests (tests/browser/extension-*.test.ts). The
// companion's own controls are found with tests/harness/companion.ts (closed shadow roots).
import type { Page, Worker } from 'playwright-core';
import { newApplication } from '../../core/application/create.ts';
import { mirrorOf } from '../../core/bridge/mirror.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { Application, Limits } from '../../core/types.ts';
import type { Harness } from '../harness/browser.ts';

/** The extension's background worker. */
function extensionWorker(h: Harness): Worker {
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

/**
 * The drafts mirror as the background stores it after a paired workbook sent it: each application
 * reduced by the workbook's own mirrorOf, with the limits it sent (if any).
 */
export function mirrorOfApps(applications: Application[], limits?: Partial<Limits>, at = new Date().toISOString()) {
  const effective = { ...DEFAULT_RULES, ...limits };
  return { at, applications: applications.map((a) => mirrorOf(a, effective)), ...(limits ? { limits } : {}) };
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

/** Waits until the content script has decided what the page is ('none' when not recognised). */
export async function recognised(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.proregPage !== undefined);
  return page.evaluate(() => document.documentElement.dataset.proregPage ?? '');
}

/** Puts an application into the workbook's IndexedDB as the workbook stores it, then reloads the workbook page. */
export async function seedWorkbook(h: Harness, page: Page, application: Application): Promise<void> {
  await page.goto(h.pwaUrl);
  // The list (empty or not) shows once the workbook has opened its database, schema and all.
  await page.locator('ul.apps').or(page.getByText('You have no applications yet')).first().waitFor();
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

/**
 * Pairs the extension with this run's workbook the way a person does: Settings → "Pair with the
 * companion" in the workbook, then the code it shows typed into the companion's popup. Pairing
 * stays for the rest of the run (the key is in the workbook's storage, its hash in the extension's).
 */
export async function pairWorkbook(h: Harness): Promise<void> {
  const workbook = await h.context.newPage();
  await workbook.goto(`${h.pwaUrl}#/settings`);
  const panel = workbook.getByRole('region', { name: 'Companion extension' });
  await panel.getByRole('button', { name: 'Pair with the companion' }).click();
  const code = (await panel.locator('.pairing-code').textContent())!.trim();
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/extension/popup/index.html`);
  await popup.getByRole('textbox', { name: 'Code your workbook shows' }).fill(code);
  await popup.getByRole('button', { name: 'Pair' }).click();
  await popup
    .getByRole('status')
    .getByText(/^Paired with the workbook at /)
    .waitFor();
  await panel.getByText(/^Paired\./).waitFor();
  await popup.close();
  await workbook.close();
}

/** Runs a script in the extension's isolated world on a page (where its content script runs) and returns its value. */
export async function runInContentScriptWorld(h: Harness, page: Page, source: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && (c.origin.includes(h.extensionId!) || c.name === 'ProReg Companion for Career Manager'),
  );
  if (!world) {
    throw new Error(
      `No isolated world of the extension on this page: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData]))}`,
    );
  }
  const result = await cdp.send('Runtime.evaluate', { expression: source, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  return result.result.value;
}
