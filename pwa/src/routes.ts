// The workbook's top-level screens, each loaded on demand. The start path holds only the shell;
// main.tsx preloads the screen of the route being opened, so it loads alongside the shell.
import { followApplications } from './db/store.ts';
import { SECTIONS } from './screens/sections.ts';
import type { Route } from './state/route.ts';
import { lazy } from './ui/lazy.tsx';

export const ApplicationsScreen = lazy(() => import('./screens/ApplicationsScreen.tsx').then((m) => m.ApplicationsScreen));
export const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx').then((m) => m.SettingsScreen));
export const ImportScreen = lazy(() => import('./exchange/ImportScreen.tsx').then((m) => m.ImportScreen));
export const ApplicationScreens = lazy(() => import('./screens/ApplicationScreens.tsx').then((m) => m.ApplicationScreens));

/** Starts loading the code a route shows (both levels for an application's section); resolves once it has. */
export function preloadRoute(route: Route): Promise<unknown> {
  if (route.name === 'applications') {
    // The list's data is read while its code loads.
    followApplications();
    return ApplicationsScreen.preload();
  }
  if (route.name === 'settings') return SettingsScreen.preload();
  if (route.name === 'import') return ImportScreen.preload();
  return Promise.all([ApplicationScreens.preload(), SECTIONS[route.screen].preload()]);
}
