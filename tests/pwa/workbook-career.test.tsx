// Career history: live counts from core, autosave, and a full disk that loses nothing.

import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { db } from '../../pwa/src/db/database.ts';
import { storageProblem } from '../../pwa/src/db/status.ts';
import { draftFor, flushAll } from '../../pwa/src/state/draft.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);
afterEach(() => {
  vi.restoreAllMocks();
});

async function openCareerWithRole() {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  fireEvent.click(await screen.findByRole('button', { name: 'Add a role' }));
  await screen.findByLabelText('Role 1: Responsibilities');
  return app;
}

test('the character count and page estimates follow the text as it is typed, in the meter that stays in view', async () => {
  await openCareerWithRole();
  // An empty role is not "about 0 pages".
  expect(screen.getByText('Career history: less than a page (guide: 4–5 pages)')).toBeTruthy();
  expect(screen.getByText('Role 1: 0 of about 3,000 characters')).toBeTruthy();
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 1: Responsibilities'), { target: { value: 'x'.repeat(2500) } });
  });
  await screen.findByText('Role 1 in all: 2,500 of about 3,000 characters.');
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 1: Personal Achievements'), { target: { value: 'y'.repeat(1000) } });
  });
  await screen.findByText('Role 1 in all: 3,500 of about 3,000 characters — over the guide.');
  // core's warning, rendered as it words it
  await screen.findByText(/has 3,500 characters; aim for about 3,000/);
  // (3,500 characters plus the role's heading) over 3,000 characters a page
  expect(screen.getByText('Career history: about 1.2 pages (guide: 4–5 pages)')).toBeTruthy();
  expect(screen.getByText('Role 1: 3,500 of about 3,000 characters — over the guide')).toBeTruthy();
  expect(
    screen.getByText(
      'Whole application: about 1.2 pages when printed (a paper application may have at most 12; whether that applies in Career Manager is not said).',
    ),
  ).toBeTruthy();
});

test('typing is saved without any explicit save', async () => {
  const app = await openCareerWithRole();
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 1: employer'), { target: { value: 'Grid Co' } });
  });
  await waitFor(async () => expect((await db.applications.get(app.id))?.roles[0]?.employer).toBe('Grid Co'), { timeout: 3000 });
});

test('a full disk shows a clear message, keeps what was saved and keeps the unsaved text on screen', async () => {
  const app = await openCareerWithRole();
  await act(async () => {
    await flushAll();
  });
  const put = vi.spyOn(db.applications, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  await act(async () => {
    fireEvent.input(screen.getByLabelText('Role 1: employer'), { target: { value: 'Unsaved Ltd' } });
    await flushAll();
  });
  expect(put).toHaveBeenCalled();
  const alert = await screen.findByText(/out of storage space/);
  expect(alert.textContent).toMatch(/Everything saved before it is still here/);
  expect((screen.getByLabelText('Role 1: employer') as HTMLInputElement).value).toBe('Unsaved Ltd');
  const stored = await db.applications.get(app.id);
  expect(stored?.roles).toHaveLength(1);
  expect(stored?.roles[0]?.employer).toBe('');
  expect(draftFor(app.id).hasUnsaved).toBe(true);
  // Space freed: the next save writes the kept text and clears the message.
  put.mockRestore();
  await act(async () => {
    await flushAll();
  });
  expect((await db.applications.get(app.id))?.roles[0]?.employer).toBe('Unsaved Ltd');
  expect(storageProblem.value).toBeNull();
});

test('a submitted application cannot be edited and says why', async () => {
  const app = await storedApplication((a) => ({ ...a, stage: 'submitted', submittedAt: '2026-01-01T00:00:00.000Z' }));
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  expect((await screen.findByRole('button', { name: 'Add a role' })).hasAttribute('disabled')).toBe(true);
  await screen.findByText(/has been submitted, so it can no longer be changed/);
});

test('one role is open at a time; typing in one keeps every role’s own count and label right, also after an earlier role is removed', async () => {
  const role = (id: string, employer: string, text: string) => ({
    id,
    employer,
    title: 'Engineer',
    start: '2015-01-01',
    end: '2016-01-01',
    current: false,
    responsibilities: text,
    achievements: '',
    competences: [],
  });
  const app = await storedApplication((a) => ({
    ...a,
    roles: [role('a', 'Grid Co', 'x'.repeat(100)), role('b', 'Rail Co', 'y'.repeat(200)), role('c', 'Wind Co', '')],
  }));
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  // The first role that still needs something is open; the others are folded, each saying its length.
  await screen.findByText('Role 1 in all: 100 of about 3,000 characters.');
  const toggle = (name: RegExp) => screen.getByRole('button', { name });
  expect(toggle(/^Role 1 \(Grid Co\)/).getAttribute('aria-expanded')).toBe('true');
  expect(toggle(/^Role 2 \(Rail Co\)/).getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByLabelText('Role 2: Responsibilities')).toBeNull();

  // Opening role 2 closes role 1.
  fireEvent.click(toggle(/^Role 2 \(Rail Co\)/));
  await screen.findByLabelText('Role 2: Responsibilities');
  expect(screen.queryByLabelText('Role 1: Responsibilities')).toBeNull();
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 2: Responsibilities'), { target: { value: 'y'.repeat(250) } });
  });
  await screen.findByText('Role 2 in all: 250 of about 3,000 characters.');
  expect(toggle(/^Role 1 \(Grid Co\)/).textContent).toContain('100 characters');
  expect(toggle(/^Role 2 \(Rail Co\)/).textContent).toContain('250 characters');
  expect(toggle(/^Role 3 \(Wind Co\)/).textContent).toContain('0 characters');
  expect(screen.getByText('Role 2: 250 of about 3,000 characters')).toBeTruthy();

  // Role 1 goes: the others move up, with their own text, counts and names.
  fireEvent.click(toggle(/^Role 1 \(Grid Co\)/));
  fireEvent.click(await screen.findByRole('button', { name: 'Remove role 1' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove role 1 for good' }));
  });
  await waitFor(() => expect(screen.queryByRole('button', { name: /^Role 3/ })).toBeNull());
  expect(toggle(/^Role 1 \(Rail Co\)/).textContent).toContain('250 characters');
  expect(toggle(/^Role 2 \(Wind Co\)/).textContent).toContain('0 characters');
  // The removed role was the open one: the first that still needs something opens instead.
  expect(toggle(/^Role 1 \(Rail Co\)/).getAttribute('aria-expanded')).toBe('true');
  expect((screen.getByLabelText('Role 1: employer') as HTMLInputElement).value).toBe('Rail Co');
  fireEvent.click(toggle(/^Role 2 \(Wind Co\)/));
  expect((screen.getByLabelText('Role 2: employer') as HTMLInputElement).value).toBe('Wind Co');
  fireEvent.click(screen.getByRole('button', { name: 'Remove role 2' }));
  expect(screen.getByRole('alertdialog', { name: 'Remove role 2 (Wind Co)?' })).toBeTruthy();
  await act(async () => {
    await flushAll();
  });
  expect((await db.applications.get(app.id))?.roles.map((r) => r.responsibilities.length)).toEqual([250, 0]);
});
