// One application: its section navigation and the section on screen.
import { useEffect } from 'preact/hooks';
import { isReadOnly } from '../../../core/application/edit.ts';
import { STAGE_LABELS } from '../../../core/rules/stage-labels.ts';
import { CommentsProvider } from '../exchange/CommentsFor.tsx';
import { draftFor } from '../state/draft.ts';
import { APP_SCREENS, type AppScreen, hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { Reasons } from '../ui/fields.tsx';
import { SECTIONS } from './sections.ts';

export function ApplicationScreens({ id, screen }: { id: string; screen: AppScreen }) {
  const draft = draftFor(id);
  const app = draft.app.value;
  const Section = SECTIONS[screen];
  useEffect(() => {
    document.title = `${SCREEN_TITLES[screen]} — ProReg Companion`;
  }, [screen]);
  if (app === undefined) return <p>Loading…</p>;
  if (app === null) {
    return (
      <section aria-labelledby="missing-title">
        <h2 id="missing-title">Application not found</h2>
        <p>
          This application is not on this device (it may have been deleted in another tab).{' '}
          <a href={hrefFor({ name: 'applications' })}>Back to your applications</a>
        </p>
      </section>
    );
  }
  return (
    <div class="application">
      <p class="app-name">
        <strong>{app.name}</strong> · {app.category} · {STAGE_LABELS[app.stage]}
        {/* Always in the layout (hidden when idle) so saving never shifts the navigation under a click. */}
        <span class={draft.saving.value ? 'saving' : 'saving idle'}> · Saving…</span>
      </p>
      <nav aria-label="Application sections">
        <ul>
          {APP_SCREENS.map((s) => (
            <li key={s}>
              <a href={hrefFor({ name: 'app', id, screen: s })} aria-current={s === screen ? 'page' : undefined}>
                {SCREEN_TITLES[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {isReadOnly(app) && screen !== 'validate' && screen !== 'exchange' && screen !== 'development' && screen !== 'interview' && (
        <p class="note">
          This application has been submitted, so it can no longer be changed. Record what happens next under Validate and verify.
        </p>
      )}
      <div role="alert">
        <Reasons reasons={draft.refusedAt.value === null ? draft.refused.value : []} title="That change was not made:" />
      </div>
      <section aria-labelledby="screen-title">
        <h2 id="screen-title">{SCREEN_TITLES[screen]}</h2>
        {/* One read of the mentor comments, shared by every place a section shows them. */}
        <CommentsProvider applicationId={id}>
          <Section draft={draft} app={app} />
        </CommentsProvider>
      </section>
    </div>
  );
}
