// The development record reads the evidence coverage matrix: what it flags (no evidence, one role
// only, evidence only below the level) decides the goals offered and the interview questions,
// and the matrix's reasons are what the applicant reads.
import { describe, expect, test } from 'vitest';
import { applicationCoverage, coverageFromMatrix } from '../../../core/development/coverage.ts';
import { thinCompetences } from '../../../core/development/feedback.ts';
import { interviewDeck } from '../../../core/development/interview.ts';
import { selectPassage } from '../../../core/evidence/anchor.ts';
import { coverageMatrix } from '../../../core/evidence/coverage.ts';
import type { EvidenceLink } from '../../../core/evidence/types.ts';
import { COMPETENCES } from '../../../core/rules/standards.ts';
import type { Application, CompetenceCode, Role } from '../../../core/types.ts';
import { role } from '../fixtures.ts';

const BELOW = 'I helped the site manager with the budget.';
const AT_LEVEL = 'I planned the outage programme and set its budget.';
const TEXT = `${BELOW} ${AT_LEVEL}`;

/** Both roles tag every CEng competence except C1 and C2, which only their linked passages evidence. */
const tagged = COMPETENCES.CEng.map((c) => c.code).filter((c) => c !== 'C1' && c !== 'C2');
const roles: Role[] = [
  role('r1', 'Acme Water', { responsibilities: TEXT, competences: tagged }),
  role('r2', 'Grid Ltd', { responsibilities: TEXT, competences: tagged }),
];

function link(id: string, roleId: string, words: string, competences: CompetenceCode[]): EvidenceLink {
  const start = TEXT.indexOf(words);
  return { id, roleId, field: 'responsibilities', selector: selectPassage(TEXT, { start, end: start + words.length }), competences };
}

function app(links: EvidenceLink[]): Pick<Application, 'category' | 'roles' | 'evidence'> {
  return { category: 'CEng', roles, evidence: { links, dismissed: {} } };
}

const BELOW_REASON = 'Every passage for C1 reads below the CEng level (see the level flags on those passages).';

describe('development coverage from the evidence matrix', () => {
  // C1: a passage in each role, both below the CEng level. C2: a passage in each role, at level.
  const links = [
    link('a', 'r1', BELOW, ['C1']),
    link('b', 'r2', BELOW, ['C1']),
    link('c', 'r1', AT_LEVEL, ['C2']),
    link('d', 'r2', AT_LEVEL, ['C2']),
  ];

  test('a competence evidenced only below level is offered for a goal, with the matrix reason; one evidenced in two roles is not', () => {
    const coverage = applicationCoverage(app(links));
    expect(coverage.find((c) => c.code === 'C1')).toEqual({ code: 'C1', strength: 'enough', belowLevel: true, reasons: [BELOW_REASON] });
    expect(coverage.find((c) => c.code === 'C2')).toEqual({ code: 'C2', strength: 'enough', belowLevel: false, reasons: [] });
    // The only competence offered first is C1: C2 and the tagged ones are evidenced in two roles.
    expect(thinCompetences(coverage)).toEqual([{ code: 'C1', strength: 'enough', belowLevel: true, reasons: [BELOW_REASON] }]);
  });

  test('a competence evidenced only below level gets a below-level interview question, saying why as the matrix does', () => {
    const deck = interviewDeck(app(links), { coverage: applicationCoverage(app(links)) });
    const tested = deck.filter((q) => q.section === 'competence');
    expect(tested.map((q) => q.id)).toEqual(['competence:C1', 'competence:C1:level']);
    expect(tested[1]!.text).toContain('At CEng level, C1 expects work you led');
    for (const q of tested) expect(q.why).toBe(BELOW_REASON);
  });

  test('one passage at the level is enough to lift the below-level flag', () => {
    const mixed = [link('a', 'r1', BELOW, ['C1']), link('b', 'r2', AT_LEVEL, ['C1']), ...links.slice(2)];
    const coverage = applicationCoverage(app(mixed));
    expect(thinCompetences(coverage)).toEqual([]);
    expect(interviewDeck(app(mixed), { coverage }).filter((q) => q.section === 'competence')).toEqual([]);
  });

  test('evidence from one role is thin, and none is none, each with its reason; a passage whose words are gone does not count', () => {
    const oneRole = [link('a', 'r1', AT_LEVEL, ['C1']), ...links.slice(2)];
    const c1 = applicationCoverage(app(oneRole)).find((c) => c.code === 'C1')!;
    expect(c1).toMatchObject({ strength: 'thin', belowLevel: false });
    expect(c1.reasons).toEqual([
      'All the evidence for C1 comes from one role (Role 1 (Acme Water)). Panels like to see a competence shown in two or three roles or projects.',
    ]);

    const gone = { ...link('a', 'r1', AT_LEVEL, ['C1']), selector: { exact: 'words no longer there', prefix: '', suffix: '', start: 0 } };
    const none = applicationCoverage(app([gone, ...links.slice(2)])).find((c) => c.code === 'C1')!;
    expect(none).toMatchObject({ strength: 'none', belowLevel: false });
    expect(none.reasons).toEqual(['Nothing in the career history evidences C1 yet (one linked passage has lost its words).']);
    const deck = interviewDeck(app([gone]), { coverage: applicationCoverage(app([gone, ...links.slice(2)])) });
    expect(deck.filter((q) => q.section === 'competence').map((q) => q.id)).toEqual(['competence:C1', 'competence:C1:none']);
  });

  test('a competence flagged both one-role and below level is thin and below level, with both reasons in the matrix’s order', () => {
    const matrix = coverageMatrix(
      'IEng',
      [{ id: 'r1', label: 'Role 1 (Acme Water)' }],
      [{ id: 'p', roleId: 'r1', competences: ['B3'], kind: 'passage', orphaned: false, belowLevel: true }],
    );
    const b3 = coverageFromMatrix(matrix).find((c) => c.code === 'B3')!;
    expect(b3).toMatchObject({ strength: 'thin', belowLevel: true });
    expect(b3.reasons).toEqual(matrix.areas[1]!.rows.find((r) => r.code === 'B3')!.flags.map((f) => f.reason));
    expect(b3.reasons).toHaveLength(2);
    // Every competence of the standard is there, in the standard's order.
    expect(coverageFromMatrix(matrix).map((c) => c.code)).toEqual(COMPETENCES.IEng.map((c) => c.code));
  });
});
