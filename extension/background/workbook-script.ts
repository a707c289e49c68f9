// A workbook at an address other than this computer's needs the relay script registered for
// that origin, once the user has granted access to it from the options page.
import browser from 'webextension-polyfill';
import { isLoopbackUrl, originPattern } from '../shared/origins.ts';
import { readSettings } from '../shared/settings.ts';

const ID = 'proreg-workbook-relay-custom';

/** The relay's built file, as the manifest lists it for the local workbook origins. */
function relayFiles(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.find((s) => s.matches?.some((m) => m.startsWith('http://127.0.0.1')))?.js ?? [];
}

/** Registers (or removes) the relay for the configured workbook address. */
export async function syncWorkbookScript(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return; // not granted: nothing to register
  const { workbookUrl } = await readSettings();
  await scripting.unregisterContentScripts({ ids: [ID] }).catch(() => undefined);
  if (!workbookUrl || isLoopbackUrl(workbookUrl)) return;
  const pattern = originPattern(workbookUrl);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return;
  await scripting.registerContentScripts([
    { id: ID, matches: [pattern], js: relayFiles(), runAt: 'document_start', persistAcrossSessions: true },
  ]);
}
