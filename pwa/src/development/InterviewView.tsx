// Interview preparation: practice one question at a time (timer, notes, self-rating, revisit
// list), the 15-minute presentation planner with a rehearsal timer, and the remote checklist.
import { useSignal } from '@preact/signals';
import { DEVELOPMENT_FACTS } from '../../../core/development/facts.ts';
import {
  type InterviewQuestion,
  interviewDeck,
  practiceSummary,
  type QuestionSection,
  revisitList,
  SUGGESTED_ANSWER_SECONDS,
} from '../../../core/development/interview.ts';
import { clock, draftOutline, type OutlineSection, rehearsalCue } from '../../../core/development/presentation.ts';
import { REMOTE_CHECKLIST } from '../../../core/development/remote.ts';
import type { PracticeAnswer } from '../../../core/development/types.ts';
import type { Application } from '../../../core/types.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import { Select } from '../ui/fields.tsx';
import { useCoverage } from './coverage.ts';
import { PrintButton } from './print.tsx';
import { SavedText } from './SavedText.tsx';
import type { DevelopmentHandle } from './state.ts';
import { StopwatchControls, useStopwatch } from './Timer.tsx';

const SECTION_WORDS: Record<QuestionSection, string> = {
  role: 'Your roles',
  competence: 'Competences to test',
  'area-e': 'Area E (always asked)',
  general: 'General',
};
const RATINGS = ['1: not ready', '2: shaky', '3: fair', '4: confident'] as const;

export function InterviewView({
  dev,
  app,
  part,
}: {
  dev: DevelopmentHandle;
  app: Application;
  part: 'practice' | 'presentation' | 'remote';
}) {
  const facts = DEVELOPMENT_FACTS.filter((f) => f.id.startsWith('interview'));
  return (
    <div class="interview">
      <ul class="hint">
        {facts.map((f) => (
          <li key={f.id}>{f.text}</li>
        ))}
      </ul>
      {part === 'practice' && <Practice dev={dev} app={app} />}
      {part === 'presentation' && <Presentation dev={dev} app={app} />}
      {part === 'remote' && <Remote dev={dev} />}
    </div>
  );
}

function Practice({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const data = dev.data.value!;
  const deck = interviewDeck(app, { coverage: useCoverage(app), cpd: data.cpd });
  const filter = useSignal<'all' | 'revisit' | QuestionSection>('all');
  const revisit = revisitList(deck, data.practice);
  const shown: InterviewQuestion[] =
    filter.value === 'all' ? deck : filter.value === 'revisit' ? revisit : deck.filter((q) => q.section === filter.value);
  const index = useSignal(0);
  const at = Math.min(index.value, Math.max(0, shown.length - 1));
  const q = shown[at];
  const watch = useStopwatch();
  const summary = practiceSummary(deck, data.practice);
  const answer = q ? data.practice.find((a) => a.questionId === q.id) : undefined;
  const save = (patch: Partial<PracticeAnswer>) => {
    if (!q) return;
    void dev.change((d) => {
      const old = d.practice.find((a) => a.questionId === q.id) ?? {
        questionId: q.id,
        notes: '',
        rating: null,
        revisit: false,
        seconds: null,
        practisedAt: '',
      };
      const next = { ...old, ...patch, question: q.text, practisedAt: new Date().toISOString() };
      return { ...d, practice: [...d.practice.filter((a) => a.questionId !== q.id), next] };
    });
  };
  const go = (n: number) => {
    if (watch.elapsed.value > 0) save({ seconds: watch.elapsed.value });
    watch.reset();
    index.value = n;
  };
  return (
    <section aria-labelledby="practice-title">
      <h3 id="practice-title">Practice</h3>
      <p>
        {summary.practised} of {summary.total} questions practised. {revisit.length} to revisit.
      </p>
      <Select
        label="Questions to practise"
        value={filter.value}
        options={[
          { value: 'all', label: `All (${deck.length})` },
          ...(['role', 'competence', 'area-e', 'general'] as const).map((s) => ({
            value: s,
            label: `${SECTION_WORDS[s]} (${summary.bySection[s].total})`,
          })),
          { value: 'revisit', label: `To revisit (${revisit.length})` },
        ]}
        onValue={(v) => {
          filter.value = v as typeof filter.value;
          go(0);
        }}
      />
      {!q ? (
        <p>No questions here.</p>
      ) : (
        <section class="card question" aria-labelledby="question-title">
          <p class="hint">
            Question {at + 1} of {shown.length} · {SECTION_WORDS[q.section]} · {q.why}
          </p>
          <h4 id="question-title" tabIndex={-1}>
            {q.text}
          </h4>
          <p class="hint">
            Answer aloud, as you would in the interview. Around {SUGGESTED_ANSWER_SECONDS / 60} minutes is plenty for most answers (our
            suggestion).
          </p>
          <StopwatchControls watch={watch} what="answer" />
          {watch.elapsed.value > SUGGESTED_ANSWER_SECONDS && (
            <p class="note">Over {SUGGESTED_ANSWER_SECONDS / 60} minutes: could it be shorter?</p>
          )}
          <SavedText
            key={q.id}
            label="Your notes for this answer"
            value={answer?.notes ?? ''}
            rows={4}
            onSave={(notes) => save({ notes })}
          />
          <CommentsFor app={app} anchor={{ kind: 'answer', questionId: q.id }} />
          <fieldset>
            <legend>How ready do you feel?</legend>
            {RATINGS.map((label, i) => (
              <div class="field check" key={label}>
                <input
                  type="radio"
                  id={`rating-${i + 1}`}
                  name="rating"
                  checked={answer?.rating === i + 1}
                  onChange={() => save({ rating: (i + 1) as 1 | 2 | 3 | 4 })}
                />
                <label for={`rating-${i + 1}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          <div class="field check">
            <input
              id="revisit"
              type="checkbox"
              checked={answer?.revisit ?? false}
              onChange={(e) => save({ revisit: (e.currentTarget as HTMLInputElement).checked })}
            />
            <label for="revisit">Come back to this question</label>
          </div>
          {answer?.seconds != null && <p class="hint">Last timed answer: {clock(answer.seconds)}.</p>}
          <p class="actions">
            <button type="button" disabled={at === 0} onClick={() => go(at - 1)}>
              Previous question
            </button>{' '}
            <button type="button" disabled={at >= shown.length - 1} onClick={() => go(at + 1)}>
              Next question
            </button>
          </p>
        </section>
      )}
      {revisit.length > 0 && (
        <>
          <h4>To revisit</h4>
          <ul>
            {revisit.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      <PrintButton target="deck-document" label="Print all questions with your notes" />
      <div id="deck-document" class="print-document">
        <h2>Interview practice questions</h2>
        {(['role', 'competence', 'area-e', 'general'] as const).map((s) => (
          <section key={s}>
            <h3>{SECTION_WORDS[s]}</h3>
            <ol>
              {deck
                .filter((x) => x.section === s)
                .map((x) => {
                  const a = data.practice.find((p) => p.questionId === x.id);
                  return (
                    <li key={x.id}>
                      <p>{x.text}</p>
                      {a?.notes && <p class="prose">Notes: {a.notes}</p>}
                      {a?.rating && <p>Self-rating: {RATINGS[a.rating - 1]}</p>}
                    </li>
                  );
                })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

function Presentation({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const data = dev.data.value!;
  const outline: OutlineSection[] = data.outline ?? draftOutline(app);
  const total = outline.reduce((s, x) => s + x.seconds, 0);
  const watch = useStopwatch();
  const cue = rehearsalCue(outline, watch.elapsed.value);
  const saveSection = (id: string, patch: Partial<OutlineSection>) =>
    void dev.change((d) => ({ ...d, outline: (d.outline ?? draftOutline(app)).map((s) => (s.id === id ? { ...s, ...patch } : s)) }));
  return (
    <section aria-labelledby="presentation-title">
      <h3 id="presentation-title">Presentation planner</h3>
      <p>
        A first outline drawn from your roles, newest first. Change the times and points to suit you. Total:{' '}
        <strong>
          {clock(total)} of 15:00{total > 900 ? ` (${clock(total - 900)} over)` : total < 900 ? ` (${clock(900 - total)} spare)` : ''}
        </strong>
        .
      </p>
      {data.outline === null && app.roles.length === 0 && (
        <p class="note">
          No roles yet, so the middle of the talk, your career, cannot be planned: its time sits with the introduction for now. Add your
          roles under Career history and the outline shares that time out between them.
        </p>
      )}
      {data.outline !== null && (
        <button type="button" onClick={() => void dev.change((d) => ({ ...d, outline: null }))}>
          Redraft the outline from my roles
        </button>
      )}
      <ol class="outline">
        {outline.map((s, i) => (
          <li key={s.id} class={`card${watch.elapsed.value > 0 && i === cue.index ? ' current' : ''}`}>
            <h4>
              {s.title} · {clock(s.seconds)}
            </h4>
            <div class="field">
              <label for={`sec-${s.id}`}>Seconds for “{s.title}”</label>
              <input
                id={`sec-${s.id}`}
                type="number"
                min="0"
                step="15"
                value={String(s.seconds)}
                onChange={(e) => {
                  const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
                  if (Number.isFinite(n) && n >= 0 && n <= 3600) saveSection(s.id, { seconds: n });
                }}
              />
            </div>
            <SavedText
              label={`Points for “${s.title}” (one a line)`}
              value={s.points.join('\n')}
              rows={3}
              onSave={(v) =>
                saveSection(s.id, {
                  points: v
                    .split('\n')
                    .map((p) => p.trim())
                    .filter(Boolean),
                })
              }
            />
            {s.competences.length > 0 && <p class="hint">Competences to bring out: {s.competences.join(', ')}</p>}
          </li>
        ))}
      </ol>
      <h4>Rehearse</h4>
      <StopwatchControls watch={watch} what="rehearsal" />
      <p aria-live="off">
        {cue.over
          ? `Over time by ${clock(-cue.totalLeft)}.`
          : `Now: ${outline[cue.index]?.title ?? ''}, ${clock(cue.sectionLeft)} left in it; ${clock(cue.totalLeft)} left in all.`}
      </p>
      <PrintButton target="outline-document" label="Print the outline" />
      <div id="outline-document" class="print-document">
        <h2>Presentation outline ({clock(total)})</h2>
        <ol>
          {outline.map((s) => (
            <li key={s.id}>
              <strong>
                {s.title} ({clock(s.seconds)})
              </strong>
              <ul>
                {s.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

function Remote({ dev }: { dev: DevelopmentHandle }) {
  const ticked = new Set(dev.data.value!.remote);
  const WHEN = { before: 'Before the day', 'day-before': 'The day before', 'on-the-day': 'On the day' } as const;
  return (
    <section aria-labelledby="remote-title" id="remote-list">
      <h3 id="remote-title">Remote interview checklist</h3>
      <p>
        {ticked.size} of {REMOTE_CHECKLIST.length} done. <PrintButton target="remote-list" label="Print the checklist" />
      </p>
      {(Object.keys(WHEN) as (keyof typeof WHEN)[]).map((w) => (
        <fieldset key={w}>
          <legend>{WHEN[w]}</legend>
          {REMOTE_CHECKLIST.filter((c) => c.when === w).map((c) => (
            <div class="field check" key={c.id}>
              <input
                id={`remote-${c.id}`}
                type="checkbox"
                checked={ticked.has(c.id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  void dev.change((d) => ({ ...d, remote: on ? [...new Set([...d.remote, c.id])] : d.remote.filter((x) => x !== c.id) }));
                }}
              />
              <label for={`remote-${c.id}`}>
                {c.text} {c.provenance === 'public' ? <span class="tag">IET</span> : <span class="tag">our advice</span>}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
