// Deleting an application with everything only it used.
import { referencedBlobIds } from '../../../core/exchange/format.ts';
import type { Application } from '../../../core/types.ts';
import { db } from './database.ts';
import { guardedWrite } from './status.ts';
import { forgetUnsaved } from './unsaved.ts';

/**
 * Of these blob ids, those no application refers to any more (its lock snapshot and history
 * included). An imported copy ("Keep both") shares identical bytes with its original.
 */
export async function unreferenced(blobIds: Iterable<string>): Promise<string[]> {
  const used = new Set<string>();
  await db.applications.each((a) => {
    for (const id of referencedBlobIds(a)) used.add(id);
  });
  return [...blobIds].filter((id) => !used.has(id));
}

/**
 * Deletes an application, its mentor comments, its development record, the bytes only it used
 * and any tab's unsaved changes to it (so nothing brings it back), in one transaction.
 */
export function deleteApplication(app: Application): Promise<boolean> {
  return guardedWrite(() =>
    db.transaction('rw', [db.applications, db.blobs, db.comments, db.development, db.settings], async () => {
      await db.applications.delete(app.id);
      await forgetUnsaved(app.id);
      await db.comments.where('applicationId').equals(app.id).delete();
      await db.development.delete(app.id);
      await db.blobs.bulkDelete(await unreferenced(referencedBlobIds(app)));
    }),
  );
}
