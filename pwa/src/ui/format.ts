// One way of writing sizes, dates and times across the workbook, the same as the export's
// (core/design/dates.ts): "0.5 MB", "28 November 2026", "28 November 2026 at 19:23".
import { formatMegabytes } from '../../../core/application/megabytes.ts';
import { formatDay, formatMoment } from '../../../core/design/dates.ts';

/** A moment (ISO timestamp) as "28 November 2026 at 19:23" (this device's time zone); text that is not a date as it is. */
export function formatDateTime(iso: string): string {
  return formatMoment(iso);
}

/** A day as "28 November 2026": a date field's "2026-11-28" or the day of an ISO timestamp. */
export function formatDate(value: string): string {
  return value ? formatDay(value) : value;
}

const GB = 1024 * 1024 * 1024;

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
