// Workbook addresses and the host patterns that grant access to them.

/** Whether a URL points at this computer (covered by the manifest's own host access). */
export function isLoopbackUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost');
}

/** The narrowest host permission pattern for a workbook address: its scheme and host only. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** Checks a workbook address typed by the user; returns the normalised URL or a message. */
export function checkWorkbookUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Enter a full address, for example http://127.0.0.1:4173/.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url.href))) {
    return { ok: false, message: 'Use an https:// address, or http:// only for 127.0.0.1 or localhost.' };
  }
  return { ok: true, url: url.origin + url.pathname };
}
