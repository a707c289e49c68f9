// The companion's background worker: the single writer of extension storage. It keeps what
// Career Manager pages reported and exchanges with the workbook page through the relay's port.

import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { BRIDGE_VERSION, EXTENSION_SOURCE, type ExtensionMessage, type Observation, readWorkbookMessage } from '../core/bridge/schema.ts';
import { syncWorkbookScript } from './background/workbook-script.ts';
import { RuntimeMessageSchema, WORKBOOK_PORT } from './shared/messages.ts';
import { KEYS, readObservations, type StoredObservation } from './shared/settings.ts';

/** How many observations are kept; the oldest delivered ones go first. */
const KEEP = 500;

const ports = new Set<Runtime.Port>();

// Storage writes are serialised so two pages reporting at once cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

function sameContent(a: Observation, b: Observation): boolean {
  return a.kind === b.kind && a.applicationId === b.applicationId && a.url === b.url && JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** Keeps an observation unless it repeats the latest one of its kind; returns whether it was new. */
async function keep(observation: Observation): Promise<boolean> {
  return serial(async () => {
    const all = await readObservations();
    const latest = [...all]
      .reverse()
      .find((s) => s.observation.kind === observation.kind && s.observation.applicationId === observation.applicationId);
    if (latest && sameContent(latest.observation, observation)) return false;
    all.push({ observation, delivered: false });
    while (all.length > KEEP) {
      const i = all.findIndex((s) => s.delivered);
      all.splice(Math.max(i, 0), 1);
    }
    await browser.storage.local.set({ [KEYS.observations]: all });
    return true;
  });
}

function post(port: Runtime.Port, message: ExtensionMessage): void {
  port.postMessage(message);
}

async function offerPending(port: Runtime.Port): Promise<void> {
  const pending = (await readObservations()).filter((s) => !s.delivered).map((s) => s.observation);
  if (pending.length) post(port, { source: EXTENSION_SOURCE, v: BRIDGE_VERSION, type: 'observations', observations: pending });
}

function hello(port: Runtime.Port): void {
  post(port, { source: EXTENSION_SOURCE, v: BRIDGE_VERSION, type: 'hello', extensionVersion: browser.runtime.getManifest().version });
}

async function onWorkbookMessage(port: Runtime.Port, data: unknown): Promise<void> {
  const read = readWorkbookMessage(data);
  if (!read.ok) return;
  const message = read.message;
  if (message.type === 'ready') {
    hello(port);
    await offerPending(port);
  } else if (message.type === 'mirror') {
    await serial(() =>
      browser.storage.local.set({
        [KEYS.mirror]: { at: message.at, applications: message.applications, ...(message.limits ? { limits: message.limits } : {}) },
      }),
    );
  } else if (message.type === 'ack') {
    const ids = new Set(message.ids);
    await serial(async () => {
      const all: StoredObservation[] = (await readObservations()).map((s) => (ids.has(s.observation.id) ? { ...s, delivered: true } : s));
      await browser.storage.local.set({ [KEYS.observations]: all });
    });
  }
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== WORKBOOK_PORT) return;
  // Only our own relay script, running in a tab, may speak for the workbook.
  if (port.sender?.id !== browser.runtime.id || !port.sender?.tab) return port.disconnect();
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener((data: unknown) => void onWorkbookMessage(port, data));
  hello(port);
  void offerPending(port);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = v.safeParse(RuntimeMessageSchema, raw);
  if (!parsed.success) return undefined;
  const message = parsed.output;
  if (message.type === 'ping') return Promise.resolve({ type: 'pong' });
  if (message.type === 'overlay') {
    return serial(() => browser.storage.local.set({ [KEYS.overlay]: { shown: message.shown } })).then(() => ({ stored: true }));
  }
  return keep(message.observation).then(async (isNew) => {
    if (isNew) for (const port of ports) await offerPending(port);
    return { stored: true };
  });
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[KEYS.settings]) syncWorkbookScript().catch(() => undefined);
});
// Registration can fail if access was withdrawn meanwhile; the workbook is then simply not reached.
syncWorkbookScript().catch(() => undefined);
