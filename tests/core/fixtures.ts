// Builders for test applications, made through core's own functions so they stay honest.
import { newApplication } from '../../core/application/create.ts';
import { editApplication, setChecklistEntry, setDocument, setPanelling } from '../../core/application/edit.ts';
import { lock } from '../../core/application/lock.ts';
import { addSupporter, updateSupporter } from '../../core/application/supporters.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { rulesFor } from '../../core/rules/scope.ts';
import { NOT_APPLICABLE } from '../../core/rules/steps.ts';
import type { Application, CategoryId, DocumentRef, Result, Role, RouteId } from '../../core/types.ts';

export const T0 = '2026-01-01T09:00:00.000Z';
export const T1 = '2026-01-02T09:00:00.000Z';
export const T2 = '2026-01-03T09:00:00.000Z';
export const LIMITS = DEFAULT_RULES;

/** The value of a result that must have succeeded; fails the test with the reasons otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.reasons.map((r) => `${r.code}: ${r.message}`).join(' | ')}`);
  return result.value;
}

/** The reason codes of a result that must have been refused. */
export function codes<T>(result: Result<T>): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.reasons.map((r) => r.code);
}

/** A role with both texts filled. */
export function role(id: string, employer: string, overrides: Partial<Role> = {}): Role {
  return {
    id,
    employer,
    title: 'Engineer',
    start: '2020-01-01',
    end: '',
    current: true,
    responsibilities: 'I am responsible for the design of control systems.',
    achievements: 'I led the redesign of the pump controller, cutting faults by half.',
    competences: [],
    ...overrides,
  };
}

/** A small PDF reference for a document type. */
export function pdf(typeId: string, size = 100_000): DocumentRef {
  return {
    typeId,
    name: `${typeId}.pdf`,
    mime: 'application/pdf',
    size,
    sha256: 'ab'.repeat(32),
    blobId: `blob-${typeId}`,
    addedAt: T0,
  };
}

/** A draft with every workbook-side mandatory checklist item filled, but no documents or panelling. */
export function filledDraft(category: CategoryId = 'CEng', route: RouteId = 'standard'): Application {
  let app = newApplication({ id: 'app-1', name: 'My application', category, route, now: T0 });
  app = must(
    editApplication(
      app,
      {
        personal: { fullName: 'Ada Lovelace', email: 'ada@example.org', membershipNumber: '1234567' },
        qualifications: [{ id: 'q1', title: 'BEng Electrical', institution: 'Uni', year: '2015', accredited: true }],
        roles: [role('r1', 'Acme Ltd'), role('r2', 'Beta plc', { current: false, end: '2019-12-31', start: '2016-01-01' })],
        development: [{ id: 'd1', date: '2024-03-01', title: 'Safety course', notes: 'Learnt about SIL.' }],
        pra: { answer: 'yes', who: 'pra', date: '2025-05-01', adviser: 'J. Smith' },
      },
      T0,
    ),
  );
  for (const { item, mandatory } of rulesFor(category, route).checklist) {
    if (mandatory && item.completedIn === 'career-manager') app = must(setChecklistEntry(app, item.id, { done: true }, T0));
  }
  return app;
}

/** A draft with every mandatory checklist item and document complete, panelling not chosen. */
export function readyForPanelling(category: CategoryId = 'CEng', route: RouteId = 'standard'): Application {
  let app = filledDraft(category, route);
  for (const { type, mandatory } of rulesFor(category, route).documents) {
    if (mandatory) app = must(setDocument(app, pdf(type.id), T0));
  }
  return app;
}

/** A draft that can be locked. */
export function readyToLock(category: CategoryId = 'CEng', route: RouteId = 'standard'): Application {
  const interviewLocation = rulesFor(category, route).category.interviewRequired ? 'Online' : NOT_APPLICABLE;
  return must(
    setPanelling(readyForPanelling(category, route), { sector: 'Energy', specialisms: ['Power systems'], interviewLocation }, LIMITS, T0),
  );
}

/** A locked application. */
export function locked(category: CategoryId = 'CEng', route: RouteId = 'standard'): Application {
  return must(lock(readyToLock(category, route), T1, LIMITS));
}

/** A locked application whose two supporters have validated. */
export function validated(category: CategoryId = 'CEng'): Application {
  let app = locked(category);
  for (const [id, name] of [
    ['s1', 'Grace Hopper'],
    ['s2', 'Alan Turing'],
  ] as const) {
    app = must(addSupporter(app, { id, name, relationship: 'Manager', registration: 'CEng', email: `${id}@example.org` }, T1));
    app = must(updateSupporter(app, id, { status: 'validated', comments: [{ at: T1, text: `${name} agrees.` }] }, T1));
  }
  return app;
}
