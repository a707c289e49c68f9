// Where the application stands, as a task list (GOV.UK pattern): what to do next, the mandatory
// items as a bar, each part with its status, the steps done in Career Manager marked as such,
// and what is in the way grouped by the section where it is fixed.
import { STEP_PART } from '../../../core/application/next-field.ts';
import { mandatoryProgress, partStatus } from '../../../core/application/parts.ts';
import { progress } from '../../../core/application/progress.ts';
import { IN_CAREER_MANAGER, STEP_TONE } from '../../../core/design/vocabulary.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { STEP_GUIDANCE } from '../../../core/rules/guidance.ts';
import { provenanceWords, ruleRows, ruleValueWords } from '../../../core/rules/rule-list.ts';
import { stepStateWords } from '../../../core/rules/step-words.ts';
import type { Application, PartId, Reason, StepId } from '../../../core/types.ts';
import { ObservationsPanel } from '../bridge/ObservationsPanel.tsx';
import { type CommentRow, liveComments } from '../db/reviews.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import type { Draft } from '../state/draft.ts';
import { useLive } from '../state/live.ts';
import { APP_SCREENS, type AppScreen, hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { CategoryRouteFields } from '../ui/CategoryChange.tsx';
import { localToday } from '../ui/format.ts';
import { lazy } from '../ui/lazy.tsx';
import { Tag } from '../ui/Tag.tsx';
import { countByScreen } from './commentPlaces.ts';

/** The parts prepared in the workbook, in the order of the path, each with a line on what it holds. */
const WORKBOOK_TASKS: { part: Exclude<PartId, 'overview' | 'validate'>; hint: string }[] = [
  { part: 'checklist', hint: 'Personal details, membership, qualifications, development, adviser' },
  { part: 'career', hint: 'Your roles: Responsibilities and Personal Achievements' },
  { part: 'documents', hint: 'One file per document type' },
  { part: 'panelling', hint: 'Sector, specialisms and interview location' },
];

/** The steps that happen in Career Manager and are recorded here. */
const CAREER_MANAGER_STEPS: StepId[] = ['lock', 'supporters', 'validation', 'submit', 'after-submission'];

/** What each of those steps is recorded with in the workbook, when it is the one to do. */
const RECORD_WORDS: Partial<Record<StepId, string>> = {
  lock: "I've locked it in Career Manager — record it",
  supporters: "I've added them in Career Manager — record them",
  validation: 'Record what each supporter did',
  submit: "I've submitted it in Career Manager — record it",
  'after-submission': 'Record news from the IET',
};

// The heat map and its evidence code load only when the Overview is shown.
const CoverageMap = lazy(() => import('../evidence/CoverageMap.tsx').then((m) => m.CoverageMap), 'coverage map');

export function OverviewScreen({ draft, app }: { draft: Draft; app: Application }) {
  const today = localToday();
  const p = progress(app, rules.value, today);
  const parts = partStatus(app, rules.value, today);
  const items = mandatoryProgress(app, rules.value, today);
  const changeable = app.stage === 'draft';
  const href = (screen: AppScreen) => hrefFor({ name: 'app', id: app.id, screen });
  return (
    <>
      <div class="next-box">
        <h3>Next action</h3>
        <p class="next-action">{p.nextAction}</p>
        <p class="guidance">{STEP_GUIDANCE[p.current]}</p>
        <div class="bar-line">
          <span class="bar" aria-hidden="true">
            <span class="bar-fill" style={{ width: `${Math.round((items.done / Math.max(1, items.total)) * 100)}%` }} />
          </span>
          <span>
            {items.done} of {items.total} mandatory items done
          </span>
        </div>
      </div>
      {p.warnings.length > 0 && (
        <section aria-labelledby="overview-warnings-title">
          <h3 id="overview-warnings-title">Changed since the lock</h3>
          <ul class="warnings">
            {p.warnings.map((w, i) => (
              <li key={i}>
                {w.message} <a href={href('validate')}>See the changes on Validate / Verify</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 id="tasks-workbook">Prepare in the workbook</h3>
      <ul class="task-list" aria-labelledby="tasks-workbook">
        {WORKBOOK_TASKS.map(({ part, hint }) => (
          <li key={part} class="task">
            <span class="task-name">
              <a href={href(part)} aria-describedby={`task-${part}`}>
                {SCREEN_TITLES[part]}
              </a>
              <span class="task-hint">{hint}</span>
            </span>
            <Tag tone={parts[part].tone} id={`task-${part}`}>
              {parts[part].words}
            </Tag>
          </li>
        ))}
      </ul>
      <h3 id="tasks-cm">
        Done in Career Manager, recorded here <Tag tone="external">{IN_CAREER_MANAGER}</Tag>
      </h3>
      <ul class="task-list" aria-labelledby="tasks-cm">
        {p.steps
          .filter((s) => CAREER_MANAGER_STEPS.includes(s.id))
          .map((s) => (
            <li key={s.id} class="task">
              <span class="task-name">
                <strong>{s.title}</strong>
                {s.id === p.current && p.next && RECORD_WORDS[s.id] && (
                  <span class="task-hint">
                    <a href={href('validate')}>{RECORD_WORDS[s.id]}</a>
                  </span>
                )}
              </span>
              <Tag tone={STEP_TONE[s.state]}>{stepStateWords(s)}</Tag>
            </li>
          ))}
      </ul>
      <Blockers app={app} blockers={p.blockers} />
      <MentorComments app={app} />
      <section aria-labelledby="coverage-title">
        <h3 id="coverage-title">Evidence for each competence</h3>
        <CoverageMap app={app} />
      </section>
      <h3>Category and route</h3>
      <p>{CATEGORIES[app.category].benchmark}</p>
      {!changeable && (
        <p class="note">The category and route can be changed only while the application is being prepared (not locked or submitted).</p>
      )}
      <CategoryRouteFields draft={draft} app={app} disabled={!changeable} />
      <h3>Assumptions</h3>
      <p>
        Nobody could confirm these rules, or public sources disagree about them. Check them in Career Manager, and{' '}
        <a href={hrefFor({ name: 'rules' })}>change them under Rules</a> if Career Manager says otherwise.
      </p>
      <ul class="assumptions">
        {ruleRows(rules.value, { where: { category: app.category, route: app.route } }).map((r) => (
          <li key={r.id}>
            {r.title}: {ruleValueWords(r)}
            {r.changed ? ' (your setting)' : ''} — <em>{provenanceWords(r)}; check this in Career Manager</em>
          </li>
        ))}
      </ul>
      <ObservationsPanel applicationId={app.id} />
    </>
  );
}

/** How many mentor comments are still open and where they are, then those on the application as a whole. */
function MentorComments({ app }: { app: Application }) {
  const rows = useLive(() => liveComments(app.id), [app.id], [] as CommentRow[]);
  const open = rows.value.filter((r) => r.data.resolvedAt === null);
  if (open.length === 0) return null;
  const places = countByScreen(
    app,
    open.map((r) => r.data.comment.anchor),
    APP_SCREENS,
  );
  return (
    <section aria-labelledby="mentor-comments-title">
      <h3 id="mentor-comments-title">Comments from your mentor</h3>
      <p>
        {open.length} open comment{open.length === 1 ? '' : 's'} from your mentor. Each one is shown beside the part it is about:
      </p>
      <ul aria-label="Where the open mentor comments are">
        {places.map(({ screen, count }) => (
          <li key={screen}>
            {screen === 'overview' ? (
              `${count} on the application as a whole (below)`
            ) : (
              <a href={hrefFor({ name: 'app', id: app.id, screen })}>
                {count} on {screen === 'exchange' ? 'parts no longer in the application (see Export and review)' : SCREEN_TITLES[screen]}
              </a>
            )}
          </li>
        ))}
      </ul>
      <CommentsFor app={app} anchor={{ kind: 'application' }} />
    </section>
  );
}

/** What stands before the next gate, grouped by the section where each is fixed. */
function Blockers({ app, blockers }: { app: Application; blockers: Reason[] }) {
  if (blockers.length === 0) return null;
  const groups = new Map<PartId, Reason[]>();
  for (const b of blockers) groups.set(STEP_PART[b.step], [...(groups.get(STEP_PART[b.step]) ?? []), b]);
  return (
    <section aria-labelledby="blockers-title" class="blocker-groups">
      <h3 id="blockers-title">What is in the way</h3>
      {[...groups].map(([part, reasons]) => (
        <div key={part}>
          <h4>
            <a href={hrefFor({ name: 'app', id: app.id, screen: part })}>{SCREEN_TITLES[part]}</a> ({reasons.length})
          </h4>
          <ul class="blockers">
            {reasons.map((r, i) => (
              <li key={i}>{r.message}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
