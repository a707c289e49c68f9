// What is left on the Registration Check List and Supporting Documents pages, counted only from
// what was read: a mandatory row counts as complete only when the page said so.
import { type RowStatus, readStatus } from './status.ts';

/** The status of a row as recorded, also for rows saved before statuses were kept (only their words). */
export function statusOf(row: { statusText: string; status?: RowStatus }): RowStatus {
  return row.status ?? readStatus({ words: [row.statusText] });
}

/** The mandatory rows of a list page by what was read of them, and how many others there are. */
export interface RowSummary<R> {
  mandatory: number;
  complete: R[];
  open: R[];
  unknown: R[];
  /** Rows the page does not show as complete but the applicant said they have done. */
  marked: R[];
  optional: number;
}

/** Sorts the mandatory rows by status; rows not read as complete whose title is in `marked` go apart. */
export function summariseRows<R extends { title: string; mandatory: boolean; statusText: string; status?: RowStatus }>(
  rows: readonly R[],
  marked: ReadonlySet<string> = new Set(),
): RowSummary<R> {
  const mandatory = rows.filter((r) => r.mandatory);
  const by = (s: RowStatus) => mandatory.filter((r) => statusOf(r) === s && (s === 'complete' || !marked.has(r.title)));
  return {
    mandatory: mandatory.length,
    complete: by('complete'),
    open: by('open'),
    unknown: by('unknown'),
    marked: mandatory.filter((r) => statusOf(r) !== 'complete' && marked.has(r.title)),
    optional: rows.length - mandatory.length,
  };
}

/**
 * The count in one line, e.g. "3 of 5 mandatory items are open; 1 I could not read". "All … are
 * complete" only when every mandatory row was read as complete: what the applicant marked as done
 * is counted apart, never as read.
 */
export function countLine(s: RowSummary<unknown>, noun: string): string {
  const { mandatory: n, open, unknown, marked } = s;
  if (n === 0) return `I could not find any ${noun} marked mandatory on this page.`;
  if (s.complete.length === n) return `All ${n} mandatory ${noun} are complete.`;
  const rest = `${unknown.length ? `; ${unknown.length} I could not read` : ''}${marked.length ? `; ${marked.length} you marked as done` : ''}`;
  if (open.length === 0) return `${s.complete.length} of ${n} mandatory ${noun} read as complete${rest}.`;
  return `${open.length} of ${n} mandatory ${noun} ${open.length === 1 ? 'is' : 'are'} open${rest}.`;
}

/** Parses a CSS colour as getComputedStyle reports it ("rgb(r, g, b)", "rgba(...)" or "#rrggbb"). */
function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const m = /^rgba?\(\s*(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)(?:[,\s/]+(\d*\.?\d+))?\s*\)$/i.exec(css.trim());
  if (!m) return null;
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: m[4] === undefined ? 1 : Number(m[4]) };
}

/** Whether a computed CSS colour is an orange (hue about 15–45°, saturated, visible). */
export function isOrange(css: string): boolean {
  const c = parseRgb(css);
  if (!c || c.a < 0.5) return false;
  const max = Math.max(c.r, c.g, c.b);
  const min = Math.min(c.r, c.g, c.b);
  if (max < 150 || max - min < 90 || max !== c.r) return false;
  const hue = (60 * (c.g - c.b)) / (max - min);
  return hue >= 15 && hue <= 45;
}

/** Normalises a label for comparisons: lower case, letters and digits only. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
