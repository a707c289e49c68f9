// Shrinking a composed file to the limit: every picture is decoded from its original, reduced to
// the step's resolution for the largest page it is shown on, and re-encoded as JPEG; a picture is
// only replaced when that makes it smaller. Steps are tried in order (SHRINK_STEPS) and stop at the
// first that fits, or at the legibility floor. One picture is decoded at a time.
import { decodePDFRawStream, PDFArray, PDFDict, type PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRawStream, PDFRef } from 'pdf-lib';
import type { PhotoImage } from './compose.ts';
import { withoutExif } from './jpeg.ts';
import { type ShrinkStep, targetSize } from './ladder.ts';

interface Picture {
  ref: PDFRef;
  original: PDFRawStream;
  width: number;
  height: number;
  /** The largest page (points) the picture is shown on. */
  box: { width: number; height: number };
  /** Bytes it takes now, with a soft mask that goes when it becomes a JPEG. */
  size: number;
  decode(width: number, height: number): Promise<ImageBitmap>;
  /** The soft mask (transparency) kept with the new picture, if any. */
  keepMask: PDFObject | undefined;
  /** A soft mask removed with the photo it belonged to (a PNG's transparency, flattened on white). */
  dropMask: PDFRef | null;
}

const name = (n: string) => PDFName.of(n);

/** Colour channels of a picture's colour space when it is grey or RGB; null for anything else. */
function channels(dict: PDFDict): 1 | 3 | null {
  const space = dict.lookup(name('ColorSpace'));
  if (space === name('DeviceRGB')) return 3;
  if (space === name('DeviceGray')) return 1;
  if (space instanceof PDFArray && space.lookup(0) === name('ICCBased')) {
    const profile = space.lookup(1);
    const n = profile instanceof PDFRawStream ? profile.dict.lookup(name('N')) : undefined;
    if (n instanceof PDFNumber) return n.asNumber() === 3 ? 3 : n.asNumber() === 1 ? 1 : null;
  }
  return null;
}

function onlyFilter(dict: PDFDict): string | null {
  const filter = dict.lookup(name('Filter'));
  if (filter instanceof PDFName) return filter.asString();
  if (filter instanceof PDFArray && filter.size() === 1) {
    const only = filter.lookup(0);
    return only instanceof PDFName ? only.asString() : null;
  }
  return filter === undefined ? '' : null;
}

const resized = (width: number, height: number): ImageBitmapOptions => ({
  resizeWidth: width,
  resizeHeight: height,
  resizeQuality: 'high',
});

/** How to decode a picture embedded in a PDF, or null when it is of a kind this does not read (it is then kept as it is). */
function decoderFor(stream: PDFRawStream): Picture['decode'] | null {
  const dict = stream.dict;
  const width = dict.lookup(name('Width'));
  const height = dict.lookup(name('Height'));
  const bits = dict.lookup(name('BitsPerComponent'));
  if (!(width instanceof PDFNumber && height instanceof PDFNumber) || !(bits instanceof PDFNumber) || bits.asNumber() !== 8) return null;
  if (dict.has(name('Decode')) || dict.has(name('ImageMask')) || dict.has(name('Mask'))) return null;
  const n = channels(dict);
  if (!n) return null;
  const filter = onlyFilter(dict);
  if (filter === '/DCTDecode') {
    const jpeg = withoutExif(stream.contents);
    return (w, h) => createImageBitmap(new Blob([jpeg as BlobPart], { type: 'image/jpeg' }), resized(w, h));
  }
  const params = dict.lookup(name('DecodeParms'));
  const predictor = params instanceof PDFDict ? params.lookup(name('Predictor')) : undefined;
  if (filter === '/FlateDecode' && !(predictor instanceof PDFNumber && predictor.asNumber() > 1)) {
    const w = width.asNumber();
    const h = height.asNumber();
    return async (tw, th) => {
      const raw = decodePDFRawStream(stream).decode();
      if (raw.length < w * h * n) throw new Error('The picture holds fewer pixels than it says.');
      const rgba = new Uint8ClampedArray(w * h * 4);
      for (let i = 0, j = 0; i < w * h; i++, j += n) {
        rgba[i * 4] = raw[j]!;
        rgba[i * 4 + 1] = raw[j + (n === 3 ? 1 : 0)]!;
        rgba[i * 4 + 2] = raw[j + (n === 3 ? 2 : 0)]!;
        rgba[i * 4 + 3] = 255;
      }
      return createImageBitmap(new ImageData(rgba, w, h), resized(tw, th));
    };
  }
  return null;
}

/** Every picture the pages show (inside forms too), with the largest page each appears on; `kept` counts those of kinds this cannot read. */
export function findPictures(doc: PDFDocument, photos: readonly PhotoImage[]): { pictures: Picture[]; kept: number } {
  const found = new Map<string, Picture>();
  const kept = new Set<string>();
  const photoByRef = new Map(photos.map((p) => [p.image.ref.tag, p]));
  const visit = (resources: PDFDict | undefined, box: { width: number; height: number }, seen: Set<string>, depth: number) => {
    const xobjects = resources?.lookup(name('XObject'));
    if (!(xobjects instanceof PDFDict) || depth > 8) return;
    for (const [, value] of xobjects.entries()) {
      if (!(value instanceof PDFRef) || seen.has(value.tag)) continue;
      seen.add(value.tag);
      const object = doc.context.lookup(value);
      if (!(object instanceof PDFRawStream)) continue;
      const subtype = object.dict.lookup(name('Subtype'));
      if (subtype === name('Form')) {
        const inner = object.dict.lookup(name('Resources'));
        visit(inner instanceof PDFDict ? inner : undefined, box, seen, depth + 1);
        continue;
      }
      if (subtype !== name('Image')) continue;
      const known = found.get(value.tag);
      if (known) {
        if (box.width * box.height > known.box.width * known.box.height) known.box = box;
        continue;
      }
      const photo = photoByRef.get(value.tag);
      const mask = object.dict.get(name('SMask'));
      const maskObject = mask instanceof PDFRef ? doc.context.lookup(mask) : undefined;
      const maskSize = maskObject instanceof PDFRawStream ? maskObject.contents.length : 0;
      const width = (object.dict.lookup(name('Width')) as PDFNumber | undefined)?.asNumber() ?? 0;
      const height = (object.dict.lookup(name('Height')) as PDFNumber | undefined)?.asNumber() ?? 0;
      let decode: Picture['decode'] | null;
      if (photo) {
        // Decode the photo file itself (as stored: the page's turn shows it upright).
        const source = photo.source;
        decode = async (w, h) => {
          const bytes = new Uint8Array(await source.blob.arrayBuffer());
          const blob = source.kind === 'jpeg' ? new Blob([withoutExif(bytes) as BlobPart], { type: 'image/jpeg' }) : source.blob;
          return createImageBitmap(blob, resized(w, h));
        };
      } else {
        decode = decoderFor(object);
      }
      if (!decode || width === 0 || height === 0) {
        kept.add(value.tag);
        continue;
      }
      const dropMask = photo && mask instanceof PDFRef ? mask : null;
      found.set(value.tag, {
        ref: value,
        original: object,
        width,
        height,
        box,
        size: object.contents.length + (dropMask ? maskSize : 0),
        decode,
        keepMask: dropMask ? undefined : mask,
        dropMask,
      });
    }
  };
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    visit(page.node.Resources(), { width, height }, new Set(), 0);
  }
  return { pictures: [...found.values()], kept: kept.size };
}

/** A picture re-encoded for a step, when that makes it smaller. */
export interface Replacement {
  picture: Picture;
  width: number;
  height: number;
  jpeg: Uint8Array;
}

/** The picture at the step's resolution and quality, or null when that would not make it smaller (or it cannot be read). */
export async function reencode(picture: Picture, step: ShrinkStep): Promise<Replacement | null> {
  const { width, height } = targetSize(picture.width, picture.height, picture.box.width, picture.box.height, step.dpi);
  let bitmap: ImageBitmap;
  try {
    bitmap = await picture.decode(width, height);
  } catch {
    return null;
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: step.quality });
  canvas.width = canvas.height = 0;
  const jpeg = new Uint8Array(await blob.arrayBuffer());
  return jpeg.length < picture.size ? { picture, width, height, jpeg } : null;
}

/** Puts the replacements into the document; returns how to take them out again. */
export function applyReplacements(doc: PDFDocument, replacements: readonly Replacement[]): () => void {
  const undo: (() => void)[] = [];
  for (const { picture, width, height, jpeg } of replacements) {
    const dict = doc.context.obj({
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
      Filter: 'DCTDecode',
    });
    if (picture.keepMask) dict.set(name('SMask'), picture.keepMask);
    doc.context.assign(picture.ref, PDFRawStream.of(dict, jpeg));
    const mask = picture.dropMask;
    const maskObject = mask ? doc.context.lookup(mask) : undefined;
    if (mask) doc.context.delete(mask);
    undo.push(() => {
      doc.context.assign(picture.ref, picture.original);
      if (mask && maskObject) doc.context.assign(mask, maskObject);
    });
  }
  return () => {
    for (const u of undo) u();
  };
}
