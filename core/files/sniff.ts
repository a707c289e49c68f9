// Whether a file's first bytes match the type it claims: an empty file, or a "PDF" that is really
// a program, must not count as a supporting document; a plain check of the format's magic bytes.
// No list of the types Career Manager takes (the IET publishes none): any other type is kept,
// except what a browser would run.

/** How many leading bytes `checkFileBytes` needs to see. */
export const HEAD_BYTES = 1024;

interface Format {
  /** What people call it, for messages. */
  name: string;
  /** True when the leading bytes are this format. */
  matches(head: Uint8Array): boolean;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** True when `head` holds `bytes` at `offset`. */
function at(head: Uint8Array, offset: number, bytes: number[]): boolean {
  return head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
}

/** True when `bytes` occur anywhere in the first `within` bytes of `head`. */
function within(head: Uint8Array, limit: number, bytes: number[]): boolean {
  const end = Math.min(head.length, limit) - bytes.length;
  for (let i = 0; i <= end; i++) if (at(head, i, bytes)) return true;
  return false;
}

const PDF: Format = { name: 'a PDF', matches: (h) => within(h, HEAD_BYTES, ascii('%PDF-')) };
const PNG: Format = { name: 'a PNG image', matches: (h) => at(h, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const JPEG: Format = { name: 'a JPEG image', matches: (h) => at(h, 0, [0xff, 0xd8, 0xff]) };
const GIF: Format = { name: 'a GIF image', matches: (h) => at(h, 0, ascii('GIF87a')) || at(h, 0, ascii('GIF89a')) };
const WEBP: Format = { name: 'a WebP image', matches: (h) => at(h, 0, ascii('RIFF')) && at(h, 8, ascii('WEBP')) };
// Word (.docx), Excel, PowerPoint and OpenDocument files are zip archives with at least one entry.
const ZIP: Format = { name: 'an Office or OpenDocument file', matches: (h) => at(h, 0, [0x50, 0x4b, 0x03, 0x04]) };
// Older Word (.doc) files are OLE compound documents.
const OLE: Format = { name: 'a Word 97–2003 document', matches: (h) => at(h, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) };

const OFFICE_ZIP = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

const BY_MIME: Record<string, Format> = {
  'application/pdf': PDF,
  'image/png': PNG,
  'image/jpeg': JPEG,
  'image/gif': GIF,
  'image/webp': WEBP,
  'application/msword': OLE,
  ...Object.fromEntries(OFFICE_ZIP.map((m) => [m, ZIP])),
};

// What a mislabelled file turns out to be, where we can tell, to make the message useful.
const OTHERS: Format[] = [
  PDF,
  PNG,
  JPEG,
  GIF,
  WEBP,
  ZIP,
  OLE,
  { name: 'a Windows program', matches: (h) => at(h, 0, ascii('MZ')) },
  { name: 'a program', matches: (h) => at(h, 0, [0x7f, 0x45, 0x4c, 0x46]) },
  { name: 'a web page', matches: (h) => /^\s*<(!doctype html|html)/i.test(String.fromCharCode(...h.subarray(0, 64))) },
];

/** What a media type is, in words for messages ("a PNG image", "a web page"); never the raw type. */
export function formatName(mime: string): string {
  const known = BY_MIME[mime];
  if (known) return known.name;
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'a web page';
  if (mime === 'image/svg+xml') return 'an SVG drawing';
  if (/javascript|ecmascript/.test(mime)) return 'a script';
  return mime === '' ? 'a file of unknown type' : 'a file of another kind';
}

// A browser would run these, or render them as a page: never a supporting document, whatever
// Career Manager takes (a safety rule of the workbook's, not a claim about Career Manager).
const ACTIVE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml']);
const WEB_PAGE = OTHERS.find((f) => f.name === 'a web page')!;
const PROGRAMS = OTHERS.filter((f) => /program/.test(f.name));

/** True for a type a browser would run or show as a page (web pages, SVG, XML, scripts). */
function isActiveType(mime: string): boolean {
  return ACTIVE_TYPES.has(mime) || /javascript|ecmascript/.test(mime);
}

/**
 * Why a file may never be kept as a document, in words (null when it may): its type is one a
 * browser runs, or — for a type whose bytes we cannot check — its first bytes are a program or
 * a web page, which no document is.
 */
export function activeContent(mime: string, head: Uint8Array): string | null {
  if (isActiveType(mime)) return `${formatName(mime)}, which a browser could run`;
  if (canCheckBytes(mime)) return null;
  const found = [WEB_PAGE, ...PROGRAMS].find((f) => f.matches(head));
  return found ? `said to be ${formatName(mime)}, but it looks like ${found.name}` : null;
}

/**
 * The type to show a stored file as, decided from its first bytes alone (never from a name or a
 * recorded type, which an imported file or an older version may have got wrong): a PDF or a PNG
 * or JPEG image, which the browser shows without running anything in the workbook; otherwise
 * null, and the file is only ever downloaded.
 */
export function previewType(head: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  // PDF at the very start only: the leeway `checkFileBytes` gives readers of odd PDFs is not needed to show one.
  if (at(head, 0, ascii('%PDF-'))) return 'application/pdf';
  if (PNG.matches(head)) return 'image/png';
  if (JPEG.matches(head)) return 'image/jpeg';
  return null;
}

/** True when the file type is one whose bytes `checkFileBytes` can check. */
export function canCheckBytes(mime: string): boolean {
  return mime in BY_MIME;
}

/**
 * Why a file's bytes do not fit the type it claims, in plain words, or null when they fit (or the
 * type is not one we know how to check). `head` is at least the first `HEAD_BYTES` of the file.
 */
export function checkFileBytes(name: string, mime: string, size: number, head: Uint8Array): string | null {
  if (size === 0) return `“${name}” is empty (0 bytes), so it was not added. Choose the file that has your document in it.`;
  const active = activeContent(mime, head);
  if (active) return `“${name}” was not added: it is ${active}. Save the document as a PDF and choose that file.`;
  const mismatch = bytesMismatch(mime, head);
  if (!mismatch) return null;
  const looks = mismatch.looks ? ` it looks like ${mismatch.looks}` : ' its contents are not in that format';
  return `“${name}” was not added: it is named as ${mismatch.claimed}, but${looks}. Save or export the document again as ${mismatch.claimed} and choose that file.`;
}

/**
 * When the leading bytes are not the checkable type `mime` claims: what it claims and what it
 * looks like instead (null when we cannot tell), in words; null when they fit or `mime` is not checkable.
 */
export function bytesMismatch(mime: string, head: Uint8Array): { claimed: string; looks: string | null } | null {
  const format = BY_MIME[mime];
  if (!format || format.matches(head)) return null;
  return { claimed: format.name, looks: OTHERS.find((f) => f !== format && f.matches(head))?.name ?? null };
}
