// The rules an applicant can adjust: every assumed or disputed rule is one of them, the rules in
// force are a pure function of defaults and choices, and every gate follows each switch.
import { describe, expect, test } from 'vitest';
import { setChecklistEntry, setDocument } from '../../core/application/edit.ts';
import { canLock } from '../../core/application/lock.ts';
import { progress } from '../../core/application/progress.ts';
import { canSubmit } from '../../core/application/submit.ts';
import { estimatePages, lengthWarnings } from '../../core/application/text.ts';
import { changedRules, DEFAULT_RULES, RULE_DEFAULTS, RULE_SWITCHES, type RuleSwitch, rulesInForce } from '../../core/rules/adjustable.ts';
import { CATEGORY_IDS, ROUTE_IDS } from '../../core/rules/categories.ts';
import { CHECKLIST_ITEMS } from '../../core/rules/checklist.ts';
import { readApplicantRules } from '../../core/rules/choices.ts';
import { DOCUMENT_TYPES } from '../../core/rules/documents.ts';
import { DEFAULT_LIMITS, LIMIT_PROVENANCE } from '../../core/rules/limits.ts';
import { ruleRows } from '../../core/rules/rule-list.ts';
import { inScope } from '../../core/rules/scope.ts';
import { SWITCH_SOURCES } from '../../core/rules/sources.ts';
import { COMPETENCES } from '../../core/rules/standards.ts';
import type { Application, RulesInForce } from '../../core/types.ts';
import { must, pdf, readyToLock, role, T1, validated } from './fixtures.ts';

const everyOn = rulesInForce(RULE_DEFAULTS, { switches: Object.fromEntries(RULE_SWITCHES.map((s) => [s.id, true])) });
const everyOff = rulesInForce(RULE_DEFAULTS, { switches: Object.fromEntries(RULE_SWITCHES.map((s) => [s.id, false])) });

/** A category and route where the switch has effect. */
function whereItApplies(s: RuleSwitch) {
  for (const category of CATEGORY_IDS)
    for (const route of ROUTE_IDS) if (inScope(s.rule.scope, category, route)) return { category, route };
  throw new Error(`${s.id} applies nowhere`);
}

/** An application that passes every gate with every switch on. */
function completeUnderEveryRule(category: Application['category'], route: Application['route']): Application {
  let app = readyToLock(category, route);
  for (const type of DOCUMENT_TYPES) if (inScope(type.applies, category, route)) app = must(setDocument(app, pdf(type.id), T1));
  for (const item of CHECKLIST_ITEMS) {
    if (item.completedIn === 'career-manager' && inScope(item.applies, category, route)) {
      app = must(setChecklistEntry(app, item.id, { done: true }, T1));
    }
  }
  const codes = COMPETENCES[category].map((c) => c.code);
  return { ...app, roles: [role('r1', 'Acme Ltd', { competences: codes })] };
}

/** The same application with the switch's subject left undone. */
function without(app: Application, s: RuleSwitch): Application {
  if (s.subject === 'document') {
    const { [s.subjectId]: _gone, ...documents } = app.documents;
    return { ...app, documents };
  }
  switch (s.subjectId) {
    case 'personal-details':
      return { ...app, personal: { ...app.personal, fullName: '' } };
    case 'membership':
      return { ...app, personal: { ...app.personal, membershipNumber: '' } };
    case 'qualifications':
      return { ...app, qualifications: [] };
    case 'professional-development':
      return { ...app, development: [] };
    case 'competence-evidence':
      return { ...app, roles: app.roles.map((r) => ({ ...r, competences: [] })) };
    default:
      return { ...app, checklist: { ...app.checklist, [s.subjectId]: { done: false, note: '' } } };
  }
}

describe('which rules are adjustable', () => {
  test('every checklist item and document whose mandatory-ness is assumed or disputed has a switch; the others do not', () => {
    const switched = new Set(RULE_SWITCHES.map((s) => s.subjectId));
    for (const rule of [...CHECKLIST_ITEMS, ...DOCUMENT_TYPES]) {
      if (rule.provenance === 'assumed' && !('advisory' in rule && rule.advisory && !switched.has(rule.id))) {
        expect(switched.has(rule.id), rule.id).toBe(true);
      }
    }
    // Named in the issue: DAP, accountability diagram, personal, membership, professional development.
    for (const id of ['development-action-plan', 'accountability-diagram', 'personal-details', 'membership', 'professional-development']) {
      expect(switched.has(id), id).toBe(true);
    }
    // The adviser question is public advice, never a rule anyone can switch on.
    expect(switched.has('pra-consultation')).toBe(false);
    for (const s of RULE_SWITCHES) {
      expect(s.rule.provenance === 'assumed' || s.rule.disputed === true, s.id).toBe(true);
      expect(SWITCH_SOURCES[s.id]?.length ?? 0, s.id).toBeGreaterThan(40);
    }
  });

  test('the numbers that are assumed or disputed are listed too: per-file limit, supporters, page guides', () => {
    const limits = ruleRows(DEFAULT_RULES).filter((r) => r.kind === 'limit');
    expect(limits.map((r) => r.id).sort()).toEqual(['charsPerPage', 'maxFileSize', 'maxPages', 'supportersRequired']);
    expect(ruleRows(DEFAULT_RULES, { allLimits: true }).filter((r) => r.kind === 'limit')).toHaveLength(
      Object.keys(LIMIT_PROVENANCE).length,
    );
    expect(limits.find((r) => r.id === 'maxFileSize')?.source).toMatch(/0\.5 MB.*2\.5 MB/);
    expect(limits.find((r) => r.id === 'maxPages')?.source).toMatch(/paper applications/);
  });

  test('no qualification switch and no certificate switch reaches ICTTech', () => {
    for (const id of ['checklist:qualifications', 'document:education-certificates']) {
      const s = RULE_SWITCHES.find((x) => x.id === id)!;
      for (const route of ROUTE_IDS) expect(inScope(s.rule.scope, 'ICTTech', route)).toBe(false);
    }
  });
});

describe('the rules in force', () => {
  test('are the defaults when the applicant changed nothing', () => {
    expect(rulesInForce(RULE_DEFAULTS, {})).toEqual({ ...DEFAULT_LIMITS, switches: RULE_DEFAULTS.switches });
    expect(changedRules(DEFAULT_RULES)).toEqual({ switches: {}, limits: {} });
  });

  test('take the choices the defaults know, and ignore unknown ids, bad values and non-positive numbers', () => {
    const rules = rulesInForce(RULE_DEFAULTS, {
      switches: { 'document:development-action-plan': false, 'document:unknown': true, 'checklist:membership': 'no' as unknown as boolean },
      limits: { supportersRequired: 3, maxFileSize: -5, charsPerRole: Number.NaN },
    });
    expect(rules.switches['document:development-action-plan']).toBe(false);
    expect(rules.switches).not.toHaveProperty('document:unknown');
    expect(rules.switches['checklist:membership']).toBe(true);
    expect([rules.supportersRequired, rules.maxFileSize, rules.charsPerRole]).toEqual([3, DEFAULT_LIMITS.maxFileSize, 3000]);
    expect(changedRules(rules)).toEqual({ switches: { 'document:development-action-plan': false }, limits: { supportersRequired: 3 } });
  });

  test('stored or received choices are repaired on reading, not trusted', () => {
    expect(readApplicantRules(null)).toEqual({});
    expect(readApplicantRules([1, 2])).toEqual({});
    expect(readApplicantRules({ switches: { a: true, b: 'x' }, limits: { maxPages: 10, charsPerRole: 0, x: '1' } })).toEqual({
      switches: { a: true },
      limits: { maxPages: 10 },
    });
  });
});

describe('every gate follows every switch', () => {
  for (const s of RULE_SWITCHES) {
    test(`${s.id}: on, a missing ${s.title} holds the lock; off, it does not`, () => {
      const { category, route } = whereItApplies(s);
      const complete = completeUnderEveryRule(category, route);
      expect(canLock(complete, everyOn)).toEqual([]);
      const missing = without(complete, s);
      const on = rulesInForce(RULE_DEFAULTS, { switches: { ...everyOff.switches, [s.id]: true } });
      const off = everyOff;
      const held = canLock(missing, on);
      expect(held.map((r) => r.code)).toEqual([s.subject === 'document' ? 'document-missing' : 'checklist-incomplete']);
      expect(held[0]!.message).toContain(s.title);
      expect(canLock(missing, off)).toEqual([]);
      // The progress the workbook, the overlay and the export show follows too.
      expect(progress(missing, on).blockers).toEqual(held);
      expect(progress(missing, off).current).toBe('lock');
    });
  }
});

describe('every gate follows every number', () => {
  test('supporters needed: submission waits for as many validated supporters as the rules say', () => {
    const app = validated();
    expect(canSubmit(app, DEFAULT_RULES)).toEqual([]);
    const three: RulesInForce = { ...DEFAULT_RULES, supportersRequired: 3 };
    expect(canSubmit(app, three).map((r) => r.code)).toEqual(['supporters-missing', 'supporters-not-validated']);
    expect(canSubmit(app, three)[0]!.message).toMatch(/your rules assume 3/);
    expect(canSubmit(app, { ...DEFAULT_RULES, supportersRequired: 1 })).toEqual([]);
  });

  test('per-file limit: 0.5 MB by default, 2.5 MB when the applicant says so', () => {
    const app = must(setDocument(readyToLock('CEng'), pdf('development-action-plan', 2 * 1024 * 1024), T1));
    expect(canLock(app, DEFAULT_RULES).map((r) => r.code)).toEqual(['document-too-large']);
    expect(canLock(app, { ...DEFAULT_RULES, maxFileSize: 2.5 * 1024 * 1024 })).toEqual([]);
  });

  test('page guides and characters per role: the length warnings follow them', () => {
    const app = { ...readyToLock('CEng'), roles: [role('r1', 'Acme', { achievements: 'x'.repeat(5000) })] };
    expect(lengthWarnings(app, DEFAULT_RULES).map((w) => w.code)).toContain('role-too-long');
    expect(lengthWarnings(app, { ...DEFAULT_RULES, charsPerRole: 6000 }).map((w) => w.code)).not.toContain('role-too-long');
    expect(lengthWarnings(app, { ...DEFAULT_RULES, careerPagesMax: 1 }).map((w) => w.code)).toContain('career-too-long');
    expect(lengthWarnings(app, { ...DEFAULT_RULES, maxPages: 1 }).map((w) => w.code)).toContain('application-too-long');
    expect(estimatePages(app, { ...DEFAULT_RULES, charsPerPage: 1000 }).career).toBeGreaterThan(estimatePages(app, DEFAULT_RULES).career);
  });
});
