// Changes since the lock: not a block on submitting, but said plainly at submit and in progress.
import { describe, expect, test } from 'vitest';
import { editApplication, setDocument } from '../../core/application/edit.ts';
import { progress } from '../../core/application/progress.ts';
import { canSubmit, submitWarnings } from '../../core/application/submit.ts';
import { LIMITS, locked, must, pdf, T2, validated } from './fixtures.ts';

describe('submitting with changes made since the lock', () => {
  const changed = () => {
    const app = validated();
    const renamed = must(editApplication(app, { personal: { ...app.personal, fullName: 'Ada King' } }, T2));
    return must(setDocument(renamed, { ...pdf('accountability-diagram'), sha256: 'cd'.repeat(32) }, T2));
  };

  test('no warning when the application matches its snapshot', () => {
    expect(submitWarnings(validated())).toEqual([]);
    expect(progress(validated(), LIMITS).warnings).toEqual([]);
  });

  test('the changes are listed by name, and submitting is still allowed', () => {
    const app = changed();
    const warnings = submitWarnings(app);
    expect(warnings.map((w) => w.code)).toEqual(['changed-since-lock']);
    expect(warnings[0]!.message).toContain('2 changes since the lock are not in the snapshot your supporters and assessors see');
    expect(warnings[0]!.message).toContain('Personal details: Full name; Supporting documents: Accountability diagram');
    expect(warnings[0]!.message).toMatch(/unlock, and lock again/);
    expect(canSubmit(app, LIMITS)).toEqual([]);
  });

  test('the next action says so, both at submit and while supporters are still validating', () => {
    const p = progress(changed(), LIMITS);
    expect(p.current).toBe('submit');
    expect(p.nextAction).toMatch(/changed the application since the lock/);
    expect(p.warnings.map((w) => w.code)).toEqual(['changed-since-lock']);
    const waiting = must(editApplication(locked(), { name: 'Renamed only' }, T2));
    expect(progress(waiting, LIMITS).warnings).toEqual([]); // the name is not part of the snapshot
    const edited = must(editApplication(locked(), { scheme: { completed: true, name: 'Graduate scheme' } }, T2));
    expect(progress(edited, LIMITS).nextAction).toMatch(/^Add 2 more supporters.*Note: you have changed the application since the lock/);
  });
});
