// Standard base64 (RFC 4648, with padding) for attachment bytes, strict about its alphabet and
// padding so a file decodes the same everywhere. The platform's own encoder and decoder
// (Uint8Array.prototype.toBase64 / Uint8Array.fromBase64) are used where the host has them;
// elsewhere typed-array code does the same work, without building strings a character at a time.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string, options: { lastChunkHandling: 'strict' }) => Uint8Array;
}

/** The host's own encoder and decoder, when it has them (browsers from 2025; not Node 20). */
export const NATIVE_BASE64 = {
  encode: (Uint8Array.prototype as NativeBase64).toBase64,
  decode: (Uint8Array as unknown as NativeFromBase64).fromBase64,
};

/** The base64 of bytes as ASCII character codes: bytes a Blob can take as they are, with no string made. */
export function base64Codes(bytes: Uint8Array): Uint8Array {
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
  return out;
}

const ascii = new TextDecoder();

/** Encodes bytes as padded base64. */
export function bytesToBase64(bytes: Uint8Array, native = NATIVE_BASE64.encode): string {
  return native ? native.call(bytes) : ascii.decode(base64Codes(bytes));
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

/** Decodes a slice [from, to) of well-formed base64 text (both multiples of four) into out at offset. */
export function decodeBase64Into(text: string, from: number, to: number, out: Uint8Array, offset: number): number {
  let o = offset;
  for (let i = from; i < to; i += 4) {
    const a = LOOKUP[text.charCodeAt(i)]!;
    const b = LOOKUP[text.charCodeAt(i + 1)]!;
    const c3 = text.charCodeAt(i + 2);
    const d4 = text.charCodeAt(i + 3);
    out[o++] = (a << 2) | (b >> 4);
    if (c3 !== PAD) {
      const c = LOOKUP[c3]!;
      out[o++] = ((b & 15) << 4) | (c >> 2);
      if (d4 !== PAD) out[o++] = ((c & 3) << 6) | LOOKUP[d4]!;
    }
  }
  return o;
}

const code = (text: string, i: number): number => LOOKUP[text.charCodeAt(i) & 0xffff] ?? -1;

/** Decodes base64 checking every character as it goes (one pass, no separate validation); null when malformed. */
function decodeChecked(text: string): Uint8Array | null {
  const out = new Uint8Array(decodedLength(text));
  const last = text.length - 4;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = code(text, i);
    const b = code(text, i + 1);
    if (a < 0 || b < 0) return null;
    out[o++] = (a << 2) | (b >> 4);
    if (text.charCodeAt(i + 2) === PAD) {
      // "xx==" only at the very end, and with no stray bits (as the platform's strict decoder).
      if (i !== last || text.charCodeAt(i + 3) !== PAD || (b & 15) !== 0) return null;
      break;
    }
    const c = code(text, i + 2);
    if (c < 0) return null;
    out[o++] = ((b & 15) << 4) | (c >> 2);
    if (text.charCodeAt(i + 3) === PAD) {
      if (i !== last || (c & 3) !== 0) return null;
      break;
    }
    const d = code(text, i + 3);
    if (d < 0) return null;
    out[o++] = ((c & 3) << 6) | d;
  }
  return o === out.length ? out : null;
}

/**
 * Decodes padded base64 in one pass, checking it on the way: null when it is not well-formed
 * (a character outside the alphabet, whitespace, misplaced padding, stray bits).
 */
export function base64ToBytesChecked(text: string, native = NATIVE_BASE64.decode): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  if (!native) return decodeChecked(text);
  try {
    const bytes = native(text, { lastChunkHandling: 'strict' });
    // The platform skips whitespace; a file of ours never has any, so its length gives it away.
    return bytes.length === decodedLength(text) ? bytes : null;
  } catch {
    return null;
  }
}

/** Decodes padded base64 to bytes; throws on malformed input. */
export function base64ToBytes(text: string): Uint8Array {
  const bytes = base64ToBytesChecked(text);
  if (!bytes) throw new Error('Not valid base64.');
  return bytes;
}
