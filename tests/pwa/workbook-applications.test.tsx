// The applications list: create with category and route, rename, delete only after confirming.
import { beforeEach, expect, test } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
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
  await screen.findByRole('heading', { level: 2, name: 'Overview' });
  await screen.findByText('Next action');
});

test('an application is renamed from the list', async () => {
  const app = await storedApplication((a) => ({ ...a, name: 'Old name' }));
  renderAt({ name: 'applications' });
  fireEvent.click(await screen.findByRole('button', { name: 'Rename Old name' }));
  fireEvent.input(screen.getByLabelText('New name for Old name'), { target: { value: '   ' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
  });
  await screen.findByText('Give the application a name.');
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
    documents: { 'development-action-plan': { typeId: 'development-action-plan', name: 'dap.pdf', mime: 'application/pdf', size: 3, sha256: 'x', blobId: 'b1', addedAt: '2026-01-01T00:00:00.000Z' } },
  }));
  await db.blobs.put({ id: 'b1', blob: new Blob(['abc']) });
  renderAt({ name: 'applications' });
  fireEvent.click(await screen.findByRole('button', { name: 'Delete Doomed' }));
  expect(screen.getByRole('alertdialog', { name: 'Delete Doomed?' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
  expect(await db.applications.count()).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Delete Doomed' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
  });
  await screen.findByText('You have no applications yet. Start one below.');
  expect(await db.applications.count()).toBe(0);
  expect(await db.blobs.count()).toBe(0);
});
