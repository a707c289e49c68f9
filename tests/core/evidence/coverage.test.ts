// The coverage matrix counts the passages behind each competence per role, and says why a row or
// an area needs attention.
import { describe, expect, test } from 'vitest';
import { selectPassage } from '../../../core/evidence/anchor.ts';
import { collectEvidence } from '../../../core/evidence/collect.ts';
import { coverageMatrix } from '../../../core/evidence/coverage.ts';
import type { EvidenceItem, EvidenceLink } from '../../../core/evidence/types.ts';
import { role } from '../fixtures.ts';

const ROLES = [
  { id: 'r1', label: 'Acme Power' },
  { id: 'r2', label: 'Bolt Rail' },
];

const item = (id: string, roleId: string, competences: string[], extra: Partial<EvidenceItem> = {}): EvidenceItem => ({
  id,
  roleId,
  competences: competences as EvidenceItem['competences'],
  kind: 'passage',
  orphaned: false,
  belowLevel: false,
  ...extra,
});

const rowOf = (m: ReturnType<typeof coverageMatrix>, code: string) => m.areas.flatMap((a) => a.rows).find((r) => r.code === code)!;

describe('coverageMatrix', () => {
  test('rows are the category’s competences grouped A–E, columns the roles', () => {
    const m = coverageMatrix('EngTech', ROLES, []);
    expect(m.areas.map((a) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(m.areas.flatMap((a) => a.rows).length).toBe(15);
    expect(m.areas.find((a) => a.area === 'B')!.rows.map((r) => r.code)).toEqual(['B1', 'B2']);
    expect(m.roles).toEqual(ROLES);
    expect(rowOf(m, 'A1').cells.map((c) => c.roleId)).toEqual(['r1', 'r2']);
  });

  test('cells count passages; orphaned ones are listed but not counted', () => {
    const m = coverageMatrix('CEng', ROLES, [
      item('p1', 'r1', ['C1', 'C2']),
      item('p2', 'r1', ['C1']),
      item('p3', 'r2', ['C1'], { orphaned: true }),
    ]);
    const c1 = rowOf(m, 'C1');
    expect(c1.cells.map((c) => [c.count, c.orphaned])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(c1.cells[0]!.items).toEqual(['p1', 'p2']);
    expect(c1.total).toBe(2);
    expect(m.maxCount).toBe(2);
  });

  test('a competence with no evidence is flagged, saying when linked passages lost their words', () => {
    const m = coverageMatrix('CEng', ROLES, [item('p3', 'r2', ['E5'], { orphaned: true })]);
    expect(rowOf(m, 'E4').flags).toEqual([{ kind: 'none', reason: 'Nothing in the career history evidences E4 yet.' }]);
    expect(rowOf(m, 'E5').flags[0]!.reason).toContain('one linked passage has lost its words');
  });

  test('evidence from only one role is flagged with that role’s name; two roles clear it', () => {
    const one = coverageMatrix('CEng', ROLES, [item('p1', 'r1', ['C3']), item('p2', 'r1', ['C3'])]);
    expect(rowOf(one, 'C3').flags.map((f) => f.kind)).toEqual(['one-role']);
    expect(rowOf(one, 'C3').flags[0]!.reason).toContain('Acme Power');
    const two = coverageMatrix('CEng', ROLES, [item('p1', 'r1', ['C3']), item('p2', 'r2', ['C3'])]);
    expect(rowOf(two, 'C3').flags).toEqual([]);
  });

  test('a competence evidenced only by below-level passages is flagged', () => {
    const m = coverageMatrix('CEng', ROLES, [
      item('p1', 'r1', ['C3'], { belowLevel: true }),
      item('p2', 'r2', ['C3'], { belowLevel: true }),
    ]);
    expect(rowOf(m, 'C3').flags.map((f) => f.kind)).toEqual(['below-level-only']);
    const mixed = coverageMatrix('CEng', ROLES, [item('p1', 'r1', ['C3'], { belowLevel: true }), item('p2', 'r2', ['C3'])]);
    expect(rowOf(mixed, 'C3').flags).toEqual([]);
  });

  test('an area with fewer than two passages per competence is thin', () => {
    const evidence = ['A1', 'A2'].flatMap((code) => [item(`${code}a`, 'r1', [code]), item(`${code}b`, 'r2', [code])]);
    const m = coverageMatrix('CEng', ROLES, [...evidence, item('c', 'r1', ['C1'])]);
    expect(m.areas.find((a) => a.area === 'A')!.flags).toEqual([]);
    expect(m.areas.find((a) => a.area === 'C')!.flags[0]).toEqual({
      kind: 'thin-area',
      reason: 'Area C has 1 piece of evidence for 4 competences; aim for at least 2 for each (our suggestion, not an IET number).',
    });
  });

  test('evidence for a role not in the list does not count', () => {
    const m = coverageMatrix('CEng', ROLES, [item('x', 'gone', ['A1'])]);
    expect(rowOf(m, 'A1').total).toBe(0);
  });
});

describe('collectEvidence', () => {
  const r1 = role('r1', 'Acme', {
    responsibilities: 'I planned the outage programme. I helped the site manager with the budget.',
    competences: ['C1', 'D1'],
  });
  const link = (id: string, words: string, competences: string[]): EvidenceLink => {
    const start = r1.responsibilities.indexOf(words);
    return {
      id,
      roleId: 'r1',
      field: 'responsibilities',
      selector: selectPassage(r1.responsibilities, { start, end: start + words.length }),
      competences: competences as EvidenceLink['competences'],
    };
  };

  test('passages are anchored, below-level ones marked, and role tags count only where no passage does', () => {
    const items = collectEvidence(
      'CEng',
      [r1],
      [link('a', 'I planned the outage programme.', ['C1']), link('b', 'I helped the site manager with the budget.', ['C2'])],
    );
    expect(items).toEqual([
      { id: 'role:r1', roleId: 'r1', competences: ['D1'], kind: 'role', orphaned: false, belowLevel: false },
      { id: 'a', roleId: 'r1', competences: ['C1'], kind: 'passage', orphaned: false, belowLevel: false },
      { id: 'b', roleId: 'r1', competences: ['C2'], kind: 'passage', orphaned: false, belowLevel: true },
    ]);
  });

  test('a link whose words were deleted, or whose role was deleted, is kept as orphaned', () => {
    const a = link('a', 'I planned the outage programme.', ['C1']);
    const edited = { ...r1, responsibilities: 'I helped the site manager with the budget.' };
    expect(collectEvidence('CEng', [edited], [a]).find((i) => i.id === 'a')).toMatchObject({ orphaned: true });
    expect(collectEvidence('CEng', [], [a])).toEqual([
      { id: 'a', roleId: 'r1', competences: ['C1'], kind: 'passage', orphaned: true, belowLevel: false },
    ]);
  });
});
