// What a file handed to the assembler is, from its first bytes (never from its name alone), and a
// plain message for what cannot be used: empty files, iPhone HEIC photos, Word files and the like.

export type SourceKind = 'pdf' | 'jpeg' | 'png';

/** How many leading bytes `sourceKind` needs (a PDF header may follow some junk). */
export const SOURCE_HEAD_BYTES = 1024;

/** The most pages one built document holds: more could not be made legible under any upload limit. */
export const MAX_BUILD_PAGES = 100;

/** The largest source file read (the largest document the workbook keeps). */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;

/** A photo larger than this is scaled down as it is read; said to the applicant. */
export const LARGE_PHOTO_PIXELS = 24_000_000;

/** A picture larger than this is not opened at all: decoding it could exhaust a phone's memory. */
export const MAX_PHOTO_PIXELS = 120_000_000;

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const at = (head: Uint8Array, offset: number, bytes: number[]) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);

function findPdfHeader(head: Uint8Array): boolean {
  const magic = ascii('%PDF-');
  for (let i = 0; i + magic.length <= Math.min(head.length, SOURCE_HEAD_BYTES); i++) if (at(head, i, magic)) return true;
  return false;
}

// ISO-BMFF brands of HEIF/HEIC (iPhone photos) and AVIF.
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'];

export type SourceCheck = { ok: true; kind: SourceKind } | { ok: false; message: string };

/** Which kind of source this is, or why it cannot be used, in plain words. */
export function sourceKind(name: string, mime: string, size: number, head: Uint8Array): SourceCheck {
  const refuse = (why: string): SourceCheck => ({ ok: false, message: `“${name}” was not added: ${why}` });
  if (size === 0) return refuse('it is empty (0 bytes). Choose the file that has your document in it.');
  if (size > MAX_SOURCE_BYTES) {
    return refuse(
      `it is ${Math.round(size / 1024 / 1024)} MB, and files over 25 MB are not read here. Split it, or scan it again at a lower resolution.`,
    );
  }
  if (findPdfHeader(head)) return { ok: true, kind: 'pdf' };
  if (at(head, 0, [0xff, 0xd8, 0xff])) return { ok: true, kind: 'jpeg' };
  if (at(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: 'png' };
  if (at(head, 4, ascii('ftyp'))) {
    const brand = String.fromCharCode(...head.subarray(8, 12));
    if (HEIF_BRANDS.includes(brand)) {
      return refuse(
        'it is an HEIC photo (the iPhone’s usual format), which this browser cannot read. On the iPhone, share or export the photo as JPEG (or set Settings › Camera › Formats to “Most Compatible”), then add that.',
      );
    }
    if (brand === 'avif') return refuse('it is an AVIF image. Save it as JPEG or PNG, then add that.');
  }
  const kind = fileKind(mime, name);
  return refuse(
    `it is ${kind === 'a file of unknown type' ? 'not a PDF, JPEG or PNG' : kind}. Only PDF, JPEG and PNG files can be put together here; save or export it as a PDF first.`,
  );
}

// A refused file in words for people ("a Word document"), never as a MIME type.
const KINDS: Record<string, { one: string }> = {
  'application/pdf': { one: 'a PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { one: 'a Word document' },
  'application/msword': { one: 'a Word 97–2003 document' },
  'image/png': { one: 'a PNG image' },
  'image/jpeg': { one: 'a JPEG image' },
  'image/gif': { one: 'a GIF image' },
  'image/webp': { one: 'a WebP image' },
  'image/heic': { one: 'an HEIC photo' },
  'image/tiff': { one: 'a TIFF image' },
  'text/plain': { one: 'a plain text file' },
  'text/html': { one: 'a web page' },
  'application/zip': { one: 'a zip archive' },
  'application/vnd.oasis.opendocument.text': { one: 'an OpenDocument text file' },
  'application/rtf': { one: 'a Rich Text file' },
};

/** What a file is, in words, from its type (or, when the browser gave none, its name's ending). */
function fileKind(mime: string, name = ''): string {
  const known = KINDS[mime];
  if (known) return known.one;
  const ending = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  if (mime.startsWith('image/')) return 'an image of a kind not accepted here';
  return ending ? `a .${ending.toLowerCase()} file` : 'a file of unknown type';
}
