// An edit owns what it stores: what the caller passes in cannot change the edited application
// afterwards, while the roles an edit leaves alone are shared with the application before it
// (a key typed in one role copies that role, not every role's long texts).
import { expect, test } from 'vitest';
import { editApplication } from '../../core/application/edit.ts';
import type { CompetenceCode } from '../../core/types.ts';
import { filledDraft, must, role, T1 } from './fixtures.ts';

test('a role passed to an edit and changed by the caller afterwards leaves the edited application as it was', () => {
  const app = must(editApplication(filledDraft(), { roles: [role('r1', 'Acme Ltd')] }, T1));
  const typed = { ...app.roles[0]!, responsibilities: 'I wrote the test plan.', competences: ['A1'] as CompetenceCode[] };
  const added = role('r2', 'Beta plc');
  const edited = must(editApplication(app, { roles: [typed, added] }, T1));

  typed.responsibilities = 'changed later';
  typed.competences.push('B2');
  added.employer = 'changed later';

  expect(edited.roles.map((r) => [r.employer, r.responsibilities, r.competences])).toEqual([
    ['Acme Ltd', 'I wrote the test plan.', ['A1']],
    ['Beta plc', role('r2', 'Beta plc').responsibilities, []],
  ]);
});

test('the roles an edit does not change are the application’s own, not copies', () => {
  const app = must(editApplication(filledDraft(), { roles: [role('r1', 'Acme Ltd'), role('r2', 'Beta plc'), role('r3', 'Gamma')] }, T1));
  const roles = app.roles.map((r) => (r.id === 'r2' ? { ...r, responsibilities: `${r.responsibilities} More.` } : r));
  const edited = must(editApplication(app, { roles }, T1));

  expect(edited.roles[0]).toBe(app.roles[0]);
  expect(edited.roles[2]).toBe(app.roles[2]);
  expect(edited.roles[1]).not.toBe(roles[1]);
  expect(edited.roles[1]!.responsibilities).toBe(`${app.roles[1]!.responsibilities} More.`);
});
