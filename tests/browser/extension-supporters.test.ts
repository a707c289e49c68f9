// Add Supporters: the supporters planned in the workbook, the rules of this step, and the way to
// the workbook's supporter briefings.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Supporter } from '../../core/types.ts';
import { mirrorOfApps, sampleApplication, setExtensionStorage } from '../extension/browser-helpers.ts';
import { describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { overlay } from '../harness/companion.ts';
import { companionAxeViolations as axeViolations } from '../harness/companion-axe.ts';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const supporter = (name: string, relationship: string, status: Supporter['status']): Supporter => ({
  id: name,
  name,
  relationship,
  registration: 'CEng MIET',
  email: '',
  status,
  comments: [],
});

test('with no workbook yet, the page still explains who writes the statements and when supporters can be added', async () => {
  const page = await h.openFixture('supporters');
  const section = overlay(page).getByRole('region', { name: 'Your supporters' });
  await section.getByText(/has not told the companion about your application yet.*Pair the companion with your workbook/).waitFor();
  await expect(section.getByText(/Each supporter writes their own statement for each competence/).count()).resolves.toBe(1);
  await expect(section.getByText(/stays closed until the application is locked/).count()).resolves.toBe(1);
});

test('the supporters planned in the workbook show with relationship and status, beside the reminders and the briefings link', async () => {
  const app = sampleApplication({
    supporters: [
      supporter('Priya Raman', 'Line manager 2021–2024', 'changes-requested'),
      supporter('Tom Ellis', 'Client engineer', 'invited'),
    ],
  });
  // The workbook asks for three supporters in its Settings.
  await setExtensionStorage(h, { mirror: mirrorOfApps([app], { supportersRequired: 3 }) });
  const page = await h.openFixture('supporters');
  const section = overlay(page).getByRole('region', { name: 'Your supporters' });
  await section
    .getByText('Your workbook plans 2 supporters for "CEng 2027" (its rules assume 3 are needed; check the number on this page):')
    .waitFor();
  await expect(
    section.getByRole('list', { name: 'Supporters planned in your workbook' }).getByRole('listitem').allTextContents(),
  ).resolves.toEqual(['Priya Raman — Line manager 2021–2024, asked for changes', 'Tom Ellis — Client engineer, invited']);
  await expect(section.getByText(/Do not write it for them/).count()).resolves.toBe(1);
  await expect(
    section.getByText('Your workbook has "CEng 2027" not locked yet: lock it first (under Validate / Verify).').count(),
  ).resolves.toBe(1);
  const link = section.getByRole('link', { name: 'Open the supporter briefings in your workbook' });
  await expect(link.getAttribute('href')).resolves.toBe(`${h.pwaUrl}#/app/app-ceng/exchange`);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(h.outbound).toEqual([]);
});

test('the "locked first" reminder follows the workbook: a locked or submitted application is never told the step stays closed', async () => {
  for (const [stage, words] of [
    [
      'locked',
      'Your workbook has "CEng 2027" locked, so this step is open. Unlocking now would clear whatever your supporters have written.',
    ],
    ['submitted', 'Your workbook has "CEng 2027" as submitted: its supporters were added before submission.'],
  ] as const) {
    await setExtensionStorage(h, { mirror: mirrorOfApps([sampleApplication({ stage })]) });
    const page = await h.openFixture('supporters');
    const section = overlay(page).getByRole('region', { name: 'Your supporters' });
    await section.getByText(words).waitFor();
    await expect(section.getByText(/stays closed/).count()).resolves.toBe(0);
    await page.close();
  }
});

test('a supporter name from the workbook is shown as text, never as markup', async () => {
  const app = sampleApplication({ supporters: [supporter('<img src=x onerror="document.title=1">Ann', 'Mentor', 'validated')] });
  await setExtensionStorage(h, { mirror: mirrorOfApps([app]) });
  const page = await h.openFixture('supporters');
  const section = overlay(page).getByRole('region', { name: 'Your supporters' });
  await section
    .getByText('Your workbook plans 1 supporter for "CEng 2027" (its rules assume 2 are needed; check the number on this page):')
    .waitFor();
  await expect(section.getByRole('listitem').allTextContents()).resolves.toEqual([
    '<img src=x onerror="document.title=1">Ann — Mentor, validated',
  ]);
  await expect(section.getByRole('img').count()).resolves.toBe(0);
});
