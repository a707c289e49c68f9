// The Development Action Plan: goals linked to competences, each with actions, target dates and
// the evidence they will produce. Whether something is overdue or done is computed against a
// date the caller passes (core reads no clock), never stored.
import { isCalendarDate } from '../application/dates.ts';
import { COMPETENCES } from '../rules/standards.ts';
import type { AreaId, CategoryId, CompetenceCode, IsoDate } from '../types.ts';
import type { DapAction, DapGoal, DevelopmentPlan } from './types.ts';

/** An action's state on a given day. */
export type ActionState = 'done' | 'overdue' | 'due-soon' | 'open' | 'no-date';

/** Days before a target date from which an open action counts as due soon. */
const DUE_SOON_DAYS = 30;

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Where an action stands on `today`: done, overdue (target date passed), due within 30 days, open, or without a date. */
export function actionState(action: DapAction, today: IsoDate): ActionState {
  if (action.status === 'done') return 'done';
  if (!isCalendarDate(action.targetDate)) return 'no-date';
  if (action.targetDate < today) return 'overdue';
  return daysBetween(today, action.targetDate) <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** A goal's state: dropped, done (every action done, and at least one), overdue (any action overdue), or open. */
export type GoalState = 'dropped' | 'done' | 'overdue' | 'open' | 'no-actions';

/** Where a goal stands on `today`. */
export function goalState(goal: DapGoal, today: IsoDate): GoalState {
  if (goal.dropped) return 'dropped';
  if (goal.actions.length === 0) return 'no-actions';
  const states = goal.actions.map((a) => actionState(a, today));
  if (states.every((s) => s === 'done')) return 'done';
  return states.includes('overdue') ? 'overdue' : 'open';
}

/** Counts for the plan at a glance. */
export interface PlanGlance {
  goals: number;
  goalsDone: number;
  goalsOverdue: number;
  actions: number;
  actionsDone: number;
  actionsOverdue: number;
  actionsDueSoon: number;
  /** The open action with the nearest target date, if any. */
  next: { goal: DapGoal; action: DapAction } | null;
}

/** The plan at a glance on `today` (dropped goals are left out of the counts). */
export function planGlance(plan: DevelopmentPlan, today: IsoDate): PlanGlance {
  const live = plan.goals.filter((g) => !g.dropped);
  const pairs = live.flatMap((goal) => goal.actions.map((action) => ({ goal, action, state: actionState(action, today) })));
  const open = pairs
    .filter((p) => p.state !== 'done' && p.state !== 'no-date')
    .sort((a, b) => a.action.targetDate.localeCompare(b.action.targetDate));
  return {
    goals: live.length,
    goalsDone: live.filter((g) => goalState(g, today) === 'done').length,
    goalsOverdue: live.filter((g) => goalState(g, today) === 'overdue').length,
    actions: pairs.length,
    actionsDone: pairs.filter((p) => p.state === 'done').length,
    actionsOverdue: pairs.filter((p) => p.state === 'overdue').length,
    actionsDueSoon: pairs.filter((p) => p.state === 'due-soon').length,
    next: open[0] ? { goal: open[0].goal, action: open[0].action } : null,
  };
}

/** A problem with a goal or action, in words for the applicant. */
export interface PlanProblem {
  goalId: string;
  actionId?: string;
  message: string;
}

/** Problems with a plan: goals without a title or competence, actions without words, dates that are not real. */
export function planProblems(plan: DevelopmentPlan, category: CategoryId): PlanProblem[] {
  const known = new Set(COMPETENCES[category].map((c) => c.code));
  const problems: PlanProblem[] = [];
  plan.goals.forEach((g, i) => {
    const label = g.title.trim() ? `Goal “${g.title.trim()}”` : `Goal ${i + 1}`;
    if (!g.title.trim()) problems.push({ goalId: g.id, message: `${label} has no title.` });
    if (g.competences.length === 0) problems.push({ goalId: g.id, message: `${label} is not linked to any competence.` });
    const unknown = g.competences.filter((c) => !known.has(c));
    if (unknown.length) problems.push({ goalId: g.id, message: `${label}: not ${category} competences: ${unknown.join(', ')}.` });
    g.actions.forEach((a, j) => {
      const what = `${label}, action ${j + 1}`;
      if (!a.what.trim()) problems.push({ goalId: g.id, actionId: a.id, message: `${what} does not say what you will do.` });
      if (a.targetDate !== '' && !isCalendarDate(a.targetDate))
        problems.push({ goalId: g.id, actionId: a.id, message: `${what}: the target date is not a real date.` });
      if (a.doneOn !== '' && !isCalendarDate(a.doneOn))
        problems.push({ goalId: g.id, actionId: a.id, message: `${what}: the date done is not a real date.` });
    });
  });
  if (plan.since !== '' && !isCalendarDate(plan.since))
    problems.push({ goalId: '', message: 'The date of your last plan is not a real date.' });
  return problems;
}

/** One line of the DAP document's section 2: an action under its competence area, with its timescale. */
export interface DapDocumentRow {
  area: AreaId;
  areaTitle: string;
  goal: string;
  competences: CompetenceCode[];
  action: string;
  timescale: IsoDate | '';
  evidence: string;
  state: ActionState;
}

/** The plan laid out as the DAP document: section 2 rows grouped by the first area each goal develops. */
export function dapDocumentRows(
  plan: DevelopmentPlan,
  category: CategoryId,
  areaTitles: Record<AreaId, string>,
  today: IsoDate,
): DapDocumentRow[] {
  const order: AreaId[] = ['A', 'B', 'C', 'D', 'E'];
  const known = new Set(COMPETENCES[category].map((c) => c.code));
  const rows: DapDocumentRow[] = [];
  for (const goal of plan.goals.filter((g) => !g.dropped)) {
    const codes = goal.competences.filter((c) => known.has(c));
    const area = (codes.map((c) => c.charAt(0) as AreaId).sort()[0] ?? 'E') as AreaId;
    // A goal with no actions yet still shows, so the document never hides a goal.
    const actions: (DapAction | null)[] = goal.actions.length ? goal.actions : [null];
    for (const action of actions) {
      rows.push({
        area,
        areaTitle: areaTitles[area],
        goal: goal.title,
        competences: codes,
        action: action?.what ?? '',
        timescale: action?.targetDate ?? '',
        evidence: action?.evidence ?? '',
        state: action ? actionState(action, today) : 'no-date',
      });
    }
  }
  return rows.sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area) || a.timescale.localeCompare(b.timescale));
}

/** An empty plan. */
export function emptyPlan(): DevelopmentPlan {
  return { since: '', achievements: '', goals: [] };
}
