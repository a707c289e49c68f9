// Start-path sizes of the built products: the files a page loads before anything is asked for,
// followed through static imports (and an extension loader's runtime.getURL targets) but not
// through dynamic import(), measured gzip level 9 (as /work/shared/tools/start-sizes.mjs does,
// each file counted once however many ways it is reached).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;

/** Bytes of a file once gzipped at level 9. */
export const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every file `entries` load statically, themselves included (absolute paths, each once). */
export function staticClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => resolve(e));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const refs = [
      ...source.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']/g),
      ...source.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g),
    ].map((m) => m[1]!);
    for (const ref of refs) todo.push(ref.startsWith('.') ? resolve(dirname(file), ref) : resolve(join(root, ref)));
  }
  return [...seen];
}

export interface StartPath {
  /** Total gzip bytes. */
  bytes: number;
  /** Each file (relative to the product's folder) with its gzip bytes. */
  files: [string, number][];
}

/** What the workbook loads before its first screen: index.html's module scripts and preloads, and their static imports. */
export function workbookStartPath(dist: string): StartPath {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => join(dist, (m[1] ?? m[2])!.replace(/^\.?\//, '')),
  );
  const files = staticClosure(dist, entries).map((f): [string, number] => [relative(dist, f), gzipSize(f)]);
  return { bytes: files.reduce((sum, [, n]) => sum + n, 0), files };
}
