// The first screen's direct read of the database: it finds the applications Dexie stored, newest
// change first, and where there is no database yet it creates none (Dexie creates it, with its
// schema, moments later).
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { db } from '../../pwa/src/db/database.ts';
import { readApplicationsNow } from '../../pwa/src/db/first.ts';
import { DB_NAME } from '../../pwa/src/db/name.ts';

test('with no database yet, nothing is read and no database is made', async () => {
  const fresh = new IDBFactory();
  expect(await readApplicationsNow(fresh)).toBeNull();
  expect((await fresh.databases()).map((d) => d.name)).not.toContain(DB_NAME);
});

test('the applications Dexie stored are read straight away, the most recently changed first', async () => {
  await db.applications.clear();
  const make = (id: string, updatedAt: string) => ({
    ...newApplication({ id, name: id, category: 'CEng', route: 'standard', now: '2026-01-01T00:00:00.000Z' }),
    updatedAt,
  });
  await db.applications.bulkPut([
    make('older', '2026-02-01T00:00:00.000Z'),
    make('newest', '2026-03-01T00:00:00.000Z'),
    make('oldest', '2026-01-01T00:00:00.000Z'),
  ]);
  expect((await readApplicationsNow())?.map((a) => a.id)).toEqual(['newest', 'older', 'oldest']);
  // Its connection is gone: Dexie's own keeps working.
  await db.applications.put(make('later', '2026-04-01T00:00:00.000Z'));
  expect(await db.applications.count()).toBe(4);
});
