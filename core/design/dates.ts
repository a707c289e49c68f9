// The one way dates and times are written across the product (workbook, export, messages):
// "28 November 2026" and "28 November 2026 at 19:25", as GOV.UK writes them. Calendar days from
// date fields ("2026-11-28") are read in UTC so they never shift a day in another time zone.

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type Zone = 'UTC' | undefined;
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'day' | 'time', timeZone: Zone): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions =
      kind === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat('en-GB', { ...parts, timeZone });
    formats.set(key, f);
  }
  return f;
}

/**
 * A day in words: "28 November 2026". Takes a date field's "2026-11-28" or an ISO time (its day
 * in the reader's time zone, or in UTC when asked); "—" when empty; text that is not a date as it is.
 */
export function formatDay(value: string, timeZone?: 'UTC'): string {
  if (!value) return '—';
  if (DAY_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? value : format('day', 'UTC').format(d);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : format('day', timeZone).format(d);
}

/**
 * A moment in words: "28 November 2026 at 19:25" in the reader's time zone, or with 'UTC'
 * "28 November 2026 at 19:25 UTC" (for files read elsewhere); text that is not a time as it is.
 */
export function formatMoment(iso: string, timeZone?: 'UTC'): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const text = `${format('day', timeZone).format(d)} at ${format('time', timeZone).format(d)}`;
  return timeZone === 'UTC' ? `${text} UTC` : text;
}
