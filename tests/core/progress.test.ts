import { describe, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { unlock } from '../../core/application/lock.ts';
import { progress } from '../../core/application/progress.ts';
import { recordPostSubmission, submit } from '../../core/application/submit.ts';
import { addSupporter, updateSupporter } from '../../core/application/supporters.ts';
import { stepStateWords } from '../../core/rules/step-words.ts';
import { STEP_IDS } from '../../core/rules/steps.ts';
import type { Application, StepState } from '../../core/types.ts';
import { filledDraft, LIMITS, locked, must, readyForPanelling, readyToLock, T0, T2, validated } from './fixtures.ts';

const states = (app: Application) =>
  Object.fromEntries(progress(app, LIMITS).steps.map((s) => [s.id, s.state])) as Record<string, StepState>;

describe('progress', () => {
  test('lists all ten steps in order, each with a title', () => {
    const p = progress(filledDraft(), LIMITS);
    expect(p.steps.map((s) => s.id)).toEqual(STEP_IDS);
    for (const step of p.steps) expect(step.title).toMatch(/\S/);
  });

  test('a new application is on the checklist; documents can be done alongside, later steps are blocked', () => {
    const app = newApplication({ id: 'a', name: 'n', category: 'EngTech', route: 'standard', now: T0 });
    const p = progress(app, LIMITS);
    expect(p.current).toBe('checklist');
    expect(states(app)).toMatchObject({
      category: 'done',
      route: 'done',
      checklist: 'current',
      documents: 'todo',
      panelling: 'blocked',
      lock: 'blocked',
      supporters: 'blocked',
      submit: 'blocked',
    });
    expect(p.nextAction).toBe('Checklist: complete “Personal and contact details” — still needed: your full name; your email address.');
    expect(p.steps.find((s) => s.id === 'checklist')?.blockers.every((b) => b.code === 'checklist-incomplete')).toBe(true);
  });

  test('blockers carry the step where they are fixed', () => {
    const p = progress(filledDraft('CEng'), LIMITS);
    const panelling = p.steps.find((s) => s.id === 'panelling');
    expect(panelling?.state).toBe('blocked');
    expect(new Set(panelling?.blockers.map((b) => b.step))).toEqual(new Set(['documents', 'panelling']));
    expect(p.current).toBe('documents');
    expect(p.nextAction).toBe('Supporting documents: add your Development Action Plan (DAP).');
  });

  test('the flattened blockers are everything that stands before the next gate', () => {
    const p = progress(filledDraft('CEng'), LIMITS);
    expect(p.blockers.map((b) => b.code)).toEqual(['document-missing', 'sector-missing', 'interview-location-missing']);
    // Switched on in the applicant's rules, the diagram and the certificates stand before the gate too.
    const strict = {
      ...LIMITS,
      switches: { ...LIMITS.switches, 'document:accountability-diagram': true, 'document:education-certificates': true },
    };
    expect(progress(filledDraft('CEng'), strict).blockers.filter((b) => b.code === 'document-missing')).toHaveLength(3);
  });

  test('with checklist and documents complete, the next action is panelling', () => {
    const p = progress(readyForPanelling('IEng'), LIMITS);
    expect(p.current).toBe('panelling');
    expect(p.nextAction).toMatch(/sector/);
  });

  test('when everything is complete, the next action is to lock', () => {
    const p = progress(readyToLock(), LIMITS);
    expect(p.current).toBe('lock');
    expect(p.blockers).toEqual([]);
    expect(p.nextAction).toMatch(/^Everything is ready: lock/);
  });

  test('once locked, the next action is to add the required number of supporters', () => {
    const p = progress(locked(), LIMITS);
    expect(p.current).toBe('supporters');
    expect(p.nextAction).toBe(
      'Add 2 more supporters: your rules assume 2 (check the number in Career Manager) and 0 are on the application.',
    );
    expect(states(locked())).toMatchObject({ lock: 'done', supporters: 'current', validation: 'blocked' });
    const three = progress(locked(), { ...LIMITS, supportersRequired: 3 });
    expect(three.nextAction).toMatch(/^Add 3 more supporters/);
  });

  test('with supporters invited, progress waits for their validation', () => {
    let app = must(addSupporter(locked(), { name: 'A', relationship: '', registration: '', email: '' }, T2));
    app = must(addSupporter(app, { name: 'B', relationship: '', registration: '', email: '' }, T2));
    const p = progress(app, LIMITS);
    expect(p.current).toBe('validation');
    expect(p.nextAction).toBe('0 of the 2 supporters your rules assume have validated the application so far.');
  });

  test('a supporter asking for changes makes unlocking the next action', () => {
    const app = must(updateSupporter(validated(), 's1', { status: 'changes-requested' }, T2));
    const p = progress(app, LIMITS);
    expect(p.current).toBe('validation');
    expect(p.blockers[0]?.code).toBe('supporter-requested-changes');
    expect(p.nextAction).toMatch(/^Grace Hopper asked for changes\. Unlock/);
  });

  test('validated applications are ready to submit', () => {
    const p = progress(validated(), LIMITS);
    expect(p.current).toBe('submit');
    expect(p.nextAction).toBe('Your supporters have validated: submit the application.');
  });

  test('after submitting, progress follows the stages until registration', () => {
    let app = must(submit(validated(), T2, LIMITS));
    let p = progress(app, LIMITS);
    expect(p.current).toBe('after-submission');
    expect(p.nextAction).toMatch(/next stage is “Staff check”/);
    app = must(recordPostSubmission(app, { stage: 'assessment', date: '2026-03-01', note: '' }, '2026-12-01T09:00:00.000Z'));
    expect(progress(app, LIMITS).nextAction).toMatch(/next stage is “Professional Review Interview”/);
    app = must(recordPostSubmission(app, { stage: 'decision', date: '2026-06-01', note: 'not successful' }, '2026-12-01T09:00:00.000Z'));
    // The outcome is a free note: after a decision, fees are not said to come next as a fact.
    p = progress(app, LIMITS);
    expect(p.nextAction).not.toMatch(/^Submitted\. .*the next stage is “Engineering Council fees”/);
    expect(p.nextAction).toMatch(/If you are to be registered, the next stage is “Engineering Council fees”/);
    expect(p.nextAction).toMatch(/If not, you can appeal within 3 months/);
    expect(p.nextAction).toMatch(/check this in Career Manager/);
    app = must(recordPostSubmission(app, { stage: 'registered', date: '2026-09-01', note: '' }, '2026-12-01T09:00:00.000Z'));
    p = progress(app, LIMITS);
    expect(p.steps.every((s) => s.state === 'done')).toBe(true);
    expect(p.nextAction).toBe('You are registered: well done.');
  });

  test('after unlocking, the application is back before the lock step', () => {
    const app = must(unlock(validated(), T2, 'changes'));
    expect(progress(app, LIMITS).current).toBe('lock');
    expect(states(app)).toMatchObject({ lock: 'current', supporters: 'blocked', validation: 'blocked' });
  });

  test('once locked, a document removed since shows on its step: done in the snapshot, missing in the workbook now', () => {
    const before = locked();
    const [first] = Object.keys(before.documents);
    const { [first!]: _removed, ...rest } = before.documents;
    const app: Application = { ...before, documents: rest };
    const documents = progress(app, LIMITS).steps.find((s) => s.id === 'documents')!;
    // Still done (the lock stands), but not said to be done without qualification.
    expect(documents.state).toBe('done');
    expect(documents.sinceLock.map((r) => r.code)).toEqual(['document-missing']);
    expect(stepStateWords(documents)).toBe('Done in the locked snapshot; 1 missing in the workbook now');
    // Nothing removed: plain "Done".
    const untouched = progress(before, LIMITS).steps.find((s) => s.id === 'documents')!;
    expect(untouched.sinceLock).toEqual([]);
    expect(stepStateWords(untouched)).toBe('Done');
  });

  test('done steps have no blockers', () => {
    for (const app of [filledDraft(), readyToLock(), locked(), validated()]) {
      for (const step of progress(app, LIMITS).steps) if (step.state === 'done') expect(step.blockers).toEqual([]);
    }
  });
});
