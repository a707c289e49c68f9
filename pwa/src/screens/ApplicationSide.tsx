// Beside every screen of an application: the progress rail (the ten steps drawn, "Step 3 of 10",
// the one primary action, Continue) and the sections with their status badges. Both follow the
// application once typing pauses (useSettled); Continue reads the latest state when pressed.
import { useEffect, useRef } from 'preact/hooks';
import { changesSinceLock } from '../../../core/application/changes.ts';
import { partStatus } from '../../../core/application/parts.ts';
import { progress } from '../../../core/application/progress.ts';
import { IN_CAREER_MANAGER, stepOfWords } from '../../../core/design/vocabulary.ts';
import { stepStateWords } from '../../../core/rules/step-words.ts';
import type { Application } from '../../../core/types.ts';
import { goToField } from '../state/continue.ts';
import type { Draft } from '../state/draft.ts';
import { APP_SCREENS, type AppScreen, hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { useSettled } from '../state/settled.ts';
import { focusIdWhenReady } from '../ui/focus.ts';
import { formatDateTime, localToday } from '../ui/format.ts';
import { Tag } from '../ui/Tag.tsx';

export function ApplicationSide({ draft, screen }: { draft: Draft; screen: AppScreen }) {
  const settled = useSettled(draft.app);
  const app = settled.value;
  if (!app) return null;
  return (
    <div class="app-side">
      <ProgressRail app={app} draft={draft} onStale={() => (settled.value = draft.app.peek())} />
      <SectionNav app={app} screen={screen} />
    </div>
  );
}

function ProgressRail({ app, draft, onStale }: { app: Application; draft: Draft; onStale(): void }) {
  const p = progress(app, rules.value, localToday());
  const index = p.steps.findIndex((s) => s.id === p.current);
  const registered = p.next === null;
  const go = () => {
    // The latest state, typing included, not the settled one the rail shows.
    const latest = draft.app.peek();
    const next = latest ? progress(latest, rules.value, localToday()).next : null;
    if (latest && next) goToField(latest.id, next);
    else {
      // Nothing left since the rail last looked: show that now rather than after the pause.
      onStale();
      focusIdWhenReady('rail-done');
    }
  };
  return (
    <div class="rail">
      <p class="rail-where">
        <strong>{registered ? 'All ten steps done' : stepOfWords(index, p.steps.length)}</strong>
        {registered ? '' : `: ${p.steps[index]?.title}`}
      </p>
      <ol class="rail-steps" aria-label="Steps of the application">
        {p.steps.map((s) => (
          <li
            key={s.id}
            class={`rail-step is-${s.state}`}
            aria-current={s.id === p.current && !registered ? 'step' : undefined}
            title={`${s.title}: ${stepStateWords(s)}`}
          >
            <span class="rail-mark" aria-hidden="true" />
            <span class="rail-label">
              {s.title}: {stepStateWords(s)}
            </span>
          </li>
        ))}
      </ol>
      {p.next ? (
        <>
          <button type="button" class="btn-primary" onClick={go} aria-describedby="rail-next">
            Continue
          </button>
          <p class="rail-next" id="rail-next">
            Next: {p.next.label}
            {p.next.inCareerManager && (
              <>
                {' '}
                <Tag tone="external">{IN_CAREER_MANAGER}</Tag>
              </>
            )}
          </p>
        </>
      ) : (
        <p class="rail-done" id="rail-done" tabIndex={-1}>
          You are registered: nothing is left to do.
        </p>
      )}
    </div>
  );
}

/** Sections with status badges; the badge describes its link, so the link's name stays the section's title. */
function SectionNav({ app, screen }: { app: Application; screen: AppScreen }) {
  const parts = partStatus(app, rules.value, localToday());
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // Where the sections are one sideways-scrolling row (phones), the current one is brought into it, without moving the page.
    const ul = list.current;
    const current = ul?.querySelector<HTMLElement>('li.is-current');
    if (ul && current && ul.scrollWidth > ul.clientWidth) ul.scrollLeft = current.offsetLeft - ul.offsetLeft - 8;
  }, [screen]);
  return (
    <nav aria-label="Application sections" class="sections">
      <ul ref={list}>
        {APP_SCREENS.map((s) => {
          const badge = s in parts ? parts[s as keyof typeof parts] : null;
          const badgeId = `section-badge-${s}`;
          return (
            <li key={s} class={s === screen ? 'is-current' : undefined}>
              <a
                href={hrefFor({ name: 'app', id: app.id, screen: s })}
                aria-current={s === screen ? 'page' : undefined}
                aria-describedby={badge ? badgeId : undefined}
              >
                {SCREEN_TITLES[s]}
              </a>
              {badge && (
                <Tag tone={badge.tone} id={badgeId}>
                  {badge.words}
                </Tag>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The parts of the application that a lock snapshot holds (the development record is not among them). */
const IN_SNAPSHOT: readonly AppScreen[] = ['overview', 'checklist', 'career', 'documents', 'panelling', 'validate'];

/** While locked, every part of the application says its changes are not in the snapshot; the fingerprint behind a disclosure. */
export function LockedNotice({ draft, screen }: { draft: Draft; screen: AppScreen }) {
  const settled = useSettled(draft.app);
  const app = settled.value;
  if (app?.stage !== 'locked' || !app.lock || !IN_SNAPSHOT.includes(screen)) return null;
  const changes = changesSinceLock(app).length;
  return (
    <div class="notice locked-notice">
      <p>
        <strong>Locked on {formatDateTime(app.lock.at)}.</strong> Changes you make now are not in the snapshot your supporters and assessors
        see.{' '}
        {changes > 0 &&
          (screen === 'validate' ? (
            `${changes} change${changes === 1 ? '' : 's'} since the lock, listed below.`
          ) : (
            <a href={hrefFor({ name: 'app', id: app.id, screen: 'validate' })}>
              {changes} change{changes === 1 ? '' : 's'} since the lock
            </a>
          ))}
      </p>
      {/* Validate and verify shows the snapshot itself, fingerprint included. */}
      {screen !== 'validate' && (
        <details class="technical">
          <summary>Technical detail</summary>
          <p>
            Snapshot fingerprint (SHA-256): <code class="hash">{app.lock.sha256}</code>
          </p>
        </details>
      )}
    </div>
  );
}
