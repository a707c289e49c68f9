// The Development Action Plan: the plan at a glance (overdue and done), section 1
// (achievements since the last plan), section 2 (goals and their actions), and a printable
// document to upload as the Development Action Plan.
import { useSignal } from '@preact/signals';
import {
  type ActionState,
  actionState,
  dapDocumentRows,
  type GoalState,
  goalState,
  planGlance,
  planProblems,
} from '../../../core/development/dap.ts';
import { thinCompetences } from '../../../core/development/feedback.ts';
import type { DapAction, DapGoal } from '../../../core/development/types.ts';
import { STANDARDS } from '../../../core/rules/standards.ts';
import type { Application } from '../../../core/types.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import { ConfirmRemove } from '../ui/ConfirmRemove.tsx';
import { FormError } from '../ui/FormError.tsx';
import { Checkbox, Select, TextField } from '../ui/fields.tsx';
import { formatDate } from '../ui/format.ts';
import { CompetencePicker } from './CompetencePicker.tsx';
import { useCoverage } from './coverage.ts';
import { PrintButton } from './print.tsx';
import { SavedText } from './SavedText.tsx';
import { type DevelopmentHandle, newId, todayIso } from './state.ts';

const ACTION_WORDS: Record<ActionState, string> = {
  done: 'Done',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  open: 'Open',
  'no-date': 'No target date',
};
const GOAL_WORDS: Record<GoalState, string> = {
  done: 'Done',
  overdue: 'Overdue',
  open: 'In progress',
  dropped: 'Dropped',
  'no-actions': 'No actions yet',
};

export function PlanView({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const data = dev.data.value!;
  const plan = data.plan;
  const today = todayIso();
  const glance = planGlance(plan, today);
  const editing = useSignal<DapGoal | null>(null);
  const areas = app.category === 'ICTTech' ? STANDARDS['ICTTech-3'].areas : STANDARDS['UK-SPEC-4'].areas;
  const problems = planProblems(plan, app.category);

  return (
    <div class="dap">
      <p class="glance">
        <strong>
          {glance.goals} {glance.goals === 1 ? 'goal' : 'goals'}: {glance.goalsDone} done, {glance.goalsOverdue} overdue.
        </strong>{' '}
        {glance.actions} {glance.actions === 1 ? 'action' : 'actions'}: {glance.actionsDone} done, {glance.actionsOverdue} overdue,{' '}
        {glance.actionsDueSoon} due within 30 days.
        {glance.next && ` Next: “${glance.next.action.what}” by ${formatDate(glance.next.action.targetDate)}.`}
      </p>
      {glance.actions > 0 && (
        <div class="field">
          <label for="dap-progress">Actions done</label>
          <progress id="dap-progress" max={glance.actions} value={glance.actionsDone}>
            {glance.actionsDone} of {glance.actions}
          </progress>
        </div>
      )}

      <h3>Section 1: achievements since your last plan</h3>
      <SavedText
        type="date"
        label="Date of your last plan (leave empty if this is your first)"
        value={plan.since}
        onSave={(since) => void dev.change((d) => ({ ...d, plan: { ...d.plan, since } }))}
      />
      <SavedText
        label="What you achieved since then"
        value={plan.achievements}
        rows={5}
        onSave={(achievements) => void dev.change((d) => ({ ...d, plan: { ...d.plan, achievements } }))}
      />

      <h3>Section 2: goals and actions</h3>
      {editing.value === null && (
        <button
          type="button"
          onClick={() => (editing.value = { id: '', title: '', competences: [], actions: [], dropped: false, source: { kind: 'own' } })}
        >
          Add a goal
        </button>
      )}
      {editing.value !== null && (
        <GoalForm key={editing.value.id || 'new'} dev={dev} app={app} initial={editing.value} onDone={() => (editing.value = null)} />
      )}
      {plan.goals.length === 0 && <p>No goals yet. Panel feedback can draft them for you under Panel feedback.</p>}
      <ul class="plain goals">
        {plan.goals.map((g) => {
          const state = goalState(g, today);
          return (
            <li key={g.id} class={`card goal ${state}`}>
              <h4>
                {g.title || 'Untitled goal'} <span class={`tag ${state}`}>{GOAL_WORDS[state]}</span>
              </h4>
              <p>Competences: {g.competences.join(', ') || 'none yet'}</p>
              <CommentsFor app={app} anchor={{ kind: 'goal', goalId: g.id }} />
              {g.actions.length > 0 && (
                <ul>
                  {g.actions.map((a) => {
                    const s = actionState(a, today);
                    return (
                      <li key={a.id}>
                        <span class={`tag ${s}`}>{ACTION_WORDS[s]}</span> {a.what}
                        {a.targetDate && ` (by ${formatDate(a.targetDate)})`}
                        {a.evidence && ` — evidence: ${a.evidence}`}
                      </li>
                    );
                  })}
                </ul>
              )}
              <p class="actions">
                <button type="button" aria-label={`Edit goal ${g.title}`} onClick={() => (editing.value = g)}>
                  Edit
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${g.dropped ? 'Restore' : 'Drop'} goal ${g.title}`}
                  onClick={() =>
                    void dev.change((d) => ({
                      ...d,
                      plan: { ...d.plan, goals: d.plan.goals.map((x) => (x.id === g.id ? { ...x, dropped: !x.dropped } : x)) },
                    }))
                  }
                >
                  {g.dropped ? 'Restore' : 'Drop'}
                </button>{' '}
                <ConfirmRemove
                  what={`goal ${g.title}`}
                  detail="The goal and its actions leave the plan. To keep it on record, drop it instead."
                  onRemove={() => {
                    void dev.change((d) => ({ ...d, plan: { ...d.plan, goals: d.plan.goals.filter((x) => x.id !== g.id) } }));
                    return true;
                  }}
                />
              </p>
            </li>
          );
        })}
      </ul>
      {problems.length > 0 && (
        <div class="note">
          <p>Before you upload the plan:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.goalId}-${p.actionId ?? ''}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}

      <h3>The Development Action Plan document</h3>
      <p>Print it, or save it as a PDF from the print dialog, and upload it as your Development Action Plan.</p>
      <PrintButton target="dap-document" label="Print the Development Action Plan" />
      <div id="dap-document" class="print-document">
        <h2>Development Action Plan</h2>
        <p>
          {app.personal.fullName || app.name} · {app.category} · {today}
        </p>
        <h3>1. Achievements since {plan.since ? `the last plan (${plan.since})` : 'the start'}</h3>
        <p class="prose">{plan.achievements || 'None recorded.'}</p>
        <h3>2. Actions</h3>
        <table class="dap-table">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Goal and competences</th>
              <th scope="col">Action</th>
              <th scope="col">Timescale</th>
              <th scope="col">Evidence it will produce</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {dapDocumentRows(plan, app.category, areas, today).map((r, i) => (
              <tr key={i}>
                <td>
                  {r.area}: {r.areaTitle}
                </td>
                <td>
                  {r.goal} ({r.competences.join(', ')})
                </td>
                <td>{r.action || '—'}</td>
                <td>{r.timescale || '—'}</td>
                <td>{r.evidence || '—'}</td>
                <td>{ACTION_WORDS[r.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function blankAction(): DapAction {
  return { id: newId(), what: '', targetDate: '', evidence: '', status: 'not-started', doneOn: '' };
}

function GoalForm({ dev, app, initial, onDone }: { dev: DevelopmentHandle; app: Application; initial: DapGoal; onDone(): void }) {
  const g = useSignal<DapGoal>(initial.actions.length ? initial : { ...initial, actions: [blankAction()] });
  const problems = useSignal<{ message: string }[]>([]);
  const thin = thinCompetences(useCoverage(app));
  const set = (patch: Partial<DapGoal>) => {
    g.value = { ...g.value, ...patch };
  };
  const setAction = (id: string, patch: Partial<DapAction>) =>
    set({ actions: g.value.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) });
  const save = async (e: Event) => {
    e.preventDefault();
    const goal = {
      ...g.value,
      id: g.value.id || newId(),
      actions: g.value.actions.filter((a) => a.what.trim() || a.evidence.trim() || a.targetDate),
    };
    const found = planProblems({ since: '', achievements: '', goals: [goal] }, app.category);
    problems.value = found;
    if (found.length) return;
    const saved = await dev.change((d) => ({
      ...d,
      plan: {
        ...d.plan,
        goals: d.plan.goals.some((x) => x.id === goal.id)
          ? d.plan.goals.map((x) => (x.id === goal.id ? goal : x))
          : [...d.plan.goals, goal],
      },
    }));
    if (saved) onDone();
  };
  return (
    <form class="card" onSubmit={save} aria-label={initial.id ? 'Edit goal' : 'New goal'}>
      <FormError reasons={problems.value} title="The goal was not saved:" />
      <TextField label="Goal" value={g.value.title} onValue={(title) => set({ title })} />
      <CompetencePicker
        legend="Competences it builds"
        category={app.category}
        value={g.value.competences}
        onValue={(competences) => set({ competences })}
        first={thin}
      />
      {g.value.actions.map((a, i) => (
        <fieldset key={a.id} class="action">
          <legend>Action {i + 1}</legend>
          <TextField label={`What you will do (action ${i + 1})`} value={a.what} onValue={(what) => setAction(a.id, { what })} />
          <TextField
            label={`Target date (action ${i + 1})`}
            type="date"
            value={a.targetDate}
            onValue={(targetDate) => setAction(a.id, { targetDate })}
          />
          <TextField
            label={`Evidence it will produce (action ${i + 1})`}
            value={a.evidence}
            onValue={(evidence) => setAction(a.id, { evidence })}
          />
          <Select
            label={`Status (action ${i + 1})`}
            value={a.status}
            options={[
              { value: 'not-started', label: 'Not started' },
              { value: 'in-progress', label: 'In progress' },
              { value: 'done', label: 'Done' },
            ]}
            onValue={(status) =>
              setAction(a.id, { status: status as DapAction['status'], doneOn: status === 'done' ? a.doneOn || todayIso() : '' })
            }
          />
          {a.status === 'done' && (
            <TextField label={`Done on (action ${i + 1})`} type="date" value={a.doneOn} onValue={(doneOn) => setAction(a.id, { doneOn })} />
          )}
          <button type="button" onClick={() => set({ actions: g.value.actions.filter((x) => x.id !== a.id) })}>
            Remove action {i + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => set({ actions: [...g.value.actions, blankAction()] })}>
          Add another action
        </button>
      </p>
      <Checkbox
        label="Dropped (kept on record, left out of the document)"
        checked={g.value.dropped}
        onChange={(dropped) => set({ dropped })}
      />
      <p class="actions">
        <button type="submit">Save goal</button>{' '}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
