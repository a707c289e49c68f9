// The workbook's top-level screens but the first (the list of applications, which the shell
// draws itself), each loaded on demand; main.tsx preloads the screen of the route being opened,
// so it loads alongside the shell.
import { followApplications } from './db/applications.ts';
import { SECTIONS } from './screens/sections.ts';
import type { Route } from './state/route.ts';
import { lazy } from './ui/lazy.tsx';

export const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx').then((m) => m.SettingsScreen));
export const RulesScreen = lazy(() => import('./screens/RulesScreen.tsx').then((m) => m.RulesScreen));
export const ImportScreen = lazy(() => import('./exchange/ImportScreen.tsx').then((m) => m.ImportScreen));
export const MentorScreens = lazy(() => import('./mentor/MentorScreens.tsx').then((m) => m.MentorScreens));
export const ApplicationScreens = lazy(() => import('./screens/ApplicationScreens.tsx').then((m) => m.ApplicationScreens));

/** Starts loading the code a route shows (both levels for an application's section); resolves once it has. */
export function preloadRoute(route: Route): Promise<unknown> {
  // The list is the shell's own screen: only its data to read.
  if (route.name === 'applications') return followApplications();
  if (route.name === 'settings') return SettingsScreen.preload();
  if (route.name === 'rules') return RulesScreen.preload();
  if (route.name === 'import') return ImportScreen.preload();
  if (route.name === 'reviews' || route.name === 'review') return MentorScreens.preload();
  return Promise.all([ApplicationScreens.preload(), SECTIONS[route.screen].preload()]);
}
