// The workbook side of the bridge with the companion extension. The extension's relay script
// talks to this page with window.postMessage; this page answers with the drafts mirror and
// stores what the extension observed in Career Manager. No server is involved.

import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import {
  BRIDGE_VERSION,
  effectiveLimits,
  MirrorApplicationSchema,
  MirrorLimitsSchema,
  readExtensionMessage,
  WORKBOOK_SOURCE,
  type WorkbookMessage,
} from '../../../core/bridge/index.ts';
import { db } from '../db/database.ts';
import { LIMITS_KEY } from '../db/store.ts';
import { toStored } from './protocol.ts';

/** Whether the companion extension has said hello on this page. */
export const extensionConnected = signal(false);

let started = false;

function post(message: WorkbookMessage): void {
  window.postMessage(message, location.origin);
}

/** What the mirror carries: the applications and the limits in force (defaults with Settings overrides). */
async function readMirror() {
  const applications = (await db.applications.toArray()).filter((a) => v.is(MirrorApplicationSchema, a));
  const overrides = v.safeParse(MirrorLimitsSchema, (await db.settings.get(LIMITS_KEY))?.value ?? {});
  return {
    applications: applications as v.InferOutput<typeof MirrorApplicationSchema>[],
    limits: effectiveLimits(overrides.success ? overrides.output : undefined),
  };
}

function sendMirror(mirror: Awaited<ReturnType<typeof readMirror>>): void {
  post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'mirror', at: new Date().toISOString(), ...mirror });
}

/** Starts listening for the companion extension on this page. Safe to call once at start-up. */
export function startBridge(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  let following = false;

  window.addEventListener('message', (event: MessageEvent) => {
    // Only messages posted by this page's own window (the relay runs in it), never from frames or other origins.
    if (event.source !== window || event.origin !== location.origin) return;
    const read = readExtensionMessage(event.data);
    if (!read.ok) return;
    const message = read.message;
    if (message.type === 'hello') {
      extensionConnected.value = true;
      if (following) return void readMirror().then(sendMirror, () => undefined);
      following = true;
      // Follow the applications and the limits so the mirror stays current while the page is open.
      liveQuery(readMirror).subscribe({ next: sendMirror, error: () => undefined });
    } else if (message.type === 'observations') {
      void db.observations
        .bulkPut(message.observations.map(toStored))
        .then(() => post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'ack', ids: message.observations.map((o) => o.id) }))
        .catch(() => undefined); // not acknowledged: the extension offers them again next time
    }
  });
  post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'ready' });
}
