// Issue 8, part 3: two tabs must never silently lose typed text. Whatever each tab does —
// typing, changing the category or route, panelling, supporters, locking, unlocking — the
// tab that saves second puts its changes on top of what the first stored, inside its write
// transaction, rather than writing back its own older copy. Property tests over random
// sequences of changes in both tabs; the one through two Drafts fails on the code before.

import { waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { beforeEach, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { editApplication, setCategory, setPanelling, setRoute } from '../../core/application/edit.ts';
import { lock, unlock } from '../../core/application/lock.ts';
import { addSupporter, updateSupporter } from '../../core/application/supporters.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import type { Application, CategoryId, Role, RouteId } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { Draft } from '../../pwa/src/state/draft.ts';
import { replay, type Step, type Transition } from '../../pwa/src/state/rebase.ts';
import { complete, freshWorkbook } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const NOW = '2026-03-01T10:00:00.000Z';
const ROLE_IDS = ['r1', 'r2', 'r3'] as const;
const FIELDS = ['employer', 'title', 'responsibilities', 'achievements'] as const;

/** What one tab does: type into a role, or one of the structural changes the issue names. */
type Op =
  | { kind: 'type'; role: number; field: (typeof FIELDS)[number]; text: string }
  | { kind: 'category'; category: CategoryId }
  | { kind: 'route'; route: RouteId }
  | { kind: 'sector'; sector: string }
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'add-supporter'; name: string }
  | { kind: 'supporter-status'; status: 'validated' | 'declined' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      role: fc.nat(2),
      field: fc.constantFrom(...FIELDS),
      text: fc.string({ minLength: 1 }),
    }),
  },
  fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom<CategoryId>('CEng', 'IEng', 'EngTech', 'ICTTech') }),
  fc.record({ kind: fc.constant('route' as const), route: fc.constantFrom<RouteId>('standard', 'streamlined') }),
  fc.record({ kind: fc.constant('sector' as const), sector: fc.constantFrom('Energy', 'Transport', 'Digital') }),
  fc.constant<Op>({ kind: 'lock' }),
  fc.constant<Op>({ kind: 'unlock' }),
  fc.record({ kind: fc.constant('add-supporter' as const), name: fc.constantFrom('Sam', 'Kim', 'Lee') }),
  fc.record({ kind: fc.constant('supporter-status' as const), status: fc.constantFrom('validated' as const, 'declined' as const) }),
);

/** The change an op makes, as a screen would pass it to Draft.apply: it depends only on what it is given. */
function transition(op: Op): Transition {
  switch (op.kind) {
    case 'type':
      return (a, now) =>
        editApplication(a, { roles: a.roles.map((r) => (r.id === ROLE_IDS[op.role] ? { ...r, [op.field]: op.text } : r)) }, now);
    case 'category':
      return (a, now) => setCategory(a, op.category, now);
    case 'route':
      return (a, now) => setRoute(a, op.route, now);
    case 'sector':
      return (a, now) => setPanelling(a, { ...a.panelling, sector: op.sector }, DEFAULT_RULES, now);
    case 'lock':
      return (a, now) => lock(a, now, DEFAULT_RULES);
    case 'unlock':
      return (a, now) => unlock(a, now, 'Supporter asked for changes');
    case 'add-supporter':
      return (a, now) => addSupporter(a, { name: op.name, relationship: 'Manager', registration: 'CEng', email: '' }, now);
    case 'supporter-status':
      return (a, now) =>
        a.supporters[0] ? updateSupporter(a, a.supporters[0].id, { status: op.status }, now) : editApplication(a, {}, now);
  }
}

const role = (id: string): Role => ({
  id,
  employer: `Employer ${id}`,
  title: `Title ${id}`,
  start: '2020-01-01',
  end: '',
  current: true,
  responsibilities: `Responsibilities ${id}`,
  achievements: `Achievements ${id}`,
  competences: [],
});

/** An application every op can act on: complete (panelling open), with three roles. */
function start(id = 'app'): Application {
  const app = complete(newApplication({ id, name: 'Two tabs', category: 'CEng', route: 'standard', now: '2026-01-01T00:00:00.000Z' }));
  return { ...app, roles: ROLE_IDS.map(role), panelling: { sector: 'Energy', specialisms: ['Power'], interviewLocation: 'Online' } };
}

const changes = (a: Application, b: Application) => JSON.stringify({ ...a, updatedAt: '' }) !== JSON.stringify({ ...b, updatedAt: '' });

/**
 * Applies ops in order as one tab would. Those core refuses are not made; nor are those that
 * change nothing (choosing the category already chosen), which must not undo another tab's choice.
 */
function run(app: Application, ops: readonly Op[]): { app: Application; made: Op[] } {
  const made: Op[] = [];
  let current = app;
  for (const op of ops) {
    const result = transition(op)(current, NOW);
    if (!result.ok || !changes(current, result.value)) continue;
    current = result.value;
    made.push(op);
  }
  return { app: current, made };
}

/** What a user could see of an application, times left out (they differ from run to run). */
function seen(app: Application) {
  return {
    category: app.category,
    route: app.route,
    stage: app.stage,
    sector: app.panelling.sector,
    interviewLocation: app.panelling.interviewLocation,
    roles: app.roles.map((r) => FIELDS.map((f) => r[f])),
    supporters: app.supporters.map((s) => [s.name, s.status]),
    lockedRoles: app.lock?.content.roles.map((r) => FIELDS.map((f) => r[f])) ?? null,
    history: app.history.map((e) => e.type),
  };
}

/**
 * The promise: this tab's changes end up made on top of the other tab's saved version, in the
 * order they were made — as if this tab had made them after the other tab saved. So nothing the
 * other tab saved is lost unless this tab changed that same thing.
 */
function expected(remote: Application, made: readonly Op[]): Application {
  return run(remote, made).app;
}

const opsArb = fc.array(opArb, { minLength: 1, maxLength: 6 });

test('property: any changes in this tab, typing and structural, are put on top of what another tab saved, losing none of it', () => {
  fc.assert(
    fc.property(opsArb, opsArb, (here, there) => {
      const base = start();
      // This tab's steps, as Draft.apply records them (content edits need no transition to redo).
      const steps: Step[] = [];
      let current = base;
      const made: Op[] = [];
      for (const op of here) {
        const result = transition(op)(current, NOW);
        if (!result.ok || !changes(current, result.value)) continue;
        steps.push(
          op.kind === 'type' ? { before: current, after: result.value } : { before: current, after: result.value, redo: transition(op) },
        );
        current = result.value;
        made.push(op);
      }
      const remote = run(base, there).app;
      const out = replay(steps, remote, NOW).app;
      expect(seen(out)).toEqual(seen(expected(remote, made)));
      // In particular, text the other tab typed survives every structural change made here.
      for (const [i, id] of ROLE_IDS.entries()) {
        for (const f of FIELDS) {
          const typedHere = current.roles[i]![f] !== base.roles[i]![f];
          if (!typedHere) expect(out.roles.find((r) => r.id === id)![f]).toBe(remote.roles[i]![f]);
        }
      }
    }),
    { numRuns: 300 },
  );
}, 60_000);

test('property, through two tabs’ Drafts and storage: the tab that saves second keeps everything the first stored', async () => {
  let round = 0;
  await fc.assert(
    fc.asyncProperty(opsArb, opsArb, async (here, there) => {
      const id = `app-${++round}`;
      const base = start(id);
      await db.applications.put(base);
      // Saves happen only when asked, so the order is the one under test.
      const [one, two] = [new Draft(id, 60_000), new Draft(id, 60_000)];
      try {
        await waitFor(() => expect(one.app.value && two.app.value).toBeTruthy());
        for (const op of here) one.apply(transition(op));
        const { made } = run(base, here);
        for (const op of there) two.apply(transition(op));
        expect(await two.flush()).toBe(true);
        const remote = (await db.applications.get(id))!;
        expect(await one.flush()).toBe(true);
        const stored = (await db.applications.get(id))!;
        expect(seen(stored)).toEqual(seen(expected(remote, made)));
        // And both tabs come to show what is stored.
        await waitFor(() => expect([seen(one.app.value!), seen(two.app.value!)]).toEqual([seen(stored), seen(stored)]));
      } finally {
        one.discard();
        two.discard();
      }
    }),
    { numRuns: 40 },
  );
}, 120_000);
