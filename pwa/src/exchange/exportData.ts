// Gathering an application's bytes from the workbook and building the export files.
import type { Application, Limits } from '../../../core/types.ts';
import { referencedBlobIds, renderApplicationHtml, serializeWorkbook, type AttachmentBytes, type ImportedComment } from '../../../core/exchange/index.ts';
import type { MentorReviewData } from './reviews.ts';
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

/** Mentor comments imported into the workbook, per application id. */
async function commentsByApplication(database: WorkbookDB): Promise<Map<string, ImportedComment[]>> {
  const out = new Map<string, ImportedComment[]>();
  for (const row of await database.comments.orderBy('id').toArray()) {
    const list = out.get(row.applicationId) ?? [];
    list.push(row.data as ImportedComment);
    out.set(row.applicationId, list);
  }
  return out;
}

/** The self-contained .html export of one application, with its mentor comments. */
export async function applicationHtml(app: Application, limits: Limits, database: WorkbookDB = defaultDb): Promise<string> {
  const comments = (await commentsByApplication(database)).get(app.id) ?? [];
  return renderApplicationHtml(app, await bytesFor([app], database), { limits, comments });
}

/** The JSON backup of the whole workbook (applications, their mentor comments, mentor-mode reviews); records when it was taken. */
export async function workbookBackup(database: WorkbookDB = defaultDb, now = new Date()): Promise<string> {
  const apps = await database.applications.toArray();
  const reviews = (await database.reviews.toArray()).map((row) => ({ id: row.id, updatedAt: row.updatedAt, ...(row.data as MentorReviewData) }));
  const extras = { comments: await commentsByApplication(database), reviews };
  const text = JSON.stringify(serializeWorkbook(apps, await bytesFor(apps, database), now.toISOString(), extras));
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
