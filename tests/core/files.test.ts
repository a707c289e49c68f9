// The byte check behind Supporting documents: empty files and files whose first bytes do not
// match the type they claim are refused in plain words; real files of each type pass.
import { expect, test } from 'vitest';
import { canCheckBytes, checkFileBytes } from '../../core/files/sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Office Open XML and OpenDocument files are all zip archives: one format at the byte level.
const family = (mime: string) => (/openxml|opendocument/.test(mime) ? 'zip' : mime);

const GOOD: [string, Uint8Array][] = [
  ['application/pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
  ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')],
  ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
  ['image/gif', bytes('GIF89a', [1, 0, 1, 0])],
  ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
  [DOCX, bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], '[Content_Types].xml')],
  ['application/vnd.oasis.opendocument.text', bytes([0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.text')],
  ['application/msword', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
];

test('a real file of each checked type passes', () => {
  for (const [mime, head] of GOOD) {
    expect(canCheckBytes(mime)).toBe(true);
    expect(checkFileBytes('file', mime, head.length, head), mime).toBeNull();
  }
});

test('a file of one type named as another is refused, for every pair of checked types', () => {
  for (const [claimed] of GOOD) {
    for (const [actual, head] of GOOD) {
      if (family(claimed) === family(actual)) continue;
      expect(checkFileBytes('file', claimed, head.length, head), `${actual} named as ${claimed}`).not.toBeNull();
    }
  }
});

test('an empty file is refused whatever its type, and says it is empty', () => {
  for (const mime of ['application/pdf', 'image/png', 'text/plain', '']) {
    expect(checkFileBytes('empty.pdf', mime, 0, new Uint8Array())).toBe(
      '“empty.pdf” is empty (0 bytes), so it was not added. Choose the file that has your document in it.',
    );
  }
});

test('a program renamed to .pdf is refused and the message says what it looks like', () => {
  const message = checkFileBytes('diagram.pdf', 'application/pdf', 4096, bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4]));
  expect(message).toBe(
    '“diagram.pdf” was not added: it is named as a PDF, but it looks like a Windows program. Save or export the document again as a PDF and choose that file.',
  );
});

test('unrecognisable contents are refused without guessing what they are', () => {
  const message = checkFileBytes('scan.png', 'image/png', 5, bytes('hello'));
  expect(message).toBe(
    '“scan.png” was not added: it is named as a PNG image, but its contents are not in that format. Save or export the document again as a PNG image and choose that file.',
  );
});

test('a PDF with a few bytes before its header (allowed by readers) passes; one with none anywhere does not', () => {
  expect(checkFileBytes('a.pdf', 'application/pdf', 20, bytes([0xef, 0xbb, 0xbf], '%PDF-1.4'))).toBeNull();
  expect(checkFileBytes('a.pdf', 'application/pdf', 2000, new Uint8Array(1024).fill(0x20))).not.toBeNull();
});

test('a type the check does not know is kept (there is no list of types to refuse), unless its bytes are a program or a web page', () => {
  expect(canCheckBytes('text/plain')).toBe(false);
  expect(checkFileBytes('notes.txt', 'text/plain', 5, bytes('hello'))).toBeNull();
  expect(checkFileBytes('plan.rtf', 'application/rtf', 8, bytes('{\\rtf1 x'))).toBeNull();
  expect(checkFileBytes('notes.txt', 'text/plain', 40, bytes('<!doctype html><script>x()</script>'))).toBe(
    '“notes.txt” was not added: it is said to be a file of another kind, but it looks like a web page. Save the document as a PDF and choose that file.',
  );
  expect(checkFileBytes('plan', '', 8, bytes('MZ', [0x90, 0]))).toMatch(/it looks like a Windows program/);
});

test('what a browser would run is never kept as a document, whatever it is called', () => {
  for (const [mime, words] of [
    ['text/html', 'a web page'],
    ['image/svg+xml', 'an SVG drawing'],
    ['text/javascript', 'a script'],
  ] as const) {
    expect(checkFileBytes('diagram', mime, 10, bytes('<svg/>'))).toBe(
      `“diagram” was not added: it is ${words}, which a browser could run. Save the document as a PDF and choose that file.`,
    );
  }
});
