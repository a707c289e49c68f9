// Writing an export or a backup as the parts of a Blob. The text around the attachments is made
// once, small, with a placeholder where each attachment's base64 goes; the file is that text cut
// at the placeholders with each attachment's base64 put in as the chunks it was encoded in. No
// string ever holds the whole file, and the text is read back (as an import would) before the
// file is offered, with the placeholders standing for bytes whose size is known.
import { sha256Digest } from '../files/digest.ts';
import { HEAD_BYTES } from '../files/sniff.ts';
import type { Application, IsoTime } from '../types.ts';
import { base64Codes, NATIVE_BASE64 } from './base64.ts';
import { asciiJson } from './escape.ts';
import { type AttachmentBytes, type AttachmentRecord, type PreparedAttachments, serializeWorkbook, type WorkbookExtras } from './format.ts';
import { type HtmlOptions, renderApplicationHtml } from './html.ts';
import { base64Chars } from './limits.ts';
import type { KnownAttachment } from './parse.ts';

/** What a Blob is made of: text and bytes. */
type FilePart = string | Uint8Array;

/** A document encoded for writing: what the file records of it, its base64 in chunks, and its first bytes. */
export interface EncodedAttachment {
  record: AttachmentRecord;
  parts: FilePart[];
  /** The first HEAD_BYTES bytes, so the written file can be checked for what kind of file each is. */
  head: Uint8Array;
}

/** Bytes per chunk of base64: a multiple of 3, so chunks join without padding between them. */
const CHUNK_BYTES = 3 * 256 * 1024;

/**
 * Encodes one document for a file: its SHA-256 and its base64 in chunks, both with the host's
 * own code where it has it (crypto.subtle, Uint8Array.prototype.toBase64). Without a native
 * encoder a chunk is kept as the bytes of its base64 characters, which a Blob takes as they are.
 */
export async function encodeAttachment(file: AttachmentBytes, native = NATIVE_BASE64.encode): Promise<EncodedAttachment> {
  const parts: FilePart[] = [];
  for (let at = 0; at < file.bytes.length; at += CHUNK_BYTES) {
    const chunk = file.bytes.subarray(at, at + CHUNK_BYTES);
    parts.push(native ? native.call(chunk) : base64Codes(chunk));
  }
  return {
    record: { name: file.name, mime: file.mime, size: file.bytes.length, sha256: await sha256Digest(file.bytes) },
    parts,
    head: file.bytes.slice(0, HEAD_BYTES),
  };
}

/** A file written as parts, with what is needed to check it reads back. */
export interface WrittenFile {
  /** The file, for `new Blob(parts)`. */
  parts: FilePart[];
  /** Its length in characters. */
  chars: number;
  /** The file's text with a placeholder for each attachment's base64. */
  text: string;
  /** What is known of the bytes behind each placeholder (for verifyWritten). */
  known: Map<string, KnownAttachment>;
}

/** A random part for placeholders: no text of an application can be mistaken for one. */
function randomPart(): string {
  const random = new Uint32Array(4);
  globalThis.crypto.getRandomValues(random);
  return Array.from(random, (n) => n.toString(36)).join('');
}

/** A placeholder for each attachment's base64, and the attachments as the serialisers take them. */
function placeholders(encoded: ReadonlyMap<string, EncodedAttachment>) {
  const nonce = randomPart();
  const ids = [...encoded.keys()];
  const token = (i: number) => `@proreg-attachment-${nonce}-${i}@`;
  const byToken = new Map(ids.map((id, i) => [token(i), encoded.get(id)!]));
  const prepared: PreparedAttachments = {
    record: (blobId) => encoded.get(blobId)?.record,
    base64: (blobId) => token(ids.indexOf(blobId)),
  };
  return { prepared, byToken, pattern: new RegExp(`@proreg-attachment-${nonce}-\\d+@`, 'g') };
}

/** Cuts `text` at the placeholders and puts each attachment's parts in their place. */
function fill(text: string, slots: ReturnType<typeof placeholders>): WrittenFile {
  const parts: FilePart[] = [];
  let chars = 0;
  let at = 0;
  for (const match of text.matchAll(slots.pattern)) {
    const encoded = slots.byToken.get(match[0])!;
    parts.push(text.slice(at, match.index));
    parts.push(...encoded.parts);
    chars += match.index - at + base64Chars(encoded.record.size);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  chars += text.length - at;
  const known = new Map([...slots.byToken].map(([token, e]) => [token, { size: e.record.size, head: e.head }]));
  return { parts, chars, text, known };
}

/** The self-contained .html export of one application, as parts. */
export function writeApplicationHtml(
  app: Application,
  encoded: ReadonlyMap<string, EncodedAttachment>,
  options: HtmlOptions = {},
): WrittenFile {
  const slots = placeholders(encoded);
  return fill(renderApplicationHtml(app, slots.prepared, options), slots);
}

/** The JSON backup of a whole workbook, as parts (its text in ASCII, so it reads back compactly). */
export function writeWorkbookJson(
  apps: readonly Application[],
  encoded: ReadonlyMap<string, EncodedAttachment>,
  exportedAt: IsoTime,
  extras: WorkbookExtras = {},
): WrittenFile {
  const slots = placeholders(encoded);
  return fill(asciiJson(serializeWorkbook(apps, slots.prepared, exportedAt, extras)), slots);
}
