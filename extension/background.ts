// The companion's background: the single writer of the observations and the drafts mirror. It
// takes observations only from Career Manager pages, and exchanges with the workbook page through
// the relay's port only once that page has shown the key the user paired it with.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { pairingKeyHash } from '../core/bridge/pairing.ts';
import {
  BRIDGE_VERSION,
  EXTENSION_SOURCE,
  type ExtensionMessage,
  type PairingStatus,
  readMirror,
  readWorkbookMessage,
} from '../core/bridge/schema.ts';
import { verdict } from '../core/pages/recognise.ts';
import { anonymise, type RawShape } from '../core/pages/shape.ts';
import { evidenceReply } from './background/evidence.ts';
import { RuntimeMessageSchema } from './background/messages.ts';
import { delivered, keep, pending, serial } from './background/observations.ts';
import { confirmPairing, declinePairing, forgetPairing, readPairing, requestPairing, statusOf } from './background/pairing.ts';
import { adoptWorkbookOffer, syncRegistrations } from './background/registrations.ts';
import { fromCareerManager, fromExtensionPage, fromWorkbookPage } from './background/senders.ts';
import { api } from './shared/api.ts';
import { originOf } from './shared/hosts.ts';
import { readStoredMirror } from './shared/mirror.ts';
import { KEYS, linkedApplication, readSettings } from './shared/settings.ts';

/** The name of the port the workbook relay opens to the background. */
const WORKBOOK_PORT = 'proreg-workbook-relay';

/** A connected workbook page: where it is, the hash of the key it showed, and whether that is the paired key. */
interface WorkbookPort {
  origin: string;
  keyHash: string | null;
  status: PairingStatus;
}
const ports = new Map<Runtime.Port, WorkbookPort>();

/** A message to the workbook without its protocol envelope. */
type Body = ExtensionMessage extends infer M ? (M extends unknown ? Omit<M, 'source' | 'v'> : never) : never;

function post(port: Runtime.Port, message: Body): void {
  port.postMessage({ source: EXTENSION_SOURCE, v: BRIDGE_VERSION, ...message });
}

async function offerPending(port: Runtime.Port): Promise<void> {
  if (ports.get(port)?.status !== 'paired') return;
  const observations = await pending();
  if (observations.length) post(port, { type: 'observations', observations });
}

/** Tells a workbook page where its pairing stands, and offers observations once it is paired. */
async function greet(port: Runtime.Port): Promise<void> {
  const state = ports.get(port);
  if (!state) return;
  state.status = await statusOf(state.origin, state.keyHash);
  post(port, { type: 'hello', extensionVersion: api.runtime.getManifest().version, pairing: state.status });
  await offerPending(port);
}

async function onWorkbookMessage(port: Runtime.Port, data: unknown): Promise<void> {
  const state = ports.get(port);
  const read = readWorkbookMessage(data);
  if (!state || !read.ok) return;
  const message = read.message;
  if (message.type === 'ready') {
    state.keyHash = message.key === null ? null : await pairingKeyHash(message.key);
    await greet(port);
  } else if (message.type === 'pair') {
    await requestPairing(state.origin, message.key);
    state.keyHash = await pairingKeyHash(message.key);
    await greet(port);
  } else if (state.status !== 'paired') {
    // An unpaired page (another program at the workbook's address, say) changes nothing.
    return;
  } else if (message.type === 'mirror') {
    const { at, applications, limits } = message;
    await serial(() => api.storage.local.set({ [KEYS.mirror]: { at, applications, ...(limits ? { limits } : {}) } }));
  } else if (message.type === 'ack') {
    await delivered(message.ids);
  }
}

async function greetAll(): Promise<void> {
  const settings = await readSettings();
  for (const port of ports.keys()) {
    // The workbook's address changed: a page at the old one is no longer the workbook.
    if (!fromWorkbookPage(port.sender, settings)) {
      ports.delete(port);
      port.disconnect();
    } else await greet(port);
  }
}

api.runtime.onConnect.addListener((port) => {
  if (port.name !== WORKBOOK_PORT) return port.disconnect();
  // Only our relay, in the top frame of a tab at the workbook's address, may speak for the workbook.
  // Messages wait for that check and then run one after another, in the order they came.
  let queue: Promise<unknown> = readSettings().then((settings) => {
    const origin = originOf(port.sender?.url);
    if (!fromWorkbookPage(port.sender, settings) || !origin) return port.disconnect();
    ports.set(port, { origin, keyHash: null, status: 'unpaired' });
  });
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener((data: unknown) => {
    queue = queue.then(() => onWorkbookMessage(port, data)).catch(() => undefined);
  });
});

type Reply = (response: unknown) => void;

async function onRuntimeMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const parsed = v.safeParse(RuntimeMessageSchema, raw);
  if (!parsed.success) return undefined;
  const message = parsed.output;
  if (message.type === 'pairing-confirm' || message.type === 'pairing-decline' || message.type === 'pairing-forget') {
    // Only the user, in the companion's own popup or options, answers a pairing request.
    if (!fromExtensionPage(sender)) return undefined;
    let paired = false;
    if (message.type === 'pairing-confirm') paired = (await confirmPairing(message.code)) !== null;
    else if (message.type === 'pairing-decline') await declinePairing();
    else await forgetPairing();
    await greetAll();
    return { paired };
  }
  // Observations and the overlay choice come only from Career Manager pages (the default host, or one the user added).
  const settings = await readSettings();
  if (!fromCareerManager(sender, settings)) return undefined;
  // Where the page is, is the browser's word, not the page's.
  if (message.type === 'recognise') return verdict({ ...message.page, url: sender.url! });
  if (message.type === 'shape') {
    // Anonymised here, before anyone sees it; shown in the companion's own page, saved only if the applicant chooses.
    const shape = anonymise({ ...(message.shape as Omit<RawShape, 'host'>), host: new URL(sender.url!).host }, new Date());
    await api.storage.session.set({ [KEYS.pageShape]: shape });
    await api.tabs.create({ url: api.runtime.getURL('extension/shape/index.html') });
    return { shown: true };
  }
  if (message.type === 'marks') {
    await serial(async () => {
      const all = (await api.storage.local.get(KEYS.marks))[KEYS.marks];
      await api.storage.local.set({ [KEYS.marks]: { ...(typeof all === 'object' && all ? all : {}), [message.page]: message.titles } });
    });
    return { stored: true };
  }
  if (message.type === 'evidence') {
    // The rules run here, on the level of the application linked to Career Manager; the text is kept nowhere.
    const mirror = await readStoredMirror();
    const app = mirror ? linkedApplication(mirror.applications, settings) : null;
    return evidenceReply(message.field, message.text, app?.category ?? null);
  }
  if (message.type === 'overlay') {
    await serial(() => api.storage.local.set({ [KEYS.overlay]: { shown: message.shown } }));
    return { stored: true };
  }
  // Where it was seen is the browser's word, not the page's.
  const isNew = await keep({ ...message.observation, url: sender.url! });
  if (isNew) for (const port of ports.keys()) await offerPending(port);
  // Whether it can reach a workbook at all: an unpaired companion keeps it, but no workbook will receive it.
  return { stored: true, paired: (await readPairing()) !== null };
}

// One reply form both browsers accept: sendResponse, and `true` to keep the channel open.
api.runtime.onMessage.addListener(((raw: unknown, sender: Runtime.MessageSender, reply: Reply) => {
  if (sender.id !== api.runtime.id) return false;
  onRuntimeMessage(raw, sender).then(reply, () => reply(undefined));
  return true;
}) as unknown as Parameters<typeof api.runtime.onMessage.addListener>[0]);

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes[KEYS.settings]) return;
  syncRegistrations().catch(() => undefined);
  void greetAll();
});

/** On install or update: keep only what this version reads of a mirror an older version stored. */
async function restoreMirror(): Promise<void> {
  const raw = (await api.storage.local.get(KEYS.mirror))[KEYS.mirror];
  if (raw === undefined) return;
  const mirror = readMirror(raw);
  await serial(() => (mirror ? api.storage.local.set({ [KEYS.mirror]: mirror }) : api.storage.local.remove(KEYS.mirror)));
}

api.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => undefined));
api.permissions.onAdded.addListener(() => void adoptWorkbookOffer().catch(() => undefined));

api.runtime.onInstalled.addListener(() => {
  void restoreMirror().catch(() => undefined);
  // Registration can fail if access was withdrawn meanwhile; those addresses are then simply not served.
  syncRegistrations().catch(() => undefined);
});
