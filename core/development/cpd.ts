// The CPD log's arithmetic: checks on one entry, which CPD year a date falls in, and the totals
// of each year against the applicant's target, by activity type and by competence area.
// Hours are added in hundredths so that 0.1 + 0.2 stays 0.3.
import { addDays, isCalendarDate } from '../application/dates.ts';
import { COMPETENCES } from '../rules/standards.ts';
import type { AreaId, CategoryId, IsoDate } from '../types.ts';
import { activityLabel, CPD_ACTIVITY_TYPES, DEFAULT_CPD_SETTINGS } from './constants.ts';
import type { CpdActivityType, CpdEntry, CpdSettings } from './types.ts';

/** The most hours one entry may carry (a year of full-time study is about 1,600). */
const MAX_ENTRY_HOURS = 2000;

/** Beyond this many years between the oldest and newest entry, years with no CPD are not listed. */
const MAX_YEARS_SPAN = 60;

const AREAS: readonly AreaId[] = ['A', 'B', 'C', 'D', 'E'];

/** A problem with one field of a CPD entry, in words for the applicant. */
export interface CpdProblem {
  field: 'date' | 'hours' | 'type' | 'title' | 'competences';
  message: string;
}

/** Problems with a CPD entry: a date that is not real or in the future, hours out of range, unknown competences. */
export function cpdEntryProblems(entry: CpdEntry, today: IsoDate, category?: CategoryId): CpdProblem[] {
  const problems: CpdProblem[] = [];
  if (!isCalendarDate(entry.date)) problems.push({ field: 'date', message: 'The date is not a real date.' });
  else if (entry.date > today) problems.push({ field: 'date', message: 'The date is in the future: record CPD once it is done.' });
  if (!Number.isFinite(entry.hours) || entry.hours <= 0) problems.push({ field: 'hours', message: 'Hours must be more than 0.' });
  else if (entry.hours > MAX_ENTRY_HOURS) {
    problems.push({ field: 'hours', message: `Hours must be at most ${MAX_ENTRY_HOURS}: split a long programme into several entries.` });
  }
  if (!CPD_ACTIVITY_TYPES.some((t) => t.id === entry.type))
    problems.push({ field: 'type', message: 'Choose one of the six activity types.' });
  if (entry.title.trim() === '' && entry.did.trim() === '') problems.push({ field: 'title', message: 'Say what the activity was.' });
  if (category) {
    const known = new Set(COMPETENCES[category].map((c) => c.code));
    const unknown = entry.competences.filter((c) => !known.has(c));
    if (unknown.length) problems.push({ field: 'competences', message: `Not ${category} competences: ${unknown.join(', ')}.` });
  }
  return problems;
}

/** Settings made safe: a target above 0 (at most 2,000 hours) and a starting month 1–12. */
export function normaliseCpdSettings(settings: Partial<CpdSettings> | undefined): CpdSettings {
  const target = settings?.targetHours;
  const month = settings?.yearStartMonth;
  return {
    targetHours:
      typeof target === 'number' && Number.isFinite(target) && target > 0
        ? Math.min(target, MAX_ENTRY_HOURS)
        : DEFAULT_CPD_SETTINGS.targetHours,
    yearStartMonth: typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
  };
}

/** The CPD year a date falls in, named by the calendar year it starts in. */
export function cpdYearOf(date: IsoDate, yearStartMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= yearStartMonth ? year : year - 1;
}

/** The first and last day of a CPD year, both inclusive. */
export function cpdYearRange(year: number, yearStartMonth: number): { from: IsoDate; to: IsoDate } {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const from = `${pad(year, 4)}-${pad(yearStartMonth, 2)}-01`;
  const next = yearStartMonth === 1 ? `${pad(year + 1, 4)}-01-01` : `${pad(year + 1, 4)}-${pad(yearStartMonth, 2)}-01`;
  return { from, to: addDays(next, -1) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A CPD year in words: "2025" for a calendar year, else "April 2025 to March 2026". */
export function cpdYearLabel(year: number, yearStartMonth: number): string {
  if (yearStartMonth === 1) return String(year);
  return `${MONTHS[yearStartMonth - 1]} ${year} to ${MONTHS[(yearStartMonth + 10) % 12]} ${year + 1}`;
}

/** One CPD year's totals. Area hours overlap: an activity counts in every area it develops. */
export interface CpdYearTotals {
  year: number;
  label: string;
  from: IsoDate;
  to: IsoDate;
  entries: number;
  hours: number;
  target: number;
  /** Hours still needed to reach the target; 0 once met. */
  shortBy: number;
  met: boolean;
  planned: number;
  unplanned: number;
  byType: Record<CpdActivityType, number>;
  byArea: Record<AreaId, number>;
  /** Hours of activities linked to no competence. */
  unlinked: number;
}

const cents = (hours: number): number => Math.round(hours * 100);
const fromCents = (c: number): number => c / 100;

function emptyYear(year: number, settings: CpdSettings): CpdYearTotals {
  const { from, to } = cpdYearRange(year, settings.yearStartMonth);
  return {
    year,
    label: cpdYearLabel(year, settings.yearStartMonth),
    from,
    to,
    entries: 0,
    hours: 0,
    target: settings.targetHours,
    shortBy: settings.targetHours,
    met: false,
    planned: 0,
    unplanned: 0,
    byType: Object.fromEntries(CPD_ACTIVITY_TYPES.map((t) => [t.id, 0])) as Record<CpdActivityType, number>,
    byArea: { A: 0, B: 0, C: 0, D: 0, E: 0 },
    unlinked: 0,
  };
}

/**
 * Totals per CPD year, newest first, for every year from the oldest entry to `today`'s year
 * (years with no CPD are shown as such). Entries with an unreadable date or hours are left out.
 */
export function cpdTotals(entries: readonly CpdEntry[], settingsIn: Partial<CpdSettings> | undefined, today: IsoDate): CpdYearTotals[] {
  const settings = normaliseCpdSettings(settingsIn);
  const usable = entries.filter((e) => isCalendarDate(e.date) && Number.isFinite(e.hours) && e.hours > 0);
  const byYear = new Map<number, CpdEntry[]>();
  for (const e of usable) {
    const y = cpdYearOf(e.date, settings.yearStartMonth);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const thisYear = isCalendarDate(today) ? cpdYearOf(today, settings.yearStartMonth) : Math.max(...byYear.keys());
  const years = [...byYear.keys(), thisYear].filter(Number.isFinite);
  if (years.length === 0) return [];
  const oldest = Math.min(...years);
  const newest = Math.max(...years);
  // Empty years in between are shown, unless a stray date would make the list absurdly long.
  const shown =
    newest - oldest <= MAX_YEARS_SPAN
      ? Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i)
      : [...new Set(years)].sort((a, b) => b - a);
  return shown.map((y) => yearTotals(y, byYear.get(y) ?? [], settings));
}

function yearTotals(year: number, entries: readonly CpdEntry[], settings: CpdSettings): CpdYearTotals {
  const t = emptyYear(year, settings);
  let total = 0;
  let planned = 0;
  let unlinked = 0;
  const byType = new Map<CpdActivityType, number>();
  const byArea = new Map<AreaId, number>();
  for (const e of entries) {
    const c = cents(e.hours);
    total += c;
    if (e.planned) planned += c;
    byType.set(e.type, (byType.get(e.type) ?? 0) + c);
    const areas = new Set(e.competences.map((code) => code.charAt(0) as AreaId).filter((a) => AREAS.includes(a)));
    if (areas.size === 0) unlinked += c;
    for (const a of areas) byArea.set(a, (byArea.get(a) ?? 0) + c);
  }
  t.entries = entries.length;
  t.hours = fromCents(total);
  t.planned = fromCents(planned);
  t.unplanned = fromCents(total - planned);
  t.unlinked = fromCents(unlinked);
  for (const [type, c] of byType) if (type in t.byType) t.byType[type] = fromCents(c);
  for (const [area, c] of byArea) t.byArea[area] = fromCents(c);
  const short = cents(settings.targetHours) - total;
  t.shortBy = short > 0 ? fromCents(short) : 0;
  t.met = short <= 0;
  return t;
}

/** What a year's totals say in one sentence, e.g. "2025: 24 of 30 hours (6 to go), 3 activities." */
export function describeYear(t: CpdYearTotals): string {
  const hours = (n: number) => `${formatHours(n)} ${n === 1 ? 'hour' : 'hours'}`;
  const progress = t.met
    ? `${hours(t.hours)}, target of ${formatHours(t.target)} met`
    : `${formatHours(t.hours)} of ${hours(t.target)} (${formatHours(t.shortBy)} to go)`;
  return `${t.label}: ${progress}, ${t.entries} ${t.entries === 1 ? 'activity' : 'activities'}.`;
}

/** Hours as people write them: "2", "1.5", "0.25". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** The activity types a year has no hours in: a hint to broaden the mix. */
export function missingTypes(t: CpdYearTotals): string[] {
  return CPD_ACTIVITY_TYPES.filter((type) => t.byType[type.id] === 0).map((type) => activityLabel(type.id));
}
