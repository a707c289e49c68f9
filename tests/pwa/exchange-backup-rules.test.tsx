// Restoring a backup brings back the rules it records: taken at once into a workbook whose rules
// were never changed (a new device), only when asked into one with rules of its own; a single
// application's file never changes the workbook's rules (its rules are for reading it).

import { act, fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { serializeApplication, serializeWorkbook } from '../../core/exchange/format.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { RulesInForce } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { limitOverrides } from '../../pwa/src/state/rule-choices.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { chooseFile, cleanWorkbook, renderExchange } from './exchange-helpers.tsx';

beforeEach(async () => {
  await cleanWorkbook();
  limitOverrides.value = {};
});

const MB = 1024 * 1024;
/** The applicant's rules on the device the backup came from: a 2.5 MB file limit, the diagram mandatory. */
const BACKUP_RULES: RulesInForce = {
  ...DEFAULT_RULES,
  maxFileSize: 2.5 * MB,
  switches: { ...DEFAULT_RULES.switches, 'document:accountability-diagram': true },
};

function backupText(): string {
  const { app, bytes } = sampleApplication();
  return JSON.stringify(serializeWorkbook([app], bytes, '2026-11-28T12:00:00.000Z', { rules: BACKUP_RULES }));
}

async function chooseAndImport(text: string) {
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), text, 'backup.json');
  const group = await screen.findByRole('group', { name: 'Ready to import' });
  return {
    group,
    go: async () => {
      await act(async () => {
        fireEvent.click(within(group).getByRole('button', { name: /^Import/ }));
      });
      await screen.findByText('Imported:');
    },
  };
}

const storedChoices = async () => ({
  limits: (await db.settings.get('limits'))?.value,
  switches: ((await db.settings.get('rules'))?.value as { switches?: unknown } | undefined)?.switches,
});

test('a backup restored into a workbook whose rules were never changed brings its rules with it, and says which', async () => {
  const { group, go } = await chooseAndImport(backupText());
  const asked = within(group).getByRole('group', { name: "This backup records rules that differ from your workbook's" });
  expect(within(asked).getByText('Largest file per document type: 2.5 MB in the backup, 0.5 MB in your workbook')).toBeTruthy();
  expect(within(asked).getByText(/^Accountability diagram: Mandatory in the backup, Not mandatory in your workbook$/)).toBeTruthy();
  expect((within(asked).getByRole('checkbox', { name: /Use the backup's rules in this workbook/ }) as HTMLInputElement).checked).toBe(true);
  await go();
  expect(await storedChoices()).toEqual({ limits: { maxFileSize: 2.5 * MB }, switches: { 'document:accountability-diagram': true } });
});

test("into a workbook with rules of its own, the backup's rules are taken only when the applicant ticks the box", async () => {
  await db.settings.put({ key: 'limits', value: { charsPerRole: 4000 } });
  limitOverrides.value = { charsPerRole: 4000 };
  const first = await chooseAndImport(backupText());
  const box = within(first.group).getByRole('checkbox', { name: /Use the backup's rules in this workbook/ }) as HTMLInputElement;
  expect(box.checked).toBe(false);
  await first.go();
  expect(await storedChoices()).toEqual({ limits: { charsPerRole: 4000 }, switches: undefined });
});

test('ticked, the backup’s rules replace the workbook’s own choices, in the same write as the applications', async () => {
  await db.settings.put({ key: 'limits', value: { charsPerRole: 4000 } });
  limitOverrides.value = { charsPerRole: 4000 };
  const { group, go } = await chooseAndImport(backupText());
  fireEvent.click(within(group).getByRole('checkbox', { name: /Use the backup's rules in this workbook/ }));
  await go();
  expect(await storedChoices()).toEqual({ limits: { maxFileSize: 2.5 * MB }, switches: { 'document:accountability-diagram': true } });
  expect(await db.applications.count()).toBe(1);
});

test("one application's file never changes the workbook's rules, and does not ask", async () => {
  const { app, bytes } = sampleApplication();
  const { group, go } = await chooseAndImport(JSON.stringify(serializeApplication(app, bytes, undefined, [], undefined, BACKUP_RULES)));
  expect(within(group).queryByRole('checkbox', { name: /Use the backup's rules/ })).toBeNull();
  await go();
  expect(await storedChoices()).toEqual({ limits: undefined, switches: undefined });
});
