// The workbook's side of the bridge: turning bridge observations into database rows and back.
import type { Observation } from '../../../core/bridge/index.ts';
import { readObservation } from '../../../core/bridge/index.ts';
import type { StoredObservation } from '../db/database.ts';

/** The database row for an observation (the page address is kept with its data). */
export function toStored(o: Observation): StoredObservation {
  return { id: o.id, applicationId: o.applicationId, kind: o.kind, at: o.at, data: { url: o.url, ...o.data } };
}

/** The observation a row holds, or null when the row is not one we can show. */
export function fromStored(row: StoredObservation): Observation | null {
  if (typeof row.data !== 'object' || row.data === null) return null;
  const { url, ...data } = row.data as { url?: unknown };
  return readObservation({ id: row.id, applicationId: row.applicationId, kind: row.kind, at: row.at, url, data });
}
