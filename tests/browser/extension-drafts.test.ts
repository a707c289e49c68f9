// Insert-my-draft and the live character count on a Career History role in Career Manager.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mirrorOfApps, sampleApplication, setExtensionStorage } from '../extension/browser-helpers.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, focused, overlay } from '../harness/companion.ts';

let h: Harness;
const app = sampleApplication();
const role = app.roles[0]!;

beforeAll(async () => {
  h = await launch();
  // The drafts mirror as the workbook last sent it (the workbook itself is not open here).
  await setExtensionStorage(h, { mirror: mirrorOfApps([app]) });
});
afterAll(async () => {
  await h?.close();
});

async function openRole() {
  const page = await h.openFixture('role');
  await overlay(page).getByRole('region', { name: 'Your drafts' }).waitFor();
  // Count the events the page's own scripts would see.
  await page.evaluate(() => {
    (window as unknown as { seen: string[] }).seen = [];
    for (const type of ['input', 'change']) {
      document.getElementById('f_ach')!.addEventListener(type, () => (window as unknown as { seen: string[] }).seen.push(type));
    }
  });
  return page;
}

test('insert my draft fills an empty field only when clicked, as if typed', async () => {
  const page = await openRole();
  const achievements = page.getByRole('textbox', { name: 'Personal Achievements' });
  await expect(overlay(page).getByText(`Drafts from your workbook role at ${role.employer}.`).count()).resolves.toBe(1);
  // Nothing is filled in by itself.
  await expect(achievements.inputValue()).resolves.toBe('');
  await companion(page).getByRole('button', { name: 'Insert my draft of Personal Achievements' }).click();
  await expect(achievements.inputValue()).resolves.toBe(role.achievements);
  await expect(page.evaluate(() => (window as unknown as { seen: string[] }).seen)).resolves.toEqual(['input', 'change']);
});

test('a field that already has text is replaced only after the applicant confirms', async () => {
  const page = await openRole();
  const responsibilities = page.getByRole('textbox', { name: 'Responsibilities' });
  const before = await responsibilities.inputValue();
  expect(before).not.toBe('');
  await companion(page).getByRole('button', { name: 'Insert my draft of Responsibilities' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Replace the text in Responsibilities?' });
  await dialog.getByRole('button', { name: 'Keep my text' }).click();
  await expect(responsibilities.inputValue()).resolves.toBe(before);
  await companion(page).getByRole('button', { name: 'Insert my draft of Responsibilities' }).click();
  await dialog.getByRole('button', { name: 'Replace with my draft' }).click();
  await expect(responsibilities.inputValue()).resolves.toBe(role.responsibilities);
});

test('with the keyboard, the replace question focuses "Keep my text" first and focus returns to the insert button', async () => {
  const page = await openRole();
  const responsibilities = page.getByRole('textbox', { name: 'Responsibilities' });
  const before = await responsibilities.inputValue();
  const opener = companion(page).getByRole('button', { name: 'Insert my draft of Responsibilities' });
  const dialog = companion(page).getByRole('dialog', { name: 'Replace the text in Responsibilities?' });
  const opened = 'Insert my draft of Responsibilities';

  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await expect(focused(page)).resolves.toBe('Keep my text');
  // Enter on the first-focused button keeps the applicant's text.
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect(responsibilities.inputValue()).resolves.toBe(before);
  await expect(focused(page)).resolves.toBe(opened);

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(responsibilities.inputValue()).resolves.toBe(before);
  await expect(focused(page)).resolves.toBe(opened);

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).resolves.toBe('Replace with my draft');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect(responsibilities.inputValue()).resolves.toBe(role.responsibilities);
  await expect(focused(page)).resolves.toBe(opened);
});

test('the character count follows typing against the per-role guide for both fields together', async () => {
  const page = await openRole();
  const responsibilities = page.getByRole('textbox', { name: 'Responsibilities' });
  await responsibilities.fill('');
  await page.getByRole('textbox', { name: 'Personal Achievements' }).fill('');
  await companion(page).getByText('Responsibilities: 0 characters. This role: 0 of about 3,000').waitFor();
  await responsibilities.pressSequentially('I lead é');
  await companion(page).getByText('Responsibilities: 8 characters. This role: 8 of about 3,000').waitFor();
  await page.getByRole('textbox', { name: 'Personal Achievements' }).fill('x'.repeat(3000));
  await companion(page).getByText('Personal Achievements: 3,000 characters. This role: 3,008 of about 3,000 (8 over the guide)').waitFor();
});

test('with no workbook role of that employer and title, the applicant chooses the drafts to use', async () => {
  const blank = { ...role, id: 'r3', employer: '', title: ' ', responsibilities: '', achievements: '' };
  const other = sampleApplication({
    roles: [
      {
        ...role,
        id: 'r2',
        employer: 'Southgate Power',
        title: 'Protection Engineer',
        achievements: 'Commissioned the new substation protection.',
      },
      blank,
    ],
  });
  await setExtensionStorage(h, { mirror: mirrorOfApps([other]) });
  const page = await openRole();
  await expect(
    overlay(page)
      .getByText(/No workbook role has this employer and job title/)
      .count(),
  ).resolves.toBe(1);
  await expect(overlay(page).getByRole('combobox', { name: 'Workbook role to take drafts from' }).inputValue()).resolves.toBe('r2');
  // A role the applicant has not named yet is called by its place in the career history.
  await expect(
    overlay(page).getByRole('combobox', { name: 'Workbook role to take drafts from' }).getByRole('option').allTextContents(),
  ).resolves.toEqual(['Protection Engineer at Southgate Power', 'Role 2 (no title or employer yet)']);
  await companion(page).getByRole('button', { name: 'Insert my draft of Personal Achievements' }).click();
  await expect(page.getByRole('textbox', { name: 'Personal Achievements' }).inputValue()).resolves.toBe(
    'Commissioned the new substation protection.',
  );
  expect(h.outbound).toEqual([]);
});

test("the companion's controls go after the fields, so a field never moves or changes size", async () => {
  await setExtensionStorage(h, { mirror: mirrorOfApps([app]) });
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    const page = await h.context.newPage();
    await page.setViewportSize(viewport);
    await h.openFixture('role', page);
    const insert = companion(page).getByRole('button', { name: 'Insert my draft of Personal Achievements' });
    await insert.waitFor();
    await companion(page)
      .getByText(/^Personal Achievements: \d+ characters/)
      .waitFor();
    /** Each field's box, and its distance below its own label (what an insert before the field changed). */
    const measure = () =>
      page.evaluate(() =>
        ['f_resp', 'f_ach'].map((id) => {
          const field = document.getElementById(id)!.getBoundingClientRect();
          const label = document.querySelector(`label[for=${id}]`)!.getBoundingClientRect();
          return { x: field.x, y: field.y, width: field.width, height: field.height, belowLabel: field.y - label.bottom };
        }),
      );
    const withCompanion = await measure();
    // The button sits right after the field it fills.
    const buttonBox = (await insert.boundingBox())!;
    const achievements = withCompanion[1]!;
    expect(buttonBox.y).toBeGreaterThanOrEqual(achievements.y + achievements.height - 1);
    expect(buttonBox.y - (achievements.y + achievements.height)).toBeLessThan(40);

    // Stand the companion down (as a newer copy would): everything it added goes.
    await page.evaluate(() => {
      document.documentElement.dataset.proregCompanionInstance = 'measure#0';
      document.dispatchEvent(new Event('proreg-companion:takeover'));
    });
    await page.waitForFunction(() => !document.querySelector('proreg-hint'));
    const without = await measure();
    const near = (a: number, b: number, what: string) =>
      expect(Math.abs(a - b), `${viewport.width}px: ${what} (${a} vs ${b})`).toBeLessThanOrEqual(1);
    // The first field: exactly where it was. The second: same size and place in its row (only the
    // first field's count and button, above its label, push the row down).
    for (const side of ['x', 'y', 'width', 'height'] as const) near(withCompanion[0]![side], without[0]![side], `Responsibilities ${side}`);
    for (const side of ['x', 'width', 'height', 'belowLabel'] as const)
      near(withCompanion[1]![side], without[1]![side], `Personal Achievements ${side}`);
    await page.close();
  }
});
