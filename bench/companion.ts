// The companion's row of the main bench table: all the JavaScript it loads on a Career Manager
// page (gzip, the budget test's own measure), against its 15 KB budget. Its main-thread time and
// overlay-ready time need the built extension loaded in the browser, so they are measured in the
// same `npm run bench` by bench/companion.bench-run.ts, against the same page without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST_EXTENSION } from '../tests/harness/browser.ts';
import { gzipSize, KB, staticClosure } from '../tests/harness/sizes.ts';
import type { Row } from './stats.ts';

/** What the main run hands over: the browser it uses and how many interleaved runs to take. */
export interface BenchContext {
  browser: Browser;
  runs: number;
}

const BUDGET_KB = 15;

/** Gzip bytes of every script the manifest injects on Career Manager, with what they import statically. */
function companionScriptBytes(): number {
  const manifest = JSON.parse(readFileSync(join(DIST_EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
  };
  const entries = manifest.content_scripts
    .filter((s) => s.matches.some((m) => m.includes('careermanager.theiet.org')))
    .flatMap((s) => s.js.map((j) => join(DIST_EXTENSION, j)));
  return staticClosure(DIST_EXTENSION, entries).reduce((sum, f) => sum + gzipSize(f), 0);
}

export async function companionRows(_context: BenchContext): Promise<Row[]> {
  // Sizes are deterministic: one reading is every run's reading.
  const kb = companionScriptBytes() / KB;
  return [
    {
      what: 'companion on a Career Manager page (all JS it loads, gzip)',
      floor: `the budget, ${BUDGET_KB} KB`,
      runs: { floor: [BUDGET_KB], ours: [kb] },
      unit: 'KB',
      goal: { max: BUDGET_KB },
      note: 'main-thread time and overlay-ready time are printed by bench/companion.bench-run.ts in this run',
    },
  ];
}
