// The guided workbook in real Chromium at 375px: from an empty CEng application to registered,
// moving only with Continue. Each press must land focus on a field of the next thing to do (in
// view, on the right screen); the test then does what a person would at that field — types,
// ticks, adds, chooses a file, records what was done in Career Manager — and presses Continue
// again. No section link is used. axe checks the screens along the way.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launchWorkbookCopy } from '../harness/browser.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launchWorkbookCopy();
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});

const pdf = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${label}\n%%EOF\n`,
  );

/** What a person types at each kind of field (by the end of its data-field path). */
const TYPED: [RegExp, string][] = [
  [/^personal\.fullName$/, 'Ada Example'],
  [/^personal\.email$/, 'ada@example.org'],
  [/^personal\.membershipNumber$/, '1234567'],
  [/^qualifications\..+\.title$/, 'MEng Electrical Engineering'],
  [/^qualifications\..+\.institution$/, 'University of Somewhere'],
  [/^qualifications\..+\.year$/, '2015'],
  [/^roles\..+\.employer$/, 'Grid Co'],
  [/^roles\..+\.title$/, 'Lead protection engineer'],
  [/^roles\..+\.start$/, '2019-09-01'],
  [/^roles\..+\.end$/, '2024-01-31'],
  [/^roles\..+\.responsibilities$/, 'I lead a team of six engineers designing protection schemes for 33 kV substations.'],
  [/^roles\..+\.achievements$/, 'I redesigned the relay coordination study process, cutting review time by a third.'],
  [/^development\..+\.title$/, 'Protection course'],
  [/^pra\.date$/, '2025-06-10'],
  [/^pra\.adviser$/, 'Grace Adviser'],
  [/^panelling\.sector$/, 'Energy'],
  [/^panelling\.interviewLocation$/, 'Online'],
];

async function focusedField(): Promise<{ field: string; tag: string; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      field: el?.dataset.field ?? '',
      tag: `${el?.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `:${el.type}` : ''}`,
      inView: !!box && box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
  });
}

/** Presses Continue and waits until focus has landed on a field of the application. */
async function pressContinue(after: string): Promise<{ field: string; tag: string; inView: boolean }> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  try {
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.field !== undefined, null, {
      timeout: 10_000,
    });
  } catch {
    throw new Error(`After ${after}, Continue left focus on ${JSON.stringify(await focusedField())} at ${page.url()}`);
  }
  return focusedField();
}

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

test('an empty CEng application reaches registered by Continue alone, at 375px', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(h.pwaUrl);
  await page.getByLabel('Name of the application').fill('Walk with Continue');
  await page.getByRole('button', { name: 'Create application' }).click();
  const overview = page.getByRole('heading', { level: 2, name: 'Overview' });
  await overview.waitFor();
  await expectNoAxeViolations('Overview');
  // The rail, Continue and the sections leave the screen's own heading in the first screenful.
  expect((await overview.boundingBox())!.y, 'the Overview heading is in the first screenful at 375px').toBeLessThan(480);

  const visited: string[] = [];
  const checked = new Set<string>();
  let stages = 0;
  for (let presses = 0; presses < 120; presses++) {
    if ((await page.getByRole('button', { name: 'Continue', exact: true }).count()) === 0) break;
    const { field, tag, inView } = await pressContinue(visited.at(-1) ?? 'the start');
    visited.push(field);
    expect(inView, `${field} is in view after Continue`).toBe(true);
    // Once per screen: the screen Continue brought us to passes axe with the field focused.
    const screen = new URL(page.url()).hash.split('/')[3] ?? '';
    if (!checked.has(screen)) {
      checked.add(screen);
      await expectNoAxeViolations(`${screen} (at ${field})`);
    }
    const focused = page.locator(':focus');
    const typed = TYPED.find(([pattern]) => pattern.test(field));
    if (typed) {
      await focused.fill(typed[1]);
    } else if (/\.add$/.test(field) && field !== 'supporters.add') {
      // Add a qualification / role / development record: focus moves into the new item.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !(document.activeElement as HTMLElement | null)?.dataset.field?.endsWith('.add'));
    } else if (tag === 'input:checkbox') {
      await page.keyboard.press('Space');
    } else if (field.startsWith('documents.')) {
      await focused.setInputFiles({ name: `${field.slice(10)}.pdf`, mimeType: 'application/pdf', buffer: pdf(field) });
      await page.getByText(`Added “${field.slice(10)}.pdf”.`).waitFor();
    } else if (field === 'lock') {
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Record the lock and take a snapshot' }).click();
      await page.getByRole('heading', { name: 'Snapshot' }).waitFor();
    } else if (field === 'supporters.add') {
      const n = visited.filter((f) => f === 'supporters.add').length;
      await focused.fill(`Supporter ${n}`);
      await page.getByLabel('Their email address').fill(`supporter${n}@example.org`);
      // Enter in a field submits its form, as a person would.
      await page.keyboard.press('Enter');
      await page.getByLabel(`Status of Supporter ${n}`).waitFor();
    } else if (/^supporters\..+\.status$/.test(field)) {
      await focused.selectOption('validated');
    } else if (field === 'submit') {
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Record the submission' }).click();
      await page.getByText(/^Submitted on /).waitFor();
    } else if (field === 'after-submission') {
      await focused.selectOption({ index: stages });
      stages++;
      await page.getByRole('button', { name: 'Record stage' }).click();
      await page
        .getByText(/reached on/)
        .nth(stages - 1)
        .waitFor();
      if (stages === 7) break;
    } else {
      throw new Error(`Continue went to ${field} (${tag}), which this walk does not know how to fill`);
    }
  }

  // Registered: no Continue left, the rail says so, every step is done.
  await page.getByText('You are registered: nothing is left to do.').waitFor();
  const steps = page.getByRole('list', { name: 'Steps of the application' }).getByRole('listitem');
  expect(await steps.count()).toBe(10);
  expect(await steps.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/: Done$/)]));
  for (const text of await steps.allTextContents()) expect(text).toMatch(/: Done$/);
  // The walk went through every part, in the path's order, and recorded what happens in Career Manager.
  // Qualifications and the adviser question are advice under the default rules, never a gate, so
  // Continue does not stop at them.
  const parts = [...new Set(visited.map((f) => f.split('.')[0]))];
  expect(parts).toEqual(['personal', 'roles', 'development', 'documents', 'panelling', 'lock', 'supporters', 'submit', 'after-submission']);
  expect(stages).toBe(7);
  await expectNoAxeViolations('Registered');
  expect(h.outbound).toEqual([]);
}, 300_000);
