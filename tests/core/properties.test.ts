// Property tests: arbitrary sequences of actions never break the rules of the path.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../core/application/canonical.ts';
import { newApplication } from '../../core/application/create.ts';
import {
  editApplication,
  removeDocument,
  setCategory,
  setChecklistEntry,
  setDocument,
  setPanelling,
  setRoute,
} from '../../core/application/edit.ts';
import { sha256Hex } from '../../core/application/hashing.ts';
import { lock, unlock } from '../../core/application/lock.ts';
import { recordPostSubmission, submit } from '../../core/application/submit.ts';
import { addSupporter, removeSupporter, updateSupporter, validatedSupporters } from '../../core/application/supporters.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { CATEGORY_IDS, ROUTE_IDS } from '../../core/rules/categories.ts';
import { DOCUMENT_TYPES } from '../../core/rules/documents.ts';
import { POST_SUBMISSION_STAGES } from '../../core/rules/steps.ts';
import type { Application, LockSnapshot, Result, RulesInForce, SupporterStatus } from '../../core/types.ts';
import { filledDraft, pdf, readyForPanelling, readyToLock, role } from './fixtures.ts';

const NOW = '2026-06-01T12:00:00.000Z';

type Action =
  | { kind: 'edit-role'; index: number; text: string }
  | { kind: 'add-role'; employer: string }
  | { kind: 'clear-pra' }
  | { kind: 'set-name'; name: string }
  | { kind: 'category'; category: (typeof CATEGORY_IDS)[number] }
  | { kind: 'route'; route: (typeof ROUTE_IDS)[number] }
  | { kind: 'document'; typeIndex: number; size: number; mime: string }
  | { kind: 'remove-document'; typeIndex: number }
  | { kind: 'tick'; itemId: string; done: boolean }
  | { kind: 'panelling'; sector: string; location: string }
  | { kind: 'lock' }
  | { kind: 'unlock'; why: string }
  | { kind: 'add-supporter'; name: string }
  | { kind: 'update-supporter'; index: number; status: SupporterStatus; comment: string }
  | { kind: 'remove-supporter'; index: number }
  | { kind: 'submit' }
  | { kind: 'post'; stageIndex: number };

const text = fc.string({ maxLength: 30 });
const statuses: SupporterStatus[] = ['invited', 'validated', 'changes-requested', 'declined'];

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('edit-role' as const), index: fc.nat(3), text }),
  fc.record({ kind: fc.constant('add-role' as const), employer: text }),
  fc.constant({ kind: 'clear-pra' as const }),
  fc.record({ kind: fc.constant('set-name' as const), name: text }),
  fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom(...CATEGORY_IDS) }),
  fc.record({ kind: fc.constant('route' as const), route: fc.constantFrom(...ROUTE_IDS) }),
  fc.record({
    kind: fc.constant('document' as const),
    typeIndex: fc.nat(DOCUMENT_TYPES.length - 1),
    size: fc.integer({ min: 0, max: 3 * 1024 * 1024 }),
    mime: fc.constantFrom('application/pdf', 'image/png', 'text/html'),
  }),
  fc.record({ kind: fc.constant('remove-document' as const), typeIndex: fc.nat(DOCUMENT_TYPES.length - 1) }),
  fc.record({ kind: fc.constant('tick' as const), itemId: fc.constantFrom('apprenticeship', 'membership'), done: fc.boolean() }),
  fc.record({
    kind: fc.constant('panelling' as const),
    sector: fc.constantFrom('', 'Energy', 'Rail'),
    location: fc.constantFrom('', 'Online', 'Not applicable'),
  }),
  // The path's own transitions are weighted up so sequences actually reach submission.
  { arbitrary: fc.constant({ kind: 'lock' as const }), weight: 3 },
  fc.record({ kind: fc.constant('unlock' as const), why: text }),
  { arbitrary: fc.record({ kind: fc.constant('add-supporter' as const), name: fc.string({ minLength: 1, maxLength: 12 }) }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('update-supporter' as const),
      index: fc.nat(3),
      status: fc.constantFrom(...statuses, 'validated' as const, 'validated' as const),
      comment: text,
    }),
    weight: 4,
  },
  fc.record({ kind: fc.constant('remove-supporter' as const), index: fc.nat(3) }),
  { arbitrary: fc.constant({ kind: 'submit' as const }), weight: 3 },
  fc.record({ kind: fc.constant('post' as const), stageIndex: fc.nat(POST_SUBMISSION_STAGES.length - 1) }),
);

const startArb: fc.Arbitrary<Application> = fc
  .tuple(fc.constantFrom(...CATEGORY_IDS), fc.constantFrom(...ROUTE_IDS), fc.constantFrom(0, 1, 2, 3, 3, 3))
  .map(([category, route, level]) => {
    if (level === 0) return newApplication({ id: 'p', name: 'p', category, route, now: NOW });
    if (level === 1) return filledDraft(category, route);
    if (level === 2) return readyForPanelling(category, route);
    return readyToLock(category, route);
  });

const limitsArb: fc.Arbitrary<RulesInForce> = fc
  .record({ supportersRequired: fc.integer({ min: 1, max: 3 }), maxFileSize: fc.constantFrom(512 * 1024, 2.5 * 1024 * 1024) })
  .map((overrides) => ({ ...DEFAULT_RULES, ...overrides }));

/** Runs one action; the result of a refused action is the unchanged application. */
function apply(app: Application, action: Action, limits: RulesInForce): Result<Application> {
  switch (action.kind) {
    case 'edit-role': {
      const roles = app.roles.map((r, i) => (i === action.index ? { ...r, achievements: action.text } : r));
      return editApplication(app, { roles }, NOW);
    }
    case 'add-role':
      return editApplication(app, { roles: [...app.roles, role(`r${app.roles.length + 10}`, action.employer)] }, NOW);
    case 'clear-pra':
      return editApplication(app, { pra: { answer: '', who: '', date: '', adviser: '' } }, NOW);
    case 'set-name':
      return editApplication(app, { name: action.name }, NOW);
    case 'category':
      return setCategory(app, action.category, NOW);
    case 'route':
      return setRoute(app, action.route, NOW);
    case 'document': {
      const type = DOCUMENT_TYPES[action.typeIndex];
      if (!type) throw new Error('bad index');
      return setDocument(app, { ...pdf(type.id, action.size), mime: action.mime }, NOW);
    }
    case 'remove-document':
      return removeDocument(app, DOCUMENT_TYPES[action.typeIndex]?.id ?? '', NOW);
    case 'tick':
      return setChecklistEntry(app, action.itemId, { done: action.done }, NOW);
    case 'panelling':
      return setPanelling(app, { sector: action.sector, specialisms: [], interviewLocation: action.location }, limits, NOW);
    case 'lock':
      return lock(app, NOW, limits);
    case 'unlock':
      return unlock(app, NOW, action.why);
    case 'add-supporter':
      return addSupporter(app, { name: action.name, relationship: '', registration: '', email: '' }, NOW);
    case 'update-supporter': {
      const id = app.supporters[action.index % Math.max(1, app.supporters.length)]?.id ?? 'missing';
      return updateSupporter(app, id, { status: action.status, comments: [{ at: NOW, text: action.comment }] }, NOW);
    }
    case 'remove-supporter':
      return removeSupporter(app, app.supporters[action.index % Math.max(1, app.supporters.length)]?.id ?? 'missing', NOW);
    case 'submit':
      return submit(app, NOW, limits);
    case 'post': {
      const stage = POST_SUBMISSION_STAGES[action.stageIndex]?.id ?? 'staff-check';
      return recordPostSubmission(app, { stage, date: NOW.slice(0, 10), note: '' }, NOW);
    }
  }
}

/** Freezes a value all the way down, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// The happy path, dropped into random noise, so sequences do reach submission (and noise can break it).
const happyPath: Action[] = [
  { kind: 'lock' },
  ...[0, 1, 2].map((i): Action => ({ kind: 'add-supporter', name: `Supporter ${i}` })),
  ...[0, 1, 2].map((index): Action => ({ kind: 'update-supporter', index, status: 'validated', comment: 'Agreed' })),
  { kind: 'submit' },
];

const actionsArb: fc.Arbitrary<Action[]> = fc
  .array(fc.oneof({ arbitrary: actionArb.map((a) => [a]), weight: 6 }, { arbitrary: fc.constant(happyPath), weight: 1 }), {
    minLength: 3,
    maxLength: 30,
    size: 'max',
  })
  .map((chunks) => chunks.flat());

const scenario = fc.record({ start: startArb, limits: limitsArb, actions: actionsArb });

describe('properties of the path', () => {
  test('no sequence of actions reaches submitted without a lock and the required validated supporters at the moment of submit', () => {
    let submissions = 0;
    fc.assert(
      fc.property(scenario, ({ start, limits, actions }) => {
        let app = start;
        for (const action of actions) {
          const result = apply(app, action, limits);
          if (!result.ok) {
            expect(result.reasons.length).toBeGreaterThan(0);
            continue;
          }
          const next = result.value;
          if (app.stage !== 'submitted' && next.stage === 'submitted') {
            submissions++;
            expect(action.kind).toBe('submit');
            expect(app.stage).toBe('locked');
            expect(app.lock).not.toBeNull();
            expect(validatedSupporters(app).length).toBeGreaterThanOrEqual(limits.supportersRequired);
            expect(app.supporters.some((s) => s.status === 'changes-requested')).toBe(false);
            expect(next.lock).toEqual(app.lock);
          }
          if (next.stage === 'submitted') expect(next.lock).not.toBeNull();
          app = next;
        }
      }),
      { numRuns: 400 },
    );
    // The generator must actually reach submission, or the property says nothing.
    expect(submissions).toBeGreaterThan(10);
  });

  test('a snapshot never changes after the lock, however the application is edited', () => {
    let locks = 0;
    fc.assert(
      fc.property(scenario, ({ start, limits, actions }) => {
        let app = start;
        let taken: { snapshot: LockSnapshot; json: string } | null = null;
        for (const action of actions) {
          const result = apply(app, action, limits);
          if (!result.ok) continue;
          const next = result.value;
          if (action.kind === 'lock') {
            locks++;
            const snapshot = next.lock as LockSnapshot;
            taken = { snapshot, json: canonicalJson(snapshot) };
          } else if (action.kind === 'unlock' && taken) {
            const event = next.history.at(-1);
            expect(event?.type === 'unlocked' && canonicalJson(event.snapshot)).toBe(taken.json);
            taken = null;
          } else if (taken) {
            expect(canonicalJson(next.lock)).toBe(taken.json);
          }
          if (taken) {
            // The snapshot object handed out at lock time is itself untouched, and its hash still matches.
            expect(canonicalJson(taken.snapshot)).toBe(taken.json);
            expect(sha256Hex(canonicalJson(taken.snapshot.content))).toBe(taken.snapshot.sha256);
          }
          app = next;
        }
      }),
      { numRuns: 300 },
    );
    expect(locks).toBeGreaterThan(10);
  });

  test('core functions never mutate their input', () => {
    fc.assert(
      fc.property(scenario, ({ start, limits, actions }) => {
        let app = start;
        for (const action of actions) {
          const before = canonicalJson(app);
          deepFreeze(app);
          deepFreeze(action);
          deepFreeze(limits);
          const result = apply(app, action, limits);
          expect(canonicalJson(app)).toBe(before);
          if (result.ok) app = result.value;
        }
      }),
      { numRuns: 300 },
    );
  });
});
