// Runs a block of browser tests once per browser (Chromium and Firefox), each with its own
// browser and the companion installed.

import { afterAll, beforeAll, describe } from 'vitest';
import { COMPANION_BROWSERS, type Companion, launchCompanion } from './driver.ts';

/** Defines the tests in `define` for each browser; `companion()` is that browser's companion. */
export function eachBrowser(define: (companion: () => Companion) => void): void {
  for (const name of COMPANION_BROWSERS) {
    describe(name, () => {
      let c: Companion | undefined;
      beforeAll(async () => {
        c = await launchCompanion(name);
      });
      afterAll(async () => {
        await c?.close();
      });
      define(() => {
        if (!c) throw new Error(`${name} did not start`);
        return c;
      });
    });
  }
}
