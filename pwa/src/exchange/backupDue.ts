// When the workbook reminds about a backup (pure: the reminder itself lives in BackupReminder).
import type { Application } from '../../../core/types.ts';

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
