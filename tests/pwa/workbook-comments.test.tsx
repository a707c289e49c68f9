// Mentor comments in place on the workbook's own screens: beside the role field, checklist item,
// document or competence they are about; outdated once that text changes; resolvable there.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { againstOf } from '../../core/exchange/anchors.ts';
import type { ReviewFile } from '../../core/exchange/review.ts';
import type { Anchor } from '../../core/exchange/review-types.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { importReview } from '../../pwa/src/db/reviews.ts';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { complete, freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const AT = '2026-11-20T10:00:00.000Z';

/** A review of `app` with one comment per anchor, imported as the applicant would. */
async function reviewed(app: Application, comments: [Anchor, string][]): Promise<void> {
  const file: ReviewFile = {
    format: 'proreg-companion/review',
    version: 1,
    exportedAt: AT,
    exportedBy: { app: 'ProReg Companion', version: '0.1.0' },
    review: {
      id: 'rev-1',
      mentor: 'Morgan Mentor',
      createdAt: AT,
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments: comments.map(([anchor, text], i) => ({ id: `c${i}`, anchor, text, at: AT, against: againstOf(app, anchor) })),
    },
  };
  await importReview(file, app);
}

async function twoRoles(): Promise<Application> {
  return storedApplication((a) => {
    const done = complete(a);
    const second = {
      ...done.roles[0]!,
      id: 'r2',
      employer: 'Wind Ltd',
      title: 'Engineer',
      responsibilities: 'I design turbines.',
      achievements: 'I cut costs.',
    };
    return { ...done, roles: [...done.roles, second] };
  });
}

/** Opens a folded role by its header, which says how many mentor comments it holds. */
async function openRole(name: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
}

test('a comment on a role field appears under that field of that role, with who and when; a folded role says it has one', async () => {
  const app = await twoRoles();
  await reviewed(app, [[{ kind: 'role', roleId: 'r2', field: 'achievements' }, 'By how much did you cut costs?']]);
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const header = await screen.findByRole('button', { name: /^Role 2 \(Wind Ltd\).*1 mentor comment/ });
  expect(header.getAttribute('aria-expanded')).toBe('false');
  expect(screen.getByRole('button', { name: /^Role 1 \(Grid Co\)/ }).textContent).not.toMatch(/mentor comment/);
  await openRole(/^Role 2 \(Wind Ltd\)/);
  const list = await screen.findByRole('list', { name: 'Mentor comments on Engineer at Wind Ltd: Personal Achievements' });
  expect(list.textContent).toContain('By how much did you cut costs?');
  expect(list.textContent).toContain('Morgan Mentor');
  expect(list.textContent).toContain('2026');
  // Inside the second role, straight after its Personal Achievements box, and nowhere else.
  const role2 = screen.getByRole('region', { name: 'Role 2 (Wind Ltd)' });
  expect(role2.contains(list)).toBe(true);
  expect(list.previousElementSibling?.querySelector('textarea')).toBe(screen.getByLabelText('Role 2: Personal Achievements'));
  expect(within(screen.getByRole('region', { name: 'Role 1 (Grid Co)' })).queryByRole('list', { name: /^Mentor comments/ })).toBeNull();
  expect(screen.getAllByRole('list', { name: /^Mentor comments/ })).toHaveLength(1);
});

test('editing the commented text marks the comment outdated and shows what it was written against; it can be resolved there', async () => {
  const app = await twoRoles();
  await reviewed(app, [[{ kind: 'role', roleId: 'r2', field: 'achievements' }, 'By how much did you cut costs?']]);
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  await openRole(/^Role 2 \(Wind Ltd\)/);
  const name = 'Mentor comments on Engineer at Wind Ltd: Personal Achievements';
  const list = await screen.findByRole('list', { name });
  expect(list.textContent).not.toMatch(/Outdated/);
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 2: Personal Achievements'), { target: { value: 'I cut costs by 12% in a year.' } });
  });
  const after = await screen.findByRole('list', { name });
  await waitFor(() => expect(after.textContent).toMatch(/Outdated: the text has changed since this comment was written/));
  expect(within(after).getByText('The text it was written against')).toBeTruthy();
  expect(within(after).getByText('I cut costs.')).toBeTruthy();
  // Changing it back makes it current again.
  await act(() => {
    fireEvent.input(screen.getByLabelText('Role 2: Personal Achievements'), { target: { value: 'I cut costs.' } });
  });
  await waitFor(() => expect(screen.getByRole('list', { name }).textContent).not.toMatch(/Outdated/));

  const resolve = within(screen.getByRole('list', { name })).getByRole('button', { name: /^Resolve comment: By how much/ });
  resolve.focus();
  await act(() => {
    fireEvent.click(resolve);
  });
  // Marked resolved where it is, focus still on its button, which now reopens it.
  await waitFor(() => expect(screen.getByRole('list', { name }).textContent).toMatch(/Resolved/));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Reopen comment: By how much/ }));
  const stored = await db.comments.toArray();
  expect(stored).toHaveLength(1);
  expect((stored[0]!.data as { resolvedAt: string | null }).resolvedAt).not.toBeNull();
  // Once the screen is left, resolved comments no longer show beside the text.
  await go({ name: 'app', id: app.id, screen: 'overview' });
  await go({ name: 'app', id: app.id, screen: 'career' });
  await screen.findByLabelText('Role 2: Personal Achievements');
  expect(screen.queryByRole('list', { name })).toBeNull();
  await flushAll();
});

test('checklist, document and competence comments sit beside their item; the overview counts them and links to each screen', async () => {
  const app = await twoRoles();
  const withCompetence = { ...app, roles: [{ ...app.roles[0]!, competences: ['A1' as const] }, app.roles[1]!] };
  await db.applications.put(withCompetence);
  await reviewed(withCompetence, [
    [{ kind: 'checklist', itemId: 'pra-consultation' }, 'Add the adviser you met.'],
    [{ kind: 'document', typeId: 'accountability-diagram' }, 'Show who you report to.'],
    [{ kind: 'competence', code: 'A1' }, 'Only one role shows A1.'],
    [{ kind: 'application' }, 'A strong start overall.'],
    [{ kind: 'role', roleId: 'gone', field: 'title' }, 'About a role since removed.'],
  ]);
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  await screen.findByText('5 open comments from your mentor. Each one is shown beside the part it is about:');
  const where = screen.getByRole('list', { name: 'Where the open mentor comments are' });
  const links = within(where)
    .getAllByRole('link')
    .map((l) => [l.textContent, l.getAttribute('href')]);
  expect(links).toEqual([
    ['1 on Registration checklist', `#/app/${app.id}/checklist`],
    ['1 on Career history', `#/app/${app.id}/career`],
    ['1 on Supporting documents', `#/app/${app.id}/documents`],
    ['1 on parts no longer in the application (see Export and review)', `#/app/${app.id}/exchange`],
  ]);
  expect(where.textContent).toContain('1 on the application as a whole (below)');
  expect((await screen.findByRole('list', { name: 'Mentor comments on The application as a whole' })).textContent).toContain(
    'A strong start overall.',
  );

  await go({ name: 'app', id: app.id, screen: 'checklist' });
  const checklist = await screen.findByRole('list', { name: /^Mentor comments on Checklist: / });
  expect(checklist.textContent).toContain('Add the adviser you met.');
  expect(checklist.closest('li.card')?.querySelector('h3')?.textContent).toMatch(/Professional Registration Adviser|PRA/i);

  await go({ name: 'app', id: app.id, screen: 'documents' });
  const doc = await screen.findByRole('list', { name: /^Mentor comments on Document: / });
  expect(doc.textContent).toContain('Show who you report to.');
  expect(doc.closest('li.card')?.querySelector('h3')?.textContent).toMatch(/accountability/i);

  await go({ name: 'app', id: app.id, screen: 'career' });
  const competence = await screen.findByRole('list', { name: 'Mentor comments on Competence A1' });
  expect(competence.closest('li')?.textContent).toMatch(/^A1 .*Role 1 \(Grid Co\)/);
});
