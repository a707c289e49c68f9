// File types in words for people ("a JPEG image", "PDF (preferred), Word, PNG or JPEG"), never as
// MIME types such as "image/jpeg" or "application/octet-stream".

const KINDS: Record<string, { one: string; short: string }> = {
  'application/pdf': { one: 'a PDF', short: 'PDF (preferred)' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { one: 'a Word document', short: 'Word' },
  'application/msword': { one: 'a Word 97–2003 document', short: 'Word' },
  'image/png': { one: 'a PNG image', short: 'PNG' },
  'image/jpeg': { one: 'a JPEG image', short: 'JPEG' },
  'image/gif': { one: 'a GIF image', short: 'GIF' },
  'image/webp': { one: 'a WebP image', short: 'WebP' },
  'image/heic': { one: 'an HEIC photo', short: 'HEIC' },
  'image/tiff': { one: 'a TIFF image', short: 'TIFF' },
  'text/plain': { one: 'a plain text file', short: 'text' },
  'text/html': { one: 'a web page', short: 'web page' },
  'application/zip': { one: 'a zip archive', short: 'zip' },
  'application/vnd.oasis.opendocument.text': { one: 'an OpenDocument text file', short: 'OpenDocument' },
  'application/rtf': { one: 'a Rich Text file', short: 'RTF' },
};

/** What a file is, in words, from its type (or, when the browser gave none, its name's ending). */
function fileKind(mime: string, name = ''): string {
  const known = KINDS[mime];
  if (known) return known.one;
  const ending = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  if (mime.startsWith('image/')) return 'an image of a kind not accepted here';
  return ending ? `a .${ending.toLowerCase()} file` : 'a file of unknown type';
}

/** The accepted types in words, PDF first: "PDF (preferred), Word, PNG or JPEG". */
export function acceptedKinds(accept: readonly string[]): string {
  const order = Object.keys(KINDS);
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  const names = [...new Set([...accept].sort((a, b) => rank(a) - rank(b)).map((m) => KINDS[m]?.short ?? fileKind(m)))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Core's file-type refusal ("This kind of file (image/jpeg) is not accepted here…"), said in words. */
export function typeRefusal(mime: string, name: string, accept: readonly string[]): string {
  return `This kind of file (${fileKind(mime, name)}) is not accepted here. Accepted: ${acceptedKinds(accept)}.`;
}
