// What the companion keeps in extension storage, and how every part of it reads its settings.
// No schema library here: the content script imports this file and must stay small, so each
// field is checked by hand and anything malformed falls back to its default.
import { api } from './api.ts';
import { originOf } from './hosts.ts';

/** The address `npm start` serves the workbook on; used until the user sets one. */
const DEFAULT_WORKBOOK_URL = 'http://127.0.0.1:4173/';

export interface Settings {
  /** Where the workbook is; null means the address `npm start` serves it on (DEFAULT_WORKBOOK_URL). */
  workbookUrl: string | null;
  /** Guidance hints beside checklist items and long text fields. */
  hints: boolean;
  /** The workbook application Career Manager pages are compared with; null = the latest edited. */
  linkedApplicationId: string | null;
  /** Career Manager origins the user added (beyond the default host), each granted by the browser. */
  careerManagerOrigins: string[];
}

export const DEFAULT_SETTINGS: Settings = { workbookUrl: null, hints: true, linkedApplicationId: null, careerManagerOrigins: [] };

/** The storage keys. `mirror` and `observations` are written by the background only. */
export const KEYS = {
  settings: 'settings',
  mirror: 'mirror',
  observations: 'observations',
  overlay: 'overlay',
  pairing: 'pairing',
  pairingRequest: 'pairingRequest',
  /** Rows the applicant marked "I've done this", by page (checklist, documents): written by the background only. */
  marks: 'marks',
  /** A workbook address the applicant chose in the popup, kept while the browser asks for access (Firefox closes the popup then). */
  workbookOffer: 'workbookOffer',
  /** The last page shape "This page looks wrong" made (session storage: gone when the browser closes). */
  pageShape: 'pageShape',
} as const;

const str = (x: unknown): x is string => typeof x === 'string';

/** Reads stored settings, keeping each well-formed field and defaulting the rest. */
export function settingsFrom(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    workbookUrl: str(r.workbookUrl) && originOf(r.workbookUrl) ? r.workbookUrl : null,
    hints: typeof r.hints === 'boolean' ? r.hints : DEFAULT_SETTINGS.hints,
    linkedApplicationId: str(r.linkedApplicationId) ? r.linkedApplicationId : null,
    careerManagerOrigins: Array.isArray(r.careerManagerOrigins)
      ? r.careerManagerOrigins.filter((o): o is string => str(o) && originOf(o) === o && o.startsWith('https://'))
      : [],
  };
}

/** Settings as stored. */
export async function readSettings(): Promise<Settings> {
  return settingsFrom((await api.storage.local.get(KEYS.settings))[KEYS.settings]);
}

/** Saves a change to the settings. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await api.storage.local.set({ [KEYS.settings]: next });
  return next;
}

/** Reads a stored Hide/Show choice; anything malformed counts as no choice. */
export function overlayShown(raw: unknown): boolean | null {
  const shown = (raw as { shown?: unknown } | null | undefined)?.shown;
  return typeof shown === 'boolean' ? shown : null;
}

/** The workbook address to link to. */
export function workbookHref(settings: Settings): string {
  return settings.workbookUrl ?? DEFAULT_WORKBOOK_URL;
}

/**
 * Whether a page origin is the workbook's: exactly the configured address, or the address
 * `npm start` serves on when none is set. Never "any local page".
 */
export function isWorkbookOrigin(origin: string | null, settings: Settings): boolean {
  return origin !== null && originOf(workbookHref(settings)) === origin;
}

/** The application Career Manager pages are compared with: the chosen one, else the latest edited. */
export function linkedApplication<A extends { id: string; updatedAt: string }>(applications: readonly A[], settings: Settings): A | null {
  const chosen = applications.find((a) => a.id === settings.linkedApplicationId);
  if (chosen) return chosen;
  return [...applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}
