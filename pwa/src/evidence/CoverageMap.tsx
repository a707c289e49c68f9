// The coverage heat map on the Overview: competences (rows, by area) against roles (columns),
// every cell a number and a shade; flags with their reasons beside each row; a cell opens the
// list of passages behind it. Loaded on first use (see lazy.tsx).
import { useSignal } from '@preact/signals';
import { roleLabel } from '../../../core/application/text.ts';
import { anchorLinks, collectEvidence } from '../../../core/evidence/collect.ts';
import { coverageMatrix } from '../../../core/evidence/coverage.ts';
import { evidenceOf } from '../../../core/evidence/edit.ts';
import type { CoverageMatrix } from '../../../core/evidence/types.ts';
import type { Application, CompetenceCode } from '../../../core/types.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import { hrefFor } from '../state/route.ts';
import { focusWhenReady } from '../ui/focus.ts';
import './evidence.css';

/** The shade of a count, 0 (none) to 4 (the most in the map). */
function heat(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / Math.max(max, 1)) * 4)));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CoverageMap({ app }: { app: Application }) {
  const evidence = evidenceOf(app);
  const roles = app.roles.map((r, i) => ({ id: r.id, label: roleLabel(r, i) }));
  const items = collectEvidence(app.category, app.roles, evidence.links);
  const matrix = coverageMatrix(app.category, roles, items);
  const open = useSignal<{ code: CompetenceCode; roleId: string } | null>(null);
  const flagged = matrix.areas.flatMap((a) => a.rows).filter((r) => r.flags.length > 0).length;

  if (roles.length === 0) {
    return (
      <p>
        No roles yet. In Career history, <a href={hrefFor({ name: 'app', id: app.id, screen: 'career' })}>add your roles</a> and link what
        you wrote to competences; the map then shows where your evidence is.
      </p>
    );
  }
  return (
    <>
      <p>
        Each number counts the passages (or whole-role tags) that evidence a competence in a role; darker cells have more. Choose a number
        to see the passages. {plural(flagged, 'competence needs', 'competences need')} attention.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it */}
      <section class="coverage-scroll" tabIndex={0} aria-label="Coverage map, scrolls sideways on a small screen">
        <table class="coverage-map">
          <caption class="visually-hidden">Passages evidencing each competence, by role</caption>
          <thead>
            <tr>
              <th scope="col">Competence</th>
              {roles.map((r) => (
                <th scope="col" key={r.id}>
                  {r.label}
                </th>
              ))}
              <th scope="col">Flags</th>
            </tr>
          </thead>
          {matrix.areas.map((area) => (
            <tbody key={area.area}>
              <tr class="area">
                <th scope="colgroup" colSpan={roles.length + 2}>
                  {area.area}: {area.title}
                  {area.flags.map((f) => (
                    <span key={f.kind} class="note area-flag">
                      {f.reason}
                    </span>
                  ))}
                </th>
              </tr>
              {area.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    <abbr title={row.summary}>{row.code}</abbr>
                  </th>
                  {row.cells.map((cell, i) => {
                    const pressed = open.value?.code === row.code && open.value.roleId === cell.roleId;
                    const orphaned = cell.orphaned > 0 ? `, ${cell.orphaned} lost` : '';
                    return (
                      <td key={cell.roleId} class={`cell heat-${heat(cell.count, matrix.maxCount)}`}>
                        <button
                          type="button"
                          aria-pressed={pressed}
                          aria-label={`${row.code} in ${roles[i]!.label}: ${plural(cell.count, 'passage', 'passages')}${orphaned}`}
                          onClick={() => {
                            open.value = pressed ? null : { code: row.code, roleId: cell.roleId };
                            if (!pressed) focusWhenReady(() => document.getElementById('coverage-cell-title'));
                          }}
                        >
                          {cell.count}
                          {cell.orphaned > 0 ? '*' : ''}
                        </button>
                      </td>
                    );
                  })}
                  <td class="flags">
                    {row.flags.length === 0 ? (
                      <span class="visually-hidden">none</span>
                    ) : (
                      <ul>
                        {row.flags.map((f) => (
                          <li key={f.kind}>{f.reason}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      {matrix.areas.some((a) => a.rows.some((r) => r.cells.some((c) => c.orphaned > 0))) && (
        <p class="note">* Some linked passages have lost their words; they are listed in Career history until you remove them.</p>
      )}
      {open.value && <CellPassages app={app} matrix={matrix} code={open.value.code} roleId={open.value.roleId} />}
    </>
  );
}

/** The passages behind one cell, quoted from today's text. */
function CellPassages({ app, matrix, code, roleId }: { app: Application; matrix: CoverageMatrix; code: CompetenceCode; roleId: string }) {
  const role = app.roles.find((r) => r.id === roleId);
  const label = matrix.roles.find((r) => r.id === roleId)?.label ?? 'this role';
  const anchored = anchorLinks(app.roles, evidenceOf(app).links).filter(
    ({ link }) => link.roleId === roleId && link.competences.includes(code),
  );
  const tagged = role?.competences.includes(code) ?? false;
  return (
    <section class="card" aria-labelledby="coverage-cell-title">
      <h4 id="coverage-cell-title">
        {code} in {label}
      </h4>
      {anchored.length === 0 && !tagged && <p>Nothing in this role is linked to {code} yet.</p>}
      <ul>
        {tagged && <li>The whole role is tagged with {code}.</li>}
        {anchored.map(({ link, anchoring }) => (
          <li key={link.id}>
            {anchoring.status === 'anchored' && role ? (
              <q>{role[link.field].slice(anchoring.start, anchoring.end)}</q>
            ) : (
              <>
                <q>{link.selector.exact}</q> (these words are no longer in the text)
              </>
            )}{' '}
            <span class="hint">({link.field === 'responsibilities' ? 'Responsibilities' : 'Personal Achievements'})</span>
          </li>
        ))}
      </ul>
      <CommentsFor app={app} anchor={{ kind: 'coverage', code, roleId }} />
      <p>
        <a href={hrefFor({ name: 'app', id: app.id, screen: 'career' })}>Edit these passages</a> (Career history)
      </p>
    </section>
  );
}
