// Putting the chosen pages together with pdf-lib, as they are: PDF pages copied (text stays text),
// photos placed on A4 pages. Sources are read one at a time and let go once their pages are copied.
import { type PDFDocument as Doc, degrees, PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import type { BuiltPage } from '../../../core/types.ts';
import { imageHeader, photoPage } from './inspect.ts';
import { orientationTurn } from './jpeg.ts';
import type { SourceFile } from './protocol.ts';
import { loadForCopy } from './readPdf.ts';

/** A picture in the composed file that came from a photo source: shrinking decodes the photo itself. */
export interface PhotoImage {
  source: SourceFile;
  image: PDFImage;
}

export interface Composed {
  doc: Doc;
  photos: PhotoImage[];
}

const normal = (angle: number) => (((Math.round(angle / 90) * 90) % 360) + 360) % 360;

/** A photo re-encoded upright, for the rare camera orientations that mirror the picture. */
async function uprightJpeg(blob: Blob): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  const out = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  canvas.width = canvas.height = 0;
  return new Uint8Array(await out.arrayBuffer());
}

async function placePhoto(doc: Doc, source: SourceFile): Promise<{ page: PDFPage; image: PDFImage; turn: number; photo: boolean }> {
  const header = await imageHeader(source);
  const { turn, mirrored } = orientationTurn(header.orientation);
  const bytes = new Uint8Array(await source.blob.arrayBuffer());
  const image = mirrored
    ? await doc.embedJpg(await uprightJpeg(source.blob))
    : source.kind === 'png'
      ? await doc.embedPng(bytes)
      : await doc.embedJpg(bytes);
  // The page is laid out in the picture's stored orientation and turned (/Rotate) to show it upright.
  const shown = photoPage(header);
  const stored = !mirrored && (turn === 90 || turn === 270) ? { width: shown.height, height: shown.width } : shown;
  const page = doc.addPage([stored.width, stored.height]);
  const scale = Math.min(stored.width / image.width, stored.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (stored.width - width) / 2, y: (stored.height - height) / 2, width, height });
  return { page, image, turn: mirrored ? 0 : turn, photo: !mirrored };
}

/** The pages in order, each turned as asked. `progress` hears of each page placed. */
export async function compose(
  sources: readonly SourceFile[],
  pages: readonly BuiltPage[],
  progress: (done: number) => void,
): Promise<Composed> {
  const doc = await PDFDocument.create();
  doc.setProducer('ProReg Companion');
  doc.setCreator('ProReg Companion');
  // Copy each PDF's pages in one go (shared fonts and pictures copied once), then let the source go.
  const copied = new Map<string, PDFPage>();
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    if (source.kind !== 'pdf') continue;
    const wanted = [...new Set(pages.filter((p) => p.source === s).map((p) => p.page))];
    if (wanted.length === 0) continue;
    const original = await loadForCopy(source.name, new Uint8Array(await source.blob.arrayBuffer()));
    const present = wanted.filter((p) => p < original.getPageCount());
    const copies = await doc.copyPages(original, present);
    present.forEach((p, i) => {
      if (copies[i]) copied.set(`${s}:${p}`, copies[i]);
    });
  }
  const photos: PhotoImage[] = [];
  const placed = new Set<string>();
  for (const [index, planned] of pages.entries()) {
    const source = sources[planned.source];
    if (!source) continue;
    const key = `${planned.source}:${planned.page}`;
    if (source.kind === 'pdf') {
      const page = copied.get(key);
      // The same page twice needs its own copy.
      if (!page) continue;
      const added = placed.has(key) ? doc.addPage((await doc.copyPages(doc, [doc.getPages().indexOf(page)]))[0]!) : doc.addPage(page);
      placed.add(key);
      added.setRotation(degrees(normal(added.getRotation().angle + planned.rotate)));
    } else {
      const { page, image, turn, photo } = await placePhoto(doc, source);
      page.setRotation(degrees(normal(turn + planned.rotate)));
      if (photo) photos.push({ source, image });
    }
    progress(index + 1);
  }
  // Write every picture into the file now, so its size can be weighed before saving.
  await doc.flush();
  return { doc, photos };
}
