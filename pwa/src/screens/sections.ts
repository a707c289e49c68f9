// The sections of one application, each loaded when first shown (or preloaded for the route
// being opened), so opening one section never loads the code of the others.
import type { Application } from '../../../core/types.ts';
import type { Draft } from '../state/draft.ts';
import type { AppScreen } from '../state/route.ts';
import { type Lazy, lazy } from '../ui/lazy.tsx';

export interface SectionProps {
  draft: Draft;
  app: Application;
}

export const SECTIONS: Record<AppScreen, Lazy<SectionProps>> = {
  overview: lazy(() => import('./OverviewScreen.tsx').then((m) => m.OverviewScreen)),
  checklist: lazy(() => import('./ChecklistScreen.tsx').then((m) => m.ChecklistScreen)),
  career: lazy(() => import('./CareerScreen.tsx').then((m) => m.CareerScreen)),
  documents: lazy(() => import('./DocumentsScreen.tsx').then((m) => m.DocumentsScreen)),
  panelling: lazy(() => import('./PanellingScreen.tsx').then((m) => m.PanellingScreen)),
  validate: lazy(() => import('./ValidateScreen.tsx').then((m) => m.ValidateScreen)),
  development: lazy(() => import('../development/DevelopmentScreen.tsx').then((m) => m.DevelopmentScreen)),
  interview: lazy(() => import('../development/DevelopmentScreen.tsx').then((m) => m.InterviewScreen)),
  exchange: lazy(() => import('../exchange/ApplicationExchange.tsx').then((m) => m.ApplicationExchange)),
};
