// The WebExtension API under the name each browser gives it. Firefox's `browser` and Chrome's
// `chrome` both return promises in Manifest V3 for every call the companion makes, so no polyfill
// is shipped; where they differ (a message listener's reply), the code uses the form both accept.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** `browser` in Firefox, `chrome` in Chrome and Edge. */
export const api: Browser = scope.browser ?? (scope.chrome as Browser);
