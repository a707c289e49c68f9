// Choices at import: Keep both twice gives distinct names; Replace with an older file warns that
// the workbook's copy is newer; a mentor's review chosen in the main box is recognised.

import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { againstOf } from '../../core/exchange/anchors.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { serializeReview } from '../../core/exchange/review.ts';
import type { ImportedComment } from '../../core/exchange/review-types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { copyName } from '../../pwa/src/db/exchange.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { chooseFile, cleanWorkbook, renderExchange, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

async function importThrough(
  text: string,
  choice?: "Replace it with the file's version" | 'Keep both (the imported one is added as a copy)',
) {
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), text, 'app.json');
  await screen.findByRole('heading', { name: 'Ready to import' });
  if (choice) fireEvent.click(screen.getByLabelText(choice));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Import/ }));
  });
  await screen.findByText('Imported:');
}

test('copy names never repeat one in the workbook', () => {
  expect(copyName('CEng 2027')).toBe('CEng 2027 (imported copy)');
  expect(copyName('CEng 2027', new Set(['CEng 2027', 'CEng 2027 (imported copy)']))).toBe('CEng 2027 (imported copy 2)');
  expect(copyName('CEng 2027', new Set(['CEng 2027 (imported copy)', 'CEng 2027 (imported copy 2)']))).toBe('CEng 2027 (imported copy 3)');
});

test('Keep both twice gives two copies with different names', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  const text = JSON.stringify(serializeApplication(app, bytes));
  await importThrough(text, 'Keep both (the imported one is added as a copy)');
  cleanup();
  await importThrough(text, 'Keep both (the imported one is added as a copy)');
  const names = (await db.applications.toArray()).map((a) => a.name).sort();
  expect(names).toEqual(['CEng 2027', 'CEng 2027 (imported copy 2)', 'CEng 2027 (imported copy)']);
});

test('Replace with a file older than the workbook copy warns that the newer copy would be overwritten', async () => {
  const { app, bytes } = sampleApplication();
  await store({ ...app, name: 'Worked on since', updatedAt: '2026-12-05T09:00:00.000Z' }, bytes);
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(app, bytes)), 'old.json');
  const group = await screen.findByRole('group', { name: 'Ready to import' });
  expect(within(group).getByText(/Your workbook's copy of Worked on since is newer than the one in this file/).textContent).toMatch(
    /yours was last changed 5 December 2026 at \d\d:\d\d, the file's 28 November 2026 at \d\d:\d\d\. Replacing it would overwrite your later changes/,
  );
});

test('Replace with a newer file gives no such warning', async () => {
  const { app, bytes } = sampleApplication();
  await store({ ...app, updatedAt: '2026-11-01T09:00:00.000Z' }, bytes);
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(app, bytes)), 'new.json');
  await screen.findByRole('group', { name: 'Ready to import' });
  expect(screen.queryByText(/is newer than the one in this file/)).toBeNull();
});

test("a mentor's review chosen in the main import box is recognised and can be imported into its application", async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  const anchor = { kind: 'application' as const };
  const review = {
    id: 'rev-1',
    mentor: 'Morgan',
    createdAt: '2026-11-28T12:00:00.000Z',
    application: { id: app.id, name: app.name, category: app.category, route: app.route },
    comments: [{ id: 'c1', anchor, text: 'Good start.', at: '2026-11-28T12:00:00.000Z', against: againstOf(app, anchor) }],
  };
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeReview(review)), 'review.json');
  const card = await screen.findByRole('group', { name: "This is a mentor's review, not an application" });
  expect(card.textContent).toContain('Morgan wrote 1 comment on CEng 2027 (CEng)');
  expect(screen.queryByRole('alert')).toBeNull();
  await act(async () => {
    fireEvent.click(within(card).getByRole('button', { name: 'Import the 1 comment into CEng 2027' }));
  });
  await screen.findByText(/Imported 1 comment from Morgan into CEng 2027/);
  expect(screen.getByRole('link', { name: 'See the comments for CEng 2027' }).getAttribute('href')).toBe(`#/app/${app.id}/exchange`);
  expect((await db.comments.toArray()).map((c) => (c.data as ImportedComment).comment.text)).toEqual(['Good start.']);
  expect(await db.applications.toArray()).toEqual([app]);
});

test('a review of an application not in the workbook says to import the application first; nothing changes', async () => {
  const { app } = sampleApplication();
  const review = {
    id: 'rev-1',
    mentor: '',
    createdAt: '2026-11-28T12:00:00.000Z',
    application: { id: app.id, name: app.name, category: app.category, route: app.route },
    comments: [],
  };
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeReview(review)), 'review.json');
  expect((await screen.findByText(/That application is not in this workbook/)).textContent).toMatch(/Import the application .* first/);
  expect(await db.comments.count()).toBe(0);
});

test('a file cut short is explained in plain words; the parser text is only under Technical detail', async () => {
  const { app, bytes } = sampleApplication();
  const text = JSON.stringify(serializeApplication(app, bytes));
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), text.slice(0, 2000), 'cut.json');
  const alert = await screen.findByRole('alert');
  const main = alert.querySelector('ul')!.textContent!;
  expect(main).toMatch(/^This file is incomplete or damaged: it ends part-way through/);
  expect(main).not.toMatch(/JSON|Unexpected|Unterminated/);
  expect(within(alert).getByText('Technical detail').closest('details')!.textContent).toMatch(/JSON|Unterminated|Unexpected/);
  expect(await db.applications.count()).toBe(0);
});
