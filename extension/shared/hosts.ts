// Where the companion works: the Career Manager host (an assumption: the IET does not publish
// the address of its application pages) and any host the user adds in the options.

/**
 * The Career Manager address the companion works on out of the box. ASSUMED: the application
 * pages sit behind the IET's sign-in and their host is not public. If Career Manager opens at
 * another address, the user adds it in the options (the browser then asks for access to it).
 */
export const DEFAULT_CAREER_MANAGER_ORIGIN = 'https://careermanager.theiet.org';

/** The host permission pattern for one origin: its scheme and host, every path. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The origin of a URL, or null when it is not one. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Whether the companion may act on a page of this origin: the default host or one the user added. */
export function isCareerManagerOrigin(origin: string | null, added: readonly string[]): boolean {
  return origin !== null && (origin === DEFAULT_CAREER_MANAGER_ORIGIN || added.includes(origin));
}

/** Checks a Career Manager address typed by the user: https only; returns its origin or a message. */
export function checkCareerManagerUrl(input: string): { ok: true; origin: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Enter the full address of a Career Manager page, for example https://careermanager.theiet.org/.' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'Career Manager pages use https://: enter an address that starts with it.' };
  return { ok: true, origin: url.origin };
}

/** Whether a URL points at this computer over http. */
export function isLoopbackUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost');
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
