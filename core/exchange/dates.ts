// Dates in exported pages, in the same en-GB style as the workbook ("28 Nov 2026, 19:25"); times
// are in UTC, said so, because the reader may be in another time zone than the writer.

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** "2026-11-28" or an ISO time → "28 Nov 2026"; "—" when empty; the text itself when not a date. */
export function exportDate(iso: string): string {
  if (!iso) return '—';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

/** An ISO time → "28 Nov 2026, 19:25 UTC"; the text itself when not a time. */
export function exportDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${DAY_TIME.format(d)} UTC`;
}
