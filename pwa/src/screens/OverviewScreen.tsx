// Where the application stands: the ten steps, the current one, what blocks it, what to do next.
import { progress } from '../../../core/application/progress.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { STEP_GUIDANCE } from '../../../core/rules/guidance.ts';
import { provenanceWords, ruleRows, ruleValueWords } from '../../../core/rules/rule-list.ts';
import { STEP_STATE_WORDS } from '../../../core/rules/step-words.ts';
import type { Application } from '../../../core/types.ts';
import { ObservationsPanel } from '../bridge/ObservationsPanel.tsx';
import { type CommentRow, liveComments } from '../db/reviews.ts';
import { lazyComponent } from '../evidence/lazy.tsx';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import type { Draft } from '../state/draft.ts';
import { useLive } from '../state/live.ts';
import { APP_SCREENS, hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { CategoryRouteFields } from '../ui/CategoryChange.tsx';
import { localToday } from '../ui/format.ts';
import { countByScreen } from './commentPlaces.ts';
import { STEP_SCREEN } from './steps.ts';

// The heat map and its evidence code load only when the Overview is shown.
const CoverageMap = lazyComponent(() => import('../evidence/CoverageMap.tsx').then((m) => m.CoverageMap), 'coverage map');

export function OverviewScreen({ draft, app }: { draft: Draft; app: Application }) {
  const p = progress(app, rules.value, localToday());
  const changeable = app.stage === 'draft';
  return (
    <>
      <h3>Next action</h3>
      <p class="next-action">{p.nextAction}</p>
      <p class="guidance">{STEP_GUIDANCE[p.current]}</p>
      {p.warnings.length > 0 && (
        <section aria-labelledby="overview-warnings-title">
          <h3 id="overview-warnings-title">Changed since the lock</h3>
          <ul class="warnings">
            {p.warnings.map((w, i) => (
              <li key={i}>
                {w.message} <a href={hrefFor({ name: 'app', id: app.id, screen: 'validate' })}>See the changes on Validate / Verify</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.blockers.length > 0 && (
        <>
          <h3>What is in the way</h3>
          <ul class="blockers">
            {p.blockers.map((b, i) => (
              <li key={i}>
                {b.message} <a href={hrefFor({ name: 'app', id: app.id, screen: STEP_SCREEN[b.step] })}>Go to {stepTitle(p, b.step)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <MentorComments app={app} />
      <h3>Your path</h3>
      <ol class="path" aria-label="Steps of the application">
        {p.steps.map((s) => (
          <li key={s.id} class={`step ${s.state}`} aria-current={s.id === p.current ? 'step' : undefined}>
            <a href={hrefFor({ name: 'app', id: app.id, screen: STEP_SCREEN[s.id] })}>{s.title}</a>
            <span class="state"> — {s.id === p.current ? 'Current step' : STEP_STATE_WORDS[s.state]}</span>
          </li>
        ))}
      </ol>
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

function stepTitle(p: { steps: { id: string; title: string }[] }, id: string): string {
  return p.steps.find((s) => s.id === id)?.title ?? id;
}
