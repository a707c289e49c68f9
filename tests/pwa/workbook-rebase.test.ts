// Two tabs editing at once: unsaved edits here are kept on top of what another tab saved.

import { waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { beforeEach, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { editApplication } from '../../core/application/edit.ts';
import { snapshotContent } from '../../core/application/hashing.ts';
import { lock } from '../../core/application/lock.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { Application, Role } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { Draft, draftFor, flushAll } from '../../pwa/src/state/draft.ts';
import { merge3 } from '../../pwa/src/state/merge.ts';
import { rebase, replay, type Transition } from '../../pwa/src/state/rebase.ts';
import { complete, freshWorkbook, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const NOW = '2026-02-01T00:00:00.000Z';
const edited = (app: Application, patch: Parameters<typeof editApplication>[1]) => {
  const r = editApplication(app, patch, NOW);
  if (!r.ok) throw new Error('refused');
  return r.value;
};

test('an unsaved edit here and a saved edit in another tab both survive', async () => {
  const app = await storedApplication();
  const draft = draftFor(app.id);
  await waitFor(() => expect(draft.app.value).toBeTruthy());
  draft.apply((a, now) => editApplication(a, { personal: { ...a.personal, fullName: 'Typed here' } }, now));
  // Another tab saves a different field meanwhile.
  await db.applications.put(edited(app, { pra: { answer: 'yes', who: 'pra', date: '2025-01-01', adviser: 'Grace' } }));
  await waitFor(() => expect(draft.app.value?.pra.adviser).toBe('Grace'));
  expect(draft.app.value?.personal.fullName).toBe('Typed here');
  await flushAll();
  const stored = await db.applications.get(app.id);
  expect(stored?.personal.fullName).toBe('Typed here');
  expect(stored?.pra.adviser).toBe('Grace');
  expect(draft.hasUnsaved).toBe(false);
});

test('content edits are re-applied through core: once the other tab submitted, they are refused with its reason', () => {
  const base = complete(storedShape());
  const local = edited(base, { name: 'Renamed here' });
  const remote: Application = { ...base, stage: 'submitted', submittedAt: NOW };
  const r = rebase(local, base, remote, NOW);
  expect(r.pending).toBe(false);
  expect(r.app).toBe(remote);
  expect(r.refused[0]?.message).toBeTruthy();
});

test('a transition made here (lock) runs again on what another tab saved: its edit stays, and the snapshot includes it', () => {
  const base = { ...complete(storedShape()), panelling: { sector: 'Energy', specialisms: [], interviewLocation: 'Online' } };
  const take: Transition = (a, now) => lock(a, now, DEFAULT_RULES);
  const locked = take(base, NOW);
  if (!locked.ok) throw new Error(locked.reasons.map((x) => x.message).join());
  const remote = edited(base, { name: 'Elsewhere' });
  const r = replay([{ before: base, after: locked.value, redo: take }], remote, NOW);
  expect(r.refused).toEqual([]);
  expect(r.app.name).toBe('Elsewhere');
  expect(r.app.stage).toBe('locked');
  expect(r.app.lock?.content).toEqual(snapshotContent(remote));
});

test('a transition core now refuses on what is stored is dropped, with its reason', () => {
  const base = { ...complete(storedShape()), panelling: { sector: 'Energy', specialisms: [], interviewLocation: 'Online' } };
  const take: Transition = (a, now) => lock(a, now, DEFAULT_RULES);
  const mine = take(base, NOW);
  const theirs = take(base, '2026-02-01T00:00:01.000Z');
  if (!mine.ok || !theirs.ok) throw new Error('lock refused');
  const r = replay([{ before: base, after: mine.value, redo: take }], theirs.value, NOW);
  expect(r.app).toBe(theirs.value);
  expect(r.steps).toEqual([]);
  expect(r.refused.map((x) => x.code)).toEqual(['already-locked']);
});

test('knowing only the two versions (a closed tab’s unsaved record), parts that only make sense whole keep the stored one when both changed', () => {
  const base = complete(storedShape());
  const local = { ...base, category: 'IEng' as const, roles: base.roles.map((x) => ({ ...x, title: 'Typed here' })) };
  const remote = { ...base, category: 'EngTech' as const, panelling: { ...base.panelling, sector: 'Saved there' } };
  const r = rebase(local, base, remote, NOW);
  expect(r.app.category).toBe('EngTech');
  expect(r.app.panelling.sector).toBe('Saved there');
  expect(r.app.roles[0]?.title).toBe('Typed here');
  // Changed only here: taken.
  expect(rebase(local, base, { ...base, name: 'Renamed there' }, NOW).app).toMatchObject({ category: 'IEng', name: 'Renamed there' });
});

const role = (id: string, more: Partial<Role> = {}): Role => ({
  id,
  employer: `Employer ${id}`,
  title: `Title ${id}`,
  start: '2020-01-01',
  end: '',
  current: true,
  responsibilities: `Responsibilities ${id}`,
  achievements: `Achievements ${id}`,
  competences: [],
  ...more,
});
const withRoles = (...roles: Role[]): Application => ({ ...storedShape(), roles });
const change = (app: Application, id: string, more: Partial<Role>): Application => ({
  ...app,
  roles: app.roles.map((r) => (r.id === id ? { ...r, ...more } : r)),
});
const merged = (local: Application, base: Application, remote: Application) => {
  const r = rebase(local, base, remote, NOW);
  expect(r.refused).toEqual([]);
  return r.app;
};

test('edits to different roles in two tabs both survive', () => {
  const base = withRoles(role('a'), role('b'));
  const local = change(base, 'a', { achievements: 'Typed here' });
  const remote = change(base, 'b', { responsibilities: 'Saved there' });
  const out = merged(local, base, remote);
  expect(out.roles.map((r) => [r.id, r.achievements, r.responsibilities])).toEqual([
    ['a', 'Typed here', 'Responsibilities a'],
    ['b', 'Achievements b', 'Saved there'],
  ]);
});

test("edits to different fields of one role both survive; the same field edited in both keeps this tab's text", () => {
  const base = withRoles(role('a'));
  const local = change(base, 'a', { title: 'Title here', achievements: 'Achievements here' });
  const remote = change(base, 'a', { responsibilities: 'Responsibilities there', achievements: 'Achievements there' });
  expect(merged(local, base, remote).roles).toEqual([
    { ...role('a'), title: 'Title here', responsibilities: 'Responsibilities there', achievements: 'Achievements here' },
  ]);
});

test("roles added in each tab are all kept, the other tab's after the role it follows there", () => {
  const base = withRoles(role('a'), role('b'));
  const local = { ...base, roles: [...base.roles, role('mine')] };
  const remote = { ...base, roles: [role('a'), role('theirs'), role('b')] };
  expect(merged(local, base, remote).roles.map((r) => r.id)).toEqual(['a', 'theirs', 'b', 'mine']);
});

test('a role deleted in one tab and left alone in the other stays deleted, either way round', () => {
  const base = withRoles(role('a'), role('b'));
  // Deleted here (unsaved), untouched there; the other tab edited another role.
  const hereDeleted = merged({ ...base, roles: [role('a')] }, base, change(base, 'a', { title: 'There' }));
  expect(hereDeleted.roles).toEqual([role('a', { title: 'There' })]);
  // Deleted there (saved), untouched here; this tab edited another role.
  const thereDeleted = merged(change(base, 'a', { title: 'Here' }), base, { ...base, roles: [role('a')] });
  expect(thereDeleted.roles).toEqual([role('a', { title: 'Here' })]);
});

test('a role deleted in one tab and edited in the other is kept with the edit (deleting again is one click; lost writing is gone)', () => {
  const base = withRoles(role('a'), role('b'));
  // Deleted here (unsaved), edited there (saved): it comes back with the other tab's edit.
  const back = merged({ ...base, roles: [role('a')] }, base, change(base, 'b', { achievements: 'Written there' }));
  expect(back.roles).toEqual([role('a'), role('b', { achievements: 'Written there' })]);
  // Edited here (unsaved), deleted there (saved): it stays, with what is being typed here.
  const kept = merged(change(base, 'b', { achievements: 'Typing here' }), base, { ...base, roles: [role('a')] });
  expect(kept.roles).toEqual([role('a'), role('b', { achievements: 'Typing here' })]);
});

test('qualifications, development records, checklist entries and personal details merge per item and per field', () => {
  const base: Application = {
    ...storedShape(),
    qualifications: [{ id: 'q1', title: 'HNC', institution: 'College', year: '2010', accredited: false }],
    development: [{ id: 'd1', date: '2024-01-01', title: 'Course', notes: '' }],
    checklist: { 'register-fee': { done: false, note: '' } },
  };
  const local: Application = {
    ...base,
    qualifications: [{ ...base.qualifications[0]!, year: '2011' }],
    development: [...base.development, { id: 'd2', date: '2025-01-01', title: 'Mine', notes: '' }],
    checklist: { 'register-fee': { done: true, note: '' } },
    personal: { ...base.personal, fullName: 'Here' },
  };
  const remote: Application = {
    ...base,
    qualifications: [{ ...base.qualifications[0]!, accredited: true }],
    development: [{ ...base.development[0]!, notes: 'Theirs' }],
    checklist: { 'register-fee': { done: false, note: 'Paid by card' } },
    personal: { ...base.personal, email: 'there@example.org' },
  };
  const out = merged(local, base, remote);
  expect(out.qualifications).toEqual([{ id: 'q1', title: 'HNC', institution: 'College', year: '2011', accredited: true }]);
  expect(out.development).toEqual([
    { id: 'd1', date: '2024-01-01', title: 'Course', notes: 'Theirs' },
    { id: 'd2', date: '2025-01-01', title: 'Mine', notes: '' },
  ]);
  expect(out.checklist['register-fee']).toEqual({ done: true, note: 'Paid by card' });
  expect(out.personal).toEqual({ ...base.personal, fullName: 'Here', email: 'there@example.org' });
});

test("a document reference is never mixed from two files: the same type replaced in both keeps this tab's file whole", () => {
  const doc = (name: string, size: number, mime = 'application/pdf') => ({
    typeId: 'cv',
    name,
    mime,
    size,
    sha256: name.padEnd(64, '0'),
    blobId: `blob-${name}`,
    addedAt: NOW,
  });
  const base = { ...storedShape(), documents: { cv: doc('old', 10) } };
  const local = { ...base, documents: { cv: doc('mine', 10) } };
  const remote = { ...base, documents: { cv: doc('theirs', 20) } };
  expect(merge3(base.documents, local.documents, remote.documents, 'entries')).toEqual({ cv: doc('mine', 10) });
  // The deep merge would have mixed them (size from the other file): the reason documents are kept whole.
  expect(merge3(base.documents, local.documents, remote.documents, 'deep').cv?.size).toBe(20);
  expect(merged(local, base, remote).documents).toEqual({ cv: doc('mine', 10) });
});

test('any edits to different role fields in the two tabs all survive (property)', () => {
  const FIELDS = ['employer', 'title', 'responsibilities', 'achievements'] as const;
  const edit = fc.record({ role: fc.nat(4), field: fc.constantFrom(...FIELDS), text: fc.string() });
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (here, there) => {
      const base = withRoles(...['a', 'b', 'c', 'd', 'e'].map((id) => role(id)));
      const apply = (app: Application, edits: typeof here) =>
        edits.reduce((a, e) => change(a, app.roles[e.role]!.id, { [e.field]: e.text }), app);
      const [local, remote] = [apply(base, here), apply(base, there)];
      const out = rebase(local, base, remote, NOW).app;
      // Each field: this tab's text where it changed it, otherwise the other tab's.
      out.roles.forEach((r, i) => {
        for (const f of FIELDS) expect(r[f]).toBe(local.roles[i]![f] !== base.roles[i]![f] ? local.roles[i]![f] : remote.roles[i]![f]);
      });
      expect(out.roles.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    }),
    { numRuns: 300 },
  );
});

test('two tabs typing into different roles: both texts end up stored', async () => {
  const app = await storedApplication((a) => ({ ...a, roles: [role('a'), role('b')] }));
  const draft = draftFor(app.id);
  await waitFor(() => expect(draft.app.value).toBeTruthy());
  draft.apply((a, now) =>
    editApplication(a, { roles: a.roles.map((r) => (r.id === 'a' ? { ...r, achievements: 'Typed in this tab' } : r)) }, now),
  );
  // The other tab saves its edit to the second role before this tab's save.
  await db.applications.put(
    edited(app, { roles: app.roles.map((r) => (r.id === 'b' ? { ...r, responsibilities: 'Saved by the other tab' } : r)) }),
  );
  await waitFor(() => expect(draft.app.value?.roles[1]?.responsibilities).toBe('Saved by the other tab'));
  expect(draft.app.value?.roles[0]?.achievements).toBe('Typed in this tab');
  await flushAll();
  const stored = await db.applications.get(app.id);
  expect(stored?.roles.map((r) => [r.achievements, r.responsibilities])).toEqual([
    ['Typed in this tab', 'Responsibilities a'],
    ['Achievements b', 'Saved by the other tab'],
  ]);
});

test('two tabs saving at the same instant: the later write merges what the earlier one stored instead of overwriting it', async () => {
  const app = await storedApplication((a) => ({ ...a, roles: [role('a'), role('b')] }));
  // Two drafts of one application stand for two tabs.
  const [one, two] = [new Draft(app.id), new Draft(app.id)];
  await waitFor(() => expect(one.app.value && two.app.value).toBeTruthy());
  const typeInto = (d: Draft, id: string, text: string) =>
    d.apply((a, now) => editApplication(a, { roles: a.roles.map((r) => (r.id === id ? { ...r, achievements: text } : r)) }, now));
  typeInto(one, 'a', 'From tab one');
  typeInto(two, 'b', 'From tab two');
  // Both writes start before either tab has heard of the other's.
  expect(await Promise.all([one.flush(), two.flush()])).toEqual([true, true]);
  const stored = await db.applications.get(app.id);
  expect(stored?.roles.map((r) => r.achievements)).toEqual(['From tab one', 'From tab two']);
  for (const d of [one, two])
    await waitFor(() => expect(d.app.value?.roles.map((r) => r.achievements)).toEqual(['From tab one', 'From tab two']));
  one.discard();
  two.discard();
});

function storedShape(): Application {
  return newApplication({ id: 'x', name: 'x', category: 'CEng', route: 'standard', now: NOW });
}
