// What the export and the supporter briefing need from the evidence code, loaded only when they
// are made (the export code itself stays light).
import { collectEvidence, rolesEvidencing } from '../../../core/evidence/collect.ts';
import { coverageMatrix } from '../../../core/evidence/coverage.ts';
import { evidenceOf } from '../../../core/evidence/edit.ts';
import type { CoverageMatrix } from '../../../core/evidence/types.ts';
import type { Evidencing } from '../../../core/exchange/briefing.ts';
import type { Application } from '../../../core/types.ts';

/** The coverage matrix as the export shows it: roles numbered with their titles. */
export function exportCoverage(app: Application): CoverageMatrix {
  const roles = app.roles.map((r, i) => ({ id: r.id, label: `${i + 1}. ${r.title || 'Untitled role'}` }));
  return coverageMatrix(app.category, roles, collectEvidence(app.category, app.roles, evidenceOf(app).links));
}

/** For each competence, the roles whose tags or still-found passages evidence it. */
export function evidencing(app: Application): Evidencing {
  return rolesEvidencing(app.roles, evidenceOf(app).links);
}
