// Hash routing: #/ applications, #/settings, #/rules, #/import, #/app/<id>/<screen>.
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
  | { name: 'app'; id: string; screen: AppScreen };

/** Parses a location hash; anything unknown is the applications list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'rules') return { name: 'rules' };
  if (parts[0] === 'import') return { name: 'import' };
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
    case 'app':
      return `#/app/${encodeURIComponent(route.id)}/${route.screen}`;
  }
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

export function watchRoute(target: Window = window): void {
  const update = () => {
    route.value = parseRoute(target.location.hash);
  };
  target.addEventListener('hashchange', update);
  update();
}

export function navigate(next: Route): void {
  const href = hrefFor(next);
  if (location.hash !== href) location.hash = href;
  route.value = next;
}
