// Storage: persistence outcome shown, limits editable in Settings, a newer schema elsewhere
// stops writing, and the update prompt saves edits before taking the new version.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { editApplication } from '../../core/application/edit.ts';
import { db, WorkbookDB } from '../../pwa/src/db/database.ts';
import { watchForNewerVersion } from '../../pwa/src/db/start.ts';
import { guardedWrite, newerVersionElsewhere } from '../../pwa/src/db/status.ts';
import { draftFor } from '../../pwa/src/state/draft.ts';
import { hrefFor, parseRoute } from '../../pwa/src/state/route.ts';
import { rules } from '../../pwa/src/state/rules.ts';
import { persistence, requestPersistence } from '../../pwa/src/state/storage.ts';
import { pendingUpdate, takeUpdate } from '../../pwa/src/sw/update.ts';
import { freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

test('persistent storage is requested and the outcome is recorded', async () => {
  const granted = { persisted: async () => false, persist: vi.fn(async () => true) } as unknown as StorageManager;
  expect(await requestPersistence(granted)).toBe('persistent');
  const refused = { persisted: async () => false, persist: async () => false } as unknown as StorageManager;
  expect(await requestPersistence(refused)).toBe('not-granted');
  expect(await requestPersistence({} as StorageManager)).toBe('unsupported');
});

test('Settings shows whether storage is persistent and leads to the Rules screen, which saves changed limits', async () => {
  persistence.value = 'not-granted';
  renderAt({ name: 'settings' });
  await screen.findByText(/^Storage: Not persistent/);
  expect(screen.getByRole('button', { name: 'Ask again for persistent storage' })).toBeTruthy();
  expect(screen.queryByLabelText('Supporters needed')).toBeNull();
  expect(within(screen.getByRole('main')).getByRole('link', { name: 'Rules' }).getAttribute('href')).toBe('#/rules');
  await go({ name: 'rules' });
  const size = (await screen.findByLabelText('Largest file per document type (MB)')) as HTMLInputElement;
  expect(size.value).toBe('0.5');
  fireEvent.input(size, { target: { value: '2.5' } });
  fireEvent.input(screen.getByLabelText('Supporters needed'), { target: { value: '3' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Save limits' }).closest('form')!);
  });
  await screen.findByText('Limits saved.');
  expect((await db.settings.get('limits'))?.value).toEqual({ maxFileSize: Math.round(2.5 * 1024 * 1024), supportersRequired: 3 });
  await waitFor(() => expect(rules.value.supportersRequired).toBe(3));
  fireEvent.input(screen.getByLabelText('Supporters needed'), { target: { value: 'lots' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Save limits' }).closest('form')!);
  });
  await screen.findByText(/Supporters needed: enter a number greater than 0\. Nothing was changed\./);
  expect(((await db.settings.get('limits'))?.value as { supportersRequired: number } | undefined)?.supportersRequired).toBe(3);
});

test('a limit saved in another tab shows on the Rules screen without overwriting a field being typed in', async () => {
  renderAt({ name: 'rules' });
  const supporters = (await screen.findByLabelText('Supporters needed')) as HTMLInputElement;
  const size = screen.getByLabelText('Largest file per document type (MB)') as HTMLInputElement;
  fireEvent.input(supporters, { target: { value: '4' } });
  // Another tab saves a larger file limit.
  await act(async () => {
    await db.settings.put({ key: 'limits', value: { maxFileSize: Math.round(2.5 * 1024 * 1024) } });
  });
  await waitFor(() => expect(size.value).toBe('2.5'));
  expect(supporters.value).toBe('4');
});

test('the update is taken only after pending edits are saved', async () => {
  const app = await storedApplication();
  const draft = draftFor(app.id);
  await waitFor(() => expect(draft.app.value).toBeTruthy());
  draft.apply((a, now) => editApplication(a, { name: 'Edited just before the update' }, now));
  let storedWhenApplied: string | undefined;
  pendingUpdate.value = async () => {
    storedWhenApplied = (await db.applications.get(app.id))?.name;
  };
  expect(await takeUpdate()).toBe(true);
  expect(storedWhenApplied).toBe('Edited just before the update');
  pendingUpdate.value = null;
});

test('routes parse and print back', () => {
  for (const r of [
    { name: 'applications' },
    { name: 'settings' },
    { name: 'rules' },
    { name: 'import' },
    { name: 'app', id: 'a b', screen: 'career' },
  ] as const) {
    expect(parseRoute(hrefFor(r))).toEqual(r);
  }
  expect(parseRoute('#/app/x/nonsense')).toEqual({ name: 'app', id: 'x', screen: 'overview' });
});

// Last: it leaves the shared database closed for good.
test('a tab that sees a newer schema open elsewhere stops writing and asks to reload', async () => {
  renderAt({ name: 'applications' });
  watchForNewerVersion(db);
  await db.open();
  const later = new (class extends WorkbookDB {
    constructor() {
      super(db.name);
      this.version(99).stores({ extra: 'id' });
    }
  })();
  await later.open();
  await waitFor(() => expect(newerVersionElsewhere.value).toBe(true));
  await screen.findByText(/A newer version of the workbook is open in another tab/);
  expect(screen.getByRole('button', { name: 'Reload this tab' })).toBeTruthy();
  const write = vi.fn(async () => {});
  expect(await guardedWrite(write)).toBe(false);
  expect(write).not.toHaveBeenCalled();
  later.close();
});
