// What the companion keeps in extension storage, and how it reads it.

import * as v from 'valibot';
import browser from 'webextension-polyfill';
import {
  effectiveLimits,
  type MirrorApplication,
  MirrorApplicationSchema,
  type MirrorLimits,
  MirrorLimitsSchema,
  type Observation,
  ObservationSchema,
} from '../../core/bridge/schema.ts';
import type { Limits } from '../../core/types.ts';

/** The address `npm start` serves the workbook on; used for links until the user sets one. */
export const DEFAULT_WORKBOOK_URL = 'http://127.0.0.1:4173/';

export interface Settings {
  /** Where the workbook is; null means the address `npm start` serves it on (DEFAULT_WORKBOOK_URL). */
  workbookUrl: string | null;
  /** Guidance hints beside checklist items and long text fields. */
  hints: boolean;
  /** The workbook application Career Manager pages are compared with; null = the latest edited. */
  linkedApplicationId: string | null;
}

export const DEFAULT_SETTINGS: Settings = { workbookUrl: null, hints: true, linkedApplicationId: null };

const SettingsSchema = v.object({
  workbookUrl: v.nullable(v.pipe(v.string(), v.url())),
  hints: v.boolean(),
  linkedApplicationId: v.nullable(v.string()),
});

/** The drafts mirror: the workbook's applications as last received. */
export interface Mirror {
  at: string;
  applications: MirrorApplication[];
  /** The workbook's limits in force; absent in mirrors from a workbook that did not send them. */
  limits?: MirrorLimits;
}

const MirrorSchema = v.object({ at: v.string(), applications: v.array(MirrorApplicationSchema), limits: v.optional(MirrorLimitsSchema) });

/** An observation and whether the workbook has stored it yet. */
export interface StoredObservation {
  observation: Observation;
  delivered: boolean;
}

const StoredObservationSchema = v.object({ observation: ObservationSchema, delivered: v.boolean() });

export const KEYS = { settings: 'settings', mirror: 'mirror', observations: 'observations', overlay: 'overlay' } as const;

/** Settings as stored, falling back to defaults for anything missing or malformed. */
export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEYS.settings))[KEYS.settings];
  const parsed = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

/** Saves a change to the settings. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [KEYS.settings]: next });
  return next;
}

/** The applicant's last Hide/Show choice on the overlay; null until they made one. */
export async function readOverlayShown(): Promise<boolean | null> {
  const raw = (await browser.storage.local.get(KEYS.overlay))[KEYS.overlay];
  return overlayShown(raw);
}

/** Reads a stored Hide/Show choice; anything malformed counts as no choice. */
export function overlayShown(raw: unknown): boolean | null {
  const parsed = v.safeParse(v.object({ shown: v.boolean() }), raw);
  return parsed.success ? parsed.output.shown : null;
}

/** The drafts mirror, or null before the workbook was first opened. */
export async function readMirror(): Promise<Mirror | null> {
  const raw = (await browser.storage.local.get(KEYS.mirror))[KEYS.mirror];
  const parsed = v.safeParse(MirrorSchema, raw);
  return parsed.success ? parsed.output : null;
}

/** Every observation kept, oldest first. */
export async function readObservations(): Promise<StoredObservation[]> {
  const raw = (await browser.storage.local.get(KEYS.observations))[KEYS.observations];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = v.safeParse(StoredObservationSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

/** The application Career Manager pages are compared with. */
export function linkedApplication(mirror: Mirror | null, settings: Settings): MirrorApplication | null {
  if (!mirror || mirror.applications.length === 0) return null;
  const chosen = mirror.applications.find((a) => a.id === settings.linkedApplicationId);
  if (chosen) return chosen;
  return [...mirror.applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/** The limits Career Manager pages are checked against: the workbook's, or the defaults. */
export function mirrorLimits(mirror: Mirror | null): Limits {
  return effectiveLimits(mirror?.limits);
}

/** The workbook address to link to. */
export function workbookHref(settings: Settings): string {
  return settings.workbookUrl ?? DEFAULT_WORKBOOK_URL;
}

/**
 * Whether a page origin is the workbook's: exactly the configured address, or the address
 * `npm start` serves on when none is set. Never "any local page": another program's page on
 * this computer must not receive the drafts or take the observations meant for the workbook.
 */
export function isWorkbookOrigin(origin: string, settings: Settings): boolean {
  try {
    return new URL(workbookHref(settings)).origin === origin;
  } catch {
    return false;
  }
}
