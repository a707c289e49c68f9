import { describe, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { editApplication, setChecklistEntry, setDocument } from '../../core/application/edit.ts';
import { checklistReasons } from '../../core/application/gates.ts';
import { checklistStatus, documentStatus } from '../../core/application/status.ts';
import { COMPETENCES } from '../../core/rules/standards.ts';
import type { Application } from '../../core/types.ts';
import { filledDraft, LIMITS, must, pdf, role, T0, T1 } from './fixtures.ts';

const item = (app: Application, id: string) => {
  const found = checklistStatus(app, LIMITS).find((s) => s.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('checklist completeness is derived from the workbook', () => {
  const empty = newApplication({ id: 'a', name: 'n', category: 'CEng', route: 'standard', now: T0 });

  test('personal details are complete with a full name and a valid email address', () => {
    expect(item(empty, 'personal-details').missing).toEqual(['your full name', 'your email address']);
    const typo = must(editApplication(empty, { personal: { fullName: 'Ada', email: 'ada-at-home', membershipNumber: '' } }, T1));
    expect(item(typo, 'personal-details').missing).toEqual(['a valid email address']);
    expect(item(filledDraft(), 'personal-details').complete).toBe(true);
  });

  test('career history needs at least one role with Responsibilities and Personal Achievements', () => {
    expect(item(empty, 'career-history').missing).toEqual(['at least one role']);
    const thin = must(editApplication(empty, { roles: [role('r1', 'Acme Ltd', { responsibilities: ' ', achievements: '' })] }, T1));
    expect(item(thin, 'career-history').missing).toEqual([
      'Role 1 (Acme Ltd): Responsibilities',
      'Role 1 (Acme Ltd): Personal Achievements',
    ]);
  });

  test('a past role needs an end date; a current one does not', () => {
    const past = must(editApplication(empty, { roles: [role('r1', 'Acme Ltd', { current: false, end: '' })] }, T1));
    expect(item(past, 'career-history').missing).toEqual(['Role 1 (Acme Ltd): the end date (or mark it as your current role)']);
  });

  test('the adviser consultation needs the date and the adviser', () => {
    expect(item(empty, 'pra-consultation').missing).toEqual(['a consultation with a Professional Registration Adviser']);
    const partial = must(editApplication(empty, { pra: { consulted: true, date: '', adviser: '' } }, T1));
    expect(item(partial, 'pra-consultation').missing).toEqual(['the date you consulted the adviser', 'the adviser’s name']);
  });

  test('qualifications and development records each need their details', () => {
    const app = must(
      editApplication(
        empty,
        {
          qualifications: [{ id: 'q', title: 'HNC', institution: '', year: '2010', accredited: false }],
          development: [{ id: 'd', date: '', title: '  ', notes: '' }],
        },
        T1,
      ),
    );
    expect(item(app, 'qualifications').missing).toEqual(['Qualification 1: the institution']);
    expect(item(app, 'professional-development').complete).toBe(false);
  });

  test('evidence for every competence is optional advice: one line naming the competences no role shows yet', () => {
    const app = must(editApplication(empty, { roles: [role('r1', 'Acme', { competences: ['A1', 'A2', 'B1'] })] }, T1));
    const status = item(app, 'competence-evidence');
    expect(status.mandatory).toBe(false);
    expect(status.needed).toBe('Optional advice');
    expect(status.missing).toEqual(['not yet shown in any role: B2, B3, C1, C2, C3, C4, D1, D2, D3, E1, E2, E3, E4, E5']);
    expect(
      checklistReasons(app, LIMITS)
        .map((r) => r.message)
        .join(' '),
    ).not.toMatch(/competence/i);
    const all = must(editApplication(empty, { roles: [role('r1', 'Acme', { competences: COMPETENCES.CEng.map((c) => c.code) })] }, T1));
    expect(item(all, 'competence-evidence')).toMatchObject({ complete: true, missing: [] });
    expect(item(all, 'career-history').needed).toBe('Mandatory');
    expect(item(all, 'development-scheme').needed).toBe('Optional — only if you have one');
  });

  test('an item completed only in Career Manager is complete once ticked in the workbook', () => {
    const app = filledDraft('EngTech', 'streamlined');
    expect(item(app, 'apprenticeship').complete).toBe(true);
    const unticked = must(setChecklistEntry(app, 'apprenticeship', { done: false, note: 'waiting for employer' }, T1));
    expect(item(unticked, 'apprenticeship').complete).toBe(false);
    expect(unticked.checklist.apprenticeship).toEqual({ done: false, note: 'waiting for employer' });
  });

  test('only the items that apply to the category and route are listed', () => {
    expect(checklistStatus(empty, LIMITS).map((s) => s.item.id)).not.toContain('apprenticeship');
    expect(checklistStatus(filledDraft('CEng', 'streamlined'), LIMITS).map((s) => s.item.id)).toContain('apprenticeship');
  });
});

describe('document status', () => {
  test('required documents without a file are reported missing; optional ones are not', () => {
    const statuses = documentStatus(filledDraft('EngTech', 'streamlined'), LIMITS);
    const byId = Object.fromEntries(statuses.map((s) => [s.type.id, s]));
    expect(byId['apprenticeship-transcript']?.problems).toEqual(['No file yet: this document is required.']);
    expect(byId['education-certificates']?.mandatory).toBe(false);
    expect(byId['education-certificates']?.problems).toEqual([]);
  });

  test('a file over the size limit and a file of an unexpected kind are reported', () => {
    let app = filledDraft('CEng');
    app = must(setDocument(app, { ...pdf('accountability-diagram', 3 * 1024 * 1024), mime: 'text/html' }, T1));
    const status = documentStatus(app, LIMITS).find((s) => s.type.id === 'accountability-diagram');
    expect(status?.ref?.size).toBe(3 * 1024 * 1024);
    expect(status?.problems).toHaveLength(2);
    expect(status?.problems[0]).toMatch(/3 MB; the limit is 0\.5 MB/);
    expect(status?.problems[1]).toMatch(/text\/html/);
  });

  test('a file within the limit and of an accepted kind has no problems', () => {
    const app = must(setDocument(filledDraft('CEng'), pdf('accountability-diagram', 512 * 1024), T1));
    expect(documentStatus(app, LIMITS).find((s) => s.type.id === 'accountability-diagram')?.problems).toEqual([]);
  });
});
