// Bytes of documents, written and released for the assembler: new bytes go in before the
// application points at them; old bytes go only once no application (lock snapshots and history
// included) refers to them any more.
import { db, type StoredBlob } from './database.ts';
import { unreferenced } from './remove.ts';
import { guardedWrite } from './status.ts';

/** Stores these bytes; false (and the problem shown) when storage refused. */
export function putBlobs(blobs: StoredBlob[]): Promise<boolean> {
  return guardedWrite(() => db.blobs.bulkPut(blobs));
}

/** Deletes those of these bytes no application refers to any more. */
export function releaseBlobs(ids: Iterable<string>): Promise<boolean> {
  const wanted = [...ids];
  return guardedWrite(() =>
    db.transaction('rw', [db.applications, db.blobs], async () => {
      await db.blobs.bulkDelete(await unreferenced(wanted));
    }),
  );
}
