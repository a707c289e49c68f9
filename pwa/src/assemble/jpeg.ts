// Reading just enough of a JPEG or PNG header to know its size, colour channels and (JPEG) the
// orientation a camera recorded, without decoding any pixels: a 40-megapixel photo stays cheap.

export interface ImageHeader {
  width: number;
  height: number;
  /** Colour channels: 1 grey, 3 colour, 4 CMYK (JPEG); PNG reports 3 or 1 (alpha aside). */
  components: number;
  /** EXIF orientation 1–8 (1 = as stored). */
  orientation: number;
}

/** The header of a PNG, or null when the bytes are not one. */
export function pngHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 26 || bytes[12] !== 0x49 || bytes[13] !== 0x48 || bytes[14] !== 0x44 || bytes[15] !== 0x52) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const colourType = bytes[25]!;
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    components: colourType === 0 || colourType === 4 ? 1 : 3,
    orientation: 1,
  };
}

/** EXIF orientation from an APP1 segment's payload, or 1. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  // "Exif\0\0" then a TIFF header.
  if (end - start < 14 || String.fromCharCode(...bytes.subarray(start, start + 4)) !== 'Exif') return 1;
  const tiff = start + 6;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[tiff] === 0x49;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) break;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The header of a JPEG (size from its frame header), or null when none is found. */
export function jpegHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let orientation = 1;
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    const start = i + 4;
    const end = Math.min(bytes.length, i + 2 + length);
    if (marker === 0xe1) orientation = Math.max(orientation, exifOrientation(bytes, start, end));
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (start + 6 > bytes.length) return null;
      const height = (bytes[start + 1]! << 8) | bytes[start + 2]!;
      const width = (bytes[start + 3]! << 8) | bytes[start + 4]!;
      return { width, height, components: bytes[start + 5]!, orientation };
    }
    if (marker === 0xda) return null;
    i += 2 + length;
  }
  return null;
}

/** The JPEG without its EXIF segments, so a decoder shows the pixels as stored (a PDF ignores EXIF). */
export function withoutExif(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  let removed = false;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xda) break;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xe1) removed = true;
    else parts.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  if (!removed) return bytes;
  parts.push(bytes.subarray(i));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * How a photo must be turned (clockwise) to show it the way its camera meant. Mirrored orientations
 * (2, 4, 5, 7: front cameras) are flagged instead: those are redrawn upright rather than turned.
 */
export function orientationTurn(orientation: number): { turn: 0 | 90 | 180 | 270; mirrored: boolean; sideways: boolean } {
  const sideways = orientation >= 5 && orientation <= 8;
  switch (orientation) {
    case 3:
      return { turn: 180, mirrored: false, sideways };
    case 6:
      return { turn: 90, mirrored: false, sideways };
    case 8:
      return { turn: 270, mirrored: false, sideways };
    case 2:
    case 4:
    case 5:
    case 7:
      return { turn: 0, mirrored: true, sideways };
    default:
      return { turn: 0, mirrored: false, sideways };
  }
}
