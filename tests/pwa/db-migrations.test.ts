// Every schema version opens a database made by the version before it and loses nothing.

import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { snapshotIntact } from '../../core/application/hashing.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { migrate } from '../../core/exchange/migrate.ts';
import type { Application } from '../../core/types.ts';
import { LATEST_VERSION, SCHEMA, WorkbookDB } from '../../pwa/src/db/database.ts';
import { lockedSample } from '../core/exchange/sample.ts';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

function at(name: string, version: number): WorkbookDB {
  const d = new WorkbookDB(name, version);
  opened.push(d);
  return d;
}

/** One row for every table a schema version declares. */
function sampleRows(table: string, n: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${table}-${i}`;
    switch (table) {
      case 'applications':
        rows.push({
          ...newApplication({ id, name: `App ${i}`, category: 'CEng', route: 'standard', now: `2026-01-0${i + 1}T00:00:00.000Z` }),
        });
        break;
      case 'settings':
        rows.push({ key: id, value: { n: i } });
        break;
      case 'blobs':
        rows.push({ id, blob: { marker: i } });
        break;
      case 'observations':
        rows.push({ id, applicationId: null, kind: 'page', at: '2026-01-01T00:00:00.000Z', data: { i } });
        break;
      case 'comments':
        rows.push({ id, applicationId: 'a', data: { i } });
        break;
      case 'development':
        rows.push({ applicationId: id, data: { cpd: [], i } });
        break;
      default:
        rows.push({ id, updatedAt: '2026-01-01T00:00:00.000Z', data: { i } });
    }
  }
  return rows;
}

describe('schema versions', () => {
  test('the schema is listed oldest first with no gaps, starting at 1', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(SCHEMA.length);
  });

  test('version 1 creates every table the other parts of the project use', async () => {
    const d = at('fresh-v1', 1);
    await d.open();
    expect(d.tables.map((t) => t.name).sort()).toEqual(['applications', 'blobs', 'comments', 'observations', 'reviews', 'settings']);
    expect(d.applications.schema.idxByName.updatedAt).toBeDefined();
    expect(d.observations.schema.idxByName.applicationId).toBeDefined();
  });

  for (const v of SCHEMA.filter((s) => s.version > 1)) {
    test(`version ${v.version} opens a database made by version ${v.version - 1} and loses nothing`, async () => {
      const name = `migrate-${v.version}`;
      const before = at(name, v.version - 1);
      await before.open();
      const written: Record<string, unknown[]> = {};
      for (const t of before.tables) {
        written[t.name] = sampleRows(t.name, 3);
        await t.bulkPut(written[t.name]!);
      }
      before.close();
      const after = at(name, v.version);
      await after.open();
      for (const [table, rows] of Object.entries(written)) {
        expect(await after.table(table).toArray(), table).toEqual(expect.arrayContaining(rows as object[]));
      }
    });
  }

  test('version 2 adds the development table, keyed by application', async () => {
    const d = at('fresh-v2', 2);
    await d.open();
    expect(d.tables.map((t) => t.name)).toContain('development');
    expect(d.development.schema.primKey.keyPath).toBe('applicationId');
  });

  test('version 5 builds the status of every mentor review kept by version 4, as not downloaded', async () => {
    const { app, bytes } = lockedSample();
    const source = serializeApplication(app, bytes, '2026-11-28T12:00:00.000Z');
    const review = {
      id: 'rev-1',
      mentor: 'Morgan Mentor',
      createdAt: '2026-11-28T13:00:00.000Z',
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments: [
        { id: 'c1', anchor: { kind: 'application' }, text: 'Good.', at: '2026-11-28T13:05:00.000Z', against: { sha256: 'a', excerpt: '' } },
      ],
    };
    const before = at('migrate-reviews', 4);
    await before.open();
    await before.reviews.bulkPut([
      { id: 'rev-1', updatedAt: '2026-11-28T13:05:00.000Z', data: { source, review } },
      // A row this version cannot read is kept, and given no status (the list builds what it can).
      { id: 'broken', updatedAt: '2026-11-28T13:05:00.000Z', data: { nonsense: true } },
    ]);
    before.close();
    const after = at('migrate-reviews', 5);
    await after.open();
    expect(await after.reviews.count()).toBe(2);
    expect(await after.reviewStatus.toArray()).toEqual([
      expect.objectContaining({
        id: 'rev-1',
        name: app.name,
        category: app.category,
        mentor: 'Morgan Mentor',
        comments: 1,
        changedAt: '2026-11-28T13:05:00.000Z',
        downloadedAt: null,
        typing: {},
      }),
    ]);
  });

  test('reopening the latest version keeps every row of every table', async () => {
    const name = 'reopen';
    const first = at(name, LATEST_VERSION);
    await first.open();
    const written: Record<string, unknown[]> = {};
    for (const t of first.tables) {
      written[t.name] = sampleRows(t.name, 2);
      await t.bulkPut(written[t.name]!);
    }
    first.close();
    const again = at(name, LATEST_VERSION);
    await again.open();
    for (const [table, rows] of Object.entries(written)) {
      const stored = await again.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      expect(stored, table).toEqual(expect.arrayContaining(rows as object[]));
    }
  });
});

describe('version 3: evidence links', () => {
  test('an application stored by version 2 gains empty evidence and keeps its role-level tags', async () => {
    const name = 'evidence-v3';
    const before = at(name, 2);
    await before.open();
    const { evidence: _, ...old } = newApplication({
      id: 'a1',
      name: 'Old',
      category: 'CEng',
      route: 'standard',
      now: '2026-01-01T00:00:00.000Z',
    });
    const role = {
      id: 'r1',
      employer: 'E',
      title: 'T',
      start: '',
      end: '',
      current: true,
      responsibilities: 'I led it.',
      achievements: '',
      competences: ['C3'],
    };
    await before.table('applications').put({ ...old, roles: [role] });
    await before
      .table('reviews')
      .put({ id: 'rv', updatedAt: '2026-01-01T00:00:00.000Z', data: { source: { version: 2, application: { ...old } } } });
    before.close();
    const after = at(name, 3);
    await after.open();
    const app = await after.applications.get('a1');
    expect(app?.evidence).toEqual({ links: [], dismissed: {} });
    expect(app?.roles[0]?.competences).toEqual(['C3']);
    const review = (await after.reviews.get('rv'))?.data as { source: { version: number; application: { evidence: unknown } } };
    expect(review.source.application.evidence).toEqual({ links: [], dismissed: {} });
    expect(review.source.version).toBe(4);
  });
});

describe('version 4: applications from before the adviser answer and the guide\'s "Not Applicable"', () => {
  test("stored applications, the applications kept in mentor reviews and closed tabs' unsaved versions are restored to the new shape", async () => {
    const old = JSON.parse(readFileSync('tests/fixtures/exchange/v2-backup-engtech.json', 'utf8'));
    const oldApp = old.applications[0].application;
    const oldReview = old.reviews[0];
    const name = 'restore-v4';
    const before = at(name, 3);
    await before.open();
    // As version 3 stored them: evidence filled in, a review's file at format 4 (the shape before 5).
    await before.table('applications').put({ ...oldApp, evidence: { links: [], dismissed: {} } });
    await before.table('reviews').put({
      id: oldReview.id,
      updatedAt: oldReview.updatedAt,
      data: { source: migrate(oldReview.source, oldReview.source.version, 4), review: oldReview.review },
    });
    // A tab closed with unsaved text before the upgrade: its record is merged after it (db/unsaved.ts).
    const unsavedLocal = { ...oldApp, pra: { consulted: true, date: '2026-09-01', adviser: 'Typed before closing' } };
    const unsavedKey = `unsaved:${oldApp.id}:old-tab`;
    await before.table('settings').put({
      key: unsavedKey,
      value: { applicationId: oldApp.id, tabId: 'old-tab', base: oldApp, local: unsavedLocal, at: '2026-11-01T00:00:00.000Z' },
    });
    await before.table('settings').put({ key: 'limits', value: { charsPerRole: 4000 } });
    before.close();
    const after = at(name, 4);
    await after.open();
    const app = (await after.applications.get(oldApp.id))!;
    expect(app.pra).toEqual({ answer: '', who: '', date: '', adviser: '' });
    expect(app.panelling.interviewLocation).toBe('Not Applicable');
    const unlocked = app.history.find((e) => e.type === 'unlocked');
    expect(unlocked?.type === 'unlocked' && snapshotIntact(unlocked.snapshot)).toBe(true);
    const review = (await after.reviews.get(oldReview.id))!.data as { source: { version: number; application: { pra: unknown } } };
    expect(review.source.version).toBe(5);
    expect(review.source.application.pra).toEqual({ answer: 'yes', who: 'pra', date: '2026-10-01', adviser: 'Jo Adviser' });
    const unsaved = (await after.settings.get(unsavedKey))!.value as { tabId: string; base: Application; local: Application };
    expect(unsaved.tabId).toBe('old-tab');
    expect(unsaved.base.pra).toEqual({ answer: '', who: '', date: '', adviser: '' });
    expect(unsaved.local.pra).toEqual({ answer: 'yes', who: 'pra', date: '2026-09-01', adviser: 'Typed before closing' });
    // Other settings rows are left exactly as they were.
    expect((await after.settings.get('limits'))!.value).toEqual({ charsPerRole: 4000 });
  });
});
