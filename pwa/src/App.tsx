// The shell: site header, the navigation, status messages and the current screen.
import { useEffect, useRef } from 'preact/hooks';
import { BackupReminder } from './exchange/BackupPanel.tsx';
import { ExchangeScreen } from './exchange/ExchangeScreen.tsx';
import { ApplicationScreens } from './screens/ApplicationScreens.tsx';
import { ApplicationsScreen } from './screens/ApplicationsScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { type AppScreen, hrefFor, route } from './state/route.ts';
import { focusWhenReady } from './ui/focus.ts';
import { StatusBar } from './ui/StatusBar.tsx';

export const SCREEN_TITLES: Record<AppScreen, string> = {
  overview: 'Overview',
  checklist: 'Registration checklist',
  career: 'Career history',
  documents: 'Supporting documents',
  panelling: 'Panelling',
  validate: 'Validate and verify',
  development: 'Development and CPD',
  interview: 'Interview preparation',
  exchange: 'Export and review',
};

/** After moving to another screen, put focus on its heading so screen readers announce it. */
function useFocusOnNavigate(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The new screen may still be loading: focus its heading as soon as it appears.
    focusWhenReady(() => document.querySelector<HTMLElement>('main h2:not(.confirm-title)'));
  }, [key]);
}

export function App() {
  const current = route.value;
  useFocusOnNavigate(hrefFor(current));
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to #content that also moves focus (the hash alone does not in every browser) */}
      <a
        class="skip"
        href="#content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('content')?.focus();
        }}
      >
        Skip to content
      </a>
      <header>
        <h1>ProReg Companion</h1>
        <nav aria-label="Workbook">
          <ul>
            <li>
              <a href={hrefFor({ name: 'applications' })} aria-current={current.name === 'applications' ? 'page' : undefined}>
                Applications
              </a>
            </li>
            <li>
              <a href={hrefFor({ name: 'settings' })} aria-current={current.name === 'settings' ? 'page' : undefined}>
                Settings
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <StatusBar />
      <main id="content" tabIndex={-1}>
        {current.name === 'applications' && <BackupReminder withButton />}
        {current.name === 'applications' && <ApplicationsScreen />}
        {current.name === 'settings' && <SettingsScreen />}
        {current.name === 'import' && (
          <section aria-labelledby="import-title">
            <h2 id="import-title">Import or review</h2>
            <p>Open an exported workbook file, or review someone else's application as their mentor.</p>
            <ExchangeScreen applicationId={null} />
          </section>
        )}
        {current.name === 'app' && <ApplicationScreens key={current.id} id={current.id} screen={current.screen} />}
      </main>
    </>
  );
}
