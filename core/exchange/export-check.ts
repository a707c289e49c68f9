// Before and after writing an export or backup: would ProReg Companion read it back? Checked
// first from what is known cheaply (document sizes, text lengths), then by reading the written
// text with the same parser as an import, skipping only the re-hash of the attachments.

import { rulesFor } from '../rules/scope.ts';
import type { Application } from '../types.ts';
import { referencedBlobIds } from './format.ts';
import { type ExchangeIssue, joinPath } from './issues.ts';
import { base64Chars, checkTree, EXCHANGE_LIMITS, type ExchangeLimits, megabytes, sizeOver } from './limits.ts';
import { type KnownAttachment, parseExchangeFile } from './parse.ts';

/** Something that would stop a file from being read back, said for the person who can fix it. */
export interface ExportProblem extends ExchangeIssue {
  /** The application it is in ('' for the file as a whole). */
  application: string;
}

/** A document's type title, whichever document list of the application it sits in. */
function documentTitle(app: Application, typeId: string): string {
  return rulesFor(app.category, app.route).documents.find((d) => d.type.id === typeId)?.type.title ?? typeId;
}

/** Where a stored file is used: "Supporting documents › CV", or the lock snapshot / history. */
function whereUsed(app: Application, blobId: string): { path: string; title: string } {
  for (const [typeId, doc] of Object.entries(app.documents))
    if (doc.blobId === blobId) return { path: joinPath('documents', typeId), title: documentTitle(app, typeId) };
  for (const [typeId, doc] of Object.entries(app.lock?.content.documents ?? {})) {
    if (doc.blobId === blobId)
      return { path: joinPath('lock.content.documents', typeId), title: `${documentTitle(app, typeId)} (kept in the lock snapshot)` };
  }
  return { path: 'history', title: 'an earlier document kept in the application history' };
}

/**
 * Problems found without building the file: documents over the per-document limit, fields over
 * the text limit, lists over the entry limit, and a total over the file limit. `sizes` maps each
 * stored blobId to its name and size in bytes.
 */
export function exportProblems(
  apps: readonly Application[],
  sizes: ReadonlyMap<string, { name: string; size: number }>,
  limits: ExchangeLimits = EXCHANGE_LIMITS,
): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const counted = new Set<string>();
  let documentBytes = 0;
  let textChars = 0;
  for (const app of apps) {
    const application = app.name || 'Untitled application';
    for (const issue of checkTree(app, limits)) {
      problems.push({ ...issue, application, message: `${issue.message} Shorten it in the workbook, then export again.` });
    }
    for (const blobId of referencedBlobIds(app)) {
      const file = sizes.get(blobId);
      if (!file) continue;
      if (!counted.has(blobId)) documentBytes += file.size;
      counted.add(blobId);
      if (file.size > limits.maxAttachmentBytes) {
        const where = whereUsed(app, blobId);
        problems.push({
          application,
          path: where.path,
          message: `"${file.name}" (${where.title}) is ${sizeOver(file.size, limits.maxAttachmentBytes)}; a file can carry documents of up to ${megabytes(limits.maxAttachmentBytes)} each. Compress it or scan it at a lower resolution, then add it again under Supporting documents.`,
        });
      }
    }
    // The text of the application itself, roughly: its JSON is a fair measure.
    textChars += JSON.stringify(app).length;
  }
  if (base64Chars(documentBytes) + textChars > limits.maxFileChars) {
    // Said in the sizes the user sees (their files'), not the larger encoded size: documents are
    // written as text, which takes a third more room, so a file carries about 3/4 of its limit.
    const room = Math.max(0, Math.floor(((limits.maxFileChars - textChars) * 3) / 4));
    const oneAtATime = apps.length > 1 ? 'Export the applications one at a time (Export this application), or remove' : 'Remove';
    problems.push({
      application: '',
      path: '',
      message: `The documents total ${sizeOver(documentBytes, room)}; one file can carry about ${megabytes(room)} of documents and still be read back. ${oneAtATime} documents you no longer need (documents kept in a lock snapshot or its history count too).`,
    });
  }
  return problems;
}

/**
 * Reads a just-written export or backup as an import would; the errors, if it would be refused.
 * `known` maps each attachment's placeholder in `text` to what the writer knows of its bytes
 * (see core/exchange/write.ts); without it the attachments are in the text (their hashes were
 * computed from the same bytes, so they are not computed again).
 */
export function verifyWritten(
  text: string,
  limits: ExchangeLimits = EXCHANGE_LIMITS,
  known: ReadonlyMap<string, KnownAttachment> = new Map(),
): ExchangeIssue[] {
  const parsed = parseExchangeFile(text, limits, { attachments: known.size > 0 ? known : 'later' });
  return parsed.ok ? [] : parsed.errors;
}
