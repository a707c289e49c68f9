// Validate and verify, Overview and Panelling: what core says is shown, in its words.

import { act, fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { panellingGate } from '../../core/application/gates.ts';
import { takeSnapshot } from '../../core/application/lock.ts';
import { partStatus } from '../../core/application/parts.ts';
import { progress } from '../../core/application/progress.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { storeObservations } from '../../pwa/src/db/observations.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const NOW = '2026-03-01T10:00:00.000Z';

function locked(a: Application): Application {
  return {
    ...a,
    stage: 'locked',
    lock: takeSnapshot(a, NOW),
    supporters: [
      {
        id: 's1',
        name: 'Sam Supporter',
        relationship: 'Manager',
        registration: 'CEng',
        email: '',
        status: 'changes-requested',
        comments: [{ at: NOW, text: 'Say more about C2.' }],
      },
    ],
  };
}

test('the overview shows all ten steps, the current one, core’s blockers and next action, and labelled assumptions', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  const path = await screen.findByRole('list', { name: 'Steps of the application' });
  const expected = progress(app, DEFAULT_RULES);
  expect(within(path).getAllByRole('listitem')).toHaveLength(10);
  expect(path.querySelector('[aria-current="step"]')?.textContent).toContain(expected.steps.find((s) => s.id === expected.current)!.title);
  expect((await screen.findByText('Next action')).nextElementSibling?.textContent).toBe(expected.nextAction);
  for (const b of expected.blockers) expect(screen.getAllByText(b.message, { exact: false }).length).toBeGreaterThan(0);
  const assumptions = screen.getByRole('heading', { name: 'Assumptions' }).nextElementSibling!.nextElementSibling!;
  expect(assumptions.textContent).toMatch(
    /Development Action Plan \(DAP\): Mandatory — Our assumption; sources disagree; check this in Career Manager/,
  );
  expect(assumptions.textContent).toMatch(/Supporters needed: 2 — Our assumption; check this in Career Manager/);
  expect(screen.getByRole('link', { name: 'change them under Rules' }).getAttribute('href')).toBe('#/rules');
  // The task list: each part with its status in the same words as the section badges.
  const parts = partStatus(app, DEFAULT_RULES);
  const tasks = screen.getByRole('list', { name: 'Prepare in the workbook' });
  expect(
    within(tasks)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    expect.stringMatching(new RegExp(`^Registration checklist.*${parts.checklist.words}$`)),
    expect.stringMatching(new RegExp(`^Career history.*${parts.career.words}$`)),
    expect.stringMatching(new RegExp(`^Supporting documents.*${parts.documents.words}$`)),
    expect.stringMatching(/^Panelling.*Not available yet$/),
  ]);
  const sections = screen.getByRole('navigation', { name: 'Application sections' });
  expect(within(sections).getByRole('link', { name: 'Registration checklist' }).getAttribute('aria-describedby')).toBeTruthy();
  expect(within(sections).getByText(parts.checklist.words)).toBeTruthy();
  // What happens in Career Manager is marked as such.
  expect(screen.getByRole('heading', { name: /Done in Career Manager, recorded here/ })).toBeTruthy();
  expect(within(screen.getByRole('list', { name: /Done in Career Manager/ })).getAllByRole('listitem')).toHaveLength(5);
});

test('panelling is unavailable with core’s reasons until the checklist and documents are complete', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'panelling' });
  await screen.findByText(/Panelling becomes available once/);
  for (const r of panellingGate(app, DEFAULT_RULES)) expect(screen.getByText(r.message, { exact: false })).toBeTruthy();
  expect(screen.queryByLabelText('Sector')).toBeNull();
});

test('locking is refused with reasons on an incomplete application', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  await screen.findByText('You cannot lock yet:');
  expect(screen.queryByRole('button', { name: "I've locked it in Career Manager — record it" })).toBeNull();
});

test('unlocking warns that Career Manager loses supporter comments; the workbook keeps them in history and keeps the supporters, to validate again', async () => {
  const app = await storedApplication(locked);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  // The fingerprint is technical detail, behind a disclosure.
  const detail = (await screen.findByText(/Fingerprint \(SHA-256\) of the snapshot/)).closest('details')!;
  expect(detail.open).toBe(false);
  expect(within(detail).getByText(app.lock!.sha256)).toBeTruthy();
  // Locked: the section says changes now are not in the snapshot.
  expect(screen.getByText(/Changes you make now are not in the snapshot/)).toBeTruthy();
  // Submit is gated, with core's reasons.
  expect(screen.getByRole('button', { name: "I've submitted it in Career Manager — record it" }).hasAttribute('disabled')).toBe(true);
  expect(screen.getByText(/Sam Supporter asked for changes/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Unlock…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Unlock the application?' });
  expect(dialog.textContent).toMatch(/Career Manager loses your supporters' comments when you unlock/);
  expect(dialog.textContent).toMatch(/does it say whether Career Manager keeps them as supporters/);
  // What is kept is only what was copied in, supporter by supporter.
  const kept = within(dialog).getByRole('list', { name: 'Comments the workbook keeps' });
  expect(
    within(kept)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([expect.stringMatching(/^Sam Supporter \(Asked for changes\): 1 comment, the latest added \d/)]);
  expect(dialog.textContent).toMatch(/Check that what each supporter asked you to change is among the comments you copied/);
  fireEvent.input(within(dialog).getByLabelText('Why you are unlocking'), { target: { value: 'Add C2 evidence' } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock application' }));
  });
  await screen.findByText('Earlier locks');
  expect(screen.getByText(/Say more about C2\./)).toBeTruthy();
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  const stored = await db.applications.get(app.id);
  expect(stored?.stage).toBe('draft');
  expect(stored?.supporters.map((x) => [x.name, x.status, x.comments])).toEqual([['Sam Supporter', 'invited', []]]);
  expect(screen.getByRole('heading', { name: 'Supporters from before you unlocked' })).toBeTruthy();
  expect(stored?.history.at(-1)).toMatchObject({ type: 'unlocked', reason: 'Add C2 evidence', supporters: [{ name: 'Sam Supporter' }] });
});

test("unlocking never says a supporter's comments are kept when none of theirs was copied into the workbook", async () => {
  const withKim = (a: Application): Application => {
    const l = locked(a);
    const kim = {
      id: 's2',
      name: 'Kim Colleague',
      relationship: 'Client',
      registration: '',
      email: '',
      status: 'validated' as const,
      comments: [],
    };
    return { ...l, supporters: [...l.supporters, kim] };
  };
  const app = await storedApplication(withKim);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  fireEvent.click(await screen.findByRole('button', { name: 'Unlock…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Unlock the application?' });
  const kept = within(dialog).getByRole('list', { name: 'Comments the workbook keeps' });
  expect(within(kept).getByText(/Kim Colleague \(Validated\): no comment copied/)).toBeTruthy();
  expect(dialog.textContent).toMatch(
    /Nothing from Kim Colleague is on their card here\. Add what they wrote in Career Manager to their card/,
  );
  expect(dialog.textContent).not.toMatch(/\(2 kept\)|comments \(\d+ kept\)/);
});

test('comments the companion saved from Career Manager since the lock are named in the unlock question, with where they are', async () => {
  const app = await storedApplication(locked);
  await storeObservations([
    {
      id: 'o1',
      applicationId: app.id,
      kind: 'supporter-comments',
      at: '2026-03-02T09:00:00.000Z',
      url: 'https://careermanager.theiet.org/validate/locked',
      data: {
        supporters: [{ name: 'Sam Supporter CEng', status: 'Changes requested', comments: [{ competence: 'C2', text: 'More on C2.' }] }],
      },
    },
  ]);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  fireEvent.click(await screen.findByRole('button', { name: 'Unlock…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Unlock the application?' });
  await within(dialog).findByText(
    /The companion also saved 1 comment shown in Career Manager on .*: they are on the Overview, under “Seen in Career Manager”\./,
  );
});

test('supporters can only be added once locked; adding one records it', async () => {
  const app = await storedApplication(locked);
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  fireEvent.input(await screen.findByLabelText("Supporter's name"), { target: { value: 'Kim Colleague' } });
  fireEvent.input(screen.getByLabelText('How they know your work'), { target: { value: 'Peer' } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: 'Add supporter' }).closest('form')!);
  });
  await screen.findByLabelText('Status of Kim Colleague');
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  expect((await db.applications.get(app.id))?.supporters.map((s) => s.name)).toEqual(['Sam Supporter', 'Kim Colleague']);
});

test('after unlocking and locking again, earlier supporters can be added again without their old status or comments', async () => {
  const app = await storedApplication((a) => {
    const first = locked(a);
    const unlockedAt = '2026-03-02T10:00:00.000Z';
    const relockedAt = '2026-03-03T10:00:00.000Z';
    return {
      ...first,
      supporters: [],
      lock: takeSnapshot(first, relockedAt),
      history: [
        ...first.history,
        { type: 'unlocked', at: unlockedAt, reason: 'More C2', snapshot: first.lock!, supporters: first.supporters },
      ],
    };
  });
  renderAt({ name: 'app', id: app.id, screen: 'validate' });
  const again = await screen.findByRole('button', { name: 'Add Sam Supporter again' });
  await act(async () => {
    fireEvent.click(again);
  });
  await screen.findByLabelText('Status of Sam Supporter');
  expect(screen.queryByRole('button', { name: 'Add Sam Supporter again' })).toBeNull();
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  const stored = await db.applications.get(app.id);
  expect(stored?.supporters).toMatchObject([
    { name: 'Sam Supporter', relationship: 'Manager', registration: 'CEng', status: 'invited', comments: [] },
  ]);
});
