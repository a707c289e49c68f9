// The assembler's pure parts: what a source is from its first bytes, photo headers (size and the
// camera's orientation) read without decoding, the steps pictures are reduced in, and page moves.

import { describe, expect, test } from 'vitest';
import { MAX_SOURCE_BYTES, sourceKind } from '../../pwa/src/assemble/inputs.ts';
import { jpegHeader, orientationTurn, pngHeader, withoutExif } from '../../pwa/src/assemble/jpeg.ts';
import { LEGIBILITY_FLOOR, SHRINK_STEPS, targetSize } from '../../pwa/src/assemble/ladder.ts';
import { addSourcePages, movePage, movePageTo, removePage, turnPage, withoutSource } from '../../pwa/src/assemble/plan.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A JPEG head: SOI, an APP1 EXIF segment with the given orientation (big-endian TIFF), SOF0 of w×h, 3 channels. */
function jpeg(width: number, height: number, orientation: number | null): Uint8Array {
  const exif =
    orientation === null
      ? []
      : [
          0xff,
          0xe1,
          0x00,
          0x22,
          ...bytes('Exif'),
          0,
          0,
          ...bytes('MM'),
          0x00,
          0x2a,
          0,
          0,
          0,
          8,
          0x00,
          0x01,
          0x01,
          0x12,
          0x00,
          0x03,
          0,
          0,
          0,
          1,
          0x00,
          orientation,
          0,
          0,
          0,
          0,
          0,
          0,
        ];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...exif, ...sof, 0xff, 0xda, 0x00, 0x02, 1, 2, 3, 0xff, 0xd9]);
}

describe('what a source is', () => {
  const check = (name: string, mime: string, head: Uint8Array, size = head.length) => sourceKind(name, mime, size, head);

  test('PDF, JPEG and PNG are told by their bytes, not their names', () => {
    expect(check('scan.bin', '', bytes('junk\n%PDF-1.7\n'))).toEqual({ ok: true, kind: 'pdf' });
    expect(check('photo.pdf', 'application/pdf', jpeg(10, 10, 1))).toEqual({ ok: true, kind: 'jpeg' });
    expect(check('x.png', 'image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ ok: true, kind: 'png' });
  });

  test('what cannot be used is refused in plain words', () => {
    const refusal = (r: ReturnType<typeof sourceKind>) => (r.ok ? '' : r.message);
    expect(refusal(check('empty.pdf', 'application/pdf', new Uint8Array(), 0))).toMatch(
      /^“empty\.pdf” was not added: it is empty \(0 bytes\)/,
    );
    expect(refusal(check('IMG_1.HEIC', '', bytes([0, 0, 0, 0x18], 'ftypheic')))).toMatch(/HEIC photo .*JPEG/);
    expect(refusal(check('IMG_2.heif', 'image/heif', bytes([0, 0, 0, 0x18], 'ftypmif1')))).toMatch(/HEIC photo/);
    expect(refusal(check('a.avif', 'image/avif', bytes([0, 0, 0, 0x18], 'ftypavif')))).toMatch(/AVIF/);
    expect(
      refusal(check('cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes([0x50, 0x4b, 3, 4]))),
    ).toMatch(/it is a Word document\. Only PDF, JPEG and PNG/);
    expect(refusal(check('mystery', '', bytes('hello')))).toMatch(/it is not a PDF, JPEG or PNG/);
    expect(refusal(check('big.pdf', 'application/pdf', bytes('%PDF-1.4'), MAX_SOURCE_BYTES + 1))).toMatch(/over 25 MB/);
  });
});

describe('photo headers', () => {
  test('a JPEG gives its size and the orientation its camera recorded', () => {
    expect(jpegHeader(jpeg(4000, 3000, 6))).toEqual({ width: 4000, height: 3000, components: 3, orientation: 6 });
    expect(jpegHeader(jpeg(640, 480, null))).toEqual({ width: 640, height: 480, components: 3, orientation: 1 });
    expect(jpegHeader(bytes('not a jpeg'))).toBeNull();
  });

  test('EXIF is removed (a PDF ignores it, so a decoder must too) and nothing else', () => {
    const stripped = withoutExif(jpeg(4000, 3000, 6));
    expect(jpegHeader(stripped)).toEqual({ width: 4000, height: 3000, components: 3, orientation: 1 });
    expect(stripped.length).toBe(jpeg(4000, 3000, 6).length - 36);
    const plain = jpeg(10, 10, null);
    expect(withoutExif(plain)).toBe(plain);
  });

  test('orientations turn the page clockwise; mirrored ones are redrawn instead', () => {
    expect(orientationTurn(6)).toEqual({ turn: 90, mirrored: false, sideways: true });
    expect(orientationTurn(3)).toEqual({ turn: 180, mirrored: false, sideways: false });
    expect(orientationTurn(8)).toEqual({ turn: 270, mirrored: false, sideways: true });
    expect(orientationTurn(5)).toEqual({ turn: 0, mirrored: true, sideways: true });
    expect(orientationTurn(1)).toEqual({ turn: 0, mirrored: false, sideways: false });
  });

  test('a PNG gives its size', () => {
    const head = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0, 0, 0x0f, 0xa0, 0, 0, 0x0b, 0xb8, 8, 6]);
    expect(pngHeader(head)).toEqual({ width: 4000, height: 3000, components: 3, orientation: 1 });
  });
});

describe('the steps pictures are reduced in', () => {
  test('each step is no sharper than the one before, ending at the legibility floor', () => {
    for (let i = 1; i < SHRINK_STEPS.length; i++) {
      const [a, b] = [SHRINK_STEPS[i - 1]!, SHRINK_STEPS[i]!];
      expect(b.dpi <= a.dpi && b.quality <= a.quality && (b.dpi < a.dpi || b.quality < a.quality)).toBe(true);
    }
    expect(LEGIBILITY_FLOOR).toEqual({ dpi: 72, quality: 0.45 });
  });

  test('a picture is reduced to the step’s dots per inch on its page, and never enlarged', () => {
    // An A4 scan at 300 dpi, shown on an A4 page: 150 dpi halves it.
    expect(targetSize(2480, 3508, 595.28, 841.89, 150)).toEqual({ width: 1240, height: 1754 });
    // A landscape photo on a portrait page is measured side for side.
    expect(targetSize(4000, 3000, 595.28, 841.89, 100)).toEqual({ width: 1102, height: 827 });
    expect(targetSize(300, 200, 595.28, 841.89, 150)).toEqual({ width: 300, height: 200 });
  });
});

describe('moving pages', () => {
  const pages = addSourcePages(addSourcePages([], 0, 2), 1, 1);

  test('a source’s pages join the end in order', () => {
    expect(pages).toEqual([
      { source: 0, page: 0, rotate: 0 },
      { source: 0, page: 1, rotate: 0 },
      { source: 1, page: 0, rotate: 0 },
    ]);
  });

  test('up, down, to a place, turned, removed; nothing moves past either end', () => {
    expect(movePage(pages, 2, -1).map((p) => p.source)).toEqual([0, 1, 0]);
    expect(movePage(pages, 0, -1)).toEqual(pages);
    expect(movePage(pages, 2, 1)).toEqual(pages);
    expect(movePageTo(pages, 2, 0)[0]).toEqual({ source: 1, page: 0, rotate: 0 });
    expect(turnPage(turnPage(turnPage(turnPage(pages, 1), 1), 1), 1)[1]!.rotate).toBe(0);
    expect(turnPage(pages, 1)[1]!.rotate).toBe(90);
    expect(removePage(pages, 0)).toEqual(pages.slice(1));
    expect(withoutSource(pages, 0)).toEqual([{ source: 1, page: 0, rotate: 0 }]);
  });
});
