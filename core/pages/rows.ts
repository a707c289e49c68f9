// Reading the Registration Check List and Supporting Documents rows as the page shows them.
import type { PageRow, RowStatus } from './types.ts';

const COMPLETE = /^(complete|completed|done|uploaded|provided|yes)\b/i;

/** Whether a status text as Career Manager shows it means the row is done. */
export function rowStatus(statusText: string): RowStatus {
  return COMPLETE.test(statusText.trim()) ? 'complete' : 'incomplete';
}

/** What is left on a list page: counts of mandatory rows and the mandatory rows not yet done. */
export interface RowSummary {
  mandatory: number;
  mandatoryComplete: number;
  incomplete: PageRow[];
  optional: number;
}

/** Summarises rows: how many are mandatory, how many of those are done, which are still open. */
export function summariseRows(rows: PageRow[]): RowSummary {
  const mandatory = rows.filter((r) => r.mandatory);
  const incomplete = mandatory.filter((r) => rowStatus(r.statusText) === 'incomplete');
  return {
    mandatory: mandatory.length,
    mandatoryComplete: mandatory.length - incomplete.length,
    incomplete,
    optional: rows.length - mandatory.length,
  };
}

/** Parses a CSS colour as getComputedStyle reports it ("rgb(r, g, b)", "rgba(...)" or "#rrggbb"). */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
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
