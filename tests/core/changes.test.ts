import { describe, expect, test } from 'vitest';
import { changesSinceLock } from '../../core/application/changes.ts';
import { editApplication, setChecklistEntry, setDocument, setPanelling } from '../../core/application/edit.ts';
import { unlock } from '../../core/application/lock.ts';
import { LIMITS, locked, must, pdf, readyToLock, role, T2 } from './fixtures.ts';

describe('changes since the lock', () => {
  test('there are none right after locking, and none on an application that is not locked', () => {
    expect(changesSinceLock(locked())).toEqual([]);
    expect(changesSinceLock(readyToLock())).toEqual([]);
    expect(changesSinceLock(must(unlock(locked(), T2, 'x')))).toEqual([]);
  });

  test('edited fields are named with the role and the field', () => {
    const app = locked();
    const edited = must(
      editApplication(
        app,
        {
          roles: [{ ...app.roles[0]!, responsibilities: 'More.' }, app.roles[1]!],
          personal: { ...app.personal, email: 'new@example.org' },
        },
        T2,
      ),
    );
    expect(changesSinceLock(edited)).toEqual([
      { path: 'personal.email', label: 'Personal details: Email address' },
      { path: 'roles.r1.responsibilities', label: 'Role 1 (Acme Ltd): Responsibilities' },
    ]);
  });

  test('added, removed and reordered roles are reported', () => {
    const app = locked();
    const [acme, beta] = [app.roles[0]!, app.roles[1]!];
    const added = must(editApplication(app, { roles: [acme, beta, role('r3', 'Gamma Co')] }, T2));
    expect(changesSinceLock(added).map((c) => c.label)).toEqual(['Role 3 (Gamma Co): added']);
    const removed = must(editApplication(app, { roles: [acme] }, T2));
    expect(changesSinceLock(removed).map((c) => c.label)).toEqual(['Role 2 (Beta plc): removed']);
    const reordered = must(editApplication(app, { roles: [beta, acme] }, T2));
    expect(changesSinceLock(reordered).map((c) => c.label)).toEqual(['Career history: order changed']);
  });

  test('documents, checklist ticks and panelling changes are reported by their titles', () => {
    let app = locked('CEng');
    app = must(setDocument(app, { ...pdf('accountability-diagram'), sha256: 'cd'.repeat(32) }, T2));
    app = must(setChecklistEntry(app, 'development-scheme', { done: true }, T2));
    app = must(setPanelling(app, { ...app.panelling, sector: 'Rail' }, LIMITS, T2));
    expect(changesSinceLock(app).map((c) => c.label)).toEqual([
      'Checklist: Completed professional development scheme',
      'Supporting documents: Accountability diagram',
      'Panelling: Sector',
    ]);
  });

  test('a change made and then undone is not reported', () => {
    const app = locked();
    const changed = must(editApplication(app, { pra: { ...app.pra, adviser: 'Someone else' } }, T2));
    const undone = must(editApplication(changed, { pra: app.pra }, T2));
    expect(changesSinceLock(changed)).toHaveLength(1);
    expect(changesSinceLock(undone)).toEqual([]);
  });
});
