// The development record travels with its application: in the .html export, in backups, and
// back in through import (replace, keep both), and it goes when the application is deleted.
import { beforeEach, expect, test } from 'vitest';
import { emptyDevelopment } from '../../core/development/data.ts';
import { parseExchangeFile } from '../../core/exchange/index.ts';
import { DEFAULT_LIMITS } from '../../core/index.ts';
import { db } from '../../pwa/src/db/database.ts';
import { readDevelopment } from '../../pwa/src/db/development.ts';
import { deleteApplication } from '../../pwa/src/db/store.ts';
import { applicationHtml, workbookBackup } from '../../pwa/src/exchange/exportData.ts';
import { applyImport, entriesOf } from '../../pwa/src/exchange/importData.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { cleanWorkbook, store } from './exchange-helpers.tsx';

const development = {
  ...emptyDevelopment(),
  cpd: [
    {
      id: 'c1',
      date: '2026-01-05',
      hours: 2,
      type: 'events' as const,
      planned: false,
      title: 'IET talk',
      did: 'Listened.',
      learned: 'HVDC basics.',
      apply: 'Next bid.',
      competences: ['A1' as const],
    },
  ],
};

beforeEach(async () => {
  await cleanWorkbook();
});

function parsed(text: string) {
  const result = parseExchangeFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

test('the .html export and the backup carry the record; an untouched record is left out', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: emptyDevelopment() });
  const before = await workbookBackup();
  expect(before.ok && entriesOf(parsed(before.text))[0]!.development).toBeUndefined();
  await db.development.put({ applicationId: app.id, data: development });
  const html = await applicationHtml(app, DEFAULT_LIMITS);
  expect(html.ok && html.text).toContain('IET talk');
  expect(html.ok && entriesOf(parsed(html.text))[0]!.development).toEqual(development);
  const backup = await workbookBackup();
  expect(backup.ok && entriesOf(parsed(backup.text))[0]!.development).toEqual(development);
});

test('import stores the record with its application; keep both gives the copy its own; replace replaces it', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: { ...development, remote: ['upload'] } });
  const file = await applicationHtml(app, DEFAULT_LIMITS);
  if (!file.ok) throw new Error('export');
  const entries = entriesOf(parsed(file.text));
  const blobs = new Map([...bytes].map(([id, b]) => [id, new Blob([new Uint8Array(b.bytes)], { type: b.mime })]));

  const kept = await applyImport(entries, blobs, 'keep-both', db, () => 'copy-1');
  expect(kept.ids).toEqual(['copy-1']);
  expect((await readDevelopment('copy-1')).remote).toEqual(['upload']);

  await db.development.put({ applicationId: app.id, data: { ...development, remote: ['room'] } });
  await applyImport(entries, blobs, 'replace', db);
  expect((await readDevelopment(app.id)).remote).toEqual(['upload']);

  // A file without a record, imported over one that has it, leaves none (replace means replace).
  const { development: _, ...bare } = entries[0]!;
  await applyImport([bare], blobs, 'replace', db);
  expect(await db.development.get(app.id)).toBeUndefined();
});

test('deleting an application deletes its development record', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: development });
  expect(await deleteApplication(app)).toBe(true);
  expect(await db.development.get(app.id)).toBeUndefined();
});
