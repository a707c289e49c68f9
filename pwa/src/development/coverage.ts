// The application's evidence coverage for the development screens. The evidence code comes with
// these screens, which load on demand, so it never weighs on the workbook's start path.
import { useMemo } from 'preact/hooks';
import { applicationCoverage } from '../../../core/development/coverage.ts';
import type { CoverageInput } from '../../../core/development/types.ts';
import type { Application } from '../../../core/types.ts';

/** The coverage of `app`, worked out again only when the application changes (not on every tick of a timer). */
export function useCoverage(app: Application): CoverageInput[] {
  return useMemo(() => applicationCoverage(app), [app]);
}
