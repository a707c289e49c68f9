// The applications list: create with category and route, rename, delete only after confirming.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../pwa/src/db/database.ts';
import { route } from '../../pwa/src/state/route.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

test('creating an application stores it with the chosen category and route and opens its overview', async () => {
  renderAt({ name: 'applications' });
  await screen.findByText('You have no applications yet. Start one below.');
  fireEvent.input(screen.getByLabelText('Name of the application'), { target: { value: 'EngTech now' } });
  fireEvent.change(screen.getByLabelText('Registration category'), { target: { value: 'EngTech' } });
  fireEvent.click(screen.getByLabelText(/^Streamlined route/));
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Create application' }).closest('form')!);
  });
  await waitFor(() => expect(route.value.name).toBe('app'));
  const [stored] = await db.applications.toArray();
  expect(stored).toMatchObject({ name: 'EngTech now', category: 'EngTech', route: 'streamlined', stage: 'draft' });
  const heading = await screen.findByRole('heading', { level: 2, name: 'Overview' });
  await screen.findByText('Next action');
  // Focus follows to the new application's heading rather than being lost with the form.
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

test('a blank name is refused on create as on rename, next to the form, and nothing is created', async () => {
  renderAt({ name: 'applications' });
  await screen.findByText('You have no applications yet. Start one below.');
  fireEvent.input(screen.getByLabelText('Name of the application'), { target: { value: '   ' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Create application' }));
  });
  // GOV.UK: a summary at the top of the form, linking to the field, and the message at the field.
  const refusal = await screen.findByRole('link', { name: 'Give the application a name, e.g. “CEng 2027”.' });
  expect(refusal.closest('form')).toBe(screen.getByRole('button', { name: 'Create application' }).closest('form'));
  expect(document.activeElement).toBe(refusal.closest('[role="alert"]'));
  expect(screen.getByLabelText('Name of the application').getAttribute('aria-invalid')).toBe('true');
  expect(route.value.name).toBe('applications');
  expect(await db.applications.count()).toBe(0);
});

test('an application is renamed from the list', async () => {
  const app = await storedApplication((a) => ({ ...a, name: 'Old name' }));
  renderAt({ name: 'applications' });
  fireEvent.click(await screen.findByRole('button', { name: 'Rename Old name' }));
  fireEvent.input(screen.getByLabelText('New name for Old name'), { target: { value: '   ' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
  });
  const refusal = await screen.findByRole('link', { name: 'Give the application a name, e.g. “CEng 2027”.' });
  // Said next to the form and given focus, not at the top of the page.
  expect(refusal.closest('form')).toBe(screen.getByLabelText('New name for Old name').closest('form'));
  expect(document.activeElement).toBe(refusal.closest('[role="alert"]'));
  expect((await db.applications.get(app.id))?.name).toBe('Old name');
  fireEvent.input(screen.getByLabelText('New name for Old name'), { target: { value: 'CEng 2027' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
  });
  await screen.findByRole('link', { name: 'CEng 2027' });
  expect((await db.applications.get(app.id))?.name).toBe('CEng 2027');
});

test('deleting asks first; keeping it changes nothing, confirming removes it and its files', async () => {
  await storedApplication((a) => ({
    ...a,
    name: 'Doomed',
    documents: {
      'development-action-plan': {
        typeId: 'development-action-plan',
        name: 'dap.pdf',
        mime: 'application/pdf',
        size: 3,
        sha256: 'x',
        blobId: 'b1',
        addedAt: '2026-01-01T00:00:00.000Z',
      },
    },
  }));
  await db.blobs.put({ id: 'b1', blob: new Blob(['abc']) });
  renderAt({ name: 'applications' });
  const deleteButton = await screen.findByRole('button', { name: 'Delete Doomed' });
  deleteButton.focus();
  fireEvent.click(deleteButton);
  const dialog = screen.getByRole('alertdialog', { name: 'Delete Doomed?' });
  expect(dialog.tagName).toBe('DIALOG');
  expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
  fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  // Back on the button that opened it.
  expect(document.activeElement).toBe(deleteButton);
  expect(await db.applications.count()).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Delete Doomed' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
  });
  await screen.findByText('You have no applications yet. Start one below.');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your applications' })));
  expect(await db.applications.count()).toBe(0);
  expect(await db.blobs.count()).toBe(0);
});
