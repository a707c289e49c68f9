// Whether an attachment in a file someone hands us may come in. A file's own record of what a
// document is cannot be trusted on its own (issue: a "diagram" whose bytes were a web page with
// script), so every record that uses the bytes must agree on their type, the type must not be one
// a browser runs, and the first bytes must be that kind of file (or, for a kind whose bytes we
// cannot check, not a program or a web page): the same check a file chosen by hand passes. Pure functions, so every import path (whole file or streamed) calls them.
import { activeContent, bytesMismatch, formatName, HEAD_BYTES } from '../files/sniff.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import type { Application, DocumentRef } from '../types.ts';
import { decodeBase64Into, decodedLength } from './base64.ts';
import type { Attachment } from './format.ts';

/** Why content a browser would run is refused, whatever it claims to be. */
const NEVER_KEPT = 'the workbook never keeps that as a document';

/** Records standing for a file a built document was made from (see documentsByBlob). */
const SOURCES = new WeakMap<DocumentRef, string>();

/** What the assembler builds from, whatever its document type takes: the built file itself is a PDF. */
const SOURCE_KINDS: ReadonlySet<string> = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/**
 * Every document record pointing at each blobId: current documents, the lock snapshot's, and those
 * kept in history; a file a built document was made from counts as one of that document's records.
 */
export function documentsByBlob(app: Application): Map<string, DocumentRef[]> {
  const out = new Map<string, DocumentRef[]>();
  const add = (docs: Record<string, DocumentRef>) => {
    for (const ref of Object.values(docs)) {
      out.set(ref.blobId, [...(out.get(ref.blobId) ?? []), ref]);
      for (const source of ref.built?.sources ?? []) {
        const use: DocumentRef = { typeId: ref.typeId, addedAt: ref.addedAt, ...source };
        SOURCES.set(use, ref.name);
        out.set(source.blobId, [...(out.get(source.blobId) ?? []), use]);
      }
    }
  };
  add(app.documents);
  if (app.lock) add(app.lock.content.documents);
  for (const event of app.history) if (event.type === 'unlocked') add(event.snapshot.content.documents);
  return out;
}

/** The first `count` bytes (at most) that well-formed base64 text decodes to, without decoding the rest. */
export function base64Head(text: string, count: number = HEAD_BYTES): Uint8Array {
  const chars = Math.min(text.length, Math.ceil(count / 3) * 4);
  const slice = text.slice(0, chars);
  const out = new Uint8Array(decodedLength(slice));
  decodeBase64Into(slice, 0, slice.length, out, 0);
  return out.subarray(0, count);
}

/** The document as people know it: its type's title and its file name (for a source, the file it went into). */
function named(ref: DocumentRef): string {
  const title = DOCUMENT_TYPES.find((t) => t.id === ref.typeId)?.title ?? `document filed as “${ref.typeId}”`;
  const builtInto = SOURCES.get(ref);
  return builtInto === undefined ? `${title} (“${ref.name}”)` : `${title} source (“${ref.name}”, built into “${builtInto}”)`;
}

/**
 * Why an attachment may not be imported, in plain words naming its document; null when it may.
 * `uses` are the document records pointing at it (see documentsByBlob); `head` its first
 * HEAD_BYTES bytes or all of them if fewer (see base64Head).
 */
export function attachmentProblem(att: Pick<Attachment, 'mime' | 'size'>, uses: readonly DocumentRef[], head: Uint8Array): string | null {
  const [first] = uses;
  if (!first) return 'No document of the application uses this file.';
  const subject = `The ${named(first)}`;
  const disagreeing = uses.find((ref) => ref.mime !== att.mime);
  if (disagreeing) {
    return `The ${named(disagreeing)} is recorded as ${formatName(disagreeing.mime)}, but the file it points to is marked as ${formatName(att.mime)}. The file was changed by hand or made by another program.`;
  }
  const source = uses.find((ref) => SOURCES.has(ref) && !SOURCE_KINDS.has(att.mime));
  if (source) return `The ${named(source)} is ${formatName(att.mime)}, which is not a kind of file the workbook builds documents from.`;
  if (att.size === 0) return `${subject} is an empty file (0 bytes).`;
  // No list of the types a document takes (the IET publishes none): only what a browser would run is refused.
  const active = activeContent(att.mime, head);
  if (active) return `${subject} is ${active}: ${NEVER_KEPT}.`;
  const mismatch = bytesMismatch(att.mime, head);
  if (mismatch) {
    const looks = mismatch.looks ? `it looks like ${mismatch.looks}` : 'its contents are not in that format';
    return `${subject} is said to be ${mismatch.claimed}, but ${looks}. The file was changed by hand or made by another program.`;
  }
  return null;
}

/**
 * Stored-file ids that the applications of one backup give different bytes (by hash, size or
 * type): one id can hold only one file, so storing both would leave a record pointing at bytes
 * that are not its own.
 */
export function conflictingBlobIds(
  entries: readonly { attachments: Record<string, Pick<Attachment, 'sha256' | 'size' | 'mime'>> }[],
): string[] {
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const entry of entries) {
    for (const [blobId, att] of Object.entries(entry.attachments)) {
      const key = `${att.sha256}/${att.size}/${att.mime}`;
      const before = seen.get(blobId);
      if (before === undefined) seen.set(blobId, key);
      else if (before !== key) conflicts.add(blobId);
    }
  }
  return [...conflicts];
}
