// Typing in the career history (issue 12: "typing stays under one frame per key on a 4× slowed
// CPU"). The built workbook (dist/pwa, so `npm run build` first) in headless Chromium through the
// test harness: a stored application of 6 roles whose Responsibilities and Personal Achievements
// are about 3,000 characters each; its career screen open at Role 3, the caret at the end of
// Role 3's Responsibilities, and about 200 characters typed with real key presses (Playwright's
// keyboard: keydown, keypress, beforeinput, input, keyup, as from a keyboard), at a fast typist's
// pace (a key every 80 ms, a pause after each sentence long enough for the autosave to run). A
// key that takes longer than the pace delays the next ones, as it would for the person typing.
// Floor, in the same browser and run, interleaved (alternating which goes first): the same keys
// typed into a plain <textarea> on a page of its own holding the same text, with the workbook's
// text area's font, width, padding and growing height (field-sizing), so the ratio is the
// workbook's own cost. Both at CPU ×1 and slowed 4× (DevTools protocol).
//
// How a key is timed: from the key event's own time stamp (KeyboardEvent.timeStamp: when the
// browser received the key, so a busy main thread counts) to the end of the first frame after
// the `input` event: requestAnimationFrame, then a message posted from it, which runs once that
// frame's style, layout and paint are done on the main thread (they follow the animation frame
// callbacks in the same task). What the compositor then does is not counted.
// Event Timing (PerformanceEventTiming) measures to the frame as presented, but it cannot decide
// "under one frame": Chromium rounds its durations to 8 ms and reports no event under 16 ms (the
// least durationThreshold). It is printed beside, for keypress (the event in which the text
// changes and `input` runs; keydown ends before it). Also printed: the main thread's busy time per
// key (DevTools TaskDuration over each run, pauses and saves included), which a backlog of keys
// does not inflate.
// RUNS=n sets the interleaved runs a CPU rate (4 by default, 50 keys each: 90–110 s in all here).
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launchWorkbookCopy } from '../tests/harness/browser.ts';
import { putRecords } from './browser.ts';
import { careerApplication, TYPED } from './career-text.ts';

const RUNS = Number(process.env.RUNS ?? 4);
const KEYS_PER_RUN = 50;
/** A key every 80 ms: about 150 words a minute, a fast typist. */
const KEY_INTERVAL_MS = 80;
/** After a full stop: longer than the autosave's wait (400 ms), so saves happen as they do between sentences. */
const SENTENCE_PAUSE_MS = 700;
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
const FLOOR_URL = 'https://floor.bench.invalid/textarea';

let h: Harness;
beforeAll(async () => {
  h = await launchWorkbookCopy();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

interface Probe {
  samples: number[];
  eventTimings: number[];
  until(n: number): Promise<void>;
}

/** Installs the per-key timer in a page (the same code in the workbook and the floor). */
function installProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const samples: number[] = [];
    const eventTimings: number[] = [];
    const waiting: { n: number; done(): void }[] = [];
    let start: number | null = null;
    document.addEventListener('keydown', (e) => (start = e.timeStamp), true);
    document.addEventListener(
      'input',
      () => {
        const from = start;
        start = null;
        if (from === null) return;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            samples.push(performance.now() - from);
            for (const w of waiting.splice(0)) {
              if (samples.length >= w.n) w.done();
              else waiting.push(w);
            }
          };
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keypress') eventTimings.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const probe: Probe = {
      samples,
      eventTimings,
      until: (n) => (samples.length >= n ? Promise.resolve() : new Promise<void>((done) => waiting.push({ n, done }))),
    };
    (globalThis as unknown as { __typing: Probe }).__typing = probe;
  });
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const p = (globalThis as unknown as { __typing: Probe }).__typing;
    return { samples: p.samples.length, eventTimings: p.eventTimings.length };
  });

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The main thread's busy time so far, ms (DevTools Performance metrics). */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface Typed {
  keys: number[];
  slowEvents: number[];
  busyPerKey: number;
}

/** Types `text` into the focused field of `page` at the set pace. */
async function typeKeys(page: Page, cdp: CDPSession, text: string): Promise<Typed> {
  // Only the tab in front gets frames at full rate (one behind it waits up to a second for one).
  await page.bringToFront();
  await sleep(300);
  const before = await counts(page);
  const busyBefore = await busyMs(cdp);
  for (const ch of text) {
    const t = Date.now();
    await page.keyboard.press(ch);
    await sleep((ch === '.' ? SENTENCE_PAUSE_MS : KEY_INTERVAL_MS) - (Date.now() - t));
  }
  const n = before.samples + text.length;
  const seen = await page.evaluate(
    async ({ n, from, fromEvents }) => {
      const p = (globalThis as unknown as { __typing: Probe }).__typing;
      await p.until(n);
      // Event Timing entries arrive once their frame has been presented; give them a moment.
      await new Promise((ok) => setTimeout(ok, 200));
      return { keys: p.samples.slice(from, n), slowEvents: p.eventTimings.slice(fromEvents) };
    },
    { n, from: before.samples, fromEvents: before.eventTimings },
  );
  return { ...seen, busyPerKey: ((await busyMs(cdp)) - busyBefore) / text.length };
}

/** Puts the caret at the end of the text area's text. */
const caretAtEnd = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('[data-bench="typing"]')!;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const pct = (xs: readonly number[], p: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
};
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

interface Side {
  keys: number[];
  /** Each run's median key time (for the spread of the ratio). */
  runMedians: number[];
  /** Event Timing durations of the keys it reported (16 ms or more). */
  slowEvents: number[];
  busyPerKey: number[];
}
const side = (): Side => ({ keys: [], runMedians: [], slowEvents: [], busyPerKey: [] });

/** A percentile of Event Timing durations over all keys typed, those it did not report (under 16 ms) counted as the fastest. */
function eventPct(s: Side, p: number): string {
  const unreported = s.keys.length - s.slowEvents.length;
  const rank = Math.max(1, Math.ceil(p * s.keys.length));
  return rank <= unreported ? '< 16 ms' : ms(pct(s.slowEvents, (rank - unreported) / s.slowEvents.length));
}

test('typing in a long role text: per key, key event to frame, against a plain text area (CPU ×1 and ×4)', async () => {
  const app = careerApplication(6, 3000);
  const role3 = app.roles[2]!;

  // The workbook, with the application stored (raw IndexedDB, once the workbook has made its schema).
  const ours = await h.context.newPage();
  await ours.goto(h.pwaUrl);
  await ours.locator('ul.apps').or(ours.getByText('You have no applications yet')).first().waitFor();
  await putRecords(ours, 'proreg-workbook', 'applications', [app]);
  await ours.goto(`${h.pwaUrl}#/app/${app.id}/career`);
  await ours.getByRole('button', { name: /^Role 3\b/ }).click();
  const box = ours.getByLabel('Role 3: Responsibilities');
  await box.waitFor();
  await box.evaluate((el) => el.setAttribute('data-bench', 'typing'));
  const look = await box.evaluate((el) => {
    const s = getComputedStyle(el);
    return ['font', 'width', 'padding', 'border', 'line-height', 'box-sizing', 'field-sizing', 'min-height', 'overflow']
      .map((p) => `${p}: ${s.getPropertyValue(p)}`)
      .join('; ');
  });

  // The floor: a plain text area holding the same text, drawn like the workbook's.
  h.servePage(
    FLOOR_URL,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor: a plain text area</title>
<main><label for="t">Responsibilities</label><br><textarea id="t" data-bench="typing" style="${look}"></textarea></main>`,
  );
  const floor = await h.context.newPage();
  await floor.goto(FLOOR_URL);
  await floor.evaluate((text) => {
    document.querySelector<HTMLTextAreaElement>('#t')!.value = text;
  }, role3.responsibilities);

  const cdp = new Map<Page, CDPSession>();
  for (const page of [ours, floor]) {
    const session = await h.context.newCDPSession(page);
    await session.send('Performance.enable');
    cdp.set(page, session);
    await installProbe(page);
    await caretAtEnd(page);
  }
  // The evidence tools load with the first role shown: let the screen settle, then warm up both.
  await sleep(2000);
  for (const page of [floor, ours]) await typeKeys(page, cdp.get(page)!, ' Also');

  const results: Record<number, { floor: Side; ours: Side }> = {};
  let at = 0;
  for (const rate of [1, 4]) {
    for (const s of cdp.values()) await s.send('Emulation.setCPUThrottlingRate', { rate });
    const r = { floor: side(), ours: side() };
    results[rate] = r;
    for (let i = 0; i < RUNS; i++) {
      const text = Array.from({ length: KEYS_PER_RUN }, (_, k) => TYPED[(at + k) % TYPED.length]!).join('');
      at += KEYS_PER_RUN;
      const order = i % 2 === 0 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const);
      for (const which of order) {
        const page = which === 'floor' ? floor : ours;
        const typed = await typeKeys(page, cdp.get(page)!, text);
        r[which].keys.push(...typed.keys);
        r[which].runMedians.push(pct(typed.keys, 0.5));
        r[which].slowEvents.push(...typed.slowEvents);
        r[which].busyPerKey.push(typed.busyPerKey);
      }
    }
  }
  for (const s of cdp.values()) await s.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // Every key reached the workbook's field (none lost), as it reached the floor's.
  const typed = await ours.getByLabel('Role 3: Responsibilities').inputValue();
  const floorTyped = await floor.locator('#t').inputValue();
  expect(typed.startsWith(role3.responsibilities)).toBe(true);
  expect(typed).toBe(floorTyped);

  const lines = [
    `\nTyping in Role 3's Responsibilities (6 roles, texts of about 3,000 characters), ${RUNS} interleaved runs of ${KEYS_PER_RUN} keys a CPU rate, a key every ${KEY_INTERVAL_MS} ms, headless Chromium`,
    'Per key: key event to the end of the next frame, median / 95th percentile. Ratio: of the medians (with the quartiles of the runs) / of the p95s.',
    '',
    '| what | floor | ours | ratio to floor (median, p25–p75) | goal | |',
    '|---|---|---|---|---|---|',
  ];
  const under = (x: number) => x < FRAME_MS;
  for (const rate of [1, 4]) {
    const r = results[rate]!;
    const [fm, om, fp, op] = [pct(r.floor.keys, 0.5), pct(r.ours.keys, 0.5), pct(r.floor.keys, 0.95), pct(r.ours.keys, 0.95)];
    const perRun = r.ours.runMedians.map((o, i) => o / r.floor.runMedians[i]!);
    const spread = `${pct(perRun, 0.25).toFixed(2)}–${pct(perRun, 0.75).toFixed(2)}`;
    const slowed = rate > 1 ? `, CPU slowed ${rate}×` : '';
    const verdict =
      under(om) && under(op) ? 'meets' : `OVER: median ${under(om) ? 'under' : 'over'} one frame, p95 ${under(op) ? 'under' : 'over'}`;
    lines.push(
      `| typing a key in a long role text${slowed} (median / p95) | ${ms(fm)} / ${ms(fp)}: a plain text area, same text, font and width | ${ms(om)} / ${ms(op)} | ${(om / fm).toFixed(2)}× (${spread}) / ${(op / fp).toFixed(2)}× | < 16.7 ms (one frame) | ${verdict} |`,
    );
  }
  const both = (s: Side) => `${eventPct(s, 0.5)} / ${eventPct(s, 0.95)} (${s.slowEvents.length} of ${s.keys.length} at 16 ms or more)`;
  const busy = (s: Side) => ms(pct(s.busyPerKey, 0.5));
  lines.push(
    '',
    'Main thread busy per key (median of the runs; pauses and saves included) and Event Timing of keypress',
    '(to the frame as presented; 8 ms steps; keys under 16 ms not reported), median / p95:',
    ...[1, 4].map((rate) => {
      const r = results[rate]!;
      return `  CPU ×${rate}: busy: workbook ${busy(r.ours)}, floor ${busy(r.floor)}; Event Timing: workbook ${both(r.ours)}; floor ${both(r.floor)}`;
    }),
  );
  console.log(lines.join('\n'));
  for (const rate of [1, 4]) expect(results[rate]!.ours.keys.length).toBe(RUNS * KEYS_PER_RUN);
}, 900_000);
