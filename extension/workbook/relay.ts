// Runs on the workbook's page and relays between it (window.postMessage) and the background
// (a runtime port). Every message is validated both ways; only the page itself may speak. The
// background decides what an unpaired page may do (nothing but ask to pair).
import type { Runtime } from 'webextension-polyfill';
import { BRIDGE_VERSION, readExtensionMessage, readWorkbookMessage, WORKBOOK_SOURCE } from '../../core/bridge/schema.ts';
import { api } from '../shared/api.ts';
import { isWorkbookOrigin, readSettings } from '../shared/settings.ts';

const WORKBOOK_PORT = 'proreg-workbook-relay';

let port: Runtime.Port | null = null;
/** The key the page last presented, so a reconnected port can present it again without the page. */
let key: string | null | undefined;

function connect(): void {
  port = api.runtime.connect({ name: WORKBOOK_PORT });
  port.onMessage.addListener((data: unknown) => {
    const read = readExtensionMessage(data);
    if (read.ok) window.postMessage(read.message, location.origin);
  });
  port.onDisconnect.addListener(() => {
    port = null;
    // The background may be stopped while the workbook stays open: reconnect, unless the
    // extension itself went away (updated or removed), in which case this script is finished.
    setTimeout(() => {
      try {
        if (!api.runtime.id) throw new Error('gone');
        connect();
        if (key !== undefined) port?.postMessage({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, type: 'ready', key });
      } catch {
        window.removeEventListener('message', onMessage);
      }
    }, 1000);
  });
}

// Whether this page is at the workbook's address; until known, the page's messages wait (in order).
const allowed = readSettings().then(
  (settings) => isWorkbookOrigin(location.origin, settings),
  () => false,
);

function onMessage(event: MessageEvent): void {
  // Only the workbook page itself: not frames, not other windows, not other origins.
  if (event.source !== window || event.origin !== location.origin) return;
  const read = readWorkbookMessage(event.data);
  if (!read.ok) return;
  void allowed.then((ok) => {
    if (!ok) return;
    if (read.message.type === 'ready' || read.message.type === 'pair') key = read.message.key;
    port?.postMessage(read.message);
  });
}

window.addEventListener('message', onMessage);
void allowed.then((ok) => (ok ? connect() : window.removeEventListener('message', onMessage)));
