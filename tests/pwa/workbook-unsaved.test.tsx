// Issue 8, part 3: what a tab had not saved when it was hidden or closed is never written over
// the stored application (another tab may have saved a moment before); it is kept in a record
// of its own and merged on top of what is stored — by the tab itself if it lives on, by another
// tab or the next start if it has gone. And a tab that can no longer save stops taking edits.

import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { editApplication } from '../../core/application/edit.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { deleteApplication } from '../../pwa/src/db/remove.ts';
import { newerVersionElsewhere } from '../../pwa/src/db/status.ts';
import { recoverUnsaved, TAB_ID, type UnsavedRecord, unsavedKey, watchUnsaved } from '../../pwa/src/db/unsaved.ts';
import { Draft, draftFor } from '../../pwa/src/state/draft.ts';
import { mergeUnsaved } from '../../pwa/src/state/recover.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);
afterEach(() => {
  newerVersionElsewhere.value = false;
});

const typed = (d: Draft, fullName: string) => d.apply((a, now) => editApplication(a, { personal: { ...a.personal, fullName } }, now));
const records = async () => (await db.settings.where('key').startsWith('unsaved:').toArray()).map((r) => r.value as UnsavedRecord);

async function loaded(app: Application): Promise<Draft> {
  const d = new Draft(app.id, 60_000);
  await waitFor(() => expect(d.app.value).toBeTruthy());
  return d;
}

test('on page hide, unsaved typing goes into a record of its own, never over what another tab stored; another tab merges it on top', async () => {
  const app = await storedApplication();
  const d = await loaded(app);
  typed(d, 'Typed just before closing');
  // Another tab saved a different field a moment before; this tab has not heard of it.
  const theirs = editApplication(
    app,
    { pra: { answer: 'yes', who: 'pra', date: '2025-01-01', adviser: 'Saved by the other tab' } },
    new Date().toISOString(),
  );
  if (!theirs.ok) throw new Error('refused');
  await db.applications.put(theirs.value);
  expect(d.flushSync()).toBe(true);
  d.discard();
  await waitFor(async () => expect(await records()).toHaveLength(1));
  // The stored application was not touched by the closing tab.
  expect((await db.applications.get(app.id))?.pra.adviser).toBe('Saved by the other tab');
  expect((await db.applications.get(app.id))?.personal.fullName).toBe('');
  // Once the closing tab has gone, its record is merged on top of what is stored, and removed.
  expect(await recoverUnsaved(TAB_ID, mergeUnsaved)).toBe(1);
  const stored = await db.applications.get(app.id);
  expect(stored?.personal.fullName).toBe('Typed just before closing');
  expect(stored?.pra.adviser).toBe('Saved by the other tab');
  expect(await records()).toEqual([]);
});

test('a tab that lives on (it was only hidden) saves its unsaved record itself and removes it', async () => {
  const app = await storedApplication();
  const d = await loaded(app);
  typed(d, 'Typed before switching tabs');
  expect(d.flushSync()).toBe(true);
  await waitFor(async () => expect(await records()).toHaveLength(1));
  expect(await d.flush()).toBe(true);
  expect((await db.applications.get(app.id))?.personal.fullName).toBe('Typed before switching tabs');
  expect(await records()).toEqual([]);
  d.discard();
});

test('typing is kept in the record as it is typed, before any page hide (a write at teardown may never complete); a save removes it once it holds nothing newer', async () => {
  const app = await storedApplication();
  const d = await loaded(app);
  typed(d, 'Typed, and the tab is killed before it can hide');
  // No flushSync: the record is there from the typing alone.
  await waitFor(async () =>
    expect((await records()).map((r) => r.local.personal.fullName)).toEqual(['Typed, and the tab is killed before it can hide']),
  );
  expect((await db.applications.get(app.id))?.personal.fullName).toBe('');
  // Another tab recovers it once this one is gone.
  expect(await recoverUnsaved(TAB_ID, mergeUnsaved)).toBe(1);
  expect((await db.applications.get(app.id))?.personal.fullName).toBe('Typed, and the tab is killed before it can hide');
  d.discard();
  // A tab that lives on: its save removes the record that holds nothing newer than what it saved…
  const e = await loaded(app);
  typed(e, 'Saved in the end');
  await waitFor(async () => expect(await records()).toHaveLength(1));
  expect(await e.flush()).toBe(true);
  expect(await records()).toEqual([]);
  // Typing just before a save starts is in that save, and its record goes with it.
  typed(e, 'Typed after the save');
  expect(e.flushSync()).toBe(true);
  const saving = e.flush();
  typed(e, 'Typed while the save is queued');
  expect(await saving).toBe(true);
  expect((await db.applications.get(app.id))?.personal.fullName).toBe('Typed while the save is queued');
  expect(await records()).toEqual([]);
  e.discard();
});

test('records left by tabs that have gone are merged when the workbook starts', async () => {
  const app = await storedApplication();
  const local: Application = { ...app, roles: [], personal: { ...app.personal, membershipNumber: 'Left by a closed tab' } };
  const record: UnsavedRecord = { applicationId: app.id, tabId: 'closed-tab', base: app, local, at: new Date().toISOString() };
  await db.settings.put({ key: unsavedKey(app.id, 'closed-tab'), value: record });
  watchUnsaved(mergeUnsaved);
  await waitFor(async () => expect((await db.applications.get(app.id))?.personal.membershipNumber).toBe('Left by a closed tab'));
  expect(await records()).toEqual([]);
});

test('deleting an application also removes every unsaved record of it, so nothing brings it back', async () => {
  const app = await storedApplication();
  const d = await loaded(app);
  typed(d, 'Typed');
  d.flushSync();
  await db.settings.put({
    key: unsavedKey(app.id, 'other-tab'),
    value: { applicationId: app.id, tabId: 'other-tab', base: app, local: app, at: '' },
  });
  await waitFor(async () => expect(await records()).toHaveLength(2));
  d.discard();
  expect(await deleteApplication(app)).toBe(true);
  expect(await records()).toEqual([]);
  expect(await recoverUnsaved(TAB_ID, mergeUnsaved)).toBe(0);
  expect(await db.applications.get(app.id)).toBeUndefined();
});

test('a tab that can no longer save makes its fields read-only, refuses changes and says why; unsaved text stays on screen to copy', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  const name = (await screen.findByLabelText('Full name')) as HTMLInputElement;
  await act(async () => {
    fireEvent.input(name, { target: { value: 'Typed, not saved yet' } });
  });
  expect(draftFor(app.id).hasUnsaved).toBe(true);
  await act(async () => {
    newerVersionElsewhere.value = true;
  });
  const alert = (await screen.findAllByRole('alert')).find((a) => /stopped saving/.test(a.textContent ?? ''))!;
  expect(alert.textContent).toMatch(/this tab has stopped saving and its fields are read-only/);
  expect(alert.textContent).toMatch(/Some of what you typed in this tab was not saved\. It is still on screen: select it and copy it/);
  expect(name.readOnly).toBe(true);
  expect(name.value).toBe('Typed, not saved yet');
  // A change by button is refused with the reason, and nothing is kept for saving.
  expect(draftFor(app.id).apply((a, now) => editApplication(a, { name: 'Renamed' }, now))).toBe(false);
  expect(draftFor(app.id).refused.value[0]?.message).toMatch(/A newer version of the workbook is open in another tab/);
  // Nothing could be kept on leaving either: the page asks before unloading.
  expect(draftFor(app.id).flushSync()).toBe(false);
});
