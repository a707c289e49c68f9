// Date checks for what the applicant enters: a real calendar date, not in the future, a role
// that ends after it starts. "Today" is passed in (core reads no clock); when it is not, the day
// of the application's last edit stands in, with a day's slack for time zones.
import { formatDay } from '../design/dates.ts';
import type { Application, DevelopmentRecord, IsoDate, IsoTime, PraConsultation, Role } from '../types.ts';

/** A problem with one date field: `message` is shown beside the field, `needs` completes a checklist line. */
export interface DateProblem {
  field: 'start' | 'end' | 'date';
  message: string;
  needs: string;
}

/** Whether a text is a real calendar date in the form a date box gives (e.g. 2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A calendar date moved by whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The latest date that is not "in the future": today when given, else a day after the reference time. */
export function latestPastDate(today: IsoDate | undefined, reference: IsoTime): IsoDate {
  // A timestamp is UTC; the applicant's own calendar may already be a day ahead.
  return today !== undefined && isCalendarDate(today) ? today : addDays(reference.slice(0, 10), 1);
}

/** A calendar date in words, e.g. "1 March 2026" (the text itself when it is not a date). */
export function formatLongDate(date: IsoDate): string {
  return isCalendarDate(date) ? formatDay(date) : date;
}

function oneDate(field: DateProblem['field'], date: string, latest: IsoDate, what: string): DateProblem[] {
  if (date === '') return [];
  if (!isCalendarDate(date)) {
    return [{ field, message: `The ${what} is not a real date: enter it as shown in the box.`, needs: `a ${what} that is a real date` }];
  }
  if (date > latest) {
    return [{ field, message: `The ${what} (${formatLongDate(date)}) is in the future.`, needs: `a ${what} that is not in the future` }];
  }
  return [];
}

/** Problems with a role's dates: not real dates, a start in the future, an end before the start. */
export function roleDateProblems(role: Pick<Role, 'start' | 'end' | 'current'>, latest: IsoDate): DateProblem[] {
  const problems = oneDate('start', role.start, latest, 'start date');
  const end = role.current ? '' : role.end;
  if (end !== '' && !isCalendarDate(end)) problems.push(...oneDate('end', end, latest, 'end date'));
  else if (end !== '' && isCalendarDate(role.start) && end < role.start) {
    problems.push({
      field: 'end',
      message: `This role ends (${formatLongDate(end)}) before it starts (${formatLongDate(role.start)}): check both dates.`,
      needs: 'an end date on or after the start date',
    });
  }
  return problems;
}

/** Problems with the date of the adviser consultation. */
export function praDateProblems(pra: Pick<PraConsultation, 'date'>, latest: IsoDate): DateProblem[] {
  return oneDate('date', pra.date, latest, 'consultation date');
}

/** Problems with the date of a development record. */
export function developmentDateProblems(record: Pick<DevelopmentRecord, 'date'>, latest: IsoDate): DateProblem[] {
  return oneDate('date', record.date, latest, 'date');
}

/** The latest acceptable date for an application's entries (see latestPastDate). */
export function latestDateFor(app: Pick<Application, 'updatedAt'>, today?: IsoDate): IsoDate {
  return latestPastDate(today, app.updatedAt);
}
