// Storing the documents of a checked file: each attachment decoded and checked (size, SHA-256)
// in one pass, one at a time, and its base64 text let go as soon as its bytes are in a Blob, so
// memory stays near the size of the file however many documents it carries.
import { readAttachment } from '../../../core/exchange/attachment-bytes.ts';
import type { Attachment } from '../../../core/exchange/format.ts';
import { type ExchangeIssue, joinPath } from '../../../core/exchange/issues.ts';

/** An attachment whose bytes are not what the file says (the whole import is then refused). */
export class AttachmentRefused extends Error {
  override name = 'AttachmentRefused';
  constructor(readonly issue: ExchangeIssue) {
    super(issue.message);
  }
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Attachments of one part of a file, with where they are in it ("attachments", "applications[1].attachments"). */
export interface AttachmentGroup {
  attachments: Record<string, Attachment>;
  path: string;
}

/**
 * Decodes and checks every attachment to a Blob, one at a time, reporting progress (0..1) over
 * all their text. Each attachment's base64 is emptied once its Blob exists (the file is not read
 * again). Throws AttachmentRefused, naming the attachment, when one is damaged.
 */
export async function decodeAttachments(
  groups: readonly AttachmentGroup[],
  onProgress: (fraction: number) => void,
): Promise<Map<string, Blob>> {
  const total = groups.reduce((sum, g) => sum + Object.values(g.attachments).reduce((n, a) => n + a.base64.length, 0), 0) || 1;
  let done = 0;
  const out = new Map<string, Blob>();
  for (const { attachments, path } of groups) {
    for (const [blobId, att] of Object.entries(attachments)) {
      const chars = att.base64.length;
      if (!out.has(blobId)) {
        const read = await readAttachment(att, joinPath(path, blobId));
        if (!read.ok) throw new AttachmentRefused(read.issue);
        out.set(blobId, new Blob([read.bytes as Uint8Array<ArrayBuffer>], { type: att.mime }));
      }
      att.base64 = '';
      done += chars;
      onProgress(done / total);
      await nextTick();
    }
  }
  onProgress(1);
  return out;
}
