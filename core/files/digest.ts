// SHA-256 of a file's bytes at the speed of the platform: the native crypto.subtle where there is
// one (every browser in a secure context, Node), else the JavaScript implementation, loaded only then.

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Hex SHA-256 of bytes, the same as sha256OfBytes but native where it can be. */
export async function sha256Digest(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return hex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
    } catch {
      // Some hosts expose subtle but refuse it (an insecure context): fall back below.
    }
  }
  const [{ sha256 }, { bytesToHex }] = await Promise.all([import('@noble/hashes/sha2.js'), import('@noble/hashes/utils.js')]);
  return bytesToHex(sha256(bytes));
}
