// Sources for the assembler's tests and bench, generated on the spot (no big binaries in the
// repository): a PDF that carries text, a 20-page "scanned" PDF of several MB (paper grain and
// print drawn in the browser, JPEG-compressed as a scanner would), and 4000×3000 camera photos.

import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** Width in points of scanned page `i` (0-based): one point wider per page, so the order can be read back. */
export const scanPageWidth = (i: number) => 595 + i;

/** A two-page Letter PDF whose pages carry real text. */
export async function textPdf(title = 'Degree certificate'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 2; n++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${title}, page ${n}`, { x: 72, y: 700, size: 20, font });
    page.drawText('Master of Engineering in Electrical and Electronic Engineering', { x: 72, y: 660, size: 12, font });
    page.drawText('Awarded with first class honours', { x: 72, y: 640, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

/** JPEG scans of text pages (A4 at 200 dpi), drawn in the page's browser. */
export async function scanJpegs(page: Page, count: number): Promise<Buffer[]> {
  const encoded = await page.evaluate(async (count) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const width = 1654;
      const height = 2339;
      const canvas = new OffscreenCanvas(width, height);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#f2efe6';
      g.fillRect(0, 0, width, height);
      // Paper grain, as a scanner picks it up: what makes scans large.
      const image = g.getImageData(0, 0, width, height);
      let seed = 7919 * (i + 1);
      for (let p = 0; p < image.data.length; p += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const grain = (seed / 0x7fffffff - 0.5) * 5;
        image.data[p] = image.data[p]! + grain;
        image.data[p + 1] = image.data[p + 1]! + grain;
        image.data[p + 2] = image.data[p + 2]! + grain;
      }
      g.putImageData(image, 0, 0);
      g.fillStyle = '#202020';
      g.font = 'bold 56px serif';
      g.fillText(`Transcript, scanned page ${i + 1}`, 150, 260);
      g.font = '34px serif';
      // A certificate's worth of print: a dozen lines and a signature, the rest paper.
      for (let line = 0; line < 12; line++) {
        g.fillText(
          `Module ${line + 1}: Power systems analysis and protection ........ ${60 + ((line * 7 + i) % 40)} %`,
          150,
          400 + line * 58,
        );
      }
      g.fillText('Signed: Registrar', 150, height - 300);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      out.push(btoa(text));
    }
    return out;
  }, count);
  return encoded.map((b) => Buffer.from(b, 'base64'));
}

/** A PDF of scanned pages, one JPEG per page filling it (page i is scanPageWidth(i) points wide). */
export async function scannedPdf(jpegs: readonly Buffer[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const [i, jpeg] of jpegs.entries()) {
    const image = await doc.embedJpg(jpeg);
    const page = doc.addPage([scanPageWidth(i), 842]);
    page.drawImage(image, { x: 0, y: 0, width: scanPageWidth(i), height: 842 });
  }
  return Buffer.from(await doc.save());
}

/** A camera-sized photo (default 4000×3000) of a certificate on a desk, as a JPEG or PNG. */
export async function photo(
  page: Page,
  options: { width?: number; height?: number; type?: 'image/jpeg' | 'image/png'; seed?: number } = {},
): Promise<Buffer> {
  const encoded = await page.evaluate(
    async ({ width, height, type, seed }) => {
      const canvas = new OffscreenCanvas(width, height);
      const g = canvas.getContext('2d')!;
      const desk = g.createLinearGradient(0, 0, width, height);
      desk.addColorStop(0, '#6b4f2a');
      desk.addColorStop(1, '#3e2c15');
      g.fillStyle = desk;
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#fbf8ef';
      g.fillRect(width * 0.12, height * 0.08, width * 0.76, height * 0.84);
      g.fillStyle = '#1c2a5a';
      g.font = `bold ${Math.round(height / 20)}px serif`;
      g.fillText('Certificate of Apprenticeship', width * 0.2, height * 0.25);
      g.font = `${Math.round(height / 40)}px serif`;
      for (let k = 0; k < 12; k++) g.fillText(`Line ${k + 1} of the certificate, seed ${seed}`, width * 0.2, height * (0.35 + k * 0.045));
      // Sensor noise over a camera photo (a PNG is a clean export, as from a scanning app).
      if (type === 'image/jpeg') {
        const image = g.getImageData(0, 0, width, height);
        let s = seed;
        for (let p = 0; p < image.data.length; p += 4) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const n = (s / 0x7fffffff - 0.5) * 10;
          image.data[p] = image.data[p]! + n;
          image.data[p + 1] = image.data[p + 1]! + n;
          image.data[p + 2] = image.data[p + 2]! + n;
        }
        g.putImageData(image, 0, 0);
      }
      const blob = await canvas.convertToBlob(type === 'image/png' ? { type } : { type, quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      return btoa(text);
    },
    { width: options.width ?? 4000, height: options.height ?? 3000, type: options.type ?? 'image/jpeg', seed: options.seed ?? 42 },
  );
  return Buffer.from(encoded, 'base64');
}

/** A PDF with `count` small pages, each saying its number. */
export async function longPdf(count: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) doc.addPage([300, 300]).drawText(`Page ${n}`, { x: 20, y: 250, size: 14, font });
  return Buffer.from(await doc.save());
}

/** A PDF that says it is encrypted (pdf-lib and pdf.js both refuse to copy it). */
export function encryptedPdf(): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
    '4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += o;
  }
  const xref = body.length;
  body += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<01> <01>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
