// The workbook side of the bridge with the companion extension. The extension's relay script
// talks to this page with window.postMessage; this page answers with the drafts mirror and
// stores what the extension observed in Career Manager. No server is involved.

import * as v from 'valibot';
import {
  BRIDGE_VERSION,
  effectiveLimits,
  MirrorApplicationSchema,
  MirrorLimitsSchema,
  readExtensionMessage,
  WORKBOOK_SOURCE,
  type WorkbookMessage,
} from '../../../core/bridge/schema.ts';
import { liveMirrorSource, type MirrorSource, readMirrorSource, storeObservations } from '../db/observations.ts';
import { extensionConnected } from './connected.ts';

let started = false;

function post(message: WorkbookMessage): void {
  window.postMessage(message, location.origin);
}

/** What the mirror carries: the applications and the limits in force (defaults with Settings overrides). */
function mirrorOf(source: MirrorSource) {
  const overrides = v.safeParse(MirrorLimitsSchema, source.limitOverrides);
  return {
    applications: source.applications.filter((a) => v.is(MirrorApplicationSchema, a)) as v.InferOutput<typeof MirrorApplicationSchema>[],
    limits: effectiveLimits(overrides.success ? overrides.output : undefined),
  };
}

function sendMirror(source: MirrorSource): void {
  const mirror = mirrorOf(source);
  post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'mirror', at: new Date().toISOString(), ...mirror });
}

/**
 * Starts listening for the companion extension on this page, first handling `early`: messages
 * that arrived while this code was loading. Safe to call once at start-up.
 */
export function startBridge(early: readonly MessageEvent[] = []): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  let following = false;

  const receive = (event: MessageEvent) => {
    // Only messages posted by this page's own window (the relay runs in it), never from frames or other origins.
    if (event.source !== window || event.origin !== location.origin) return;
    const read = readExtensionMessage(event.data);
    if (!read.ok) return;
    const message = read.message;
    if (message.type === 'hello') {
      extensionConnected.value = true;
      if (following) return void readMirrorSource().then(sendMirror, () => undefined);
      following = true;
      // Follow the applications and the limits so the mirror stays current while the page is open.
      liveMirrorSource().subscribe({ next: sendMirror, error: () => undefined });
    } else if (message.type === 'observations') {
      void storeObservations(message.observations)
        .then(() => post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'ack', ids: message.observations.map((o) => o.id) }))
        .catch(() => undefined); // not acknowledged: the extension offers them again next time
    }
  };
  for (const event of early) receive(event);
  window.addEventListener('message', receive);
  post({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'ready' });
}
