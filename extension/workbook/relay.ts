// Runs on the workbook's page and relays between it (window.postMessage) and the background
// (a runtime port). Every message is validated both ways; only the page itself may speak.
import browser, { type Runtime } from 'webextension-polyfill';
import { readExtensionMessage, readWorkbookMessage } from '../../core/bridge/schema.ts';
import { WORKBOOK_PORT } from '../shared/messages.ts';
import { isWorkbookOrigin, readSettings } from '../shared/settings.ts';

let port: Runtime.Port | null = null;

function connect(): void {
  port = browser.runtime.connect({ name: WORKBOOK_PORT });
  port.onMessage.addListener((data: unknown) => {
    const read = readExtensionMessage(data);
    if (read.ok) window.postMessage(read.message, location.origin);
  });
  port.onDisconnect.addListener(() => {
    port = null;
    // The background worker may be stopped while the workbook stays open: reconnect, unless the
    // extension itself went away (updated or removed), in which case this script is finished.
    setTimeout(() => {
      try {
        if (browser.runtime.id) connect();
      } catch {
        window.removeEventListener('message', onMessage);
      }
    }, 1000);
  });
}

function onMessage(event: MessageEvent): void {
  // Only the workbook page itself: not frames, not other windows, not other origins.
  if (event.source !== window || event.origin !== location.origin) return;
  const read = readWorkbookMessage(event.data);
  if (read.ok) port?.postMessage(read.message);
}

async function start(): Promise<void> {
  if (!isWorkbookOrigin(location.origin, await readSettings())) return;
  window.addEventListener('message', onMessage);
  connect();
}

void start();
