// The whole path in real Chromium, driven the way a person would: a CEng standard-route
// application from an empty workbook to submitted, checked with axe on every screen, then
// reloaded with the network off and found intact.

import type { Locator, Page } from 'playwright-core';
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

/** A small but real PDF. */
function pdf(label: string, padTo = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${label}\n`;
  const pad = padTo > body.length ? `${'%'.repeat(padTo - body.length - 6)}\n` : '';
  return Buffer.from(`${body + pad}%%EOF\n`);
}

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

async function section(name: string) {
  await page.getByRole('navigation', { name: 'Application sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

async function fieldValue(locator: Locator): Promise<string> {
  await locator.waitFor();
  return locator.inputValue();
}

const RESPONSIBILITIES = 'I lead a team of six engineers designing protection schemes for 33 kV substations.';
const ACHIEVEMENTS = 'I redesigned the relay coordination study process, cutting review time by a third.';

// A retry (after a browser missed a beat) finds the first try's application in the list: each try names its own.
let tries = 0;

test('a CEng standard-route application goes from empty to submitted, and survives an offline reload', async () => {
  tries++;
  const NAME = tries === 1 ? 'CEng 2027' : `CEng 2027 (try ${tries})`;
  await page.goto(h.pwaUrl);
  await page.getByRole('heading', { level: 2, name: 'Your applications' }).waitFor();
  await expectNoAxeViolations('Applications (empty)');

  // Create.
  await page.getByLabel('Name of the application').fill(NAME);
  await page.getByLabel('Registration category').selectOption('CEng');
  await page.getByLabel(/^Standard route/).check();
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  expect(await page.locator('.next-action').textContent()).toBeTruthy();
  expect(await page.getByRole('list', { name: 'Steps of the application' }).getByRole('listitem').count()).toBe(10);
  expect(await page.getByText(/^Our assumption(; sources disagree)?; check this in Career Manager$/).count()).toBeGreaterThan(0);
  await expectNoAxeViolations('Overview');

  // Panelling is unavailable, with reasons, until the checklist and documents are complete.
  await section('Panelling');
  await page.getByText(/Panelling becomes available once/).waitFor();
  expect(await page.getByLabel('Sector').count()).toBe(0);
  await expectNoAxeViolations('Panelling (unavailable)');

  // Checklist: everything completed in the workbook.
  await section('Registration checklist');
  await expectNoAxeViolations('Registration checklist (empty)');
  await page.getByLabel('Full name').fill('Ada Example');
  await page.getByLabel('Email address').fill('ada@example.org');
  await page.getByLabel('IET membership number').fill('1234567');
  await page.getByRole('button', { name: 'Add a qualification' }).click();
  await page.getByLabel('Qualification 1: title').fill('MEng Electrical Engineering');
  await page.getByLabel('Qualification 1: institution').fill('University of Somewhere');
  await page.getByLabel('Qualification 1: year').fill('2015');
  await page.getByLabel('Qualification 1: accredited').check();
  await page.getByRole('button', { name: 'Add a development record' }).click();
  await page.getByLabel('Development record 1: what you did').fill('Protection course');
  await page.getByLabel('Development record 1: date').fill('2024-03-01');
  const adviser = page.getByRole('group', { name: /Have you shared a draft with a Professional Registration Adviser/ });
  await adviser.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('group', { name: 'Who was it?' }).getByLabel('An Industry Representative (IR)').check();
  await page.getByLabel('When you shared it').fill('2025-06-10');
  await page.getByLabel('Their name').fill('Grace Adviser');
  await page.getByLabel('I have completed a professional development scheme').check();
  await page.getByLabel('Name of the scheme').fill('Graduate scheme');

  // Career history.
  await section('Career history');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Role 1: employer').fill('Grid Co');
  await page.getByLabel('Role 1: job title').fill('Lead protection engineer');
  await page.getByLabel('Role 1: start date').fill('2019-09-01');
  await page.getByLabel('Role 1: I still work here').check();
  // Typed key by key, then the page is left at once: nothing typed may be lost.
  await page.getByLabel('Role 1: Responsibilities').pressSequentially(RESPONSIBILITIES);
  await page.getByLabel('Role 1: Personal Achievements').fill(ACHIEVEMENTS);
  await page.getByText(`Role 1 in all: ${RESPONSIBILITIES.length + ACHIEVEMENTS.length} of about 3,000 characters`).waitFor();
  await page.getByText(/Career history: (about [\d.]+ pages?|less than a page) \(guide: 4–5 pages\)/).waitFor();
  await page
    .getByText(
      /Whole application: (about [\d.]+ pages?|less than a page) when printed \(a paper application may have at most 12; whether that applies in Career Manager is not said\)/,
    )
    .waitFor();
  await expectNoAxeViolations('Career history');
  await page.reload();
  expect(await fieldValue(page.getByLabel('Role 1: Responsibilities'))).toBe(RESPONSIBILITIES);

  // Supporting documents: a file over the limit is refused, saying the limit and its size.
  await section('Supporting documents');
  await page
    .getByLabel('Choose a file for Accountability diagram')
    .setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: pdf('huge', 700 * 1024) });
  await page.getByText(/“huge\.pdf” was not added\. The file is 0\.7 MB; the per-file limit your rules set is 0\.5 MB\./).waitFor();
  // A file that is what it claims is taken whatever its type; only its bytes are checked.
  await page
    .getByLabel('Choose a file for Accountability diagram')
    .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
  await page.getByText(/“notes\.pdf” was not added: it is named as a PDF, but its contents are not in that format/).waitFor();
  await page
    .getByLabel('Choose a file for Accountability diagram')
    .setInputFiles({ name: 'diagram.pdf', mimeType: 'application/pdf', buffer: pdf('diagram') });
  await page.getByText('Added “diagram.pdf”.').waitFor();
  await page
    .getByLabel('Choose a file for Further and higher education certificates')
    .setInputFiles({ name: 'certs-old.pdf', mimeType: 'application/pdf', buffer: pdf('old') });
  await page.getByText('Added “certs-old.pdf”.').waitFor();
  await page
    .getByLabel('Replace the file for Further and higher education certificates')
    .setInputFiles({ name: 'certs.pdf', mimeType: 'application/pdf', buffer: pdf('certs') });
  await page.getByText('Replaced with “certs.pdf”.').waitFor();
  await page
    .getByLabel('Choose a file for Development Action Plan (DAP)')
    .setInputFiles({ name: 'dap.pdf', mimeType: 'application/pdf', buffer: pdf('dap') });
  await page.getByText('Added “dap.pdf”.').waitFor();
  const preview = h.context.waitForEvent('page');
  await page.getByRole('button', { name: 'Preview Accountability diagram' }).click();
  const previewPage = await preview;
  expect(previewPage.url()).toMatch(/^blob:/);
  await previewPage.close();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Development Action Plan (DAP)' }).click();
  expect((await download).suggestedFilename()).toBe('dap.pdf');
  await expectNoAxeViolations('Supporting documents');

  // Panelling, now available.
  await section('Panelling');
  await page.getByLabel('Sector').fill('Energy');
  await page.getByLabel('Specialism 1').fill('Power system protection');
  await page.getByRole('button', { name: 'Add a specialism' }).click();
  await page.getByLabel('Specialism 2').fill('Substations');
  await page.getByLabel('Interview location').fill('Online');
  await expectNoAxeViolations('Panelling');
  // Saved as typed: no Save button, and no refusal once the interview location is in.
  expect(await page.getByRole('button', { name: /Save panelling/ }).count()).toBe(0);
  expect(await page.getByText(/Not saved yet/).count()).toBe(0);

  // Lock: the explanation comes before the confirmation.
  await section('Validate and verify');
  await page.getByRole('button', { name: "I've locked it in Career Manager — record it" }).click();
  await page
    .getByRole('alertdialog', { name: 'Record the lock in the workbook?' })
    .getByText(/snapshot/)
    .first()
    .waitFor();
  await expectNoAxeViolations('Validate (confirm lock)');
  await page.getByRole('button', { name: 'Record the lock and take a snapshot' }).click();
  await page.getByRole('heading', { name: 'Snapshot' }).waitFor();
  // Focus moves to the snapshot it produced, not to the page's body.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Snapshot');
  // The fingerprint is technical detail, behind a disclosure.
  await page.getByText('Technical detail').click();
  expect(await page.locator('code.hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
  // Every part of the application says, while locked, that changes now are not in the snapshot.
  await page.getByText(/Changes you make now are not in the snapshot/).waitFor();
  await page.getByText('No changes since the lock: the snapshot matches the application.').waitFor();

  // Supporters, only now that it is locked; submit is refused with reasons until they validate.
  expect(await page.getByRole('button', { name: "I've submitted it in Career Manager — record it" }).isDisabled()).toBe(true);
  for (const name of ['Sam Supporter', 'Kim Colleague']) {
    await page.getByLabel("Supporter's name").fill(name);
    await page.getByLabel('How they know your work').fill('Line manager');
    await page.getByLabel('Their professional registration (e.g. CEng MIET)').fill('CEng MIET');
    await page.getByLabel('Their email address').fill(`${name.split(' ')[0]!.toLowerCase()}@example.org`);
    await page.getByRole('button', { name: 'Add supporter' }).click();
    await page.getByLabel(`Status of ${name}`).waitFor();
  }
  await page.getByText(/0 of the 2 supporters your rules assume have validated/).waitFor();
  await page.getByLabel('Comment Sam Supporter gave (copy it from Career Manager)').fill('Strong evidence for C2.');
  await page.getByRole('button', { name: 'Keep comment from Sam Supporter' }).click();
  await page
    .getByRole('list', { name: 'Comments from Sam Supporter' })
    .getByText(/Strong evidence for C2\./)
    .waitFor();
  await page.getByLabel('Status of Sam Supporter').selectOption('validated');
  await page.getByLabel('Status of Kim Colleague').selectOption('validated');
  await expectNoAxeViolations('Validate (locked, supporters)');
  await page.getByRole('button', { name: "I've submitted it in Career Manager — record it" }).click();
  // It asks first: the workbook copy becomes read-only.
  const submitting = page.getByRole('alertdialog', { name: 'Record the submission?' });
  await submitting.getByText(/read-only/).waitFor();
  await expectNoAxeViolations('Validate (confirm submit)');
  await submitting.getByRole('button', { name: 'Record the submission' }).click();
  await page.getByText(/^Submitted on /).waitFor();

  // After submission: read-only, stages with dates.
  await page.getByLabel('Stage reached').selectOption('staff-check');
  // The date box starts at today; a date before the submission or in the future is refused.
  await page.getByRole('button', { name: 'Record stage' }).click();
  await page.getByText(/Staff check: reached on \d{1,2} [A-Z][a-z]+ \d{4}/).waitFor();
  await expectNoAxeViolations('Validate (submitted)');
  await section('Career history');
  expect(await page.getByLabel('Role 1: Responsibilities').isDisabled()).toBe(true);
  await section('Export and review');
  await expectNoAxeViolations('Export and review');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 2, name: 'Settings' }).waitFor();
  await page.getByText(/^Storage: (Persistent|Not persistent|This browser)/).waitFor();
  await expectNoAxeViolations('Settings');
  await page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Rules' }).click();
  await page.getByRole('heading', { level: 2, name: 'Rules' }).waitFor();
  await page.getByRole('checkbox', { name: 'Development Action Plan (DAP) is mandatory' }).waitFor();
  await expectNoAxeViolations('Rules');
  await page.getByRole('link', { name: 'Applications' }).click();
  await page.getByRole('link', { name: NAME, exact: true }).waitFor();
  await expectNoAxeViolations('Applications (one)');

  // Offline: once the service worker controls the page, a reload with no network finds everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const appUrl = page.url();
  await h.context.setOffline(true);
  try {
    await page.goto(`${appUrl.replace(/#.*$/, '')}#/`);
    await page.getByRole('link', { name: NAME, exact: true }).click();
    await section('Registration checklist');
    expect(await fieldValue(page.getByLabel('Full name'))).toBe('Ada Example');
    expect(await fieldValue(page.getByLabel('Email address'))).toBe('ada@example.org');
    expect(await fieldValue(page.getByLabel('IET membership number'))).toBe('1234567');
    expect(await fieldValue(page.getByLabel('Qualification 1: title'))).toBe('MEng Electrical Engineering');
    expect(await page.getByLabel('Qualification 1: accredited').isChecked()).toBe(true);
    expect(await fieldValue(page.getByLabel('Development record 1: date'))).toBe('2024-03-01');
    expect(await fieldValue(page.getByLabel('When you shared it'))).toBe('2025-06-10');
    expect(await fieldValue(page.getByLabel('Their name'))).toBe('Grace Adviser');
    expect(await fieldValue(page.getByLabel('Name of the scheme'))).toBe('Graduate scheme');
    await section('Career history');
    expect(await fieldValue(page.getByLabel('Role 1: employer'))).toBe('Grid Co');
    expect(await fieldValue(page.getByLabel('Role 1: start date'))).toBe('2019-09-01');
    expect(await fieldValue(page.getByLabel('Role 1: Responsibilities'))).toBe(RESPONSIBILITIES);
    expect(await fieldValue(page.getByLabel('Role 1: Personal Achievements'))).toBe(ACHIEVEMENTS);
    await section('Supporting documents');
    for (const name of ['diagram.pdf', 'certs.pdf', 'dap.pdf']) await page.getByText(name, { exact: true }).waitFor();
    const bytes = await page.evaluate(async () => {
      const open = indexedDB.open('proreg-workbook');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const all = await new Promise<{ blob: Blob }[]>((ok) => {
        const r = db.transaction('blobs').objectStore('blobs').getAll();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return Promise.all(all.map(async (b) => (await b.blob.text()).match(/% (\w+)/)?.[1]));
    });
    expect(bytes.sort()).toEqual(['certs', 'dap', 'diagram']);
    await section('Panelling');
    expect(await fieldValue(page.getByLabel('Sector'))).toBe('Energy');
    expect(await fieldValue(page.getByLabel('Specialism 2'))).toBe('Substations');
    await section('Validate and verify');
    await page.getByText(/Staff check: reached on \d{1,2} [A-Z][a-z]+ \d{4}/).waitFor();
    // The Rules screen loads on demand, and is there offline too.
    await page.goto(`${appUrl.replace(/#.*$/, '')}#/rules`);
    await page.getByRole('checkbox', { name: 'Development Action Plan (DAP) is mandatory' }).waitFor();
  } finally {
    await h.context.setOffline(false);
  }
  expect(h.outbound).toEqual([]);
});
