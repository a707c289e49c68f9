// Every fixture page, rendered in many other ways that keep what a person sees (see
// tests/extension/variants.ts), must read the same: the same page, the same rows, the same count.
// fast-check picks the renderings; each runs in the real browser with the built extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { FIXTURE_PAGES, FIXTURES, kindOf } from '../extension/fixture-dom.ts';
import { COUNT_LINES, READINGS } from '../extension/readings.ts';
import { render, shownAs, type Variant, variants } from '../extension/variants.ts';
import { eachBrowser } from '../harness/each-browser.ts';
import type { Tab } from '../harness/tab.ts';

/** Renderings per fixture page: more for the list pages, where reading can go wrong; fewer in Firefox to keep the suite short (PROREG_VARIANTS=n tries n of each). */
const RUNS = Number(process.env.PROREG_VARIANTS ?? 0);
const runsFor = (browser: string, name: string) => RUNS || (browser === 'firefox' ? (READINGS[name] ? 4 : 1) : READINGS[name] ? 8 : 3);
const UNDERSTOOD = { complete: 'complete', open: 'still to do', unknown: 'could not read' } as const;

const tally: Record<string, { tried: number; read: number }> = {};
afterAll(() => {
  for (const [browser, t] of Object.entries(tally)) console.info(`${browser}: ${t.read} of ${t.tried} generated renderings read correctly`);
});

/** What the overlay lists for a rendering: every mandatory row with the status understood. */
function expectedItems(name: string, v: Variant, redrawn: boolean): string[] {
  return READINGS[name]!.filter((r) => r.mandatory).map((r) => {
    const shown = redrawn ? shownAs(r, v, kindOf(name) === 'documents') : r.shown;
    // A row not read as complete carries its "I've done this" control.
    return `${r.title} — ${UNDERSTOOD[r.status]}${r.status === 'complete' ? '' : ` (${shown || 'no status shown'}) I've done this`}`;
  });
}

eachBrowser((companion) => {
  let tab: Tab | null = null;
  let n = 0;
  for (const { name } of FIXTURE_PAGES) {
    test(`renderings of ${name} read as the page itself`, async () => {
      const c = companion();
      tab ??= await c.newTab();
      tally[c.browser] ??= { tried: 0, read: 0 };
      const t = tally[c.browser]!;
      const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
      const kind = kindOf(name) ?? 'none';
      await fc.assert(
        fc.asyncProperty(variants, async (v) => {
          t.tried++;
          const { html: page, redrawn } = render(html, v, READINGS[name], kindOf(name) === 'documents');
          await c.open(c.publish(`/variants/${n++}`, page), tab!);
          expect(await tab!.recognised(), JSON.stringify(v)).toBe(kind);
          if (READINGS[name]) {
            await tab!.companionShows(COUNT_LINES[name]!);
            const items = tab!.get('complementary', 'ProReg Companion').get('region', 'Still to do on this page').get('listitem');
            await expect.poll(() => items.texts(), { message: JSON.stringify(v) }).toEqual(expectedItems(name, v, redrawn));
          }
          t.read++;
        }),
        { numRuns: runsFor(c.browser, name), endOnFailure: true },
      );
    });
  }
});
