// Standard base64 (RFC 4648, with padding) for attachment bytes. Hand-written because the
// format must decode identically in Node, browsers and the extension; strict about its alphabet.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

/** Encodes bytes as padded base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  // Fill character codes in a typed array, then turn slices into strings: far faster than
  // growing a string one character at a time for multi-megabyte documents.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = CODES[(n >> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = rest === 2 ? CODES[(n >> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  const parts: string[] = [];
  for (let start = 0; start < out.length; start += 8192) parts.push(String.fromCharCode(...out.subarray(start, start + 8192)));
  return parts.join('');
}

/** Whether text is well-formed padded base64 (length a multiple of four, right alphabet). */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** Bytes a well-formed base64 text decodes to. */
export function decodedLength(text: string): number {
  if (text.length === 0) return 0;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** Decodes a slice [from, to) of base64 text (both multiples of four) into out at offset. */
export function decodeBase64Into(text: string, from: number, to: number, out: Uint8Array, offset: number): number {
  let o = offset;
  for (let i = from; i < to; i += 4) {
    const a = LOOKUP[text.charCodeAt(i)]!;
    const b = LOOKUP[text.charCodeAt(i + 1)]!;
    const c3 = text.charCodeAt(i + 2);
    const d4 = text.charCodeAt(i + 3);
    out[o++] = (a << 2) | (b >> 4);
    if (c3 !== 61 /* = */) {
      const c = LOOKUP[c3]!;
      out[o++] = ((b & 15) << 4) | (c >> 2);
      if (d4 !== 61) out[o++] = ((c & 3) << 6) | LOOKUP[d4]!;
    }
  }
  return o;
}

/** Decodes padded base64 to bytes; throws on malformed input. */
export function base64ToBytes(text: string): Uint8Array {
  if (!isBase64(text)) throw new Error('Not valid base64.');
  const out = new Uint8Array(decodedLength(text));
  decodeBase64Into(text, 0, text.length, out, 0);
  return out;
}
