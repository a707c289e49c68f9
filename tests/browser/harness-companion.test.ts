// The harness that finds the companion's controls through closed shadow roots: it must see what
// a person sees there (and axe must check it), act with trusted input, and leave the page's own
// script as blind as before.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, focused } from '../harness/companion.ts';
import { companionAxeViolations } from '../harness/companion-axe.ts';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch({ extension: false });
  page = await h.context.newPage();
  await page.goto(h.pwaUrl);
  await page.setContent(`<main><h1>Page</h1><button>Page button</button></main>`);
  await page.evaluate(() => {
    const host = document.createElement('proreg-companion');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<aside aria-label="ProReg Companion"><section aria-label="Things"><p>3 of 4 things left</p><ul><li>One</li><li>Two</li></ul></section>
      <button id="go">Go on</button><button id="nameless"></button><select id="pick" aria-label="Pick one"><option>A</option><option>B</option><option>C</option></select></aside>`;
    const log: string[] = [];
    (window as unknown as { log: string[] }).log = log;
    root.getElementById('go')!.addEventListener('click', (e) => log.push(`click trusted=${e.isTrusted}`));
    root.getElementById('pick')!.addEventListener('change', (e) => log.push(`change trusted=${e.isTrusted}`));
    document.body.append(host);
  });
});
afterAll(async () => {
  await h?.close();
});

test("the page's own script cannot reach inside, while the harness finds controls by role, name and text", async () => {
  await expect(page.evaluate(() => document.querySelector('proreg-companion')!.shadowRoot)).resolves.toBeNull();
  await expect(page.getByRole('button', { name: 'Go on' }).count()).resolves.toBe(0);
  const panel = companion(page).getByRole('complementary', { name: 'ProReg Companion' });
  await expect(panel.getByRole('button', { name: 'Go on' }).count()).resolves.toBe(1);
  await expect(panel.getByRole('region', { name: 'Things' }).getByRole('listitem').allTextContents()).resolves.toEqual(['One', 'Two']);
  await expect(panel.getByText('3 of 4 things left').count()).resolves.toBe(1);
  await expect(panel.getByText(/things left/).textContent()).resolves.toBe('3 of 4 things left');
  // The page's own controls are not the companion's.
  await expect(companion(page).getByRole('button', { name: 'Page button' }).count()).resolves.toBe(0);
});

test('the harness acts with real input: the companion sees trusted events', async () => {
  await companion(page).getByRole('button', { name: 'Go on' }).click();
  await companion(page).getByRole('combobox', { name: 'Pick one' }).selectOption('C');
  await expect(companion(page).getByRole('combobox', { name: 'Pick one' }).inputValue()).resolves.toBe('C');
  await expect(focused(page)).resolves.toBe('Pick one');
  await expect(page.evaluate(() => (window as unknown as { log: string[] }).log)).resolves.toEqual([
    'click trusted=true',
    'change trusted=true',
    'change trusted=true',
  ]);
});

test('axe checks inside closed shadow roots (a nameless button there is found), and the page world stays unpatched', async () => {
  const violations = await companionAxeViolations(page);
  expect(violations.map((v) => v.id)).toContain('button-name');
  await expect(page.evaluate(() => document.querySelector('proreg-companion')!.shadowRoot)).resolves.toBeNull();
});
