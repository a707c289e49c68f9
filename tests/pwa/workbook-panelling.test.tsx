// Panelling once available: the interview location follows the category rule from core.
import { beforeEach, expect, test } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { NOT_APPLICABLE } from '../../core/index.ts';
import { db } from '../../pwa/src/db/database.ts';
import { complete, freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

test('EngTech: the interview location is fixed to Not applicable; sector and specialisms are saved', async () => {
  const app = await storedApplication((a) => complete({ ...a, category: 'EngTech', panelling: { ...a.panelling, interviewLocation: NOT_APPLICABLE } }));
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  fireEvent.input(await screen.findByLabelText('Sector'), { target: { value: 'Energy' } });
  fireEvent.input(screen.getByLabelText('Specialism 1'), { target: { value: 'Metering' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a specialism' }));
  fireEvent.input(await screen.findByLabelText('Specialism 2'), { target: { value: 'Cabling' } });
  expect(screen.queryByLabelText('Interview location')).toBeNull();
  expect(screen.getByText(/EngTech applicants choose “Not applicable”/)).toBeTruthy();
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Save panelling information' }).closest('form')!);
  });
  await screen.findByText('Panelling information saved.');
  await waitFor(async () => expect((await db.applications.get(app.id))?.panelling).toEqual({ sector: 'Energy', specialisms: ['Metering', 'Cabling'], interviewLocation: NOT_APPLICABLE }));
});

test('CEng: saving without an interview location is refused with core’s reason', async () => {
  const app = await storedApplication(complete);
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  fireEvent.input(await screen.findByLabelText('Sector'), { target: { value: 'Energy' } });
  expect(screen.getByLabelText(/Interview location/)).toBeTruthy();
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Save panelling information' }).closest('form')!);
  });
  await screen.findByText(/choose an interview location \(required for CEng\)/);
  expect((await db.applications.get(app.id))?.panelling.sector).toBe('');
});
