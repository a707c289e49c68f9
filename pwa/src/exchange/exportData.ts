// Gathering an application's bytes from the workbook and building the export files.
import type { Application, Limits } from '../../../core/types.ts';
import { referencedBlobIds, renderApplicationHtml, serializeWorkbook, type AttachmentBytes } from '../../../core/exchange/index.ts';
import { db as defaultDb, type WorkbookDB } from '../db/database.ts';

export const LAST_BACKUP_KEY = 'lastBackupAt';

/** The stored bytes of every document the applications refer to (missing ones are left out). */
export async function bytesFor(apps: readonly Application[], database: WorkbookDB = defaultDb): Promise<Map<string, AttachmentBytes>> {
  const refs = new Map<string, { name: string; mime: string }>();
  for (const app of apps) {
    const docs = [
      ...Object.values(app.documents),
      ...Object.values(app.lock?.content.documents ?? {}),
      ...app.history.flatMap((e) => (e.type === 'unlocked' ? Object.values(e.snapshot.content.documents) : [])),
    ];
    for (const d of docs) if (!refs.has(d.blobId)) refs.set(d.blobId, { name: d.name, mime: d.mime });
    for (const id of referencedBlobIds(app)) if (!refs.has(id)) refs.set(id, { name: id, mime: '' });
  }
  const ids = [...refs.keys()];
  const rows = await database.blobs.bulkGet(ids);
  const out = new Map<string, AttachmentBytes>();
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    const ref = refs.get(ids[i]!)!;
    out.set(ids[i]!, { name: ref.name, mime: ref.mime, bytes: new Uint8Array(await row.blob.arrayBuffer()) });
  }
  return out;
}

/** The self-contained .html export of one application. */
export async function applicationHtml(app: Application, limits: Limits, database: WorkbookDB = defaultDb): Promise<string> {
  return renderApplicationHtml(app, await bytesFor([app], database), { limits });
}

/** The JSON backup of every application in the workbook; records when it was taken. */
export async function workbookBackup(database: WorkbookDB = defaultDb, now = new Date()): Promise<string> {
  const apps = await database.applications.toArray();
  const text = JSON.stringify(serializeWorkbook(apps, await bytesFor(apps, database), now.toISOString()));
  await database.settings.put({ key: LAST_BACKUP_KEY, value: now.toISOString() });
  return text;
}

export const BACKUP_REMINDER_DAYS = 14;

/** Whether to remind about a backup: edits since the last one (or none ever), and it is a while ago. */
export function backupDue(apps: readonly Pick<Application, 'updatedAt'>[], lastBackupAt: string | null, now = new Date()): boolean {
  const editedSince = apps.some((a) => lastBackupAt === null || a.updatedAt > lastBackupAt);
  if (!editedSince) return false;
  if (lastBackupAt === null) return true;
  return now.getTime() - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
