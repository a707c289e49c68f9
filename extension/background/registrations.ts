// Content scripts registered at run time, for addresses the user added in the options and the
// browser granted: more Career Manager hosts, and a workbook served somewhere other than
// 127.0.0.1. Each runs the same built file the manifest lists for the default address.
import { api } from '../shared/api.ts';
import { checkWorkbookUrl, DEFAULT_CAREER_MANAGER_ORIGIN, originPattern } from '../shared/hosts.ts';
import { KEYS, readSettings, workbookHref, writeSettings } from '../shared/settings.ts';

const RELAY_ID = 'proreg-workbook-relay-added';
const COMPANION_ID = 'proreg-career-manager-added';
/** The workbook origins the manifest itself covers (its relay content script). */
const STATIC_WORKBOOK = /^http:\/\/127\.0\.0\.1(:\d+)?$/;

/** The built files the manifest lists for a content script whose matches start with `prefix`. */
function manifestFiles(prefix: string): string[] {
  const scripts = api.runtime.getManifest().content_scripts ?? [];
  return scripts.find((s) => s.matches?.some((m) => m.startsWith(prefix)))?.js ?? [];
}

/** Those of `patterns` the browser has granted. */
async function granted(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) if (await api.permissions.contains({ origins: [p] })) out.push(p);
  return out;
}

/** Whether the relay is registered for a workbook address (the manifest's own 127.0.0.1 always is). */
export async function relayServes(url: string): Promise<boolean> {
  if (STATIC_WORKBOOK.test(new URL(url).origin)) return true;
  const scripting = (api as { scripting?: typeof api.scripting }).scripting;
  const [relay] = scripting ? await scripting.getRegisteredContentScripts({ ids: [RELAY_ID] }) : [];
  return relay?.matches?.includes(originPattern(url)) ?? false;
}

/** Registers (or removes) the content scripts for the addresses in the settings that were granted. */
export async function syncRegistrations(): Promise<void> {
  const scripting = (api as { scripting?: typeof api.scripting }).scripting;
  if (!scripting) return; // never granted: only the manifest's own addresses are served
  const settings = await readSettings();
  await scripting.unregisterContentScripts({ ids: [RELAY_ID, COMPANION_ID] }).catch(() => undefined);
  const workbook = new URL(workbookHref(settings)).origin;
  const relay = STATIC_WORKBOOK.test(workbook) ? [] : await granted([originPattern(workbook)]);
  const hosts = await granted(settings.careerManagerOrigins.filter((o) => o !== DEFAULT_CAREER_MANAGER_ORIGIN).map(originPattern));
  const scripts: Parameters<typeof scripting.registerContentScripts>[0] = [];
  if (relay.length) {
    scripts.push({
      id: RELAY_ID,
      matches: relay,
      js: manifestFiles('http://127.0.0.1'),
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  }
  if (hosts.length) {
    scripts.push({
      id: COMPANION_ID,
      matches: hosts,
      js: manifestFiles(DEFAULT_CAREER_MANAGER_ORIGIN),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  }
  if (scripts.length) await scripting.registerContentScripts(scripts);
}

/** How long a workbook address chosen in the popup waits for the browser's grant. */
const OFFER_TTL_MS = 2 * 60 * 1000;

/**
 * The browser granted access after the applicant chose "Use this workbook" in the popup, which may
 * have closed meanwhile: saves that address as the workbook's, once, if access to it was granted.
 */
export async function adoptWorkbookOffer(): Promise<void> {
  const raw = (await api.storage.local.get(KEYS.workbookOffer))[KEYS.workbookOffer] as { url?: unknown; at?: unknown } | undefined;
  if (typeof raw?.url !== 'string' || typeof raw.at !== 'string') return;
  await api.storage.local.remove(KEYS.workbookOffer);
  if (!(Date.now() - Date.parse(raw.at) < OFFER_TTL_MS)) return;
  const checked = checkWorkbookUrl(raw.url);
  if (!checked.ok || !(await api.permissions.contains({ origins: [originPattern(checked.url)] }))) return;
  await writeSettings({ workbookUrl: checked.url });
}
