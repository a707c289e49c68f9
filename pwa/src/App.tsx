// The shell: site header, the navigation, status messages and the current screen.
import { useEffect, useRef } from 'preact/hooks';
import { REVIEWS_NAV } from '../../core/exchange/reviews-nav.ts';
import { ApplicationScreens, ImportScreen, MentorScreens, RulesScreen, SettingsScreen } from './routes.ts';
import { ApplicationsScreen } from './screens/ApplicationsScreen.tsx';
import { hrefFor, type Route, route } from './state/route.ts';
import { focusWhenReady, takeNavigationFocusClaim } from './ui/focus.ts';
import { StatusBar } from './ui/StatusBar.tsx';

/** After moving to another screen, put focus on its heading so screen readers announce it. */
function useFocusOnNavigate(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Continue brings its own target: the field it goes to takes focus, not the heading.
    if (takeNavigationFocusClaim()) return;
    // The new screen may still be loading: focus its heading as soon as it appears.
    focusWhenReady(() => document.querySelector<HTMLElement>('main h2:not(.confirm-title)'));
  }, [key]);
}

/** The tab's title for the screens that do not set their own (an application's screens and Rules do), so it never names the last screen. */
const TITLES: Partial<Record<Route['name'], string>> = {
  applications: 'Your applications',
  settings: 'Settings',
  import: 'Import or review',
  reviews: REVIEWS_NAV,
  review: 'Reviewing an application',
};

function useTitle(name: Route['name']) {
  useEffect(() => {
    const title = TITLES[name];
    if (title) document.title = `${title} — ProReg Companion`;
  }, [name]);
}

export function App() {
  const current = route.value;
  useFocusOnNavigate(hrefFor(current));
  useTitle(current.name);
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
        <div class="header-inner">
          <h1>ProReg Companion</h1>
          <nav aria-label="Workbook">
            <ul>
              <li>
                <a href={hrefFor({ name: 'applications' })} aria-current={current.name === 'applications' ? 'page' : undefined}>
                  Applications
                </a>
              </li>
              <li>
                <a href={hrefFor({ name: 'rules' })} aria-current={current.name === 'rules' ? 'page' : undefined}>
                  Rules
                </a>
              </li>
              <li>
                <a
                  href={hrefFor({ name: 'reviews' })}
                  aria-current={current.name === 'reviews' || current.name === 'review' ? 'page' : undefined}
                >
                  {REVIEWS_NAV}
                </a>
              </li>
              <li>
                <a href={hrefFor({ name: 'settings' })} aria-current={current.name === 'settings' ? 'page' : undefined}>
                  Settings
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <StatusBar />
      <main id="content" tabIndex={-1}>
        {current.name === 'applications' && <ApplicationsScreen />}
        {current.name === 'settings' && <SettingsScreen />}
        {current.name === 'rules' && <RulesScreen />}
        {current.name === 'import' && <ImportScreen />}
        {(current.name === 'reviews' || current.name === 'review') && <MentorScreens />}
        {current.name === 'app' && <ApplicationScreens key={current.id} id={current.id} screen={current.screen} />}
      </main>
    </>
  );
}
