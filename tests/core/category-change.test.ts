// Changing the category or route: what it would change is said first; documents that no longer apply stay reachable.
import { describe, expect, test } from 'vitest';
import { categoryChangeEffects, strayDocuments } from '../../core/application/category-change.ts';
import { editApplication, setCategory, setDocument } from '../../core/application/edit.ts';
import { documentReasons } from '../../core/application/gates.ts';
import { describePages } from '../../core/application/text.ts';
import { filledDraft, LIMITS, must, pdf, readyToLock, role, T1 } from './fixtures.ts';

/** Rules with the diagram and the certificates switched on, as an applicant whose Career Manager asks for them. */
const STRICT = {
  ...LIMITS,
  switches: { ...LIMITS.switches, 'document:accountability-diagram': true, 'document:education-certificates': true },
};
const withDiagram = (category: 'CEng' | 'IEng') => must(setDocument(readyToLock(category), pdf('accountability-diagram'), T1));

describe('changing category or route', () => {
  test('nothing is listed when nothing changes', () => {
    expect(categoryChangeEffects(readyToLock('IEng'), 'IEng', 'standard')).toEqual([]);
  });

  test('IEng to EngTech: the diagram no longer applies, the interview location resets, the competence level changes', () => {
    const effects = categoryChangeEffects(withDiagram('IEng'), 'EngTech', 'standard');
    expect(effects).toContain(
      'Your Accountability diagram (accountability-diagram.pdf) is not used for EngTech on the standard route: it stays under Supporting documents, where you can remove it, but is no longer part of the application.',
    );
    expect(effects).toContain('Interview location: “Online” is replaced by “Not Applicable” (EngTech applicants do not choose one).');
    expect(effects.some((e) => e.startsWith('Competences: described at the EngTech level'))).toBe(true);
  });

  test('EngTech to CEng: an interview location becomes required, and the diagram too where the rules make it mandatory', () => {
    expect(categoryChangeEffects(filledDraft('EngTech'), 'CEng', 'standard').some((e) => e.startsWith('Accountability diagram'))).toBe(
      false,
    );
    const effects = categoryChangeEffects(filledDraft('EngTech'), 'CEng', 'standard', STRICT);
    expect(effects).toContain('Accountability diagram becomes required (you have no file for it yet).');
    expect(effects).toContain('Interview location: becomes required for CEng; choose one under Panelling.');
  });

  test('standard to streamlined: the checklist and documents that change are listed', () => {
    const effects = categoryChangeEffects(filledDraft('CEng'), 'CEng', 'streamlined', STRICT);
    expect(effects).toContain('Checklist: “Approved apprenticeship details” is added (mandatory).');
    expect(effects).toContain('Apprenticeship transcript becomes required (you have no file for it yet).');
    expect(effects).toContain('Further and higher education certificates becomes optional.');
    expect(effects.some((e) => e.startsWith('Competences'))).toBe(false);
  });

  test('competences linked that the new standard does not have are named with their role', () => {
    const app = must(editApplication(filledDraft('CEng'), { roles: [role('r1', 'Acme Ltd', { competences: ['A1', 'E5'] })] }, T1));
    const effects = categoryChangeEffects(app, 'ICTTech', 'standard');
    expect(effects.find((e) => e.startsWith('Competences you linked'))).toBe(
      'Competences you linked that the ICTTech standard does not have, so they no longer count: E5 (Role 1 (Acme Ltd)).',
    );
  });

  test('a document that no longer applies stays on the application, listed apart, and does not block', () => {
    const app = must(setCategory(withDiagram('IEng'), 'EngTech', T1));
    expect(app.documents['accountability-diagram']).toBeDefined();
    const stray = strayDocuments(app);
    expect(stray.map((d) => [d.typeId, d.title, d.ref.name])).toEqual([
      ['accountability-diagram', 'Accountability diagram', 'accountability-diagram.pdf'],
    ]);
    expect(stray[0]!.message).toMatch(/^Not used for EngTech on the standard route/);
    expect(documentReasons(app, LIMITS)).toEqual([]);
    expect(strayDocuments(withDiagram('IEng'))).toEqual([]);
  });
});

test('page estimates under one page read "less than a page"', () => {
  expect(describePages(0)).toBe('less than a page');
  expect(describePages(0.4)).toBe('less than a page');
  expect(describePages(1)).toBe('about 1 page');
  expect(describePages(4.5)).toBe('about 4.5 pages');
});
