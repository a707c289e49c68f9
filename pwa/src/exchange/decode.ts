// Turning attachments' base64 into Blobs in chunks, yielding to the page between chunks so a
// large file shows progress and the tab stays responsive.
import { decodeBase64Into, decodedLength } from '../../../core/exchange/base64.ts';
import type { Attachment } from '../../../core/exchange/format.ts';

const CHUNK_CHARS = 4 * 256 * 1024;

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Decodes every attachment to a Blob, reporting progress (0..1) over all their bytes. */
export async function decodeAttachments(
  attachments: Record<string, Attachment>,
  onProgress: (fraction: number) => void,
): Promise<Map<string, Blob>> {
  const entries = Object.entries(attachments);
  const total = entries.reduce((sum, [, a]) => sum + a.base64.length, 0) || 1;
  let done = 0;
  const out = new Map<string, Blob>();
  for (const [blobId, att] of entries) {
    const bytes = new Uint8Array(decodedLength(att.base64));
    let offset = 0;
    for (let from = 0; from < att.base64.length; from += CHUNK_CHARS) {
      const to = Math.min(from + CHUNK_CHARS, att.base64.length);
      offset = decodeBase64Into(att.base64, from, to, bytes, offset);
      done += to - from;
      onProgress(done / total);
      if (to < att.base64.length) await nextTick();
    }
    out.set(blobId, new Blob([bytes], { type: att.mime }));
  }
  onProgress(1);
  return out;
}
