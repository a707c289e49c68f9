// Access to a workbook address, asked of the browser on the applicant's click (options or popup).
import { api } from './api.ts';
import { isLoopbackUrl, originPattern } from './hosts.ts';

/** Asks for access to a workbook that is not at 127.0.0.1 (the manifest's own); must be the first thing a click does. */
export function grantWorkbook(url: string): Promise<boolean> {
  if (isLoopbackUrl(url) && new URL(url).hostname === '127.0.0.1') return Promise.resolve(true);
  return api.permissions.request({ origins: [originPattern(url)], permissions: ['scripting'] });
}
