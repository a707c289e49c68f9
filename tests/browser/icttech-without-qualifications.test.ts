// An ICTTech applicant with no qualifications, who has not shared a draft with a PRA or an
// Industry Representative: the workbook lets them lock once the mandatory items are done, the
// companion on Career Manager's Validate / Verify page says the same, and both follow a rule
// the applicant switches on the Rules screen.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import type { Application } from '../../core/types.ts';
import { pairWorkbook, seedWorkbook } from '../extension/browser-helpers.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { type Harness, launch } from '../harness/browser.ts';
import { companion, overlay } from '../harness/companion.ts';

let h: Harness;
let workbook: Page;

const now = '2026-11-20T10:00:00.000Z';
// Everything an ICTTech application needs, but no qualifications, no adviser answer and no documents.
const app: Application = {
  ...newApplication({ id: 'app-ict', name: 'ICTTech 2027', category: 'ICTTech', route: 'standard', now }),
  personal: { fullName: 'Sam Example', email: 'sam@example.org', membershipNumber: '7654321' },
  roles: [
    {
      id: 'role-1',
      employer: 'Harbour Networks',
      title: 'Network Support Technician',
      start: '2020-01-06',
      end: '',
      current: true,
      responsibilities: 'I look after the network switches and wireless access points at four sites.',
      achievements: 'I moved the sites to a monitored configuration backup, ending lost settings after failures.',
      competences: ['B1', 'C2'],
    },
  ],
  development: [{ id: 'd1', date: '2025-02-01', title: 'Network security course', notes: 'Firewall rules.' }],
  panelling: { sector: 'Information technology', specialisms: [], interviewLocation: 'Not Applicable' },
};

/** A small but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% plan\n%%EOF\n',
);

beforeAll(async () => {
  h = await launch();
  await pairWorkbook(h);
  workbook = await h.context.newPage();
  await seedWorkbook(h, workbook, app);
});
afterAll(async () => {
  await h?.close();
});

/** The flags the companion's lock explanation shows on Career Manager's Validate / Verify page. */
async function overlayLockFlags(): Promise<string> {
  const page = await h.openFixture('validate-unlocked');
  await overlay(page).waitFor();
  await page.getByRole('button', { name: 'Lock application' }).click();
  const dialog = companion(page).getByRole('dialog', { name: 'Before you lock your application' });
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.close();
  return text;
}

test('with the adviser question answered "no" and no qualifications, the workbook and the overlay both let the applicant lock', async () => {
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/checklist`);
  const adviser = workbook.getByRole('group', { name: /Have you shared a draft with a Professional Registration Adviser/ });
  await adviser.getByLabel('No', { exact: true }).check();
  // The adviser item and the qualifications advise; neither is "missing".
  const pra = workbook.getByRole('listitem').filter({ has: workbook.getByRole('heading', { name: /Draft shared with an adviser/ }) });
  await pra.getByText('Optional advice').waitFor();
  await pra.getByText(/ideally, a PRA or an Industry Representative sees a draft before you lock/).waitFor();
  const qualifications = workbook.getByRole('listitem').filter({ has: workbook.getByRole('heading', { name: /^Qualifications/ }) });
  await qualifications.getByText('ICTTech applicants may apply without formal qualifications; list any you have.').waitFor();
  expect(await workbook.getByText(/^Missing:/).count()).toBe(0);
  const violations = await axeViolations(workbook);
  expect(violations, describeViolations(violations)).toEqual([]);

  // The one document the rules treat as mandatory: the Development Action Plan.
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/validate`);
  await workbook.getByText('You cannot lock yet:').waitFor();
  await workbook.getByText('Supporting documents: add your Development Action Plan (DAP).').waitFor();
  await expect.poll(() => overlayLockFlags()).toMatch(/Supporting documents: add your Development Action Plan \(DAP\)\./);

  await workbook.goto(`${h.pwaUrl}#/app/app-ict/documents`);
  await workbook
    .getByLabel('Choose a file for Development Action Plan (DAP)')
    .setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: PDF });
  await workbook.getByText('Added “plan.pdf”.').waitFor();
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/validate`);
  await workbook.getByRole('button', { name: "I've locked it in Career Manager — record it" }).waitFor();
  expect(await workbook.getByText('You cannot lock yet:').count()).toBe(0);
  await expect.poll(() => overlayLockFlags()).toMatch(/Your workbook flags nothing before locking "ICTTech 2027"\./);
  expect(h.outbound).toEqual([]);
});

test('a rule switched on the Rules screen reaches the overlay: it then flags what the workbook flags', async () => {
  await workbook.goto(`${h.pwaUrl}#/rules`);
  // The applicant's Career Manager does not mark the plan as mandatory: they switch it off.
  await workbook.getByRole('checkbox', { name: 'Development Action Plan (DAP) is mandatory' }).uncheck();
  // Removing the plan no longer holds the lock, in the workbook or on Career Manager.
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/documents`);
  await workbook.getByRole('button', { name: 'Remove Development Action Plan (DAP)' }).click();
  await workbook.getByRole('alertdialog').getByRole('button', { name: 'Remove plan.pdf' }).click();
  await workbook.getByText('Removed “plan.pdf”.').waitFor();
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/validate`);
  await workbook.getByRole('button', { name: "I've locked it in Career Manager — record it" }).waitFor();
  await expect.poll(() => overlayLockFlags()).toMatch(/Your workbook flags nothing before locking "ICTTech 2027"\./);
  // Switched back on, both hold the lock again.
  await workbook.goto(`${h.pwaUrl}#/rules`);
  await workbook.getByRole('checkbox', { name: 'Development Action Plan (DAP) is mandatory' }).check();
  await expect.poll(() => overlayLockFlags()).toMatch(/Supporting documents: add your Development Action Plan \(DAP\)\./);
  await workbook.goto(`${h.pwaUrl}#/app/app-ict/validate`);
  await workbook.getByText('Supporting documents: add your Development Action Plan (DAP).').waitFor();
});
