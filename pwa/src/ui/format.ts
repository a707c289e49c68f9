// One way of writing sizes, dates and times across the workbook (en-GB): "0.5 MB",
// "28 Nov 2026", "28 Nov 2026, 19:23".
import { formatMegabytes } from '../../../core/application/megabytes.ts';

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
// Calendar days (from date fields, "2026-11-28") are read and written in UTC so they never shift a day.
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLocal = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

const GB = 1024 * 1024 * 1024;

/** A moment (ISO timestamp) as "28 Nov 2026, 19:23"; text that is not a date is shown as it is. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** A day as "28 Nov 2026": a date field's "2026-11-28" or the day of an ISO timestamp. */
export function formatDate(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? day.format(d) : dayLocal.format(d);
}

/**
 * The workbook's one way of writing a size: in megabytes as core writes them in its messages
 * ("0.5 MB", "under 0.1 MB"), and in gigabytes from 1 GB (storage quotas: "1.5 GB").
 */
export function formatSize(bytes: number): string {
  if (bytes >= GB) return `${(Math.round((bytes / GB) * 10) / 10).toLocaleString('en-GB')} GB`;
  if (bytes > 0 && bytes < 0.05 * 1024 * 1024) return 'under 0.1 MB';
  return formatMegabytes(bytes);
}

/** Today's date on this device as a date field writes it ("2026-11-28"), for core's date checks. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
