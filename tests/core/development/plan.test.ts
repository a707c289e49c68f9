import { describe, expect, test } from 'vitest';
import { adviceByVersion, describeVersion, openAdvice, syncReviewAdvice } from '../../../core/development/advice.ts';
import { actionState, dapDocumentRows, emptyPlan, goalState, planGlance, planProblems } from '../../../core/development/dap.ts';
import { planFromFeedback, staleDraft, thinCompetences } from '../../../core/development/feedback.ts';
import type { AdviceEntry, DapAction, DapGoal, DevelopmentPlan } from '../../../core/development/types.ts';
import type { ImportedComment } from '../../../core/exchange/review-types.ts';
import { STANDARDS } from '../../../core/rules/standards.ts';

const action = (overrides: Partial<DapAction> = {}): DapAction => ({
  id: 'a',
  what: 'Do it',
  targetDate: '2026-06-30',
  evidence: 'A report',
  status: 'not-started',
  doneOn: '',
  ...overrides,
});
const goal = (overrides: Partial<DapGoal> = {}): DapGoal => ({
  id: 'g',
  title: 'Lead a work package',
  competences: ['C2'],
  actions: [action()],
  dropped: false,
  source: { kind: 'own' },
  ...overrides,
});

describe('Development Action Plan', () => {
  test('an action is overdue the day after its target date, due soon within 30 days, and done when done', () => {
    expect(actionState(action(), '2026-06-30')).toBe('due-soon');
    expect(actionState(action(), '2026-07-01')).toBe('overdue');
    expect(actionState(action(), '2026-05-31')).toBe('due-soon');
    expect(actionState(action(), '2026-05-30')).toBe('open');
    expect(actionState(action({ status: 'done' }), '2027-01-01')).toBe('done');
    expect(actionState(action({ targetDate: '' }), '2027-01-01')).toBe('no-date');
  });

  test('a goal is done when every action is, overdue when any is, and dropped goals leave the counts', () => {
    const today = '2026-08-01';
    const done = goal({ id: 'done', actions: [action({ status: 'done' }), action({ status: 'done' })] });
    const late = goal({ id: 'late', actions: [action({ status: 'done' }), action({ id: 'b' })] });
    const dropped = goal({ id: 'dropped', dropped: true, actions: [action()] });
    const empty = goal({ id: 'empty', actions: [] });
    expect([done, late, dropped, empty].map((g) => goalState(g, today))).toEqual(['done', 'overdue', 'dropped', 'no-actions']);
    const plan: DevelopmentPlan = { ...emptyPlan(), goals: [done, late, dropped, empty] };
    expect(planGlance(plan, today)).toMatchObject({
      goals: 3,
      goalsDone: 1,
      goalsOverdue: 1,
      actions: 4,
      actionsDone: 3,
      actionsOverdue: 1,
      next: { action: { id: 'b' } },
    });
  });

  test('problems: a goal with no title or competence, an action with no words, a date that is not real', () => {
    const plan: DevelopmentPlan = {
      since: '2025-02-30',
      achievements: '',
      goals: [goal({ title: ' ', competences: [], actions: [action({ what: '', targetDate: '2026-13-01' })] })],
    };
    expect(planProblems(plan, 'CEng').map((p) => p.message)).toEqual([
      'Goal 1 has no title.',
      'Goal 1 is not linked to any competence.',
      'Goal 1, action 1 does not say what you will do.',
      'Goal 1, action 1: the target date is not a real date.',
      'The date of your last plan is not a real date.',
    ]);
  });

  test('the DAP document lays actions out by competence area and timescale, and shows goals with no action yet', () => {
    const plan: DevelopmentPlan = {
      ...emptyPlan(),
      goals: [
        goal({ id: '1', title: 'Ethics', competences: ['E5'], actions: [action({ what: 'Workshop', targetDate: '2026-03-01' })] }),
        goal({
          id: '2',
          title: 'Budgets',
          competences: ['C2', 'A1'],
          actions: [action({ what: 'Own a budget', targetDate: '2026-09-01' }), action({ what: 'Course', targetDate: '2026-02-01' })],
        }),
        goal({ id: '3', title: 'Talks', competences: ['D2'], actions: [] }),
      ],
    };
    const rows = dapDocumentRows(plan, 'CEng', STANDARDS['UK-SPEC-4'].areas, '2026-01-01');
    expect(rows.map((r) => [r.area, r.action, r.timescale])).toEqual([
      ['A', 'Course', '2026-02-01'],
      ['A', 'Own a budget', '2026-09-01'],
      ['D', '', ''],
      ['E', 'Workshop', '2026-03-01'],
    ]);
  });
});

describe('From feedback to plan', () => {
  const ids = (n: number) => `id-${n}`;

  test('each competence to develop becomes a goal with an action and the evidence it will produce, plus a CPD idea', () => {
    const result = planFromFeedback(
      { id: 'fb', date: '2026-01-10', competences: ['C3', 'E2', 'C3'], text: 'More on leading teams; safety.' },
      'CEng',
      emptyPlan(),
      ids,
    );
    expect(result.goals.map((g) => [g.competences, g.source, g.actions.length])).toEqual([
      [['C3'], { kind: 'feedback', feedbackId: 'fb' }, 1],
      [['E2'], { kind: 'feedback', feedbackId: 'fb' }, 1],
    ]);
    expect(result.goals[0]!.title).toMatch(/^Develop C3: Lead a team or a technical specialism/);
    expect(result.goals[1]!.actions[0]!.what).toMatch(/risk assessment/);
    expect(result.goals.flatMap((g) => g.actions).every((a) => a.evidence.length > 0 && a.status === 'not-started')).toBe(true);
    expect(new Set([...result.goals.map((g) => g.id), ...result.goals.flatMap((g) => g.actions.map((a) => a.id))]).size).toBe(4);
    expect(result.cpd.map((c) => [c.competence, c.type])).toEqual([
      ['C3', 'work-experience'],
      ['E2', 'training'],
    ]);
  });

  test('a competence already in a live goal is not planned twice; a finished or dropped goal does not count', () => {
    const plan: DevelopmentPlan = {
      ...emptyPlan(),
      goals: [
        goal({ competences: ['C2'] }),
        goal({ id: 'f', competences: ['D1'], actions: [action({ status: 'done' })] }),
        goal({ id: 'x', competences: ['B1'], dropped: true }),
      ],
    };
    const result = planFromFeedback({ id: 'fb', date: '2026-01-10', competences: ['C2', 'D1', 'B1'], text: '' }, 'CEng', plan, ids);
    expect(result.alreadyPlanned).toEqual(['C2']);
    expect(result.goals.map((g) => g.competences[0])).toEqual(['D1', 'B1']);
    expect(result.cpd).toHaveLength(3);
  });

  test('codes the category does not have are reported, not planned', () => {
    const result = planFromFeedback({ id: 'fb', date: '2026-01-10', competences: ['C4', 'E5'], text: '' }, 'EngTech', emptyPlan(), ids);
    expect(result.unknown).toEqual(['C4']);
    expect(result.goals.map((g) => g.competences[0])).toEqual(['E5']);
  });

  test('thin, missing and below-level competences are offered for goals', () => {
    expect(
      thinCompetences([
        { code: 'A1', strength: 'enough', belowLevel: false, reasons: [] },
        { code: 'A2', strength: 'thin', belowLevel: false, reasons: ['One role.'] },
        { code: 'B1', strength: 'none', belowLevel: false, reasons: ['None.'] },
        { code: 'C1', strength: 'enough', belowLevel: true, reasons: ['Below.'] },
      ]).map((c) => c.code),
    ).toEqual(['A2', 'B1', 'C1']);
  });

  test('a draft last changed more than two years ago is flagged; exactly two years is not', () => {
    expect(staleDraft('2024-01-10T09:00:00.000Z', '2026-01-10')).toEqual({ stale: false, lastChanged: '2024-01-10' });
    expect(staleDraft('2024-01-09T23:00:00.000Z', '2026-01-10').stale).toBe(true);
    expect(staleDraft('2026-02-28T09:00:00.000Z', '2028-02-29').stale).toBe(false);
    expect(staleDraft('2026-02-27T09:00:00.000Z', '2028-02-29').stale).toBe(true);
  });
});

describe('Advice log', () => {
  const comment = (id: string, text: string): ImportedComment => ({
    reviewId: 'r1',
    mentor: 'Sam Mentor',
    exportedAt: '2026-01-05T10:00:00.000Z',
    comment: { id, anchor: { kind: 'competence', code: 'C2' }, text, at: '2026-01-04T10:00:00.000Z', against: { sha256: '', excerpt: '' } },
    resolvedAt: null,
  });

  test('mentor comments join the log by themselves, once, and keep what the applicant wrote about them', () => {
    const first = syncReviewAdvice([], [comment('c1', 'Say more about budgets')], () => 'C2');
    expect(first).toEqual([
      expect.objectContaining({
        who: 'mentor',
        name: 'Sam Mentor',
        date: '2026-01-04',
        advice: 'C2: Say more about budgets',
        version: { kind: 'unknown' },
        response: '',
      }),
    ]);
    const answered = first.map((e) => ({ ...e, response: 'Added the budget I ran.' }));
    const again = syncReviewAdvice(answered, [comment('c1', 'Say more about budgets'), comment('c2', 'Shorter please')], () => 'C2');
    expect(again.map((e) => e.response)).toEqual(['Added the budget I ran.', '']);
    expect(openAdvice(again).map((e) => e.advice)).toEqual(['C2: Shorter please']);
  });

  test('advice is grouped by the version it was about', () => {
    const base: Omit<AdviceEntry, 'id' | 'version' | 'date'> = {
      who: 'adviser',
      name: 'A',
      advice: 'x',
      response: '',
      source: { kind: 'manual' },
    };
    const log: AdviceEntry[] = [
      { ...base, id: '1', date: '2026-01-01', version: { kind: 'export', date: '2025-12-20' } },
      { ...base, id: '2', date: '2026-02-01', version: { kind: 'lock', sha256: 'abcdef0123456789' } },
      { ...base, id: '3', date: '2026-01-03', version: { kind: 'export', date: '2025-12-20' } },
    ];
    expect(adviceByVersion(log).map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([
      ['the locked version abcdef01', ['2']],
      ['the export of 20 December 2025', ['3', '1']],
    ]);
    expect(describeVersion({ kind: 'unknown' })).toBe('version not recorded');
  });
});
