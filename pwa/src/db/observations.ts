// What the companion extension observed in Career Manager, as stored rows: bridge observations
// turned into database rows and back, followed live, and stored as they arrive.
import { liveQuery } from 'dexie';
import type { Observation } from '../../../core/bridge/schema.ts';
import { readObservation } from '../../../core/bridge/schema.ts';
import type { Application } from '../../../core/types.ts';
import { db, type StoredObservation } from './database.ts';
import { LIMITS_KEY, RULES_KEY } from './store.ts';

/** The database row for an observation (the page address is kept with its data). */
function toStored(o: Observation): StoredObservation {
  return { id: o.id, applicationId: o.applicationId, kind: o.kind, at: o.at, data: { url: o.url, ...o.data } };
}

/** The observation a row holds, or null when the row is not one we can show. */
function fromStored(row: StoredObservation): Observation | null {
  if (typeof row.data !== 'object' || row.data === null) return null;
  const { url, ...data } = row.data as { url?: unknown };
  return readObservation({ id: row.id, applicationId: row.applicationId, kind: row.kind, at: row.at, url, data });
}

/** Observations for this application, and those made before any application was linked, followed live. */
export function liveObservations(applicationId: string) {
  return liveQuery(async () =>
    (await db.observations.filter((o) => o.applicationId === applicationId || o.applicationId === null).toArray())
      .map(fromStored)
      .filter((o): o is Observation => o !== null),
  );
}

/** Stores observations the extension sent (a repeat replaces the row with the same id). */
export async function storeObservations(observations: readonly Observation[]): Promise<void> {
  await db.observations.bulkPut(observations.map(toStored));
}

/** What the drafts mirror is made from: every application and the applicant's stored rule choices (unchecked). */
interface MirrorSource {
  applications: Application[];
  limitOverrides: unknown;
  /** The Rules screen's stored row (`{switches}`), as stored. */
  ruleChoices: unknown;
}

async function readMirrorSource(): Promise<MirrorSource> {
  return {
    applications: await db.applications.toArray(),
    limitOverrides: (await db.settings.get(LIMITS_KEY))?.value ?? {},
    ruleChoices: (await db.settings.get(RULES_KEY))?.value,
  };
}

/** The mirror's source, followed live (applications and rules change while the page is open). */
export function liveMirrorSource() {
  return liveQuery(readMirrorSource);
}
