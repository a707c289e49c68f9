// The coverage matrix as the application reader shows it (mentor mode, and the applicant's view
// of a review): counts per competence and role, the flags, and the comments on each cell.
import type { ComponentChildren } from 'preact';
import { collectEvidence } from '../../../core/evidence/collect.ts';
import { coverageMatrix } from '../../../core/evidence/coverage.ts';
import { evidenceOf } from '../../../core/evidence/edit.ts';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import type { Application } from '../../../core/types.ts';
import './evidence.css';

export interface ReaderCoverageProps {
  app: Application;
  roleName(role: Application['roles'][number]): string;
  comments(anchor: Anchor): ComponentChildren;
}

export function ReaderCoverage({ app, roleName, comments }: ReaderCoverageProps) {
  const roles = app.roles.map((r, i) => ({ id: r.id, label: `Role ${i + 1}: ${roleName(r)}` }));
  if (roles.length === 0) return <p class="hint">No roles yet.</p>;
  const matrix = coverageMatrix(app.category, roles, collectEvidence(app.category, app.roles, evidenceOf(app).links));
  const rows = matrix.areas.flatMap((a) => a.rows);
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it */}
      <section class="coverage-scroll" tabIndex={0} aria-label="Coverage table, scrolls sideways on a small screen">
        <table class="coverage-map">
          <caption class="visually-hidden">Passages evidencing each competence, by role</caption>
          <thead>
            <tr>
              <th scope="col">Competence</th>
              {roles.map((r, i) => (
                <th scope="col" key={r.id} title={r.label}>
                  Role {i + 1}
                </th>
              ))}
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <abbr title={row.summary}>{row.code}</abbr>
                </th>
                {row.cells.map((c) => (
                  <td key={c.roleId}>{c.count}</td>
                ))}
                <td class="flags">{row.flags.map((f) => f.reason).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rows.flatMap((row) =>
        row.cells.map((c) => {
          const anchor: Anchor = { kind: 'coverage', code: row.code, roleId: c.roleId };
          return <div key={`${row.code}-${c.roleId}`}>{comments(anchor)}</div>;
        }),
      )}
    </>
  );
}
