// Panelling once available: saved as you type through core's setPanelling; the interview location
// follows the category rule; a refusal keeps what was typed; another tab's save does not remount.

import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { NOT_APPLICABLE } from '../../core/rules/steps.ts';
import { db } from '../../pwa/src/db/database.ts';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { complete, freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

test('EngTech: the interview location is fixed to Not Applicable; sector and specialisms save as they are typed, with no Save button', async () => {
  const app = await storedApplication((a) =>
    complete({ ...a, category: 'EngTech', panelling: { ...a.panelling, interviewLocation: NOT_APPLICABLE } }),
  );
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  await screen.findByLabelText('Sector');
  type('Sector', 'Energy');
  type('Specialism 1', 'Metering');
  fireEvent.click(screen.getByRole('button', { name: 'Add a specialism' }));
  await screen.findByLabelText('Specialism 2');
  type('Specialism 2', 'Cabling');
  expect(screen.queryByLabelText('Interview location')).toBeNull();
  expect(screen.getByText(/EngTech applicants choose “Not Applicable”/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Save panelling/ })).toBeNull();
  await act(async () => {
    await flushAll();
  });
  await waitFor(async () =>
    expect((await db.applications.get(app.id))?.panelling).toEqual({
      sector: 'Energy',
      specialisms: ['Metering', 'Cabling'],
      interviewLocation: NOT_APPLICABLE,
    }),
  );

  // Leaving the screen and coming back (a reload, in effect) shows what was saved.
  cleanup();
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  expect(((await screen.findByLabelText('Sector')) as HTMLInputElement).value).toBe('Energy');
  expect((screen.getByLabelText('Specialism 2') as HTMLInputElement).value).toBe('Cabling');
});

test('CEng: a sector typed without an interview location is saved, and the missing location is listed until it is typed', async () => {
  const app = await storedApplication(complete);
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  await screen.findByLabelText('Sector');
  type('Sector', 'Energy ');
  await screen.findByText(/choose an interview location \(required for CEng\)/);
  // Not tidied under the cursor, not lost, and focus is not taken away from the field.
  expect((screen.getByLabelText('Sector') as HTMLInputElement).value).toBe('Energy ');
  await act(async () => {
    await flushAll();
  });
  expect((await db.applications.get(app.id))?.panelling.sector).toBe('Energy');

  type('Interview location', 'Online');
  await waitFor(() => expect(screen.queryByText(/choose an interview location/)).toBeNull());
  await act(async () => {
    await flushAll();
  });
  expect((await db.applications.get(app.id))?.panelling).toEqual({ sector: 'Energy', specialisms: [], interviewLocation: 'Online' });
  expect((screen.getByLabelText('Sector') as HTMLInputElement).value).toBe('Energy ');
});

test('a save from another tab shows in the form without remounting it or dropping what is being typed', async () => {
  const app = await storedApplication((a) =>
    complete({ ...a, panelling: { sector: 'Energy', specialisms: ['Metering'], interviewLocation: 'Online' } }),
  );
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  const sector = (await screen.findByLabelText('Sector')) as HTMLInputElement;
  // Another tab changes the interview location.
  await act(async () => {
    const stored = (await db.applications.get(app.id))!;
    await db.applications.put({ ...stored, panelling: { ...stored.panelling, interviewLocation: 'London' } });
  });
  await waitFor(() => expect((screen.getByLabelText('Interview location') as HTMLInputElement).value).toBe('London'));
  expect(screen.getByLabelText('Sector')).toBe(sector);
  // Typing here goes on top of it.
  type('Specialism 1', 'Metering and billing');
  await act(async () => {
    await flushAll();
  });
  await waitFor(async () =>
    expect((await db.applications.get(app.id))?.panelling).toEqual({
      sector: 'Energy',
      specialisms: ['Metering and billing'],
      interviewLocation: 'London',
    }),
  );
  expect(screen.getByLabelText('Sector')).toBe(sector);
  expect((screen.getByLabelText('Specialism 1') as HTMLInputElement).value).toBe('Metering and billing');
});

test('what is still to choose is listed on arrival too, not only while typing (e.g. after a reload)', async () => {
  const app = await storedApplication((a) => ({ ...complete(a), panelling: { sector: 'Energy', specialisms: [], interviewLocation: '' } }));
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  await screen.findByLabelText('Sector');
  expect(screen.getByText(/Still to choose before you can lock/)).toBeTruthy();
  expect(screen.getByText('Panelling: choose an interview location (required for CEng).')).toBeTruthy();
});
