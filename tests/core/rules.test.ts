import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { RULES } from '../../core/rules/bundle.ts';
import { CATEGORIES, CATEGORY_IDS, ROUTE_IDS, ROUTES } from '../../core/rules/categories.ts';
import { CHECKLIST_ITEMS } from '../../core/rules/checklist.ts';
import { DOCUMENT_TYPES, FILE_TYPE_ADVICE } from '../../core/rules/documents.ts';
import { AREA_GUIDANCE, competenceGuidance, STEP_GUIDANCE } from '../../core/rules/guidance.ts';
import { DEFAULT_LIMITS, LIMIT_PROVENANCE } from '../../core/rules/limits.ts';
import { inScope, rulesFor } from '../../core/rules/scope.ts';
import { SWITCH_SOURCES } from '../../core/rules/sources.ts';
import { COMPETENCES, STANDARDS } from '../../core/rules/standards.ts';
import { NOT_APPLICABLE, POST_SUBMISSION_STAGES, RULES_VERSION, STEP_IDS, STEP_TITLES } from '../../core/rules/steps.ts';
import { adjustableOf, SWITCHABLE } from '../../core/rules/switchable.ts';

const codesOf = (category: keyof typeof COMPETENCES) => COMPETENCES[category].map((c) => c.code).join(' ');

describe('standards', () => {
  test('each category has its number of competences: CEng 17, IEng 17, EngTech 15, ICTTech 15', () => {
    expect(COMPETENCES.CEng).toHaveLength(17);
    expect(COMPETENCES.IEng).toHaveLength(17);
    expect(COMPETENCES.EngTech).toHaveLength(15);
    expect(COMPETENCES.ICTTech).toHaveLength(15);
  });

  test('competence codes follow the published areas for each category', () => {
    expect(codesOf('CEng')).toBe('A1 A2 B1 B2 B3 C1 C2 C3 C4 D1 D2 D3 E1 E2 E3 E4 E5');
    expect(codesOf('IEng')).toBe('A1 A2 B1 B2 B3 C1 C2 C3 C4 D1 D2 D3 E1 E2 E3 E4 E5');
    expect(codesOf('EngTech')).toBe('A1 A2 B1 B2 C1 C2 C3 D1 D2 D3 E1 E2 E3 E4 E5');
    expect(codesOf('ICTTech')).toBe('A1 A2 B1 B2 C1 C2 C3 C4 D1 D2 D3 E1 E2 E3 E4');
  });

  test('CEng, IEng and EngTech use UK-SPEC 4th edition; ICTTech uses the ICTTech Standard 3rd edition', () => {
    expect(CATEGORIES.CEng.standard).toBe('UK-SPEC-4');
    expect(CATEGORIES.IEng.standard).toBe('UK-SPEC-4');
    expect(CATEGORIES.EngTech.standard).toBe('UK-SPEC-4');
    expect(CATEGORIES.ICTTech.standard).toBe('ICTTech-3');
    expect(STANDARDS['UK-SPEC-4'].edition).toMatch(/4th/);
    expect(STANDARDS['ICTTech-3'].edition).toMatch(/3rd/);
  });

  test("each standard lists exactly its categories' competences, tagged with their category", () => {
    const ukspec = STANDARDS['UK-SPEC-4'].competences;
    expect(ukspec).toHaveLength(17 + 17 + 15);
    for (const category of ['CEng', 'IEng', 'EngTech'] as const) {
      expect(ukspec.filter((c) => c.category === category)).toEqual(COMPETENCES[category]);
    }
    expect(STANDARDS['ICTTech-3'].competences).toEqual(COMPETENCES.ICTTech);
  });

  test('every competence has a description and its area matches its code', () => {
    for (const list of Object.values(COMPETENCES)) {
      for (const c of list) {
        expect(c.summary.length).toBeGreaterThan(20);
        expect(c.code.startsWith(c.area)).toBe(true);
      }
    }
  });

  test('the level shows in the verbs: CEng leads, IEng manages, EngTech supervises (area C)', () => {
    const c3 = (category: keyof typeof COMPETENCES) => COMPETENCES[category].find((c) => c.code === 'C3')?.summary ?? '';
    expect(c3('CEng')).toMatch(/^Lead/);
    expect(c3('IEng')).toMatch(/^Manage/);
    expect(c3('EngTech')).toMatch(/supervise/);
  });

  test('E2 differs by level: CEng and IEng manage and improve safe ways of working, EngTech follows them', () => {
    const e2 = (category: keyof typeof COMPETENCES) => COMPETENCES[category].find((c) => c.code === 'E2')?.summary ?? '';
    expect(e2('CEng')).toMatch(/manage safe ways of working.*make them better/);
    expect(e2('IEng')).toMatch(/manage safe ways of working.*make them better/);
    expect(e2('EngTech')).toMatch(/follow safe ways of working/);
    expect(e2('EngTech')).not.toMatch(/manage/);
  });

  test('UK-SPEC 4: CEng C3 is leading a team or a technical specialism, with no line management needed; C2 organises, directs and controls', () => {
    const summary = (category: keyof typeof COMPETENCES, code: string) => COMPETENCES[category].find((c) => c.code === code)?.summary ?? '';
    expect(summary('CEng', 'C3')).toMatch(/^Lead a team or a technical specialism.*help others.*Managing staff is not required/);
    expect(summary('IEng', 'C3')).toMatch(/a team or a technical area.*Managing staff is not required/);
    expect(summary('CEng', 'C2')).toMatch(/Organise, direct and control.*plan and schedule.*budget.*people and other resources/);
    expect(summary('CEng', 'E5')).toMatch(/ethical/);
    expect(AREA_GUIDANCE.C).toMatch(/You need not manage staff/);
  });

  test('ICTTech: what could not be confirmed (its C4, and area E without a separate ethics competence) is marked as our assumption', () => {
    const areaE = COMPETENCES.ICTTech.filter((c) => c.area === 'E');
    expect(areaE.map((c) => c.provenance)).toEqual(['assumed', 'assumed', 'assumed', 'assumed']);
    expect(COMPETENCES.ICTTech.find((c) => c.code === 'C4')?.provenance).toBe('assumed');
    expect(COMPETENCES.CEng.every((c) => c.provenance === 'public')).toBe(true);
  });
});

describe('categories and routes', () => {
  test('there are four categories and two routes', () => {
    expect(CATEGORY_IDS).toEqual(['CEng', 'IEng', 'EngTech', 'ICTTech']);
    expect(Object.keys(CATEGORIES).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(ROUTE_IDS).toEqual(['standard', 'streamlined']);
    expect(Object.keys(ROUTES).sort()).toEqual(['standard', 'streamlined']);
  });

  test('an interview location is required for CEng and IEng only', () => {
    expect(CATEGORY_IDS.filter((id) => CATEGORIES[id].interviewRequired)).toEqual(['CEng', 'IEng']);
    expect(NOT_APPLICABLE).toBe('Not Applicable');
  });

  test('each category shows a qualification benchmark as guidance', () => {
    expect(CATEGORIES.CEng.benchmark).toMatch(/MEng/);
    expect(CATEGORIES.IEng.benchmark).toMatch(/HNC|HND/);
    expect(CATEGORIES.EngTech.benchmark).toMatch(/apprenticeship/);
    expect(CATEGORIES.ICTTech.benchmark).toMatch(/ICT/);
  });
});

describe('scope', () => {
  test('a scope of true covers everything, false nothing, and a filter only what it names', () => {
    expect(inScope(true, 'CEng', 'standard')).toBe(true);
    expect(inScope(false, 'CEng', 'standard')).toBe(false);
    expect(inScope({ categories: ['CEng'] }, 'CEng', 'streamlined')).toBe(true);
    expect(inScope({ categories: ['CEng'] }, 'IEng', 'standard')).toBe(false);
    expect(inScope({ routes: ['streamlined'] }, 'EngTech', 'standard')).toBe(false);
    expect(inScope({ categories: ['EngTech'], routes: ['streamlined'] }, 'EngTech', 'streamlined')).toBe(true);
  });

  test('rulesFor gives the category, route, standard and competences of the pair', () => {
    const rules = rulesFor('ICTTech', 'streamlined');
    expect(rules.category.id).toBe('ICTTech');
    expect(rules.route.id).toBe('streamlined');
    expect(rules.standard.id).toBe('ICTTech-3');
    expect(rules.competences).toHaveLength(15);
  });
});

describe('checklist and documents', () => {
  const mandatoryDocs = (category: keyof typeof CATEGORIES, route: 'standard' | 'streamlined') =>
    rulesFor(category, route)
      .documents.filter((d) => d.mandatory)
      .map((d) => d.type.id);

  test('an accountability diagram is asked of CEng and IEng only, and by default not mandatory (forum answer quoting the IET)', () => {
    expect(mandatoryDocs('CEng', 'standard')).not.toContain('accountability-diagram');
    expect(rulesFor('CEng', 'standard').documents.map((d) => d.type.id)).toContain('accountability-diagram');
    expect(SWITCH_SOURCES['document:accountability-diagram']).toMatch(/15 October 2024/);
    const engtech = rulesFor('EngTech', 'standard').documents.map((d) => d.type.id);
    const icttech = rulesFor('ICTTech', 'standard').documents.map((d) => d.type.id);
    expect(engtech).not.toContain('accountability-diagram');
    expect(icttech).not.toContain('accountability-diagram');
  });

  test('the streamlined route asks for the apprenticeship transcript and certificate', () => {
    for (const category of CATEGORY_IDS) {
      expect(mandatoryDocs(category, 'streamlined')).toEqual(
        expect.arrayContaining(['apprenticeship-transcript', 'apprenticeship-certificate']),
      );
      const standard = rulesFor(category, 'standard').documents.map((d) => d.type.id);
      expect(standard).not.toContain('apprenticeship-transcript');
      expect(standard).not.toContain('apprenticeship-certificate');
    }
  });

  test('the streamlined route adds the apprenticeship checklist item, completed in Career Manager', () => {
    const streamlined = rulesFor('EngTech', 'streamlined').checklist.find((c) => c.item.id === 'apprenticeship');
    expect(streamlined?.mandatory).toBe(true);
    expect(streamlined?.item.completedIn).toBe('career-manager');
    expect(rulesFor('EngTech', 'standard').checklist.some((c) => c.item.id === 'apprenticeship')).toBe(false);
  });

  test('a completed professional development scheme is optional: completed only if relevant', () => {
    for (const category of CATEGORY_IDS) {
      for (const route of ROUTE_IDS) {
        const scheme = rulesFor(category, route).checklist.find((c) => c.item.id === 'development-scheme');
        expect(scheme?.mandatory).toBe(false);
      }
    }
  });

  test('sharing a draft with a PRA or an Industry Representative is public advice, never mandatory, and cannot be switched on', () => {
    const item = CHECKLIST_ITEMS.find((i) => i.kind === 'pra')!;
    expect(item.provenance).toBe('public');
    expect(item.advisory).toBe(true);
    expect(adjustableOf('checklist', item.id)).toBeUndefined();
    expect(item.guidance).toMatch(/Industry Representative/);
    for (const category of CATEGORY_IDS) {
      for (const route of ROUTE_IDS) {
        const pra = rulesFor(category, route).checklist.find((c) => c.item.kind === 'pra');
        expect(pra?.mandatory).toBe(false);
      }
    }
  });

  test('qualifications and certificates never block ICTTech, and are not mandatory for the others by default', () => {
    for (const route of ROUTE_IDS) {
      const ict = rulesFor('ICTTech', route, {
        ...DEFAULT_RULES,
        switches: { 'checklist:qualifications': true, 'document:education-certificates': true },
      });
      expect(ict.checklist.find((c) => c.item.id === 'qualifications')?.mandatory).toBe(false);
      expect(ict.documents.find((d) => d.type.id === 'education-certificates')?.mandatory).toBe(false);
      for (const category of ['CEng', 'IEng', 'EngTech'] as const) {
        expect(rulesFor(category, route).checklist.find((c) => c.item.id === 'qualifications')?.mandatory).toBe(false);
        expect(mandatoryDocs(category, route)).not.toContain('education-certificates');
      }
    }
  });

  test('every checklist item and document type has guidance; ids are unique', () => {
    for (const item of CHECKLIST_ITEMS) expect(item.guidance.length).toBeGreaterThan(20);
    for (const type of DOCUMENT_TYPES) expect(type.guidance.length).toBeGreaterThan(20);
    expect(new Set(CHECKLIST_ITEMS.map((i) => i.id)).size).toBe(CHECKLIST_ITEMS.length);
    expect(new Set(DOCUMENT_TYPES.map((t) => t.id)).size).toBe(DOCUMENT_TYPES.length);
  });

  test('no document type carries a list of file types nobody could source: PDF is advised, as the IET says', () => {
    for (const type of DOCUMENT_TYPES) expect(Object.keys(type)).not.toContain('accept');
    expect(FILE_TYPE_ADVICE).toMatch(/PDF is preferred/);
  });

  test('a mandatory rule only applies where the item is shown', () => {
    for (const category of CATEGORY_IDS) {
      for (const route of ROUTE_IDS) {
        for (const rule of [...CHECKLIST_ITEMS, ...DOCUMENT_TYPES]) {
          if (inScope(rule.mandatory, category, route)) expect(inScope(rule.applies, category, route)).toBe(true);
        }
      }
    }
  });

  test('every switchable rule names a checklist item or document type that exists, and has its source note', () => {
    const ids = new Set([...CHECKLIST_ITEMS.map((i) => `checklist:${i.id}`), ...DOCUMENT_TYPES.map((t) => `document:${t.id}`)]);
    for (const id of Object.keys(SWITCHABLE)) {
      expect(ids.has(id), id).toBe(true);
      expect(SWITCH_SOURCES[id], id).toBeTruthy();
    }
  });

  test('the Development Action Plan being mandatory is marked as our assumption, and sources disagree', () => {
    const dap = DOCUMENT_TYPES.find((t) => t.id === 'development-action-plan');
    expect(dap?.provenance).toBe('assumed');
    expect(adjustableOf('document', 'development-action-plan')).toMatchObject({ provenance: 'assumed', disputed: true, default: true });
  });

  test('seed-tagged text says only what the guide says', () => {
    expect(ROUTES.streamlined.summary).not.toMatch(/transcript|certificate/);
    const scheme = CHECKLIST_ITEMS.find((i) => i.id === 'development-scheme')!;
    expect(scheme.provenance).toBe('seed');
    expect(scheme.guidance).not.toMatch(/accredited/);
  });
});

describe('limits', () => {
  test('the defaults follow the guidance: about 3,000 characters a role, 12 pages, career history 4–5 pages', () => {
    expect(DEFAULT_LIMITS.charsPerRole).toBe(3000);
    expect(DEFAULT_LIMITS.maxPages).toBe(12);
    expect([DEFAULT_LIMITS.careerPagesMin, DEFAULT_LIMITS.careerPagesMax]).toEqual([4, 5]);
  });

  test('the file size limit defaults to the stricter 0.5 MB, and it and the supporter count are assumptions', () => {
    expect(DEFAULT_LIMITS.maxFileSize).toBe(512 * 1024);
    expect(DEFAULT_LIMITS.supportersRequired).toBe(2);
    expect(LIMIT_PROVENANCE.maxFileSize).toBe('assumed');
    expect(LIMIT_PROVENANCE.supportersRequired).toBe('assumed');
    expect(Object.keys(LIMIT_PROVENANCE).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
  });
});

describe('rules are plain, versioned data', () => {
  test('the rules survive a JSON round trip unchanged (no functions inside data)', () => {
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
    expect(RULES.version).toBe(RULES_VERSION);
    expect(RULES_VERSION).toMatch(/\S/);
    expect(RULES.steps).toHaveLength(10);
  });

  test('every rule carries a provenance of seed, public or assumed', () => {
    const all = [
      ...Object.values(CATEGORIES),
      ...Object.values(ROUTES),
      ...Object.values(STANDARDS),
      ...Object.values(COMPETENCES).flat(),
      ...CHECKLIST_ITEMS,
      ...DOCUMENT_TYPES,
      ...POST_SUBMISSION_STAGES,
    ];
    for (const rule of all) expect(['seed', 'public', 'assumed']).toContain(rule.provenance);
  });
});

describe('steps and guidance', () => {
  test('the path has ten steps in the order of the guide, each with a title and guidance', () => {
    expect(STEP_IDS).toEqual([
      'category',
      'route',
      'checklist',
      'documents',
      'panelling',
      'lock',
      'supporters',
      'validation',
      'submit',
      'after-submission',
    ]);
    for (const id of STEP_IDS) {
      expect(STEP_TITLES[id]).toMatch(/\S/);
      expect(STEP_GUIDANCE[id].length).toBeGreaterThan(40);
    }
  });

  test('after submission come staff check, assessment, interview, final review, decision, fees and registration', () => {
    expect(POST_SUBMISSION_STAGES.map((s) => s.id)).toEqual([
      'staff-check',
      'assessment',
      'interview',
      'final-review',
      'decision',
      'fees',
      'registered',
    ]);
    for (const stage of POST_SUBMISSION_STAGES) expect(stage.summary).toMatch(/\S/);
  });

  test('each competence has guidance built from its description and its area tip', () => {
    const text = competenceGuidance('IEng', 'C2');
    expect(text).toContain(COMPETENCES.IEng.find((c) => c.code === 'C2')?.summary);
    expect(text).toMatch(/small firm/);
    expect(competenceGuidance('EngTech', 'C4')).toBe('');
  });
});
