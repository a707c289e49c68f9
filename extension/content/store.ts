// What the content script reads from extension storage, in one call. The background validated
// the mirror before storing it; this only guards against a value from an older version (a field
// missing or of another type is treated as not sent), without shipping a schema library.
import type { Mirror, MirrorApplication } from '../../core/bridge/schema.ts';
import { DEFAULT_LIMITS } from '../../core/rules/limits.ts';
import type { Limits } from '../../core/types.ts';
import { api } from '../shared/api.ts';
import { KEYS, overlayShown, type Settings, settingsFrom } from '../shared/settings.ts';

/** A mirrored application as the content script uses it; flags are null when the workbook did not send them. */
export type App = Omit<MirrorApplication, 'lockFlags' | 'submitFlags'> & { lockFlags: string[] | null; submitFlags: string[] | null };

/** The mirror as the content script uses it. */
export interface StoredMirror {
  at: string;
  applications: App[];
  limits?: Mirror['limits'];
}

export interface Stored {
  settings: Settings;
  mirror: StoredMirror | null;
  /** The applicant's last Hide/Show choice; null until they made one. */
  shown: boolean | null;
  /** Row titles the applicant marked "I've done this", by page kind. */
  marks: Record<string, string[]>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** An application of the mirror, or null when its essentials cannot be read. */
function application(raw: unknown): App | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string' || typeof raw.updatedAt !== 'string') return null;
  if (!Array.isArray(raw.roles) || !raw.roles.every((r) => isObject(r) && typeof r.id === 'string')) return null;
  return {
    ...(raw as unknown as MirrorApplication),
    supporters: Array.isArray(raw.supporters) ? (raw.supporters.filter(isObject) as MirrorApplication['supporters']) : [],
    // Absent in a mirror from an older workbook: what it flags is then unknown, not "nothing".
    lockFlags: strings(raw.lockFlags) ? raw.lockFlags : null,
    submitFlags: strings(raw.submitFlags) ? raw.submitFlags : null,
  };
}

function mirrorFrom(raw: unknown): StoredMirror | null {
  if (!isObject(raw) || typeof raw.at !== 'string' || !Array.isArray(raw.applications)) return null;
  const applications = raw.applications.map(application).filter((a): a is App => a !== null);
  return { at: raw.at, applications, limits: isObject(raw.limits) ? (raw.limits as Mirror['limits']) : undefined };
}

/** Settings, mirror and the Hide/Show choice as stored now. */
export async function readStored(): Promise<Stored> {
  const got = await api.storage.local.get([KEYS.settings, KEYS.mirror, KEYS.overlay, KEYS.marks]);
  const marks = isObject(got[KEYS.marks]) ? (got[KEYS.marks] as Record<string, unknown>) : {};
  return {
    settings: settingsFrom(got[KEYS.settings]),
    mirror: mirrorFrom(got[KEYS.mirror]),
    shown: overlayShown(got[KEYS.overlay]),
    marks: Object.fromEntries(Object.entries(marks).filter((e): e is [string, string[]] => strings(e[1]))),
  };
}

/** The limits Career Manager pages are checked against: the workbook's where it sent them, else the defaults. */
export function limitsOf(mirror: StoredMirror | null): Limits {
  const sent = Object.entries(mirror?.limits ?? {}).filter(([k, n]) => k in DEFAULT_LIMITS && typeof n === 'number' && Number.isFinite(n));
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(sent) };
}
