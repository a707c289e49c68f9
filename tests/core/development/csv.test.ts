import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { cpdToCsv, guardCell, MAX_CSV_ROWS, parseCpdCsv, readDate, readHours, unguardCell } from '../../../core/development/csv.ts';
import type { CpdActivityType, CpdEntry } from '../../../core/development/types.ts';
import type { CompetenceCode } from '../../../core/types.ts';
import { entry } from './entries.ts';

const TODAY = '2026-01-31';
const opts = { today: TODAY, makeId: (n: number) => `new-${n}` };

function mustParse(text: string, extra: Partial<Parameters<typeof parseCpdCsv>[1]> = {}) {
  const result = parseCpdCsv(text, { ...opts, ...extra });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const HEADER = 'Date,Hours,Activity type,Planned,Activity,What I did,What I learned,How I will use it,Competences';

describe('CSV import', () => {
  test('good rows become entries; bad rows are listed with their row number and reasons', () => {
    const csv = [
      HEADER,
      '2025-03-31,2,Training,Planned,Safety course,Went,Learned,Use,E2',
      '31/13/2025,2,Training,Planned,Bad date,,,,',
      '2025-04-01,two,Training,yes,Bad hours,,,,',
      '2025-04-02,1.5,Knitting,no,Bad type,,,,',
      '2025-04-03,1,Events,maybe,Bad planned,,,,',
      '2025-04-04,1,Events,no,Bad code,,,,Z9',
      '2027-01-01,1,Events,no,Future,,,,',
      '05/04/2025,"1,5",self study,Unplanned,Reading,,,,a1; c2',
    ].join('\n');
    const result = mustParse(csv);
    expect(result.good.map((g) => [g.row, g.entry.date, g.entry.hours, g.entry.type, g.entry.planned, g.entry.competences])).toEqual([
      [2, '2025-03-31', 2, 'training', true, ['E2']],
      [9, '2025-04-05', 1.5, 'self-study', false, ['A1', 'C2']],
    ]);
    expect(result.bad.map((b) => [b.row, b.reasons.join(' ')])).toEqual([
      [3, expect.stringContaining('Date')],
      [4, expect.stringContaining('Hours')],
      [5, expect.stringContaining('“Knitting” is not one of')],
      [6, expect.stringContaining('Planned')],
      [7, expect.stringContaining('Competences')],
      [8, expect.stringContaining('in the future')],
    ]);
  });

  test('competences are checked against the category when one is given', () => {
    const csv = `${HEADER}\n2025-03-31,2,Training,Planned,x,y,,,E5`;
    expect(mustParse(csv, { category: 'CEng' }).good).toHaveLength(1);
    expect(mustParse(csv, { category: 'ICTTech' }).bad[0]!.reasons.join()).toContain('Not ICTTech competences: E5');
  });

  test('a file without the required columns is refused as a whole, naming what is missing', () => {
    const result = parseCpdCsv('When,What\n2025-01-01,Course', opts);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Hours, Activity type') });
    expect(parseCpdCsv('', opts)).toEqual({ ok: false, message: 'The file has no rows.' });
  });

  test('columns in another order, aliases, unknown columns and a missing Planned column are handled and said', () => {
    const result = mustParse('Notes,Type,Duration,Date,Description\nhello,Events,3,2025-01-02,A talk');
    expect(result.good[0]!.entry).toMatchObject({ date: '2025-01-02', hours: 3, type: 'events', planned: false });
    expect(result.notices.join(' ')).toContain('These columns are not read: Notes');
    expect(result.notices.join(' ')).toContain('no Planned column');
  });

  test('semicolon files, a byte-order mark and Windows line ends are read', () => {
    const result = mustParse('\uFEFFDate;Hours;Activity type;Activity\r\n2025-01-02;2,5;Volunteering;STEM day, with a school\r\n');
    expect(result.good[0]!.entry).toMatchObject({ hours: 2.5, type: 'volunteering' });
  });

  test('an activity already in the log, or twice in the file, is listed rather than added twice', () => {
    const existing = [entry({ date: '2025-01-02', hours: 2, type: 'events', title: 'Talk', did: '' })];
    const csv = `Date,Hours,Activity type,Activity\n2025-01-02,2,Events,Talk\n2025-01-03,1,Events,Other\n2025-01-03,1,Events,other`;
    const result = mustParse(csv, { existing });
    expect(result.good.map((g) => g.row)).toEqual([3]);
    expect(result.bad.map((b) => b.row)).toEqual([2, 4]);
    expect(result.bad[0]!.reasons[0]).toContain('already in your log');
  });

  test('dates and hours people type in spreadsheets', () => {
    expect(readDate('1/2/2025')).toBe('2025-02-01');
    expect(readDate('29.02.2024')).toBe('2024-02-29');
    expect(readDate('29/02/2025')).toBeNull();
    expect(readDate('2025/02/01')).toBeNull();
    expect(readHours('3 h')).toBe(3);
    expect(readHours('2 hours')).toBe(2);
    expect(readHours('-1')).toBeNull();
    expect(readHours('1e3')).toBeNull();
  });
});

describe('CSV export', () => {
  test('exports every field and reads back to the same entries', () => {
    const log = [
      entry({
        date: '2025-03-01',
        hours: 1.25,
        type: 'academic-study',
        planned: false,
        competences: ['A1', 'B2'],
        did: 'Line one\nline two, with "quotes"',
      }),
      entry({ date: '2024-11-30', type: 'work-experience', title: 'Ünïcödé — café' }),
    ];
    const back = mustParse(cpdToCsv(log)).good.map((g) => g.entry);
    expect(back.map(({ id: _, ...rest }) => rest)).toEqual(log.map(({ id: _, ...rest }) => rest));
  });

  test('cells that a spreadsheet would run as formulas are quoted and prefixed with an apostrophe', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1+1', '＝1+1'];
    const log = hostile.map((did) => entry({ did }));
    const rows = Papa.parse<string[]>(cpdToCsv(log).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[5])).toEqual(hostile.map((h) => `'${h}`));
    // …and on the wire every cell is quoted.
    expect(cpdToCsv(log).split('\r\n')[1]).toMatch(/^"/);
  });

  test('a formula followed by a line break is still guarded (papaparse’s own escapeFormulae misses it)', () => {
    const did = "=cmd|' /C calc'!A0\nsecond line";
    const rows = Papa.parse<string[]>(cpdToCsv([entry({ did })]).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[1]![5]!.startsWith("'=")).toBe(true);
  });

  test('text that already starts with an apostrophe survives the round trip', () => {
    for (const did of ["'=1", "''+2", "'plain", "'"]) {
      expect(unguardCell(guardCell(did))).toBe(did);
      expect(mustParse(cpdToCsv([entry({ did })])).good[0]!.entry.did).toBe(did);
    }
  });
});

describe('hostile CSV', () => {
  test('prototype names are not activity types or columns', () => {
    const result = mustParse('Date,Hours,Activity type,constructor,__proto__\n2025-01-01,1,constructor,x,y\n2025-01-01,1,toString,x,y');
    expect(result.good).toEqual([]);
    expect(result.bad).toHaveLength(2);
    expect(result.notices.join(' ')).toContain('constructor');
  });

  test('an unclosed quote marks the row bad rather than swallowing it silently', () => {
    const result = mustParse(`Date,Hours,Activity type,Activity\n2025-01-01,1,Events,"never closed\n2025-01-02,1,Events,ok`);
    expect(result.good).toEqual([]);
    expect(result.bad[0]!.reasons.join(' ')).toContain('never closed');
  });

  test('a row that does not say what the activity was is bad', () => {
    const result = mustParse('Date,Hours,Activity type\n2025-01-01,1,Events');
    expect(result.bad[0]!.reasons.join(' ')).toContain('Say what the activity was');
  });

  test('a row with more cells than the header is bad', () => {
    const result = mustParse('Date,Hours,Activity type\n2025-01-01,1,Events,extra');
    expect(result.bad[0]!.reasons).toContain('It has more cells than the header has columns.');
  });

  test('too many rows or too many characters refuse the file whole', () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => '2025-01-01,1,Events').join('\n');
    expect(parseCpdCsv(`Date,Hours,Activity type\n${rows}`, opts)).toEqual({
      ok: false,
      message: expect.stringContaining('more than 5000 rows'),
    });
    expect(parseCpdCsv('x'.repeat(2_000_001), opts)).toEqual({ ok: false, message: expect.stringContaining('too large') });
  });

  test('an over-long cell is reported, not silently cut', () => {
    const result = mustParse(`Date,Hours,Activity type,What I did\n2025-01-01,1,Events,${'a'.repeat(20_001)}`);
    expect(result.bad[0]!.reasons.join(' ')).toContain('longer than 20,000');
    expect(result.bad[0]!.cells[3]!.length).toBeLessThanOrEqual(200);
  });

  test('any text at all: parsing never throws and every data row is either good or bad', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const result = parseCpdCsv(`${HEADER}\n${body}`, opts);
        if (!result.ok) return;
        const rows = [...result.good.map((g) => g.row), ...result.bad.map((b) => b.row)];
        expect(new Set(rows).size).toBe(rows.length);
        for (const g of result.good) expect(g.entry.hours).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

const TYPES: CpdActivityType[] = ['training', 'work-experience', 'academic-study', 'volunteering', 'events', 'self-study'];
const CODES: CompetenceCode[] = ['A1', 'A2', 'B1', 'C2', 'D3', 'E4', 'E5'];
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2026-01-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('=1+1', '+A1', '-x', '@y', '\t\r', "'=z", '"', ',', '\n', '; A1'));
const entryArb: fc.Arbitrary<CpdEntry> = fc.record({
  id: fc.constant('x'),
  date: day,
  hours: fc.integer({ min: 1, max: 200_000 }).map((n) => n / 100),
  type: fc.constantFrom(...TYPES),
  planned: fc.boolean(),
  title: text.filter((t) => t.trim() !== ''),
  did: text,
  learned: text,
  apply: text,
  competences: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 4 }),
});

describe('CSV properties', () => {
  test('export then import gives back the same entries (text trimmed as on entry)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entryArb, {
          maxLength: 8,
          selector: (e) => [e.date, e.hours, e.type, e.title.trim().toLowerCase(), e.did.trim().toLowerCase()].join('|'),
        }),
        (log) => {
          const result = mustParse(cpdToCsv(log));
          expect(result.bad).toEqual([]);
          const trim = (e: CpdEntry) => ({
            ...e,
            id: '',
            title: e.title.trim(),
            did: e.did.trim(),
            learned: e.learned.trim(),
            apply: e.apply.trim(),
          });
          expect(result.good.map((g) => trim(g.entry))).toEqual(log.map(trim));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('no exported cell starts with a formula character unless behind the apostrophe', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 5 }), (log) => {
        const rows = Papa.parse<string[]>(cpdToCsv(log).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^(\s*[=+\-@＝＋－＠]|[\t\r\n])/u);
      }),
      { numRuns: 200 },
    );
  });
});
