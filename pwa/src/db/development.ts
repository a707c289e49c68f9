// The development record of each application (CPD log, plan, advice, feedback, interview
// practice): read live, and written by applying a change to the latest stored version inside
// one transaction, so two tabs never overwrite each other's edits.
import { liveQuery } from 'dexie';
import { type DevelopmentData, emptyDevelopment } from '../../../core/development/data.ts';
import { restoreDevelopment } from '../../../core/development/restore.ts';
import { db } from './database.ts';
import { guardedWrite } from './status.ts';

/** The development record of an application, repaired on read; an empty one when there is none. */
export function liveDevelopment(applicationId: string) {
  return liveQuery(async () => {
    const row = await db.development.get(applicationId);
    return row ? restoreDevelopment(row.data) : emptyDevelopment();
  });
}

/** Applies `change` to the latest stored record of the application; false (and the problem shown) when it could not be saved. */
export function updateDevelopment(applicationId: string, change: (data: DevelopmentData) => DevelopmentData): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', db.development, async () => {
      const row = await db.development.get(applicationId);
      const next = change(row ? restoreDevelopment(row.data) : emptyDevelopment());
      await db.development.put({ applicationId, data: next });
    }),
  );
}

/** The development record of an application, once. */
export async function readDevelopment(applicationId: string): Promise<DevelopmentData> {
  const row = await db.development.get(applicationId);
  return row ? restoreDevelopment(row.data) : emptyDevelopment();
}
