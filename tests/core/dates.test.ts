// Dates the applicant enters: nonsense dates make the item they belong to incomplete, with a plain reason.
import { describe, expect, test } from 'vitest';
import { isCalendarDate, praDateProblems, roleDateProblems } from '../../core/application/dates.ts';
import { editApplication } from '../../core/application/edit.ts';
import { canLock, lock } from '../../core/application/lock.ts';
import { progress } from '../../core/application/progress.ts';
import { checklistStatus } from '../../core/application/status.ts';
import type { Application } from '../../core/types.ts';
import { codes, LIMITS, must, readyToLock, role, T1 } from './fixtures.ts';

const TODAY = '2026-01-02';
const item = (app: Application, id: string, today = TODAY) => checklistStatus(app, LIMITS, today).find((s) => s.item.id === id)!;
const edited = (patch: Parameters<typeof editApplication>[1]) => must(editApplication(readyToLock(), patch, T1));

describe('dates are checked', () => {
  test('a role that ends before it starts is an incomplete career history, said beside the field and in the checklist', () => {
    const app = edited({ roles: [role('r1', 'Acme Ltd', { start: '2020-05-01', end: '2019-03-01', current: false })] });
    expect(roleDateProblems(app.roles[0]!, TODAY)).toEqual([
      {
        field: 'end',
        message: 'This role ends (1 March 2019) before it starts (1 May 2020): check both dates.',
        needs: 'an end date on or after the start date',
      },
    ]);
    expect(item(app, 'career-history')).toMatchObject({
      complete: false,
      missing: ['Role 1 (Acme Ltd): an end date on or after the start date'],
    });
    expect(canLock(app, LIMITS, TODAY).map((r) => r.code)).toEqual(['checklist-incomplete']);
    // A current role has no end date to compare.
    const current = edited({ roles: [role('r1', 'Acme Ltd', { start: '2020-05-01', end: '2019-03-01', current: true })] });
    expect(item(current, 'career-history').complete).toBe(true);
  });

  test('a role starting in the future, a consultation in the future and a development record in the future are flagged', () => {
    const app = edited({
      roles: [role('r1', 'Acme Ltd', { start: '2027-01-01' })],
      pra: { answer: 'yes', who: 'pra', date: '2030-06-01', adviser: 'J. Smith' },
      development: [{ id: 'd1', date: '2031-01-01', title: 'Safety course', notes: '' }],
    });
    expect(item(app, 'career-history').missing).toEqual(['Role 1 (Acme Ltd): a start date that is not in the future']);
    expect(item(app, 'pra-consultation').missing).toEqual(['a consultation date that is not in the future']);
    expect(praDateProblems(app.pra, TODAY)[0]?.message).toBe('The consultation date (1 June 2030) is in the future.');
    expect(item(app, 'professional-development').missing).toEqual([
      'Development record 1 (Safety course): a date that is not in the future',
    ]);
    expect(progress(app, LIMITS, TODAY).current).toBe('checklist');
    // Today itself is fine.
    const today = edited({ pra: { answer: 'yes', who: 'pra', date: TODAY, adviser: 'J. Smith' } });
    expect(item(today, 'pra-consultation').complete).toBe(true);
  });

  test('without a "today", the day of the last edit stands in, and locking uses the time of the lock', () => {
    const app = edited({ development: [{ id: 'd1', date: '2030-06-01', title: 'Safety course', notes: '' }] });
    expect(checklistStatus(app, LIMITS).find((s) => s.item.id === 'professional-development')?.complete).toBe(false);
    expect(codes(lock(app, T1, LIMITS))).toEqual(['checklist-incomplete']);
    expect(lock(app, '2030-06-02T09:00:00.000Z', LIMITS).ok).toBe(true);
  });

  test('only real calendar dates count', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('28/02/2026')).toBe(false);
    const app = edited({ roles: [role('r1', 'Acme Ltd', { start: '2020-13-01' })] });
    expect(item(app, 'career-history').missing).toEqual(['Role 1 (Acme Ltd): a start date that is a real date']);
  });
});
