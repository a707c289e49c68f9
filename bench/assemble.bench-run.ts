// `npm run bench` (after `npm run build`): shrinking a 20-page scanned PDF of several MB to 0.5 MB
// in the assembler's worker, in real Chromium, against the floor of the same worker copying the
// same pages with pdf-lib as they are (load, copy, save) — time and peak memory, as ratios.
// Peak memory is the browser's whole process tree (resident set), sampled every 20 ms, over what
// it used just before.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST_PWA, launch } from '../tests/harness/browser.ts';
import { scanJpegs, scannedPdf } from '../tests/harness/sources.ts';

const PAGE_BYTES = 4096;

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) grew = tree.add(pid).size > 0;
  }
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {}
  }
  return total;
}

/** The browser process started with this profile folder. */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=')) return Number(entry);
    } catch {}
  }
  throw new Error('The browser process was not found.');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('shrinking a 20-page scan to 0.5 MB, against pdf-lib copying its pages as they are', async () => {
  const root = mkdtempSync(join(tmpdir(), 'proreg-bench-pwa-'));
  const profile = mkdtempSync(join(tmpdir(), 'proreg-bench-profile-'));
  cpSync(DIST_PWA, root, { recursive: true });
  const worker = readdirSync(join(root, 'assets')).find((f) => /^worker-.*\.js$/.test(f));
  if (!worker) throw new Error('No assembler worker in dist/pwa: run `npm run build` first.');
  const h = await launch({ extension: false, pwaRoot: root, userDataDir: profile });
  try {
    const page = await h.context.newPage();
    await page.goto(h.pwaUrl);
    const scan = await scannedPdf(await scanJpegs(page, 20));
    writeFileSync(join(root, 'bench-scan.pdf'), scan);
    const pid = browserPid(profile);

    /** One build in a fresh worker: milliseconds, peak extra memory and the size it came to. */
    const run = async (limit: number) => {
      const before = treeRss(pid);
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, treeRss(pid));
      }, 20);
      try {
        const result = await page.evaluate(
          async ({ worker, limit }) => {
            const blob = await (await fetch('bench-scan.pdf')).blob();
            const w = new Worker(`assets/${worker}`, { type: 'module' });
            const start = performance.now();
            const size = await new Promise<number>((resolve, reject) => {
              w.onmessage = (e) => {
                if (e.data.type === 'built') resolve(e.data.outcome.bytes.length);
                if (e.data.type === 'failed') reject(new Error(e.data.message));
              };
              const pages = Array.from({ length: 20 }, (_, page) => ({ source: 0, page, rotate: 0 }));
              w.postMessage({ type: 'build', id: 1, sources: [{ name: 'scan.pdf', kind: 'pdf', blob }], pages, limit });
            });
            const ms = performance.now() - start;
            w.terminate();
            return { ms, size };
          },
          { worker, limit },
        );
        return { ...result, memory: peak - before };
      } finally {
        clearInterval(sampler);
      }
    };

    const floor: { ms: number; memory: number; size: number }[] = [];
    const shrink: { ms: number; memory: number; size: number }[] = [];
    await run(Number.MAX_SAFE_INTEGER); // warm-up: the worker's code compiled and cached
    for (let i = 0; i < 3; i++) {
      floor.push(await run(Number.MAX_SAFE_INTEGER));
      shrink.push(await run(512 * 1024));
    }
    const MB = 1024 * 1024;
    const f = { ms: median(floor.map((r) => r.ms)), memory: median(floor.map((r) => r.memory)) };
    const s = { ms: median(shrink.map((r) => r.ms)), memory: median(shrink.map((r) => r.memory)) };
    console.log(
      [
        `\nAssembler: a 20-page scan of ${(scan.length / MB).toFixed(1)} MB shrunk to ${(shrink[0]!.size / 1024).toFixed(0)} KB (limit 512 KB)`,
        `  floor: pdf-lib copying the 20 pages as they are = 1.00 (${f.ms.toFixed(0)} ms, peak +${(f.memory / MB).toFixed(0)} MB on this machine)`,
        `  shrink to 0.5 MB, time                                 ${(s.ms / f.ms).toFixed(2)} × floor (${s.ms.toFixed(0)} ms)`,
        `  shrink to 0.5 MB, peak memory                          ${(s.memory / Math.max(1, f.memory)).toFixed(2)} × floor (+${(s.memory / MB).toFixed(0)} MB)`,
      ].join('\n'),
    );
    expect(shrink[0]!.size).toBeLessThanOrEqual(512 * 1024);
  } finally {
    await h.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}, 600_000);
