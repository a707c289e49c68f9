// Writes the workbook's PNG icons (no image tooling needed): a blue tile with a white tick.

import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

function png(size, inset) {
  const rows = [];
  const s = size;
  // Tick: two strokes through normalised points, thickness 9% of the tile.
  const seg = (px, py, ax, ay, bx, by) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  };
  for (let y = 0; y < s; y++) {
    const row = Buffer.alloc(1 + s * 4);
    for (let x = 0; x < s; x++) {
      const u = (x + 0.5) / s,
        v = (y + 0.5) / s;
      const k = 1 - 2 * inset;
      const ux = (u - inset) / k,
        vy = (v - inset) / k;
      const d = Math.min(seg(ux, vy, 0.25, 0.52, 0.43, 0.7), seg(ux, vy, 0.43, 0.7, 0.76, 0.32));
      const white = d < 0.06;
      row.set(white ? [255, 255, 255, 255] : [29, 79, 145, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../pwa/public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('icon-192.png', dir), png(192, 0));
writeFileSync(new URL('icon-512.png', dir), png(512, 0));
writeFileSync(new URL('maskable-512.png', dir), png(512, 0.1));
mkdirSync(new URL('../extension/public/', import.meta.url), { recursive: true });
for (const n of [16, 48, 128]) writeFileSync(new URL(`../extension/public/icon-${n}.png`, import.meta.url), png(n, 0));
