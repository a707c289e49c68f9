// Shared set-up for the workbook's component tests: a clean database and the app rendered.
import { act, cleanup, render } from '@testing-library/preact';
import { newApplication } from '../../core/application/create.ts';
import type { Application } from '../../core/types.ts';
import { App } from '../../pwa/src/App.tsx';
import { db } from '../../pwa/src/db/database.ts';
import { watchRules } from '../../pwa/src/db/start.ts';
import { newerVersionElsewhere, storageProblem } from '../../pwa/src/db/status.ts';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { type Route, route } from '../../pwa/src/state/route.ts';
import { limitOverrides, switchOverrides } from '../../pwa/src/state/rule-choices.ts';

let rulesWatch: { unsubscribe(): void } | null = null;

export async function freshWorkbook(): Promise<void> {
  cleanup();
  rulesWatch?.unsubscribe();
  await flushAll();
  await Promise.all(db.tables.map((t) => t.clear()));
  storageProblem.value = null;
  newerVersionElsewhere.value = false;
  limitOverrides.value = {};
  switchOverrides.value = {};
  rulesWatch = watchRules();
}

export function renderAt(at: Route) {
  route.value = at;
  return render(<App />);
}

export async function go(at: Route): Promise<void> {
  await act(() => {
    route.value = at;
  });
}

/** Stores an application made by core, optionally changed first. */
export async function storedApplication(change: (app: Application) => Application = (a) => a): Promise<Application> {
  const app = change(
    newApplication({
      id: crypto.randomUUID(),
      name: 'Test application',
      category: 'CEng',
      route: 'standard',
      now: new Date().toISOString(),
    }),
  );
  await db.applications.put(app);
  return app;
}

/** An application whose mandatory checklist items and documents are all complete (panelling open). */
export function complete(app: Application): Application {
  const doc = (typeId: string) => ({
    typeId,
    name: `${typeId}.pdf`,
    mime: 'application/pdf',
    size: 10,
    sha256: '0'.repeat(64),
    blobId: `blob-${typeId}`,
    addedAt: '2026-01-01T00:00:00.000Z',
  });
  return {
    ...app,
    personal: { fullName: 'Ada Example', email: 'ada@example.org', membershipNumber: '123' },
    qualifications: [{ id: 'q', title: 'HNC', institution: 'College', year: '2010', accredited: true }],
    roles: [
      {
        id: 'r',
        employer: 'Grid Co',
        title: 'Technician',
        start: '2015-01-01',
        end: '',
        current: true,
        responsibilities: 'I maintain.',
        achievements: 'I improved.',
        competences: [],
      },
    ],
    development: [{ id: 'd', date: '2024-01-01', title: 'Course', notes: '' }],
    pra: { answer: 'yes', who: 'pra', date: '2025-01-01', adviser: 'Grace' },
    documents: Object.fromEntries(['accountability-diagram', 'education-certificates', 'development-action-plan'].map((t) => [t, doc(t)])),
  };
}
