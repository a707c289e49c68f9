// The overlay on every Career Manager page of the path, in real Chromium with the built extension.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { matchByTitle } from '../../core/pages/match.ts';
import { CHECKLIST_ITEMS } from '../../core/rules/checklist.ts';
import { recognised } from '../extension/browser-helpers.ts';
import { FIXTURE_PAGES } from '../extension/fixture-dom.ts';
import { describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';
import { companionAxeViolations } from '../harness/companion-axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('every fixture page is recognised as itself, and an unknown page gets no overlay and no error', async () => {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  for (const { name } of FIXTURE_PAGES) {
    await h.openFixture(name, page);
    const kind = await recognised(page);
    if (name === 'home') {
      expect(kind).toBe('none');
      await expect(overlay(page).count()).resolves.toBe(0);
    } else {
      expect(kind, name).toBe(name);
      await overlay(page).waitFor();
      await expect(
        overlay(page)
          .getByText(/^Step \d+ of 10: /)
          .count(),
        name,
      ).resolves.toBe(1);
    }
  }
  expect(errors).toEqual([]);
  expect(h.outbound).toEqual([]);
});

test('the checklist overlay counts the mandatory items the page shows as incomplete, and follows changes', async () => {
  const page = await h.openFixture('checklist');
  const panel = overlay(page);
  await panel.getByText('4 of 6 mandatory items still incomplete').waitFor();
  await expect(panel.getByText('Step 3 of 10: Registration checklist').count()).resolves.toBe(1);
  const list = panel.getByRole('region', { name: 'Still to do on this page' }).getByRole('listitem');
  await expect(list.allTextContents()).resolves.toEqual([
    'Qualifications (Not started)',
    'Career History (In progress)',
    'Professional Development (Not started)',
    'Consulted a Professional Registration Adviser (Not started)',
  ]);
  // The applicant completes an item in Career Manager; the page updates in place.
  await page.evaluate(() => {
    const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Qualifications'))!;
    row.querySelectorAll('td')[1]!.textContent = 'Complete';
  });
  await panel.getByText('3 of 6 mandatory items still incomplete').waitFor();
});

test('the documents overlay counts mandatory documents not yet uploaded', async () => {
  const page = await h.openFixture('documents');
  const panel = overlay(page);
  await panel.getByText('1 of 2 mandatory documents still incomplete').waitFor();
  await expect(panel.getByRole('listitem').first().textContent()).resolves.toBe('Accountability Diagram (Not uploaded)');
});

test('a guidance hint sits beside each checklist item and opens from the keyboard', async () => {
  const page = await h.openFixture('checklist');
  const summary = companion(page).getByText('Guidance on Consulted a Professional Registration Adviser');
  await summary.waitFor();
  // One hint per row of the checklist.
  await page.waitForFunction(() => document.querySelectorAll('proreg-hint').length === document.querySelectorAll('main tbody tr').length);
  const item = matchByTitle('Consulted a Professional Registration Adviser', CHECKLIST_ITEMS)!;
  const text = companion(page).getByText(new RegExp(`^${item.guidance.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(text.first().isVisible()).resolves.toBe(false);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(text.first().isVisible()).resolves.toBe(true);
});

test('the overlay collapses and expands from the keyboard', async () => {
  const page = await h.openFixture('checklist');
  const toggle = overlay(page).getByRole('button', { name: 'Hide guidance' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const show = overlay(page).getByRole('button', { name: 'Show guidance' });
  await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(overlay(page).getByText('4 of 6 mandatory items still incomplete').isVisible()).resolves.toBe(false);
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByText('4 of 6 mandatory items still incomplete').isVisible()).resolves.toBe(true);
});

test('the overlay and the hints pass axe-core on every recognised page', async () => {
  const page = await h.context.newPage();
  for (const { name } of FIXTURE_PAGES.filter((p) => p.name !== 'home')) {
    await h.openFixture(name, page);
    await overlay(page).waitFor();
    // axe runs inside the companion's closed shadow roots too, every hint opened.
    const violations = await companionAxeViolations(page, { openHints: true });
    expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  }
});

test('a content script left over after an update stands down when a newer one claims the page', async () => {
  const page = await h.openFixture('checklist');
  await overlay(page).waitFor();
  await page.evaluate(() => {
    document.documentElement.dataset.proregCompanionInstance = '9.9.9#newer';
    document.dispatchEvent(new Event('proreg-companion:takeover'));
  });
  await page.waitForFunction(() => !document.querySelector('proreg-companion') && !document.querySelector('proreg-hint'));
});
