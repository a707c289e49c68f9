// Two tabs editing at once: unsaved edits here are kept on top of what another tab saved.
import { beforeEach, expect, test } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { editApplication, lock, newApplication, DEFAULT_LIMITS } from '../../core/index.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { draftFor, flushAll } from '../../pwa/src/state/draft.ts';
import { rebase } from '../../pwa/src/state/rebase.ts';
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
  await db.applications.put(edited(app, { pra: { consulted: true, date: '2025-01-01', adviser: 'Grace' } }));
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

test('a pending transition (lock) is kept as a whole', () => {
  const base = { ...complete(storedShape()), panelling: { sector: 'Energy', specialisms: [], interviewLocation: 'Online' } };
  const locked = lock(base, NOW, DEFAULT_LIMITS);
  if (!locked.ok) throw new Error(locked.reasons.map((x) => x.message).join());
  const remote = edited(base, { name: 'Elsewhere' });
  const r = rebase(locked.value, base, remote, NOW);
  expect(r.app).toBe(locked.value);
  expect(r.pending).toBe(true);
});

function storedShape(): Application {
  return newApplication({ id: 'x', name: 'x', category: 'CEng', route: 'standard', now: NOW });
}
