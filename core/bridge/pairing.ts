// Pairing the companion with a workbook: the workbook holds a random key; the user confirms once,
// in the extension, that the code it shows matches the code the workbook shows. Afterwards the
// extension trusts a workbook page only if it presents that key.

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** A fresh pairing key: 32 random bytes, base64url without padding. */
export function newPairingKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** What the extension stores of a key: its SHA-256, hex (the key itself stays in the workbook). */
export async function pairingKeyHash(key: string): Promise<string> {
  return [...(await digest(`proreg-pairing-key:${key}`))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The six-digit code both sides show for a key, as "123 456". */
export async function pairingCode(key: string): Promise<string> {
  const d = await digest(`proreg-pairing-code:${key}`);
  const n = (((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0) % 1_000_000;
  const s = String(n).padStart(6, '0');
  return `${s.slice(0, 3)} ${s.slice(3)}`;
}
