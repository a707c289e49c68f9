// CPD records to and from a spreadsheet (CSV), for people who keep their CPD in one.
// Reading never trusts the file: every row is checked and either kept, or listed with the
// reasons it was not; the caller applies the good rows only once the applicant confirms.
// Writing guards against formula injection: a cell a spreadsheet would run as a formula is
// quoted and prefixed with an apostrophe, which reading takes off again.
import Papa from 'papaparse';
import { isCalendarDate } from '../application/dates.ts';
import type { CategoryId, CompetenceCode, IsoDate } from '../types.ts';
import { activityLabel, CPD_ACTIVITY_TYPES } from './constants.ts';
import { cpdEntryProblems, formatHours } from './cpd.ts';
import type { CpdActivityType, CpdEntry } from './types.ts';

/** The largest CSV file read, in characters. */
const MAX_CSV_CHARS = 2_000_000;
/** The most data rows read from one file. */
export const MAX_CSV_ROWS = 5000;
/** The longest cell kept, in characters. */
const MAX_CELL_CHARS = 20_000;

type Field = 'date' | 'hours' | 'type' | 'planned' | 'title' | 'did' | 'learned' | 'apply' | 'competences';

/** The columns written, in order, with their headers. */
const COLUMNS: readonly [Field, string][] = [
  ['date', 'Date'],
  ['hours', 'Hours'],
  ['type', 'Activity type'],
  ['planned', 'Planned'],
  ['title', 'Activity'],
  ['did', 'What I did'],
  ['learned', 'What I learned'],
  ['apply', 'How I will use it'],
  ['competences', 'Competences'],
];

/** Header words we recognise (lower case, letters and digits only), beyond our own. */
const ALIASES: Record<string, Field> = {
  date: 'date',
  day: 'date',
  when: 'date',
  hours: 'hours',
  hrs: 'hours',
  duration: 'hours',
  durationhours: 'hours',
  activitytype: 'type',
  type: 'type',
  category: 'type',
  planned: 'planned',
  plannedorunplanned: 'planned',
  plannedunplanned: 'planned',
  activity: 'title',
  title: 'title',
  name: 'title',
  whatidid: 'did',
  description: 'did',
  whatilearned: 'learned',
  whatilearnt: 'learned',
  learning: 'learned',
  reflection: 'learned',
  howiwilluseit: 'apply',
  howwilliuseit: 'apply',
  application: 'apply',
  competences: 'competences',
  competencies: 'competences',
  competence: 'competences',
};

const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const TYPE_WORDS: Record<string, CpdActivityType> = Object.fromEntries([
  ...CPD_ACTIVITY_TYPES.flatMap((t) => [
    [key(t.id), t.id],
    [key(t.label), t.id],
  ]),
  ['event', 'events'],
  ['course', 'training'],
  ['study', 'self-study'],
  ['volunteer', 'volunteering'],
]);

/** A table lookup that never reaches into Object.prototype ("constructor" is not a column). */
function lookup<T>(table: Record<string, T>, k: string): T | undefined {
  return Object.hasOwn(table, k) ? table[k] : undefined;
}

const YES = new Set(['yes', 'y', 'true', 'planned', '1']);
const NO = new Set(['no', 'n', 'false', 'unplanned', '0']);

// A cell a spreadsheet may run as a formula: starting (maybe after spaces) with = + - @ or their
// full-width forms, or with a tab, carriage return or line feed. Papaparse's own escapeFormulae
// misses cells with a line break after the formula, so the test is ours.
const FORMULA = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/u;

/** Whether a cell needs the apostrophe guard: apostrophes we added before are looked through. */
function needsGuard(cell: string): boolean {
  return FORMULA.test(cell.replace(/^'+/, ''));
}

/** A cell made safe for a spreadsheet: prefixed with an apostrophe when it could run as a formula. */
export function guardCell(cell: string): string {
  return needsGuard(cell) ? `'${cell}` : cell;
}

/** The cell as written before guardCell (the reverse of it). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The CPD log as CSV (UTF-8 with a byte-order mark so spreadsheets read accents), every cell quoted and guarded. */
export function cpdToCsv(entries: readonly CpdEntry[]): string {
  const rows = entries.map((e) =>
    COLUMNS.map(([field]) => {
      switch (field) {
        case 'hours':
          return formatHours(e.hours);
        case 'type':
          return activityLabel(e.type);
        case 'planned':
          return e.planned ? 'Planned' : 'Unplanned';
        case 'competences':
          return e.competences.join('; ');
        default:
          return e[field];
      }
    }).map(guardCell),
  );
  const csv = Papa.unparse(
    { fields: COLUMNS.map(([, header]) => header), data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}

/** A row that was not kept, with the spreadsheet row number (the header is row 1) and why. */
interface BadRow {
  row: number;
  cells: string[];
  reasons: string[];
}

export interface CsvImportOptions {
  /** Today's date: CPD cannot be in the future. */
  today: IsoDate;
  /** When given, competences are checked against this category's standard. */
  category?: CategoryId;
  /** Entries already in the log: identical rows are listed as duplicates rather than added twice. */
  existing?: readonly CpdEntry[];
  /** A new id for the n-th good row. */
  makeId: (n: number) => string;
}

export type CsvImport =
  | {
      ok: true;
      good: { row: number; entry: CpdEntry }[];
      bad: BadRow[];
      /** Things the applicant should know, e.g. columns that were ignored. */
      notices: string[];
    }
  | { ok: false; message: string };

/** Reads a CPD spreadsheet: good rows become entries, bad rows are listed with reasons; nothing is applied. */
export function parseCpdCsv(text: string, options: CsvImportOptions): CsvImport {
  if (text.length > MAX_CSV_CHARS) {
    return {
      ok: false,
      message: `The file is too large (over ${MAX_CSV_CHARS.toLocaleString('en-GB')} characters). Split it into several files.`,
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(body),
    preview: MAX_CSV_ROWS + 2,
  });
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => String(c)) }));
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) return { ok: false, message: 'The file has no rows.' };
  const columns = readHeader(header.cells);
  if (!columns.ok) return columns;
  const rows = nonEmpty.slice(1);
  if (rows.length > MAX_CSV_ROWS)
    return { ok: false, message: `The file has more than ${MAX_CSV_ROWS} rows. Split it into several files.` };

  const rowErrors = new Map<number, string[]>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter' || e.row === undefined) continue;
    const row = e.row + 1;
    rowErrors.set(row, [...(rowErrors.get(row) ?? []), csvErrorWords(e.code)]);
  }

  const good: { row: number; entry: CpdEntry }[] = [];
  const bad: BadRow[] = [];
  const seen = new Set((options.existing ?? []).map(sameness));
  for (const { row, cells } of rows) {
    const read = readRow(cells, columns.map, good.length, options);
    const reasons = [...(rowErrors.get(row) ?? []), ...read.reasons];
    if (cells.length > header.cells.length && cells.slice(header.cells.length).some((c) => c.trim() !== '')) {
      reasons.push('It has more cells than the header has columns.');
    }
    if (reasons.length === 0) {
      const same = sameness(read.entry);
      if (seen.has(same))
        reasons.push('The same activity (date, hours, type and description) is already in your log or earlier in this file.');
      else seen.add(same);
    }
    if (reasons.length) bad.push({ row, cells: cells.map((c) => c.slice(0, 200)), reasons });
    else good.push({ row, entry: read.entry });
  }
  const notices = [...columns.notices];
  return { ok: true, good, bad, notices };
}

/** The delimiter, read from the header line only (the data may be full of semicolons): comma unless ; or tab is commoner. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => first.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function csvErrorWords(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'A quoted cell is never closed, so the rest of the file may have run into it.';
    case 'InvalidQuotes':
      return 'A cell has a stray quote mark.';
    default:
      return 'The row could not be read as CSV.';
  }
}

type HeaderRead = { ok: true; map: Map<Field, number>; notices: string[] } | { ok: false; message: string };

function readHeader(cells: string[]): HeaderRead {
  const map = new Map<Field, number>();
  const ignored: string[] = [];
  const ours: Record<string, Field> = Object.fromEntries(COLUMNS.map(([field, header]) => [key(header), field]));
  cells.forEach((cell, i) => {
    const field = lookup(ours, key(unguardCell(cell))) ?? lookup(ALIASES, key(unguardCell(cell)));
    if (!field) {
      if (cell.trim()) ignored.push(cell.trim().slice(0, 60));
    } else if (map.has(field)) ignored.push(`${cell.trim().slice(0, 60)} (a second ${headerOf(field)} column)`);
    else map.set(field, i);
  });
  const missing = (['date', 'hours', 'type'] as const).filter((f) => !map.has(f));
  if (missing.length) {
    const names = { date: 'Date', hours: 'Hours', type: 'Activity type' };
    return {
      ok: false,
      message: `The first row must name the columns; these are missing: ${missing.map((f) => names[f]).join(', ')}. Export a file from the workbook to see the layout.`,
    };
  }
  const notices: string[] = [];
  if (ignored.length) notices.push(`These columns are not read: ${ignored.join(', ')}.`);
  if (!map.has('planned')) notices.push('There is no Planned column: every activity comes in as unplanned. Change any that you planned.');
  return { ok: true, map, notices };
}

function readRow(cells: string[], map: Map<Field, number>, n: number, options: CsvImportOptions): { entry: CpdEntry; reasons: string[] } {
  const reasons: string[] = [];
  const cell = (field: Field): string => {
    const i = map.get(field);
    const raw = i === undefined ? '' : unguardCell(cells[i] ?? '');
    if (raw.length > MAX_CELL_CHARS)
      reasons.push(`${headerOf(field)} is longer than ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters.`);
    return raw.slice(0, MAX_CELL_CHARS);
  };

  const date = readDate(cell('date'));
  if (date === null) reasons.push('Date: write it as 2025-03-31 or 31/03/2025 (day first).');
  const hours = readHours(cell('hours'));
  if (hours === null) reasons.push('Hours: write a number such as 2 or 1.5.');
  const typeText = cell('type');
  const type = lookup(TYPE_WORDS, key(typeText));
  if (!type)
    reasons.push(`Activity type: “${typeText.trim().slice(0, 40)}” is not one of ${CPD_ACTIVITY_TYPES.map((t) => t.label).join(', ')}.`);
  const plannedText = key(cell('planned'));
  let planned = false;
  if (map.has('planned')) {
    if (YES.has(plannedText)) planned = true;
    else if (!NO.has(plannedText)) reasons.push('Planned: write Planned or Unplanned (yes or no).');
  }
  const competenceText = cell('competences');
  const codes = competenceText
    .toUpperCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  const wrong = codes.filter((c) => !/^[A-E][1-9]$/.test(c));
  if (wrong.length) reasons.push(`Competences: “${wrong.join(', ').slice(0, 40)}” are not competence codes such as C2.`);

  const entry: CpdEntry = {
    id: options.makeId(n),
    date: date ?? '',
    hours: hours ?? 0,
    type: type ?? 'training',
    planned,
    title: cell('title').trim(),
    did: cell('did').trim(),
    learned: cell('learned').trim(),
    apply: cell('apply').trim(),
    competences: [...new Set(codes.filter((c) => !wrong.includes(c)))] as CompetenceCode[],
  };
  if (reasons.length === 0) {
    for (const p of cpdEntryProblems(entry, options.today, options.category))
      reasons.push(`${headerOf(p.field === 'title' ? 'did' : p.field)}: ${p.message}`);
  }
  return { entry, reasons };
}

function headerOf(field: Field): string {
  return COLUMNS.find(([f]) => f === field)?.[1] ?? field;
}

/** A date from a spreadsheet: ISO (2025-03-31) or day first (31/03/2025, 31.3.2025, 31-03-2025). */
export function readDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isCalendarDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Hours from a spreadsheet: "2", "1.5", "1,5", "3 h", "2 hours". */
export function readHours(text: string): number | null {
  const m = /^(\d{1,5}(?:[.,]\d{1,4})?)\s*(?:h|hr|hrs|hours?)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** What makes two entries the same activity. */
function sameness(e: CpdEntry): string {
  return JSON.stringify([e.date, Math.round(e.hours * 100), e.type, e.title.trim().toLowerCase(), e.did.trim().toLowerCase()]);
}
