// Evidence everywhere the application goes: the export shows the coverage matrix, the supporter
// briefing names the roles whose passages evidence each competence, and a mentor's comment on a
// coverage cell is anchored, labelled and goes out of date when the cell's evidence changes.
import { describe, expect, test } from 'vitest';
import { againstOf, anchorLabel, isOutdated } from '../../../core/exchange/anchors.ts';
import { briefingFor } from '../../../core/exchange/briefing.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { parseReviewFile, serializeReview } from '../../../core/exchange/review.ts';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import { evidencing, exportCoverage } from '../../../pwa/src/evidence/forExport.ts';
import { sampleApplication } from '../exchange/sample.ts';

const section = (html: string, title: string) => {
  const start = html.indexOf(`<h2>${title}</h2>`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('evidence in exchanged files', () => {
  test('the exported page shows the coverage matrix with counts and reasons', () => {
    const { app, bytes } = sampleApplication();
    expect(section(renderApplicationHtml(app, bytes), 'Coverage: competences by role')).toBe('');
    const coverage = section(renderApplicationHtml(app, bytes, { coverage: exportCoverage(app) }), 'Coverage: competences by role');
    expect(coverage).toContain('<th scope="col">1. Lead Engineer</th>');
    // C3 is linked by one passage of role 1 only.
    const row = coverage.slice(coverage.indexOf('<td data-label="Competence">C3</td>'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('<td data-label="1. Lead Engineer">1</td><td data-label="2. Mentor">0</td>');
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('All the evidence for C3 comes from one role');
    expect(coverage).toContain('Nothing in the career history evidences A1 yet.');
  });

  test('the supporter briefing names a role whose linked passage evidences a competence, tag or not', () => {
    const { app } = sampleApplication();
    const supporter = {
      id: 's',
      name: 'Sam',
      relationship: 'Manager',
      registration: 'CEng',
      email: '',
      status: 'invited' as const,
      comments: [],
    };
    const c3 = briefingFor(app, supporter, undefined, evidencing(app)).competences.find((c) => c.code === 'C3')!;
    expect(app.roles[0]!.competences).not.toContain('C3');
    expect(c3.roles).toEqual(['Lead Engineer, Grid Systems Ltd']);
    // Tags alone (before the evidence code has loaded) do not show it.
    expect(briefingFor(app, supporter).competences.find((c) => c.code === 'C3')!.roles).toEqual([]);
    // A supporter who knows only the other role cannot speak to it.
    expect(briefingFor(app, supporter, ['r2'], evidencing(app)).competences.find((c) => c.code === 'C3')!.roles).toEqual([]);
    // Once the passage's words are gone, it no longer counts.
    const edited = { ...app, roles: app.roles.map((r) => (r.id === 'r1' ? { ...r, responsibilities: 'I own the design authority.' } : r)) };
    expect(briefingFor(edited, supporter, undefined, evidencing(edited)).competences.find((c) => c.code === 'C3')!.roles).toEqual([]);
  });

  test('a comment on a coverage cell is labelled, round-trips, and goes out of date when the cell changes', () => {
    const { app } = sampleApplication();
    const anchor: Anchor = { kind: 'coverage', code: 'C3', roleId: 'r1' };
    expect(anchorLabel(app, anchor)).toBe('Coverage: C3 in Lead Engineer at Grid Systems Ltd');
    const comment = { id: 'c1', anchor, text: 'Add a second example.', at: app.updatedAt, against: againstOf(app, anchor) };
    const file = serializeReview({
      id: 'rv',
      mentor: 'M',
      createdAt: app.updatedAt,
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments: [comment],
    });
    const parsed = parseReviewFile(JSON.stringify(file));
    expect(parsed.ok && parsed.value.review.comments[0]!.anchor).toEqual(anchor);
    expect(isOutdated(app, comment)).toBe(false);
    const unlinked = { ...app, evidence: { ...app.evidence, links: [] } };
    expect(isOutdated(unlinked, comment)).toBe(true);
  });

  test('a version 1 review file still reads', () => {
    const { app } = sampleApplication();
    const file = {
      ...serializeReview({
        id: 'rv',
        mentor: 'M',
        createdAt: app.updatedAt,
        application: { id: app.id, name: app.name, category: app.category, route: app.route },
        comments: [],
      }),
      version: 1,
    };
    expect(parseReviewFile(JSON.stringify(file)).ok).toBe(true);
  });
});
