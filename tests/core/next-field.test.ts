// Continue's promise, in core: the next field is always something that is still missing, and
// filling in whatever it names, one target after another, walks an empty application all the
// way to registered for every category and route, never stuck on the same field.
import { describe, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { editApplication, setChecklistEntry, setDocument, setPanelling } from '../../core/application/edit.ts';
import { lock } from '../../core/application/lock.ts';
import { targetRole } from '../../core/application/next-field.ts';
import { mandatoryProgress, partStatus } from '../../core/application/parts.ts';
import { progress } from '../../core/application/progress.ts';
import { recordPostSubmission, submit } from '../../core/application/submit.ts';
import { addSupporter, updateSupporter } from '../../core/application/supporters.ts';
import { NOT_APPLICABLE, POST_SUBMISSION_STAGES } from '../../core/rules/steps.ts';
import type { Application, CategoryId, FieldTarget, RouteId } from '../../core/types.ts';
import { LIMITS, must, pdf, role, T0 } from './fixtures.ts';

const NOW = '2026-02-01T09:00:00.000Z';
const TODAY = '2026-02-01';

/** Does what a person would do at the field a target names: type a good value, tick, add, record. */
function fill(app: Application, t: FieldTarget): Application {
  const edit = (patch: Parameters<typeof editApplication>[1]) => must(editApplication(app, patch, NOW));
  const [head, id, field] = t.field.split('.');
  switch (head) {
    case 'personal':
      return edit({ personal: { ...app.personal, [id!]: id === 'email' ? 'ada@example.org' : 'Ada Example 1234' } });
    case 'qualifications':
      if (id === 'add')
        return edit({ qualifications: [...app.qualifications, { id: 'q1', title: '', institution: '', year: '', accredited: false }] });
      return edit({
        qualifications: app.qualifications.map((q) => (q.id === id ? { ...q, [field!]: field === 'year' ? '2015' : 'Filled' } : q)),
      });
    case 'roles':
      if (id === 'add')
        return edit({
          roles: [...app.roles, role('r1', '', { title: '', start: '', responsibilities: '', achievements: '', current: false, end: '' })],
        });
      return edit({
        roles: app.roles.map((r) =>
          r.id !== id ? r : { ...r, [field!]: field === 'start' ? '2019-09-01' : field === 'end' ? '2025-09-01' : 'I led the work.' },
        ),
      });
    case 'development':
      if (id === 'add') return edit({ development: [...app.development, { id: 'd1', date: '', title: '', notes: '' }] });
      return edit({
        development: app.development.map((d) => (d.id === id ? { ...d, [field!]: field === 'date' ? '2024-03-01' : 'Course' } : d)),
      });
    case 'pra':
      if (id === 'answer') return edit({ pra: { ...app.pra, answer: 'yes' } });
      if (id === 'who') return edit({ pra: { ...app.pra, who: 'pra' } });
      return edit({ pra: { ...app.pra, [id!]: id === 'date' ? '2025-06-10' : 'Grace Adviser' } });
    case 'checklist':
      return must(setChecklistEntry(app, id!, { done: true, note: '' }, NOW));
    case 'documents':
      return must(setDocument(app, pdf(id!), NOW));
    case 'panelling': {
      const p = { ...app.panelling, [id!]: id === 'sector' ? 'Energy' : 'Online' };
      return must(setPanelling(app, p, LIMITS, NOW));
    }
    case 'lock':
      return must(lock(app, NOW, LIMITS));
    case 'supporters':
      if (id === 'add') {
        const n = app.supporters.length + 1;
        return must(
          addSupporter(
            app,
            { name: `Supporter ${n}`, relationship: 'Manager', registration: 'CEng MIET', email: `s${n}@example.org` },
            NOW,
          ),
        );
      }
      return must(updateSupporter(app, id!, { status: 'validated' }, NOW));
    case 'submit':
      return must(submit(app, NOW, LIMITS));
    case 'after-submission': {
      const stage = POST_SUBMISSION_STAGES[app.postSubmission.length]!.id;
      return must(recordPostSubmission(app, { stage, date: TODAY, note: '' }, NOW, TODAY));
    }
  }
  throw new Error(`No way to fill ${t.field}`);
}

const fresh = (category: CategoryId, route: RouteId) => newApplication({ id: 'a', name: 'Walk', category, route, now: T0 });

describe('the next field', () => {
  const paths: [CategoryId, RouteId][] = [
    ['CEng', 'standard'],
    ['IEng', 'streamlined'],
    ['EngTech', 'standard'],
    ['ICTTech', 'streamlined'],
  ];
  test.each(paths)('%s %s: following it alone takes an empty application to registered', (category, route) => {
    let app = fresh(category, route);
    const seen = new Set<string>();
    const labels: string[] = [];
    for (let i = 0; i < 80; i++) {
      const p = progress(app, LIMITS, TODAY);
      if (p.next === null) break;
      // Never the same field twice: every fill is progress.
      const key = `${app.stage}:${p.next.field}:${app.supporters.length}:${app.postSubmission.length}`;
      expect(seen.has(key), `stuck on ${key}`).toBe(false);
      seen.add(key);
      labels.push(p.next.label);
      app = fill(app, p.next);
    }
    expect(app.stage).toBe('submitted');
    expect(progress(app, LIMITS, TODAY).next).toBeNull();
    expect(progress(app, LIMITS, TODAY).steps.every((s) => s.state === 'done')).toBe(true);
    // The walk goes through the parts in the path's order.
    expect(labels.slice(0, 2)).toEqual(['Full name', 'Email address']);
    expect(labels).toContain('Role 1: Responsibilities');
    expect(labels).toContain("I've locked it in Career Manager — record it");
    expect(
      category === 'EngTech' || category === 'ICTTech' ? !labels.includes('Interview location') : labels.includes('Interview location'),
    ).toBe(true);
  });

  test('names what the checklist still lists as missing, at the field where it is fixed', () => {
    let app = fresh('CEng', 'standard');
    app = must(editApplication(app, { personal: { ...app.personal, fullName: 'Ada' } }, NOW));
    expect(progress(app, LIMITS, TODAY).next).toEqual({
      part: 'checklist',
      field: 'personal.email',
      label: 'Email address',
      inCareerManager: false,
    });
    app = must(editApplication(app, { personal: { ...app.personal, email: 'not an email' } }, NOW));
    expect(progress(app, LIMITS, TODAY).next?.field).toBe('personal.email');
  });

  test('a role with a date in the future, or ending before it starts, points at that date', () => {
    let app = fresh('EngTech', 'standard');
    const r = role('r1', 'Grid Co', { start: '2020-01-01', end: '2019-01-01', current: false });
    app = must(editApplication(app, { roles: [r] }, NOW));
    const t = progress(app, LIMITS, TODAY).next;
    // The checklist's first gaps come first; the role's is found once those are filled.
    expect(t?.part).toBe('checklist');
    let walked = app;
    for (let i = 0; i < 12 && progress(walked, LIMITS, TODAY).next?.part !== 'career'; i++)
      walked = fill(walked, progress(walked, LIMITS, TODAY).next!);
    const roleTarget = progress(walked, LIMITS, TODAY).next!;
    expect(roleTarget).toMatchObject({ part: 'career', field: 'roles.r1.end', label: 'Role 1: end date' });
    expect(targetRole(roleTarget)).toBe('r1');
    expect(targetRole({ ...roleTarget, field: 'roles.add' })).toBeNull();
  });

  test('what happens in Career Manager is marked as such', () => {
    let app = fresh('EngTech', 'standard');
    for (let i = 0; i < 60 && progress(app, LIMITS, TODAY).current !== 'lock'; i++) app = fill(app, progress(app, LIMITS, TODAY).next!);
    expect(progress(app, LIMITS, TODAY).next).toMatchObject({ field: 'lock', inCareerManager: true });
  });
});

describe('the parts of an application', () => {
  test('a new application: the checklist and documents count what is missing, panelling is not available yet', () => {
    const app = fresh('CEng', 'standard');
    const parts = partStatus(app, LIMITS, TODAY);
    expect(parts.checklist).toMatchObject({ tone: 'missing', words: expect.stringMatching(/^\d+ missing$/) });
    expect(parts.career).toEqual({ tone: 'missing', words: '1 missing', missing: 1 });
    expect(parts.documents.tone).toBe('missing');
    expect(parts.panelling).toMatchObject({ tone: 'neutral', words: 'Not available yet' });
    expect(parts.validate).toMatchObject({ tone: 'todo', words: 'To do' });
    const m = mandatoryProgress(app, LIMITS, TODAY);
    expect(m.done).toBe(0);
    expect(m.total).toBeGreaterThan(5);
  });

  test('the mandatory count reaches its total exactly when the application can be locked', () => {
    let app = fresh('IEng', 'standard');
    for (let i = 0; i < 60 && progress(app, LIMITS, TODAY).current !== 'lock'; i++) {
      const m = mandatoryProgress(app, LIMITS, TODAY);
      expect(m.done).toBeLessThan(m.total);
      app = fill(app, progress(app, LIMITS, TODAY).next!);
    }
    const m = mandatoryProgress(app, LIMITS, TODAY);
    expect(m.done).toBe(m.total);
    const parts = partStatus(app, LIMITS, TODAY);
    expect([parts.checklist.words, parts.career.words, parts.documents.words, parts.panelling.words]).toEqual([
      'Done',
      'Done',
      'Done',
      'Done',
    ]);
  });

  test('once locked, the validate part counts what stands before submitting; once submitted it says so', () => {
    let app = fresh('EngTech', 'standard');
    for (let i = 0; i < 60 && app.stage === 'draft'; i++) app = fill(app, progress(app, LIMITS, TODAY).next!);
    expect(partStatus(app, LIMITS, TODAY).validate).toMatchObject({ tone: 'missing', words: expect.stringMatching(/^\d+ to do$/) });
    for (let i = 0; i < 60 && app.stage === 'locked'; i++) app = fill(app, progress(app, LIMITS, TODAY).next!);
    expect(partStatus(app, LIMITS, TODAY).validate).toMatchObject({ tone: 'done', words: 'Submitted' });
  });

  test('an interview location of "Not applicable" is never asked of EngTech', () => {
    const app = fresh('EngTech', 'standard');
    expect(app.panelling.interviewLocation).toBe(NOT_APPLICABLE);
  });
});
