// Hash routing: #/ applications, #/settings, #/rules, #/import, #/reviews[/<id>] (mentor), #/app/<id>/<screen>.
import { signal } from '@preact/signals';

export const APP_SCREENS = [
  'overview',
  'checklist',
  'career',
  'documents',
  'panelling',
  'validate',
  'development',
  'interview',
  'exchange',
] as const;
export type AppScreen = (typeof APP_SCREENS)[number];

/** Each application screen's title: its heading, its navigation link and the page title. */
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

export type Route =
  | { name: 'applications' }
  | { name: 'settings' }
  | { name: 'rules' }
  | { name: 'import' }
  | { name: 'reviews' }
  | { name: 'review'; id: string }
  | { name: 'app'; id: string; screen: AppScreen };

/** Parses a location hash; anything unknown is the applications list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'rules') return { name: 'rules' };
  if (parts[0] === 'import') return { name: 'import' };
  if (parts[0] === 'reviews') return parts[1] ? { name: 'review', id: parts[1] } : { name: 'reviews' };
  if (parts[0] === 'app' && parts[1]) {
    const screen = (APP_SCREENS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as AppScreen) : 'overview';
    return { name: 'app', id: parts[1], screen };
  }
  return { name: 'applications' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'applications':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'rules':
      return '#/rules';
    case 'import':
      return '#/import';
    case 'reviews':
      return '#/reviews';
    case 'review':
      return `#/reviews/${encodeURIComponent(route.id)}`;
    case 'app':
      return `#/app/${encodeURIComponent(route.id)}/${route.screen}`;
  }
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

/**
 * A screen that must not be left without asking (a review with comments not downloaded) sets
 * this: given where the user is going, it returns true to let them go, or false and asks them
 * itself (then navigates if they confirm). Cleared when that screen goes.
 */
export const leaveGuard: { current: ((next: Route) => boolean) | null } = { current: null };

const mayLeave = (next: Route) => hrefFor(next) === hrefFor(route.value) || !leaveGuard.current || leaveGuard.current(next);

export function watchRoute(target: Window = window): void {
  const update = () => {
    const next = parseRoute(target.location.hash);
    // Held back (link or Back button): the address goes back to the screen still on show.
    if (!mayLeave(next)) {
      target.history.replaceState(target.history.state, '', hrefFor(route.value));
      return;
    }
    route.value = next;
  };
  target.addEventListener('hashchange', update);
  update();
}

/** Goes to a screen (unless the screen on show holds the user back: see leaveGuard); `force` skips asking. */
export function navigate(next: Route, force = false): void {
  if (!force && !mayLeave(next)) return;
  if (force) leaveGuard.current = null;
  const href = hrefFor(next);
  if (location.hash !== href) location.hash = href;
  route.value = next;
}
