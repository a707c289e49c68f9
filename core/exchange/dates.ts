// Dates in exported pages, in the product's one format ("28 November 2026"); times are in UTC,
// said so, because the reader may be in another time zone than the writer.
import { formatDay, formatMoment } from '../design/dates.ts';

/** "2026-11-28" or an ISO time → "28 November 2026"; "—" when empty; the text itself when not a date. */
export function exportDate(iso: string): string {
  return formatDay(iso, 'UTC');
}

/** An ISO time → "28 November 2026 at 19:25 UTC"; the text itself when not a time. */
export function exportDateTime(iso: string): string {
  return formatMoment(iso, 'UTC');
}
