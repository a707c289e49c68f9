// Corrections and warnings: changes since the lock at submit, post-submission stages that can be
// removed and dated sensibly, nonsense dates beside their fields, competence coverage as advice.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { takeSnapshot } from '../../core/application/lock.ts';
import { progress } from '../../core/application/progress.ts';
import { checklistStatus } from '../../core/application/status.ts';
import { submitWarnings } from '../../core/application/submit.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { Application, Supporter } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { complete, freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const LOCKED_AT = '2026-03-01T10:00:00.000Z';
const SUBMITTED_AT = '2026-03-05T10:00:00.000Z';

const supporter = (id: string, name: string): Supporter => ({
  id,
  name,
  relationship: 'Manager',
  registration: 'CEng',
  email: `${id}@example.org`,
  status: 'validated',
  comments: [],
});

/** Locked and validated by two supporters, then the name and sector changed after the lock. */
function validatedThenChanged(a: Application): Application {
  const ready = { ...complete(a), panelling: { sector: 'Energy', specialisms: [], interviewLocation: 'Online' } };
  const lockedApp: Application = {
    ...ready,
    stage: 'locked',
    lock: takeSnapshot(ready, LOCKED_AT),
    supporters: [supporter('s1', 'Grace Hopper'), supporter('s2', 'Alan Turing')],
  };
  return {
    ...lockedApp,
    personal: { ...lockedApp.personal, fullName: 'Ada King' },
    panelling: { ...lockedApp.panelling, sector: 'Transport' },
  };
}

function submitted(a: Application): Application {
  const ready = complete(a);
  return { ...ready, stage: 'submitted', lock: takeSnapshot(ready, LOCKED_AT), submittedAt: SUBMITTED_AT };
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
}

test('submit warns, without blocking, that changes since the lock are not in what supporters and assessors see', async () => {
  const app = await storedApplication(validatedThenChanged);
  const [warning] = submitWarnings(app);
  expect(warning?.message).toMatch(/Personal details: Full name; Panelling: Sector/);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  await screen.findByText('Before you submit:');
  expect(screen.getByText(warning!.message)).toBeTruthy();
  expect(screen.queryByText(/Everything is in place/)).toBeNull();
  expect(screen.getByRole('button', { name: "I've submitted it in Career Manager — record it" }).hasAttribute('disabled')).toBe(false);
});

test('Submit application asks first, saying what it records, with the changes since the lock; Cancel and Escape change nothing', async () => {
  const app = await storedApplication(validatedThenChanged);
  const [warning] = submitWarnings(app);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  const button = await screen.findByRole('button', { name: "I've submitted it in Career Manager — record it" });
  button.focus();
  fireEvent.click(button);
  let dialog = screen.getByRole('alertdialog', { name: 'Record the submission?' });
  expect(within(dialog).getByText(/workbook copy is read-only/)).toBeTruthy();
  expect(within(dialog).getByText(/submitted the application in Career Manager/)).toBeTruthy();
  expect(within(dialog).getByText(warning!.message)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Not yet' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(document.activeElement).toBe(button);

  fireEvent.click(button);
  dialog = screen.getByRole('alertdialog', { name: 'Record the submission?' });
  await act(async () => {
    fireEvent(dialog, new Event('cancel'));
    fireEvent(dialog, new Event('close'));
  });
  expect(screen.queryByRole('alertdialog')).toBeNull();
  await settle();
  expect((await db.applications.get(app.id))?.stage).toBe('locked');

  fireEvent.click(button);
  await act(async () => {
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Record the submission' }));
  });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'After submission' })));
  await settle();
  expect((await db.applications.get(app.id))?.stage).toBe('submitted');
});

test('with no changes since the lock, the submit question carries no warning', async () => {
  const app = await storedApplication((a) => {
    const changed = validatedThenChanged(a);
    return { ...changed, personal: changed.lock!.content.personal, panelling: changed.lock!.content.panelling };
  });
  expect(submitWarnings(app)).toEqual([]);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  fireEvent.click(await screen.findByRole('button', { name: "I've submitted it in Career Manager — record it" }));
  const dialog = screen.getByRole('alertdialog', { name: 'Record the submission?' });
  expect(within(dialog).queryByText('Before you submit:')).toBeNull();
});

test('the overview’s next action and a warning say the application changed since the lock', async () => {
  const app = await storedApplication(validatedThenChanged);
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  await screen.findByRole('heading', { name: 'Changed since the lock' });
  const expected = progress(app, DEFAULT_RULES);
  expect(screen.getByText('Next action').nextElementSibling?.textContent).toBe(expected.nextAction);
  expect(expected.nextAction).toMatch(/changed the application since the lock/);
  expect(screen.getByText(expected.warnings[0]!.message, { exact: false })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'See the changes on Validate / Verify' })).toBeTruthy();
});

test('a stage dated before the submission is refused in plain words; a stage recorded by mistake can be removed', async () => {
  const app = await storedApplication(submitted);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  const date = await screen.findByLabelText('Date reached');
  fireEvent.input(date, { target: { value: '2020-01-01' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Record stage' }).closest('form')!);
  });
  // GOV.UK errors: a summary at the top of the form linking to the field, the message at the field.
  const message = 'The date cannot be before you submitted (5 March 2026).';
  const link = await screen.findByRole('link', { name: message });
  expect(link.closest('[role="alert"]')?.textContent).toMatch(/^There is a problem/);
  const field = screen.getByLabelText('Date reached');
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
  expect(described).toContain(`Error: ${message}`);
  fireEvent.click(link);
  await waitFor(() => expect(document.activeElement).toBe(field));
  expect(screen.queryByText(/YYYY/)).toBeNull();
  // Leaving the screen and coming back shows the form afresh, not the old refusal.
  await go({ name: 'app', id: app.id, screen: 'overview' });
  await go({ name: 'app', id: app.id, screen: 'validate' });
  await screen.findByLabelText('Date reached');
  expect(screen.queryByText(message, { exact: false })).toBeNull();
  expect(screen.getByLabelText('Date reached').getAttribute('aria-invalid')).toBeNull();
  fireEvent.input(screen.getByLabelText('Date reached'), { target: { value: '2020-01-01' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Record stage' }).closest('form')!);
  });
  await screen.findByRole('link', { name: message });

  fireEvent.change(screen.getByLabelText('Stage reached'), { target: { value: 'decision' } });
  fireEvent.input(screen.getByLabelText('Date reached'), { target: { value: '2026-03-10' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Record stage' }).closest('form')!);
  });
  const remove = await screen.findByRole('button', { name: 'Remove Decision' });
  expect(screen.getByText(/reached on 10 March 2026/)).toBeTruthy();
  // The next try that works clears the error, at the top and at the field.
  expect(screen.queryByText(message, { exact: false })).toBeNull();
  expect(screen.getByLabelText('Date reached').getAttribute('aria-invalid')).toBeNull();
  // Removing deletes the stage's note too, so it asks first; keeping it changes nothing.
  fireEvent.click(remove);
  let dialog = screen.getByRole('alertdialog', { name: 'Remove Decision?' });
  expect(within(dialog).getByText(/“Decision” \(10 March 2026\)/)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  await settle();
  expect((await db.applications.get(app.id))?.postSubmission).toHaveLength(1);
  fireEvent.click(remove);
  dialog = screen.getByRole('alertdialog', { name: 'Remove Decision?' });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Decision for good' }));
  });
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Decision' })).toBeNull());
  // Focus goes on from the section's heading, not to the page's body.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'After submission' })));
  await settle();
  expect((await db.applications.get(app.id))?.postSubmission).toEqual([]);
});

test('a role that ends before it starts is said beside its dates and keeps the career history incomplete', async () => {
  const app = await storedApplication((a) => ({
    ...complete(a),
    roles: [
      {
        id: 'r',
        employer: 'Grid Co',
        title: 'Technician',
        start: '2020-05-01',
        end: '2019-03-01',
        current: false,
        responsibilities: 'I maintain.',
        achievements: 'I improved.',
        competences: [],
      },
    ],
  }));
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  await screen.findByText('This role ends (1 March 2019) before it starts (1 May 2020): check both dates.');
  fireEvent.input(screen.getByLabelText('Role 1: end date'), { target: { value: '2021-03-01' } });
  await waitFor(() => expect(screen.queryByText(/before it starts/)).toBeNull());
});

test('a consultation dated in the future is flagged beside the field and in the checklist; competence coverage reads as optional advice', async () => {
  const app = await storedApplication((a) => ({
    ...complete(a),
    pra: { answer: 'yes', who: 'pra', date: '2999-01-01', adviser: 'Grace' },
  }));
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  await screen.findByText('The consultation date (1 January 2999) is in the future.');
  // The adviser item is advice: what it lacks is said, never as something missing that holds the application up.
  const pra = screen.getByRole('heading', { name: /Draft shared with an adviser/ }).closest('li')!;
  expect(within(pra).getByText('A consultation date that is not in the future.')).toBeTruthy();
  expect(within(pra).queryByText(/^Missing:/)).toBeNull();
  const advice = checklistStatus(app, DEFAULT_RULES).find((s) => s.item.id === 'competence-evidence')!;
  const item = screen.getByRole('heading', { name: /Evidence for every competence/ }).closest('li')!;
  expect(within(item).getByText('Optional advice')).toBeTruthy();
  expect(within(item).getByText(/^Not yet shown in any role: A1, A2, /)).toBeTruthy();
  expect(advice.missing).toHaveLength(1);
  expect(within(item).queryByText(/^Missing:/)).toBeNull();
  expect(within(item).queryByText('Not complete yet')).toBeNull();
});

test('the optional development scheme reads as optional, never as missing', async () => {
  const app = await storedApplication((a) => ({ ...complete(a), scheme: { completed: false, name: '' } }));
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  const item = (await screen.findByRole('heading', { name: /Completed professional development scheme/ })).closest('li')!;
  expect(within(item).getByText('Optional — only if you have one')).toBeTruthy();
  expect(within(item).getByText('Leave this if it does not apply to you.')).toBeTruthy();
  expect(within(item).queryByText(/Missing|Not complete yet/)).toBeNull();
  expect(within(item).getByText('If it applies to you, add a completed professional development scheme')).toBeTruthy();
});
