// How each competence is evidenced, as the development record needs it (goals to offer,
// interview questions to ask), read from the evidence coverage matrix: the matrix's flags decide
// none / thin / below level, and their reasons are kept in the matrix's own words.
import { roleLabel } from '../application/text.ts';
import { collectEvidence } from '../evidence/collect.ts';
import { coverageMatrix } from '../evidence/coverage.ts';
import { evidenceOf } from '../evidence/edit.ts';
import type { CoverageMatrix } from '../evidence/types.ts';
import type { Application } from '../types.ts';
import type { CoverageInput } from './types.ts';

/**
 * The coverage input of every competence in `matrix`. Only the flags of a competence's own row
 * count: an area is flagged thin only when one of its competences is itself flagged (with the
 * matrix's own thresholds), so the area's flag adds no competence of its own.
 */
export function coverageFromMatrix(matrix: CoverageMatrix): CoverageInput[] {
  return matrix.areas.flatMap((area) =>
    area.rows.map((row): CoverageInput => {
      const kinds = new Set(row.flags.map((f) => f.kind));
      return {
        code: row.code,
        strength: kinds.has('none') ? 'none' : kinds.has('one-role') ? 'thin' : 'enough',
        belowLevel: kinds.has('below-level-only'),
        reasons: row.flags.map((f) => f.reason),
      };
    }),
  );
}

/** The coverage of an application, from the same matrix (and role labels) as the Overview's coverage map. */
export function applicationCoverage(app: Pick<Application, 'category' | 'roles' | 'evidence'>): CoverageInput[] {
  const roles = app.roles.map((r, i) => ({ id: r.id, label: roleLabel(r, i) }));
  return coverageFromMatrix(coverageMatrix(app.category, roles, collectEvidence(app.category, app.roles, evidenceOf(app).links)));
}
