// The companion's weight on a Career Manager page: every script the browser runs there, gzip,
// within the budget (sizes are deterministic, so this is a test; times live in `npm run bench`).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST_EXTENSION } from '../harness/browser.ts';
import { gzipSize, KB, staticClosure } from '../harness/sizes.ts';

const BUDGET = 15 * KB;

test('the companion on a Career Manager page loads at most 15 KB of script (gzip), and nothing a page could fetch', () => {
  const manifest = JSON.parse(readFileSync(join(DIST_EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
    web_accessible_resources?: unknown[];
  };
  const entries = manifest.content_scripts
    .filter((s) => s.matches.some((m) => m.includes('careermanager.theiet.org')))
    .flatMap((s) => s.js.map((j) => join(DIST_EXTENSION, j)));
  expect(entries.length).toBeGreaterThan(0);
  const files = staticClosure(DIST_EXTENSION, entries);
  // No module loader: a script that imported anything at run time would be counted short here.
  for (const f of files) expect(readFileSync(f, 'utf8'), relative(DIST_EXTENSION, f)).not.toMatch(/\bimport\s*\(/);
  const size = files.reduce((sum, f) => sum + gzipSize(f), 0);
  expect(size, `${files.map((f) => relative(DIST_EXTENSION, f)).join(', ')}: ${size} bytes`).toBeLessThanOrEqual(BUDGET);
  // One classic script: no chunks listed as web-accessible for pages to fetch or probe.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
