// The CPD log's summary on the checklist, loaded on demand with the development code: never on
// the start path (the service worker precaches it, so it still opens offline).
import { lazy } from '../ui/lazy.tsx';

export const CpdSummaryLoader = lazy(() => import('../development/CpdSummary.tsx').then((m) => m.CpdChecklistSummary));
