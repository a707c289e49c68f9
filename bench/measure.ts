// Timing helpers for the benchmarks: medians over repeated runs, reported as ratios to a floor.

/** Median milliseconds of `fn` over `runs` runs after `warmup` runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Prints each case as a multiple of the floor, so the numbers mean the same on any machine. */
export function report(title: string, floorLabel: string, floorMs: number, cases: Record<string, number>): void {
  const lines = [`\n${title}`, `  floor: ${floorLabel} = 1.00 (${floorMs.toFixed(2)} ms on this machine)`];
  for (const [label, ms] of Object.entries(cases)) lines.push(`  ${label.padEnd(52)} ${(ms / floorMs).toFixed(2)} × floor`);
  console.log(lines.join('\n'));
}
