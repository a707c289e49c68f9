import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roleClaims } from '../../../core/development/claims.ts';
import { applicationCoverage } from '../../../core/development/coverage.ts';
import { type DeckOptions, fill, interviewDeck, orphanAnswers, practiceSummary, revisitList } from '../../../core/development/interview.ts';
import { clock, draftOutline, rehearsalCue } from '../../../core/development/presentation.ts';
import { REMOTE_CHECKLIST } from '../../../core/development/remote.ts';
import type { PracticeAnswer } from '../../../core/development/types.ts';
import { CATEGORY_IDS } from '../../../core/rules/categories.ts';
import { COMPETENCES } from '../../../core/rules/standards.ts';
import type { Application, CategoryId, Role } from '../../../core/types.ts';
import { role } from '../fixtures.ts';
import { entry } from './entries.ts';

const roles: Role[] = [
  role('r1', 'Acme Water', {
    title: 'Control engineer',
    start: '2018-01-01',
    end: '2021-12-31',
    current: false,
    achievements: 'I led the redesign of the pump controller, cutting faults by 50%. The team was great. I wrote the test plan.',
    competences: ['B2', 'C1'],
  }),
  role('r2', 'Grid Ltd', {
    title: 'Senior engineer',
    start: '2022-01-01',
    achievements: 'I managed a £2m substation upgrade.',
    competences: ['B2', 'C2'],
  }),
];

/** The deck of an application as the workbook builds it: coverage from the evidence matrix. */
function deckOf(app: Pick<Application, 'category' | 'roles'>, options: Omit<DeckOptions, 'coverage'> = {}) {
  const coverage = applicationCoverage({ ...app, evidence: { links: [], dismissed: {} } });
  return interviewDeck(app, { ...options, coverage });
}

describe('interview question deck', () => {
  test.each(CATEGORY_IDS)('%s: every role is probed, thin competences are tested, and area E is always asked', (category: CategoryId) => {
    const deck = deckOf({ category, roles });
    const competences = COMPETENCES[category];
    const eCodes = competences.filter((c) => c.area === 'E').map((c) => c.code);

    // Roles: an overview, its claims, the competences it is linked to, and a reflection.
    for (const r of roles) expect(deck.filter((q) => q.roleId === r.id).length).toBeGreaterThanOrEqual(3);
    expect(deck.find((q) => q.id === 'role:r2:overview')!.text).toContain('Senior engineer at Grid Ltd');
    expect(deck.some((q) => q.section === 'role' && q.text.includes('I managed a £2m substation upgrade.'))).toBe(true);

    // Competences: B2 has two roles (enough), the rest of A–D have one or none and get questions.
    const tested = deck.filter((q) => q.section === 'competence').map((q) => q.competences[0]);
    expect(tested).not.toContain('B2');
    const thinOrNone = competences.filter((c) => c.area !== 'E' && c.code !== 'B2').map((c) => c.code);
    expect([...new Set(tested)]).toEqual(thinOrNone);
    // Why each is asked, in the matrix's words.
    const why = deck.find((q) => q.id === 'competence:C2')!.why;
    expect(why).toBe(
      'All the evidence for C2 comes from one role (Role 2 (Grid Ltd)). Panels like to see a competence shown in two or three roles or projects.',
    );

    // Area E: one question per E competence of the category, whatever the evidence.
    expect(deck.filter((q) => q.section === 'area-e').map((q) => q.competences[0])).toEqual(eCodes);
    expect(deck.filter((q) => q.section === 'general')).toHaveLength(2);
    expect(new Set(deck.map((q) => q.id)).size).toBe(deck.length);
    for (const q of deck) expect(q.text).not.toMatch(/\{\w+\}/);
  });

  test('the level of the category shows in the questions', () => {
    const text = (category: CategoryId) =>
      deckOf({ category, roles: [] })
        .map((q) => q.text)
        .join('\n');
    expect(text('CEng')).toContain('work you led');
    expect(text('IEng')).toContain('work you managed');
    expect(text('EngTech')).toContain('took personal responsibility for or supervised');
    expect(text('CEng')).toContain('manage, apply and improve safe systems');
    expect(text('EngTech')).toMatch(/how you apply safe systems/);
  });

  test('ICTTech has no E5, so ethics is asked with the competence that covers it', () => {
    const e = deckOf({ category: 'ICTTech', roles: [] }).filter((q) => q.section === 'area-e');
    expect(e.map((q) => q.id)).toEqual(['e:E1', 'e:E2', 'e:E3', 'e:E4']);
    expect(e.find((q) => q.id === 'e:E3')!.text).toContain('act ethically');
  });

  test('the coverage input decides which competences are tested, and its reasons say why', () => {
    const deck = interviewDeck(
      { category: 'CEng', roles: [] },
      {
        coverage: COMPETENCES.CEng.map((c) => ({
          code: c.code,
          strength: c.code === 'C3' ? 'thin' : 'enough',
          belowLevel: c.code === 'A2',
          reasons: c.code === 'A2' ? ['Below.', 'Really.'] : [],
        })),
      },
    );
    const tested = deck.filter((q) => q.section === 'competence');
    expect(tested.map((q) => q.id)).toEqual(['competence:A2', 'competence:A2:level', 'competence:C3']);
    expect(tested[1]!.text).toContain('At CEng level, A2 expects work you led');
    expect(tested.map((q) => q.why)).toEqual(['Below. Really.', 'Below. Really.', 'C3: thin evidence']);
  });

  test('a competence with no evidence gets a question asking where the evidence is', () => {
    const deck = deckOf({ category: 'EngTech', roles: [] });
    const none = deck.find((q) => q.id === 'competence:C3:none')!;
    expect(none.text).toContain('no evidence for C3');
    expect(none.why).toBe('Nothing in the career history evidences C3 yet.');
  });

  test('the most recent CPD activity gives a personal E4 question', () => {
    const deck = deckOf(
      { category: 'IEng', roles: [] },
      { cpd: [entry({ date: '2025-01-01', title: 'Old' }), entry({ date: '2025-09-01', title: 'Arc flash course' })] },
    );
    expect(deck.find((q) => q.id.startsWith('e:E4:cpd'))!.text).toContain('“Arc flash course”');
  });

  test('claims: first-person sentences with numbers or strong verbs, in the order written', () => {
    expect(roleClaims(roles[0]!, 2)).toEqual([
      'I led the redesign of the pump controller, cutting faults by 50%.',
      'I wrote the test plan.',
    ]);
    expect(roleClaims({ achievements: '', responsibilities: '' }, 2)).toEqual([]);
  });

  test('placeholders are filled only from the values given; text from the application is not re-read as a template', () => {
    expect(fill('{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('practice', () => {
  const deck = deckOf({ category: 'CEng', roles });
  const answer = (questionId: string, rating: PracticeAnswer['rating'], revisit = false, notes = ''): PracticeAnswer => ({
    questionId,
    question: '',
    notes,
    rating,
    revisit,
    seconds: 90,
    practisedAt: '2026-01-01T00:00:00Z',
  });

  test('questions to revisit are those marked, or rated 1 or 2', () => {
    const answers = [answer('e:E1', 1), answer('e:E2', 4, true), answer('e:E3', 3), answer('e:E5', null, false, 'notes')];
    expect(revisitList(deck, answers).map((q) => q.id)).toEqual(['e:E1', 'e:E2']);
    const summary = practiceSummary(deck, answers);
    expect(summary.bySection['area-e']).toEqual({ practised: 4, total: 5 });
    expect(summary.practised).toBe(4);
  });

  test('answers to questions no longer in the deck are kept apart, not lost', () => {
    expect(orphanAnswers(deck, [answer('role:gone:overview', 2), answer('e:E1', 3)]).map((a) => a.questionId)).toEqual([
      'role:gone:overview',
    ]);
  });
});

describe('presentation', () => {
  test('the outline starts with who you are, gives the newest role the most time and totals exactly 15 minutes', () => {
    const outline = draftOutline({ category: 'CEng', roles });
    expect(outline.map((s) => s.id)).toEqual(['intro', 'role:r2', 'role:r1', 'development', 'close']);
    expect(outline.reduce((s, x) => s + x.seconds, 0)).toBe(900);
    expect(outline[1]!.seconds).toBeGreaterThan(outline[2]!.seconds);
    expect(outline[1]!.points).toContain('I managed a £2m substation upgrade.');
  });

  test('any number of roles and minutes: the outline adds up exactly, in non-negative sections', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 40 }), (n, minutes) => {
        const many = Array.from({ length: n }, (_, i) => role(`r${i}`, `E${i}`, { start: `20${String(10 + i).padStart(2, '0')}-01-01` }));
        const outline = draftOutline({ category: 'IEng', roles: many }, minutes);
        expect(outline.reduce((s, x) => s + x.seconds, 0)).toBe(minutes * 60);
        for (const s of outline) expect(s.seconds).toBeGreaterThanOrEqual(0);
        expect(outline.filter((s) => s.id.startsWith('role:')).length).toBe(Math.min(n, 3));
        expect(outline.some((s) => s.id === 'earlier')).toBe(n > 3);
      }),
    );
  });

  test('the rehearsal cue follows the sections and says when the talk has overrun', () => {
    const outline = draftOutline({ category: 'CEng', roles });
    expect(rehearsalCue(outline, 0)).toMatchObject({ index: 0, sectionLeft: 60, totalLeft: 900, over: false });
    expect(rehearsalCue(outline, 60)).toMatchObject({ index: 1 });
    expect(rehearsalCue(outline, 905)).toMatchObject({ index: outline.length - 1, over: true, totalLeft: -5 });
    expect(clock(95)).toBe('1:35');
    expect(clock(-5)).toBe('-0:05');
  });

  test('the remote checklist says which items are public fact and which are our advice', () => {
    expect(REMOTE_CHECKLIST.find((c) => c.id === 'upload')!.provenance).toBe('public');
    expect(REMOTE_CHECKLIST.filter((c) => c.provenance === 'assumed').length).toBeGreaterThan(0);
  });
});
