// The companion's rows of `npm run bench`: its JavaScript on a Career Manager page and its
// main-thread time on page load, each against its floor. Owned by the extension's work (the
// content script's budget); until it measures them, the rows say so rather than show a number.
import type { Browser } from 'playwright-core';
import type { Row } from './stats.ts';

/** What the main run hands over: the browser it uses and how many interleaved runs to take. */
export interface BenchContext {
  browser: Browser;
  runs: number;
}

export async function companionRows(_context: BenchContext): Promise<Row[]> {
  const note = 'the companion rows are measured by the extension work (bench/companion.ts), not yet in this run';
  return [
    {
      what: 'companion on a Career Manager page (all JS it loads, gzip)',
      floor: '—',
      runs: null,
      unit: 'KB',
      goal: { max: 15 },
      note,
    },
    {
      what: 'companion main-thread time on page load',
      floor: 'the page without it',
      runs: null,
      unit: 'ms',
      goal: { ratio: 1.1 },
      note,
    },
  ];
}
