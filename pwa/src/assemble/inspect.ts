// Reading one source in the worker: how many pages, their sizes, whether they carry text, and a
// small picture of each, page by page (a page's drawing is released before the next is drawn).
import { LARGE_PHOTO_PIXELS, MAX_BUILD_PAGES, MAX_PHOTO_PIXELS } from './inputs.ts';
import { type ImageHeader, jpegHeader, orientationTurn, pngHeader } from './jpeg.ts';
import { drawPage, openPdf, pageHasText } from './pdfjs.ts';
import type { PageInfo, SourceFile } from './protocol.ts';
import { readPdf, SourceProblem } from './readPdf.ts';

const THUMB_WIDTH = 160;
const A4: [number, number] = [595.28, 841.89];

const isPasswordError = (error: unknown) => (error as { name?: string } | null)?.name === 'PasswordException';

async function thumbnailOf(canvas: OffscreenCanvas): Promise<Blob | null> {
  try {
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
  } catch {
    return null;
  } finally {
    canvas.width = canvas.height = 0;
  }
}

/** Inspects a PDF page by page; `onPage` gets each as it is ready. Returns the page count. */
async function inspectPdf(source: SourceFile, onPage: (index: number, count: number, info: PageInfo) => void): Promise<number> {
  const bytes = new Uint8Array(await source.blob.arrayBuffer());
  const doc = await readPdf(source.name, bytes);
  const count = doc.getPageCount();
  if (count > MAX_BUILD_PAGES) {
    throw new SourceProblem(
      `“${source.name}” has ${count} pages; one built document holds at most ${MAX_BUILD_PAGES}, and a file that long would not fit the upload limit legibly. Make a PDF of just the pages you need (print those pages to PDF), then add that.`,
    );
  }
  const task = openPdf(bytes);
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      if (isPasswordError(error))
        throw new SourceProblem(`“${source.name}” needs a password to open. Print it to a new PDF without a password, and add that file.`);
      throw new SourceProblem(`“${source.name}” could not be read as a PDF: it may be damaged or incomplete.`);
    });
    for (let i = 0; i < count; i++) {
      let info: PageInfo;
      try {
        const page = await pdf.getPage(i + 1);
        const view = page.getViewport({ scale: 1 });
        const canvas = await drawPage(page, THUMB_WIDTH / view.width);
        info = { width: view.width, height: view.height, hasText: await pageHasText(page), thumbnail: await thumbnailOf(canvas) };
        page.cleanup();
      } catch {
        // A page pdf.js cannot draw may still copy: show it without a picture.
        const { width, height } = doc.getPage(i).getSize();
        info = { width, height, hasText: false, thumbnail: null };
      }
      onPage(i, count, info);
    }
  } finally {
    await task.destroy();
  }
  return count;
}

/** The header of a JPEG or PNG source, read from its first bytes only. */
export async function imageHeader(source: SourceFile): Promise<ImageHeader> {
  const head = new Uint8Array(await source.blob.slice(0, 256 * 1024).arrayBuffer());
  const header = source.kind === 'png' ? pngHeader(head) : jpegHeader(head);
  if (!header || header.width === 0 || header.height === 0) {
    throw new SourceProblem(`“${source.name}” could not be read as a picture: it may be damaged or incomplete.`);
  }
  return header;
}

/** The page a photo is placed on: A4, turned to the photo's shape as it is meant to be seen. */
export function photoPage(header: ImageHeader): { width: number; height: number } {
  const { sideways } = orientationTurn(header.orientation);
  const landscape = sideways ? header.height > header.width : header.width > header.height;
  return landscape ? { width: A4[1], height: A4[0] } : { width: A4[0], height: A4[1] };
}

async function inspectImage(source: SourceFile, onPage: (index: number, count: number, info: PageInfo) => void): Promise<string | null> {
  const header = await imageHeader(source);
  const pixels = header.width * header.height;
  const megapixels = Math.round(pixels / 1_000_000);
  if (pixels > MAX_PHOTO_PIXELS) {
    throw new SourceProblem(
      `“${source.name}” is a ${megapixels}-megapixel picture, too large to open safely on this device. Save a smaller copy (under ${MAX_PHOTO_PIXELS / 1_000_000} megapixels), then add that.`,
    );
  }
  const { width, height } = photoPage(header);
  let thumbnail: Blob | null = null;
  try {
    // Decoded straight to thumbnail size (the camera's orientation applied), never at full size on a canvas.
    const bitmap = await createImageBitmap(source.blob, { resizeWidth: THUMB_WIDTH, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    thumbnail = await thumbnailOf(canvas);
  } catch {
    throw new SourceProblem(`“${source.name}” could not be read as a picture: it may be damaged or incomplete.`);
  }
  onPage(0, 1, { width, height, hasText: false, thumbnail });
  return pixels > LARGE_PHOTO_PIXELS
    ? `“${source.name}” is a ${megapixels}-megapixel photo; it is scaled to the page when the file is made.`
    : null;
}

/** Inspects a source; returns its page count and a note for the applicant, if any. */
export async function inspect(
  source: SourceFile,
  onPage: (index: number, count: number, info: PageInfo) => void,
): Promise<{ count: number; note: string | null }> {
  if (source.kind === 'pdf') return { count: await inspectPdf(source, onPage), note: null };
  return { count: 1, note: await inspectImage(source, onPage) };
}
