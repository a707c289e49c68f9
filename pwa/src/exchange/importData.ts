// What a checked file holds, for the import screen (the writing itself is db/exchange.ts).

import type { ApplicationEntry, StoredReviewData } from '../../../core/exchange/format.ts';
import { joinPath } from '../../../core/exchange/issues.ts';
import type { ParsedFile } from '../../../core/exchange/parse.ts';
import type { Application } from '../../../core/types.ts';
import type { AttachmentGroup } from './decode.ts';

/** The applications a file carries, whichever kind it is. */
export function entriesOf(parsed: ParsedFile): ApplicationEntry[] {
  return parsed.kind === 'application' ? [parsed.file] : parsed.file.applications;
}

/** Mentor-mode reviews a backup carries (none for a single application). */
export function reviewsOf(parsed: ParsedFile): StoredReviewData[] {
  return parsed.kind === 'workbook' ? (parsed.file.reviews ?? []) : [];
}

/** Whether the workbook's copy was changed after the file's: replacing it would lose those changes. */
export const workbookIsNewer = (stored: Pick<Application, 'updatedAt'>, incoming: Pick<Application, 'updatedAt'>): boolean =>
  stored.updatedAt > incoming.updatedAt;

/** The attachments a file carries, each group with where it is in the file (for messages). */
export function attachmentGroups(parsed: ParsedFile): AttachmentGroup[] {
  if (parsed.kind === 'application') return [{ attachments: parsed.file.attachments, path: 'attachments' }];
  return parsed.file.applications.map((e, i) => ({
    attachments: e.attachments,
    path: joinPath(joinPath('applications', i), 'attachments'),
  }));
}
