// Gathering an application's bytes from the workbook and building the export files.

import type { DevelopmentData } from '../../../core/development/data.ts';
import { hasDevelopment, restoreDevelopment } from '../../../core/development/restore.ts';
import {
  type AttachmentBytes,
  type ExchangeIssue,
  exportProblems,
  type ImportedComment,
  referencedBlobIds,
  renderApplicationHtml,
  serializeWorkbook,
  verifyWritten,
} from '../../../core/exchange/index.ts';
import type { Application, Limits } from '../../../core/types.ts';
import { db as defaultDb, type WorkbookDB } from '../db/database.ts';
import type { MentorReviewData } from './reviews.ts';

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

/** Development records (CPD log, plan, advice, interview practice) per application id; empty ones are left out. */
async function developmentByApplication(database: WorkbookDB): Promise<Map<string, DevelopmentData>> {
  const out = new Map<string, DevelopmentData>();
  for (const row of await database.development.toArray()) {
    const data = restoreDevelopment(row.data);
    if (hasDevelopment(data)) out.set(row.applicationId, data);
  }
  return out;
}

/** A file ready to save, or what would stop it from being read back (then nothing is saved). */
export type Built = { ok: true; text: string } | { ok: false; problems: (ExchangeIssue & { application?: string })[] };

const sizesOf = (bytes: ReadonlyMap<string, AttachmentBytes>) =>
  new Map([...bytes].map(([id, b]) => [id, { name: b.name, size: b.bytes.length }]));

/** Builds the text, then reads it back as an import would; refuses anything an import would refuse. */
function buildChecked(build: () => string): Built {
  let text: string;
  try {
    text = build();
  } catch (error) {
    // The browser's longest string is about 512 million characters: far beyond the file limit.
    if (error instanceof RangeError)
      return {
        ok: false,
        problems: [
          {
            path: '',
            message:
              'This is too large to be written as one file. Remove documents you no longer need, or export the applications one at a time.',
            detail: error.message,
          },
        ],
      };
    throw error;
  }
  const errors = verifyWritten(text);
  if (errors.length > 0) {
    return { ok: false, problems: errors.map((e) => ({ ...e, message: `${e.message} (found when checking the file before saving it)` })) };
  }
  return { ok: true, text };
}

/** The self-contained .html export of one application, with its mentor comments, checked to read back. */
export async function applicationHtml(app: Application, limits: Limits, database: WorkbookDB = defaultDb): Promise<Built> {
  const comments = (await commentsByApplication(database)).get(app.id) ?? [];
  const bytes = await bytesFor([app], database);
  const problems = exportProblems([app], sizesOf(bytes));
  if (problems.length > 0) return { ok: false, problems };
  const development = (await developmentByApplication(database)).get(app.id);
  return buildChecked(() => renderApplicationHtml(app, bytes, { limits, comments, development }));
}

/**
 * The JSON backup of the whole workbook (applications, their mentor comments, mentor-mode
 * reviews), checked to read back; records when it was taken only if it can be saved.
 */
export async function workbookBackup(database: WorkbookDB = defaultDb, now = new Date()): Promise<Built> {
  const apps = await database.applications.toArray();
  const reviews = (await database.reviews.toArray()).map((row) => ({
    id: row.id,
    updatedAt: row.updatedAt,
    ...(row.data as MentorReviewData),
  }));
  const extras = { comments: await commentsByApplication(database), reviews, development: await developmentByApplication(database) };
  const bytes = await bytesFor(apps, database);
  const problems = exportProblems(apps, sizesOf(bytes));
  if (problems.length > 0) return { ok: false, problems };
  const built = buildChecked(() => JSON.stringify(serializeWorkbook(apps, bytes, now.toISOString(), extras)));
  if (built.ok) await database.settings.put({ key: LAST_BACKUP_KEY, value: now.toISOString() });
  return built;
}

export const BACKUP_REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When to remind about a backup. Work counts once an application has been changed after it was
 * created (creating one is not yet work worth a reminder). The reminder shows when some
 * application holds such work that no backup has, and that work may be BACKUP_REMINDER_DAYS
 * old: the last backup was at least that long ago or, with no backup ever, the earliest such
 * application was created at least that long ago. The time of the reminder's start, or null.
 */
export function backupDueSince(
  apps: readonly Pick<Application, 'createdAt' | 'updatedAt'>[],
  lastBackupAt: string | null,
  now = new Date(),
): string | null {
  const unbacked = apps.filter((a) => a.updatedAt > a.createdAt && (lastBackupAt === null || a.updatedAt > lastBackupAt));
  if (unbacked.length === 0) return null;
  const since = lastBackupAt ?? unbacked.map((a) => a.createdAt).sort()[0]!;
  return now.getTime() - Date.parse(since) >= BACKUP_REMINDER_DAYS * DAY_MS ? since : null;
}

/** Whether to remind about a backup now (see backupDueSince). */
export function backupDue(
  apps: readonly Pick<Application, 'createdAt' | 'updatedAt'>[],
  lastBackupAt: string | null,
  now = new Date(),
): boolean {
  return backupDueSince(apps, lastBackupAt, now) !== null;
}
