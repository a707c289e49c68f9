// Medians, spread and ratios of interleaved runs, and the table `npm run bench` prints.

/** Median of a list of numbers. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The 25th and 75th percentiles (nearest rank): the spread shown beside a median. */
function quartiles(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))]!;
  return [at(0.25), at(0.75)];
}

/** Paired runs of the floor and of ours, taken in alternating order. */
export interface Paired {
  floor: number[];
  ours: number[];
}

/** One row of the table. */
export interface Row {
  what: string;
  /** What the floor is (how it was made). */
  floor: string;
  /** Measured values, or null when this row could not be measured here (then `note` says why). */
  runs: Paired | null;
  unit: 'ms' | 'KB' | '× file';
  /** The goal: the highest acceptable ratio to the floor, or an absolute limit in the row's unit. */
  goal: { ratio: number } | { max: number };
  /** Why the goal cannot be met, or anything the reader must know. */
  note?: string;
}

const fmt = (n: number, unit: Row['unit']) =>
  unit === 'KB' ? `${n.toFixed(1)} KB` : unit === 'ms' ? `${n < 10 ? n.toFixed(1) : Math.round(n)} ms` : `${n.toFixed(2)}×`;

/** The ratio of ours to the floor: the median of the per-pair ratios, with their quartiles. */
export function ratio(runs: Paired): { median: number; spread: [number, number] } {
  const pairs = runs.ours.map((o, i) => o / runs.floor[i]!);
  return { median: median(pairs), spread: quartiles(pairs) };
}

/** Whether a row meets its goal. */
function meets(row: Row): boolean | null {
  if (!row.runs) return null;
  if ('ratio' in row.goal) return ratio(row.runs).median <= row.goal.ratio;
  return median(row.runs.ours) <= row.goal.max;
}

/** The table as Markdown, ready for the README. */
export function table(rows: readonly Row[]): string {
  const lines = ['| what | floor | ours | ratio to floor (median, p25–p75) | goal | |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const goal = 'ratio' in row.goal ? `≤ ${row.goal.ratio}×` : `≤ ${fmt(row.goal.max, row.unit)}`;
    if (!row.runs) {
      lines.push(`| ${row.what} | ${row.floor} | — | — | ${goal} | not measured: ${row.note ?? ''} |`);
      continue;
    }
    const r = ratio(row.runs);
    const [fq1, fq3] = quartiles(row.runs.floor);
    const [oq1, oq3] = quartiles(row.runs.ours);
    const floorCell = `${fmt(median(row.runs.floor), row.unit)} (${fmt(fq1, row.unit)}–${fmt(fq3, row.unit)}): ${row.floor}`;
    const oursCell = `${fmt(median(row.runs.ours), row.unit)} (${fmt(oq1, row.unit)}–${fmt(oq3, row.unit)})`;
    const verdict = meets(row) ? 'meets' : 'OVER';
    lines.push(
      `| ${row.what} | ${floorCell} | ${oursCell} | ${r.median.toFixed(2)}× (${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)}) | ${goal} | ${verdict}${row.note ? `: ${row.note}` : ''} |`,
    );
  }
  return lines.join('\n');
}
