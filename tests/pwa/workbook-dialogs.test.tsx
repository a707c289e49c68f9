// Confirmations and focus across the workbook: every irreversible step asks in the one modal
// dialog (Cancel and Escape change nothing, focus goes back), and focus follows each step to
// what it produced, or to the refusal next to the form.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { complete, freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const pressEscape = (dialog: HTMLElement) =>
  act(() => {
    // What Chromium fires on Escape for a modal dialog (happy-dom does not act on the key itself).
    dialog.dispatchEvent(new Event('cancel'));
  });

const ieng = (a: Application): Application => ({
  ...complete(a),
  category: 'IEng',
  panelling: { sector: 'Energy', specialisms: [], interviewLocation: 'London' },
});

test('changing the category says what it changes first; keeping it changes nothing, confirming changes it', async () => {
  const app = await storedApplication(ieng);
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  const select = (await screen.findByLabelText('Registration category')) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: 'EngTech' } });
  const dialog = screen.getByRole('alertdialog', { name: 'Change to EngTech?' });
  expect(within(dialog).getByText(/Accountability diagram \(accountability-diagram\.pdf\) is not used/)).toBeTruthy();
  expect(within(dialog).getByText(/“London” is replaced/)).toBeTruthy();
  await pressEscape(dialog);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(select.value).toBe('IEng');
  expect((await db.applications.get(app.id))?.category).toBe('IEng');

  fireEvent.change(select, { target: { value: 'EngTech' } });
  await act(async () => {
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Change it' }));
  });
  await waitFor(async () => expect((await db.applications.get(app.id))?.category).toBe('EngTech'));
  // The diagram is kept, and shown apart on Supporting documents (see workbook-documents).
  expect((await db.applications.get(app.id))?.documents['accountability-diagram']?.name).toBe('accountability-diagram.pdf');
});

test('Add a qualification and Add a development record put focus in the new item, like Add a role', async () => {
  const app = await storedApplication((a) => ({ ...a, qualifications: [], development: [] }));
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  fireEvent.click(await screen.findByRole('button', { name: 'Add a qualification' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Qualification 1: title')));
  fireEvent.click(screen.getByRole('button', { name: 'Add a qualification' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Qualification 2: title')));
  fireEvent.click(screen.getByRole('button', { name: 'Add a development record' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Development record 1: what you did')));
});

test('Add a role puts focus in the new role; removing a role asks, and Escape keeps it', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  fireEvent.click(await screen.findByRole('button', { name: 'Add a role' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Role 1: employer')));
  fireEvent.input(screen.getByLabelText('Role 1: employer'), { target: { value: 'Grid Co' } });

  const remove = screen.getByRole('button', { name: 'Remove role 1' });
  remove.focus();
  fireEvent.click(remove);
  const dialog = screen.getByRole('alertdialog', { name: /^Remove / });
  await pressEscape(dialog);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(document.activeElement).toBe(remove);
  expect((screen.getByLabelText('Role 1: employer') as HTMLInputElement).value).toBe('Grid Co');

  fireEvent.click(remove);
  await act(async () => {
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove role 1 for good' }));
  });
  expect(screen.queryByLabelText('Role 1: employer')).toBeNull();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Career history' })));
});

test('removing a qualification asks first', async () => {
  const app = await storedApplication((a) => ({
    ...a,
    qualifications: [{ id: 'q', title: 'HNC Electrical', institution: 'College', year: '2010', accredited: true }],
  }));
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  fireEvent.click(await screen.findByRole('button', { name: 'Remove qualification 1' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Remove qualification 1?' });
  expect(within(dialog).getByText('“HNC Electrical” is removed from the workbook.')).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
  expect(screen.getByLabelText('Qualification 1: title')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Remove qualification 1' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove qualification 1 for good' }));
  });
  expect(screen.queryByLabelText('Qualification 1: title')).toBeNull();
});

test('after locking, focus is on the snapshot; a refused supporter is explained next to the form, with focus', async () => {
  const app = await storedApplication((a) => ({
    ...complete(a),
    panelling: { sector: 'Energy', specialisms: ['Power'], interviewLocation: 'London' },
  }));
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  fireEvent.click(await screen.findByRole('button', { name: "I've locked it in Career Manager — record it" }));
  await act(async () => {
    fireEvent.click(
      within(screen.getByRole('alertdialog', { name: 'Record the lock in the workbook?' })).getByRole('button', {
        name: 'Record the lock and take a snapshot',
      }),
    );
  });
  const snapshot = await screen.findByRole('heading', { name: 'Snapshot' });
  await waitFor(() => expect(document.activeElement).toBe(snapshot));

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add supporter' }));
  });
  const form = screen.getByRole('button', { name: 'Add supporter' }).closest('form')!;
  const refusal = within(form).getByRole('alert');
  expect(refusal.textContent).toMatch(/The supporter was not added/);
  expect(document.activeElement).toBe(refusal);
  // Not repeated at the top of the screen.
  expect(screen.getAllByText(/The supporter was not added|That change was not made/)).toHaveLength(1);
});
