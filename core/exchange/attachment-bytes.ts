// The bytes of one attachment of a file being imported, decoded and checked in one pass against
// what the file says of them: the checks of parse.ts's 'later' mode, done as each document is
// stored, so only one document's bytes are in memory at a time.
import { sha256Digest } from '../files/digest.ts';
import { base64ToBytesChecked } from './base64.ts';
import type { Attachment } from './format.ts';
import { type ExchangeIssue, joinPath } from './issues.ts';

export type AttachmentRead = { ok: true; bytes: Uint8Array } | { ok: false; issue: ExchangeIssue };

/** Decodes an attachment (at `path` in the file) and checks its size and SHA-256; the bytes, or why they cannot be used. */
export async function readAttachment(att: Attachment, path: string): Promise<AttachmentRead> {
  const bytes = base64ToBytesChecked(att.base64);
  if (!bytes) return { ok: false, issue: { path: joinPath(path, 'base64'), message: 'The file bytes are not valid base64 text.' } };
  if (bytes.length !== att.size) {
    return {
      ok: false,
      issue: {
        path: joinPath(path, 'size'),
        message: `The document "${att.name}" is damaged: it is not the size it was when exported.`,
        detail: `The attachment says it is ${att.size} bytes but holds ${bytes.length}.`,
      },
    };
  }
  if ((await sha256Digest(bytes)) !== att.sha256) {
    return {
      ok: false,
      issue: {
        path: joinPath(path, 'sha256'),
        message: 'The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.',
      },
    };
  }
  return { ok: true, bytes };
}
