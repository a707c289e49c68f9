// From panel feedback to a plan: the applicant enters what the panel sent back; the workbook
// drafts DAP goals and CPD ideas from it, and flags a draft kept for reapplication when it is stale.
import { useSignal } from '@preact/signals';
import { isCalendarDate } from '../../../core/application/dates.ts';
import { activityLabel, STALE_DRAFT_YEARS } from '../../../core/development/constants.ts';
import { type FeedbackPlan, planFromFeedback, staleDraft } from '../../../core/development/feedback.ts';
import type { PanelFeedback } from '../../../core/development/types.ts';
import type { Application, CompetenceCode } from '../../../core/types.ts';
import { FormError } from '../ui/FormError.tsx';
import { TextArea, TextField } from '../ui/fields.tsx';
import { formatDate } from '../ui/format.ts';
import { CompetencePicker } from './CompetencePicker.tsx';
import { type DevelopmentHandle, newId, todayIso } from './state.ts';

export function FeedbackView({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const data = dev.data.value!;
  const stale = staleDraft(app.updatedAt, todayIso());
  const date = useSignal(todayIso());
  const text = useSignal('');
  const codes = useSignal<CompetenceCode[]>([]);
  const problems = useSignal<{ message: string }[]>([]);
  const made = useSignal<FeedbackPlan | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    const found: { message: string }[] = [];
    if (!isCalendarDate(date.value) || date.value > todayIso())
      found.push({ message: 'Enter the date of the feedback (not in the future).' });
    if (codes.value.length === 0) found.push({ message: 'Choose at least one competence the panel asked you to develop.' });
    problems.value = found;
    if (found.length) return;
    const feedback: PanelFeedback = { id: newId(), date: date.value, competences: codes.value, text: text.value.trim() };
    let result: FeedbackPlan | null = null;
    const saved = await dev.change((d) => {
      result = planFromFeedback(feedback, app.category, d.plan, () => newId());
      // The panel's feedback is advice too: it joins the advice log, about the locked version if there is one.
      const advice = {
        id: newId(),
        who: 'panel' as const,
        name: 'Assessment panel',
        date: feedback.date,
        advice: `Develop ${feedback.competences.join(', ')}${feedback.text ? `: ${feedback.text}` : '.'}`,
        version: app.lock ? { kind: 'lock' as const, sha256: app.lock.sha256 } : { kind: 'unknown' as const },
        response: 'Planned in the Development Action Plan.',
        source: { kind: 'manual' as const },
      };
      return {
        ...d,
        feedback: [...d.feedback, feedback],
        advice: [...d.advice, advice],
        plan: { ...d.plan, goals: [...d.plan.goals, ...result.goals] },
      };
    });
    if (saved) {
      made.value = result;
      codes.value = [];
      text.value = '';
    }
  };
  return (
    <div class="feedback">
      {stale.stale && (
        <p class="note" role="note">
          This application was last changed on {stale.lastChanged}, more than {STALE_DRAFT_YEARS} years ago. Before you reapply, bring your
          roles and evidence up to date. <span class="assumption">Two years is our rule of thumb, not an IET rule.</span>
        </p>
      )}
      <p>
        An unsuccessful application comes back with the competences to develop. Enter them: the workbook turns each into a goal in your
        Development Action Plan, with a first action and CPD ideas you can change. Your application stays here for when you reapply.
      </p>
      <form class="card" onSubmit={save} aria-label="Panel feedback">
        <FormError reasons={problems.value} title="The feedback was not saved:" />
        <TextField label="Date of the feedback" type="date" value={date.value} onValue={(v) => (date.value = v)} />
        <CompetencePicker
          legend="Competences the panel asked you to develop"
          category={app.category}
          value={codes.value}
          onValue={(v) => (codes.value = v)}
        />
        <TextArea label="What the panel wrote" rows={4} value={text.value} onValue={(v) => (text.value = v)} />
        <button type="submit">Save feedback and draft the plan</button>
      </form>
      <div role="status">
        {made.value && (
          <div class="card">
            <p>
              {made.value.goals.length} {made.value.goals.length === 1 ? 'goal was' : 'goals were'} added to your Development Action Plan
              {made.value.alreadyPlanned.length > 0 && `; ${made.value.alreadyPlanned.join(', ')} already had a goal`}.
            </p>
            {made.value.cpd.length > 0 && (
              <>
                <p>CPD ideas:</p>
                <ul>
                  {made.value.cpd.map((c) => (
                    <li key={c.competence}>
                      {c.competence} ({activityLabel(c.type)}): {c.idea}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {data.feedback.length > 0 && (
        <>
          <h3>Feedback received</h3>
          <ul class="plain">
            {[...data.feedback]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((f) => (
                <li key={f.id} class="card">
                  <p>
                    <strong>{formatDate(f.date)}</strong>: develop {f.competences.join(', ')}
                  </p>
                  {f.text && <p class="prose">{f.text}</p>}
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
