// One application: its section navigation and the section on screen.
import { useEffect } from 'preact/hooks';
import { isReadOnly } from '../../../core/index.ts';
import { SCREEN_TITLES } from '../App.tsx';
import { CommentsProvider } from '../exchange/CommentsFor.tsx';
import { ExchangeScreen } from '../exchange/ExchangeScreen.tsx';
import { draftFor } from '../state/draft.ts';
import { APP_SCREENS, type AppScreen, hrefFor } from '../state/route.ts';
import { Reasons } from '../ui/fields.tsx';
import { STAGE_LABELS } from './ApplicationsScreen.tsx';
import { CareerScreen } from './CareerScreen.tsx';
import { ChecklistScreen } from './ChecklistScreen.tsx';
import { DevelopmentLoader } from './DevelopmentLoader.tsx';
import { DocumentsScreen } from './DocumentsScreen.tsx';
import { OverviewScreen } from './OverviewScreen.tsx';
import { PanellingScreen } from './PanellingScreen.tsx';
import { ValidateScreen } from './ValidateScreen.tsx';

export function ApplicationScreens({ id, screen }: { id: string; screen: AppScreen }) {
  const draft = draftFor(id);
  const app = draft.app.value;
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
        <CommentsProvider applicationId={id}>
          {screen === 'overview' && <OverviewScreen draft={draft} app={app} />}
          {screen === 'checklist' && <ChecklistScreen draft={draft} app={app} />}
          {screen === 'career' && <CareerScreen draft={draft} app={app} />}
          {screen === 'documents' && <DocumentsScreen draft={draft} app={app} />}
        </CommentsProvider>
        {screen === 'panelling' && <PanellingScreen draft={draft} app={app} />}
        {screen === 'validate' && <ValidateScreen draft={draft} app={app} />}
        {(screen === 'development' || screen === 'interview') && <DevelopmentLoader app={app} which={screen} />}
        {screen === 'exchange' && <ExchangeScreen applicationId={id} />}
      </section>
    </div>
  );
}
