// `npm run bench`: every row of issue 11's table, measured in one run in headless Chromium as a
// ratio to its floor, the floor built here from the same pinned versions; ours and the floor
// run interleaved (alternating which goes first), and each row shows medians with their
// quartiles. Then the scaling of export, import and the Overview. Prints Markdown tables (the
// README shows the last run's). Never part of `npm test`: tests do not assert timings.
import { afterAll, expect, test } from 'vitest';
import { newApplication } from '../core/application/create.ts';
import type { Application } from '../core/types.ts';
import { KB, workbookStartPath } from '../tests/harness/sizes.ts';
import { buildAll, launchBrowser, newContext, peakMemory, putRecords, type Served, serve, timeToSelector } from './browser.ts';
import { companionRows } from './companion.ts';
import { largeApplication } from './fixtures.ts';
import { type Paired, type Row, ratio, table } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** BENCH_ONLY=start,overview,exchange runs only those parts (all by default). */
const only = (part: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
const few = Math.max(3, Math.round(RUNS / 3));

/** Runs the floor and ours `n` times each, alternating which goes first, after one unmeasured run of each. */
async function paired(n: number, floor: () => Promise<number>, ours: () => Promise<number>): Promise<Paired> {
  await floor();
  await ours();
  const out: Paired = { floor: [], ours: [] };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      out.floor.push(await floor());
      out.ours.push(await ours());
    } else {
      out.ours.push(await ours());
      out.floor.push(await floor());
    }
  }
  return out;
}

const servers: Served[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

test('the workbook against its floors: start, first stored record, export, import, memory; and how they scale', async () => {
  const built = await buildAll();
  const [pwa, floor, exchange] = await Promise.all([serve(built.pwa), serve(built.floor), serve(built.exchange)]);
  servers.push(pwa, floor, exchange);
  const browser = await launchBrowser();
  const context = await newContext(browser);
  const rows: Row[] = [];

  // Start JS: what each page loads before its first screen (the same measure as the budget test).
  const startOurs = workbookStartPath(built.pwa).bytes / KB;
  const startFloor = workbookStartPath(built.floor).bytes / KB;
  rows.push({
    what: 'workbook start JS (gzip)',
    floor: 'Vite + Preact + signals + Dexie rendering one stored record',
    runs: { floor: [startFloor], ours: [startOurs] },
    unit: 'KB',
    goal: { max: 50 },
  });

  // One stored application, in the workbook's database and (as a record) in the floor's.
  const seedPage = await context.newPage();
  const seed = async (app: Application) => {
    await seedPage.goto(pwa.url);
    // The list (empty or not) shows once the workbook has opened its database, schema and all.
    await seedPage.locator('ul.apps').or(seedPage.getByText('You have no applications yet')).first().waitFor();
    await putRecords(seedPage, 'proreg-workbook', 'applications', [app]);
    await seedPage.goto(floor.url);
    await seedPage.locator('ul.records').waitFor({ state: 'attached' });
    await putRecords(seedPage, 'bench-floor', 'records', [app]);
  };
  await seed(newApplication({ id: 'bench-1', name: 'CEng 2027', category: 'CEng', route: 'standard', now: new Date().toISOString() }));
  const firstRecord = (cpu: number) =>
    paired(
      cpu > 1 ? few : RUNS,
      () => timeToSelector(context, floor.url, 'ul.records > li', cpu),
      () => timeToSelector(context, pwa.url, 'ul.apps a', cpu),
    );
  if (only('start'))
    rows.push({
      what: 'workbook time to first stored record',
      floor: 'the floor page',
      runs: await firstRecord(1),
      unit: 'ms',
      goal: { ratio: 1.3 },
    });
  if (only('start'))
    rows.push({
      what: 'workbook time to first stored record, CPU slowed 4×',
      floor: 'the floor page, CPU slowed 4×',
      runs: await firstRecord(4),
      unit: 'ms',
      goal: { ratio: 1.3 },
    });

  // The Overview of an application with 1 to 60 roles, against the floor rendering the same record.
  const overview: [string, Paired][] = [];
  for (const roles of only('overview') ? [1, 10, 30, 60] : []) {
    const app = { ...largeApplication(roles), id: `bench-roles-${roles}`, name: `${roles} roles` };
    await seed(app);
    overview.push([
      `${roles} role${roles === 1 ? '' : 's'}`,
      await paired(
        few,
        () => timeToSelector(context, floor.url, 'ul.records > li'),
        () => timeToSelector(context, `${pwa.url}#/app/${app.id}/overview`, '.next-action'),
      ),
    ]);
  }
  await seedPage.close();

  // Export and import of the same application with its documents, ours and the floor, in one page.
  const page = await context.newPage();
  await page.goto(exchange.url);
  await page.waitForFunction(() => document.title === 'ready');
  const call = (name: string) => () =>
    page.evaluate((fn) => (globalThis as unknown as { bench: Record<string, () => Promise<number>> }).bench[fn]!(), name);
  const exchangeAt = async (megabytes: number, n: number) => {
    await page.evaluate(
      (mb) => (globalThis as unknown as { bench: { seed(mb: number, roles: number): Promise<void> } }).bench.seed(mb, 40),
      megabytes,
    );
    await call('exportOurs')();
    const exported = await paired(n, call('exportFloor'), call('exportOurs'));
    const imported = await paired(n, call('importFloor'), call('importOurs'));
    const size = await page.evaluate(() => (globalThis as unknown as { bench: { fileSize(): number } }).bench.fileSize());
    const memory = await paired(
      Math.min(n, 3),
      async () => (await peakMemory(page, call('importFloor'))) / size,
      async () => (await peakMemory(page, call('importOurs'))) / size,
    );
    return { exported, imported, memory };
  };
  const main = only('exchange') ? await exchangeAt(20, few * 2 - 1) : null;
  if (main) {
    rows.push({
      what: 'export, 20 MB of documents',
      floor: 'read the stored documents, base64 (native), JSON, one Blob',
      runs: main.exported,
      unit: 'ms',
      goal: { ratio: 1.5 },
    });
    rows.push({
      what: 'import, same file',
      floor: 'read the file as text, JSON.parse, base64 decode (native), one transaction',
      runs: main.imported,
      unit: 'ms',
      goal: { ratio: 2 },
    });
    rows.push({
      what: 'import peak memory, as a multiple of the file size',
      floor: 'the floor import above',
      runs: main.memory,
      unit: '× file',
      goal: { max: 3 },
    });
  }
  const scaling: [number, Awaited<ReturnType<typeof exchangeAt>>][] = [];
  for (const mb of main ? [1, 5, 20, 50] : []) scaling.push([mb, mb === 20 && main ? main : await exchangeAt(mb, few)]);
  await page.close();

  rows.push(...(await companionRows({ browser, runs: RUNS })));
  await browser.close();

  const cell = (p: Paired) => {
    const r = ratio(p);
    return `${r.median.toFixed(2)}× (${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)})`;
  };
  const scalingTable = [
    '| documents | export (ratio to floor) | import (ratio to floor) | import peak memory (× file: ours / floor) |',
    '|---|---|---|---|',
    ...scaling.map(
      ([mb, s]) =>
        `| ${mb} MB | ${cell(s.exported)} | ${cell(s.imported)} | ${Math.min(...s.memory.ours).toFixed(2)}–${Math.max(...s.memory.ours).toFixed(2)} / ${Math.min(...s.memory.floor).toFixed(2)}–${Math.max(...s.memory.floor).toFixed(2)} |`,
    ),
  ].join('\n');
  const overviewTable = [
    '| application | Overview shown (ratio to the floor rendering the same record) |',
    '|---|---|',
    ...overview.map(([label, p]) => `| ${label} | ${cell(p)} |`),
  ].join('\n');
  console.log(
    `\nnpm run bench: ${RUNS} interleaved runs a row (fewer for the slowed CPU and the scaling), headless Chromium\n\n${table(rows)}\n\nScaling of export and import (40 roles; documents in three files)\n\n${scalingTable}\n\nScaling of the Overview\n\n${overviewTable}\n`,
  );
  expect(rows.length).toBeGreaterThan(0);
}, 900_000);
