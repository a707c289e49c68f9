// The coverage matrix: the competences of the category's standard (rows, grouped A–E) against
// the roles (columns), each cell counting the passages that evidence it, with the flags a panel
// would raise and the reason for each.
import { CATEGORIES } from '../rules/categories.ts';
import { COMPETENCES, STANDARDS } from '../rules/standards.ts';
import type { AreaId, CategoryId, Provenance } from '../types.ts';
import type { CoverageArea, CoverageFlag, CoverageMatrix, CoverageRow, EvidenceItem } from './types.ts';

/** What counts as enough: public guidance likes two or three roles or projects; "thin" is our own line. */
export interface CoverageGuide {
  /** A competence evidenced in fewer roles than this is flagged. */
  rolesWanted: number;
  rolesProvenance: Provenance;
  /** An area with fewer passages than this per competence is thin. */
  perCompetence: number;
  perCompetenceProvenance: Provenance;
}

const COVERAGE_GUIDE: CoverageGuide = {
  rolesWanted: 2,
  rolesProvenance: 'public',
  perCompetence: 2,
  perCompetenceProvenance: 'assumed',
};

const AREA_IDS: AreaId[] = ['A', 'B', 'C', 'D', 'E'];

/** The matrix for `category`: every competence of its standard against `roles`, from `evidence`. */
export function coverageMatrix(
  category: CategoryId,
  roles: readonly { id: string; label: string }[],
  evidence: readonly EvidenceItem[],
  guide: CoverageGuide = COVERAGE_GUIDE,
): CoverageMatrix {
  const standard = STANDARDS[CATEGORIES[category].standard];
  const roleIds = new Set(roles.map((r) => r.id));
  const label = new Map(roles.map((r) => [r.id, r.label]));
  let maxCount = 0;

  const rows: CoverageRow[] = COMPETENCES[category].map((competence) => {
    const cells = roles.map((role) => {
      const items = evidence.filter((e) => e.roleId === role.id && e.competences.includes(competence.code));
      const counted = items.filter((e) => !e.orphaned);
      maxCount = Math.max(maxCount, counted.length);
      return { roleId: role.id, count: counted.length, items: items.map((e) => e.id), orphaned: items.length - counted.length };
    });
    const counted = evidence.filter((e) => roleIds.has(e.roleId) && !e.orphaned && e.competences.includes(competence.code));
    const total = counted.length;
    const flags: CoverageFlag[] = [];
    const code = competence.code;
    if (total === 0) {
      const lost = cells.reduce((n, c) => n + c.orphaned, 0);
      const note = lost > 0 ? ` (${lost === 1 ? 'one linked passage has' : `${lost} linked passages have`} lost its words)` : '';
      flags.push({ kind: 'none', reason: `Nothing in the career history evidences ${code} yet${note}.` });
    } else {
      const withEvidence = cells.filter((c) => c.count > 0);
      if (withEvidence.length < guide.rolesWanted) {
        const where = withEvidence.length === 1 ? label.get(withEvidence[0]!.roleId) : undefined;
        flags.push({
          kind: 'one-role',
          reason: `All the evidence for ${code} comes from one role${where ? ` (${where})` : ''}. Panels like to see a competence shown in two or three roles or projects.`,
        });
      }
      if (counted.every((e) => e.belowLevel)) {
        flags.push({
          kind: 'below-level-only',
          reason: `Every passage for ${code} reads below the ${category} level (see the level flags on those passages).`,
        });
      }
    }
    return { code, summary: competence.summary, cells, total, flags };
  });

  const areas: CoverageArea[] = AREA_IDS.map((area) => {
    const inArea = rows.filter((r) => r.code.startsWith(area));
    const passages = inArea.reduce((n, r) => n + r.total, 0);
    const wanted = inArea.length * guide.perCompetence;
    const flags: CoverageFlag[] =
      inArea.length > 0 && passages < wanted
        ? [
            {
              kind: 'thin-area',
              reason: `Area ${area} has ${passages} ${passages === 1 ? 'piece' : 'pieces'} of evidence for ${inArea.length} competences; aim for at least ${guide.perCompetence} for each${guide.perCompetenceProvenance === 'assumed' ? ' (our suggestion, not an IET number)' : ''}.`,
            },
          ]
        : [];
    return { area, title: standard.areas[area], rows: inArea, flags };
  }).filter((a) => a.rows.length > 0);

  return { category, roles: roles.map((r) => ({ id: r.id, label: r.label })), areas, maxCount };
}
