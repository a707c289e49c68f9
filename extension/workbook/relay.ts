// Runs on the workbook's page and relays between it (window.postMessage) and the background
// (a runtime port). Every message is validated both ways; only the page itself may speak.
import browser from 'webextension-polyfill';
import { readExtensionMessage, readWorkbookMessage } from '../../core/bridge/index.ts';
import { WORKBOOK_PORT } from '../shared/messages.ts';
import { isWorkbookOrigin, readSettings } from '../shared/settings.ts';

async function start(): Promise<void> {
  if (!isWorkbookOrigin(location.origin, await readSettings())) return;
  const port = browser.runtime.connect({ name: WORKBOOK_PORT });

  port.onMessage.addListener((data: unknown) => {
    const read = readExtensionMessage(data);
    if (read.ok) window.postMessage(read.message, location.origin);
  });

  const onMessage = (event: MessageEvent) => {
    // Only the workbook page itself: not frames, not other windows, not other origins.
    if (event.source !== window || event.origin !== location.origin) return;
    const read = readWorkbookMessage(event.data);
    if (read.ok) port.postMessage(read.message);
  };
  window.addEventListener('message', onMessage);
  port.onDisconnect.addListener(() => window.removeEventListener('message', onMessage));
}

void start();
