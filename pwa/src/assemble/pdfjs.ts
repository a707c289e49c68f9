// pdf.js inside the assembler's worker: its own parser runs in a nested worker, pages are drawn on
// OffscreenCanvas, and its fonts and decoders come from files bundled with the workbook (never a
// CDN), so it works offline once the service worker has them.
import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

// The 14 standard fonts (for PDFs that name Helvetica without embedding it) and the decoders of
// JPEG 2000, JBIG2 (black-and-white scans) and colour profiles.
const FONTS = import.meta.glob('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const WASM = import.meta.glob('../../../node_modules/pdfjs-dist/wasm/*.{wasm,js}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const byFileName = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
const FILES = new Map([...byFileName(FONTS), ...byFileName(WASM)]);

/** Hands pdf.js the bundled files it asks for by name. */
class BundledFiles {
  async fetch({ filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = FILES.get(filename);
    if (!url) throw new Error(`pdf.js asked for ${filename}, which is not bundled.`);
    const response = await fetch(new URL(url, self.location.href));
    if (!response.ok) throw new Error(`Could not load ${filename} (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** Canvases for pdf.js's own intermediate drawing: OffscreenCanvas, as a worker has no document. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(target: { canvas: OffscreenCanvas }, width: number, height: number) {
    target.canvas.width = width;
    target.canvas.height = height;
  }
  destroy(target: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (target.canvas) target.canvas.width = target.canvas.height = 0;
    target.canvas = null;
    target.context = null;
  }
  getNoAlphaContext(canvas: OffscreenCanvas) {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }
}

let port: Worker | null = null;

/** Opens a PDF with pdf.js; the bytes are handed over (the caller's copy is detached). */
export function openPdf(bytes: Uint8Array, password?: string): PDFDocumentLoadingTask {
  if (!port) {
    port = new Worker(new URL(pdfWorkerUrl, self.location.href), { type: 'module', name: 'pdf.js' });
    GlobalWorkerOptions.workerPort = port;
  }
  return getDocument({
    data: bytes,
    password,
    CanvasFactory: OffscreenCanvasFactory,
    BinaryDataFactory: BundledFiles,
    useWorkerFetch: false,
    // A worker has no document to load fonts into: glyphs are drawn as paths instead.
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: true,
    stopAtErrors: false,
  } as Parameters<typeof getDocument>[0]);
}

/** Draws a page at `scale` (1 = 72 dots per inch) on a white OffscreenCanvas; `rotation` overrides the page's own. */
export async function drawPage(page: PDFPageProxy, scale: number, rotation?: number): Promise<OffscreenCanvas> {
  const viewport = page.getViewport({ scale, ...(rotation === undefined ? {} : { rotation }) });
  const canvas = new OffscreenCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: '#fff' }).promise;
  return canvas;
}

/** Whether a page carries text (a text layer, typed or recognised), not only pictures. */
export async function pageHasText(page: PDFPageProxy): Promise<boolean> {
  const content = await page.getTextContent();
  return content.items.some((item) => 'str' in item && item.str.trim().length > 0);
}
