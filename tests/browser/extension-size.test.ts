// The companion's weight on a Career Manager page: every script the browser runs there, gzip,
// within the budget (sizes are deterministic, so this is a test; times live in `npm run bench`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST_EXTENSION } from '../harness/browser.ts';

/** 15 KB, as the budget is stated (1 KB = 1,000 bytes). */
const BUDGET = 15_000;

/** The files a content script brings in: itself, its static and literal dynamic imports, and runtime.getURL targets. */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const refs = [
      ...source.matchAll(/(?:\bimport\s*\(?\s*|\bfrom\s*)["']([^"']+\.js)["']/g),
      ...source.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g),
    ].map((m) => m[1]!);
    for (const ref of refs) todo.push(ref.startsWith('.') ? resolve(dirname(file), ref) : join(DIST_EXTENSION, ref.replace(/^\//, '')));
  }
  return [...seen];
}

test('the companion on a Career Manager page loads at most 15 KB of script (gzip), and nothing a page could fetch', () => {
  const manifest = JSON.parse(readFileSync(join(DIST_EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[] }[];
    web_accessible_resources?: unknown[];
  };
  const entries = manifest.content_scripts
    .filter((s) => s.matches.some((m) => m.includes('careermanager.theiet.org')))
    .flatMap((s) => s.js.map((j) => join(DIST_EXTENSION, j)));
  expect(entries.length).toBeGreaterThan(0);
  const files = closure(entries);
  for (const f of files) expect(existsSync(f), f).toBe(true);
  const size = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  expect(size, `${files.map((f) => f.slice(DIST_EXTENSION.length)).join(', ')}: ${size} bytes`).toBeLessThanOrEqual(BUDGET);
  // One classic script: no loader, no chunks listed as web-accessible for pages to probe.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
