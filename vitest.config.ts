import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Three projects: pure logic (node), workbook components and database (happy-dom +
// fake-indexeddb), and real Chromium (needs `npm run build` first; `npm test` does that).
export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker: every file in turn. Two let the unit and dom
    // files run beside the browser files (which still go one at a time, below).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/extension/**/*.test.ts'],
          // Property tests run hundreds of cases; patience on a loaded machine, not a timing assertion.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/pwa/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/pwa/setup.ts'],
          // Patience on a loaded machine (findBy waits up to 5 s, see setup.ts); not a timing assertion.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
          // A real browser on a loaded 2-core machine can miss a beat; a failure that repeats is a
          // real failure. Retried tests are reported as flaky by vitest, so they stay visible.
          retry: 1,
        },
      },
    ],
  },
});
