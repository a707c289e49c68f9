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

  test('the adviser question records an answer and advises; it is never mandatory', () => {
    const unanswered = item(empty, 'pra-consultation');
    expect(unanswered).toMatchObject({ mandatory: false, needed: 'Optional advice', complete: false });
    expect(unanswered.missing).toEqual(['your answer on whether you shared a draft with a PRA or an Industry Representative']);
    expect(unanswered.advice[0]).toMatch(/ideally.*PRA or an Industry Representative.*you can lock without it/);
    const no = item(must(editApplication(empty, { pra: { answer: 'no', who: '', date: '', adviser: '' } }, T1)), 'pra-consultation');
    expect(no).toMatchObject({ complete: true, missing: [] });
    expect(no.advice).toHaveLength(1);
    const partial = must(editApplication(empty, { pra: { answer: 'yes', who: '', date: '', adviser: '' } }, T1));
    expect(item(partial, 'pra-consultation').missing).toEqual([
      'whether it was a PRA or an Industry Representative',
      'when you shared it',
      'their name',
    ]);
    const ir = must(editApplication(empty, { pra: { answer: 'yes', who: 'ir', date: '2025-01-01', adviser: 'Sam' } }, T1));
    expect(item(ir, 'pra-consultation')).toMatchObject({ complete: true, advice: [] });
  });

  test('with no qualification listed, the advice is the individual route; for ICTTech that none are needed', () => {
    expect(item(empty, 'qualifications')).toMatchObject({ mandatory: false, complete: false });
    expect(item(empty, 'qualifications').advice[0]).toMatch(/individually/);
    const ict = newApplication({ id: 'i', name: 'i', category: 'ICTTech', route: 'standard', now: T0 });
    expect(checklistStatus(ict, LIMITS).find((s) => s.item.id === 'qualifications')?.advice[0]).toMatch(
      /ICTTech.*without formal qualifications/,
    );
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

  test('a file within 0.5 MB only as 1,048,576-byte megabytes is kept, with a word that Career Manager may count otherwise', () => {
    const sized = (size: number) =>
      documentStatus(must(setDocument(filledDraft('CEng'), pdf('accountability-diagram', size), T1)), LIMITS).find(
        (s) => s.type.id === 'accountability-diagram',
      )!;
    const between = sized(510_000);
    expect(between.problems).toEqual([]);
    expect(between.advice).toEqual([
      'This file is 510,000 bytes: within 0.5 MB if a megabyte is 1,048,576 bytes, but over it if Career Manager counts 1,000,000 (we do not know which). Up to 500,000 bytes fits either way.',
    ]);
    expect(sized(500_000).advice).toEqual([]);
    expect(sized(524_288).advice).toHaveLength(1);
    expect(sized(524_289).advice).toEqual([]);
    expect(sized(524_289).problems).toHaveLength(1);
  });

  test('a file over the size limit is a problem; a file that is not a PDF only gets advice, never a refusal', () => {
    let app = filledDraft('CEng');
    app = must(setDocument(app, { ...pdf('accountability-diagram', 3 * 1024 * 1024), mime: 'text/html' }, T1));
    const status = documentStatus(app, LIMITS).find((s) => s.type.id === 'accountability-diagram');
    expect(status?.ref?.size).toBe(3 * 1024 * 1024);
    expect(status?.problems).toEqual([
      'The file is 3 MB; the per-file limit your rules set is 0.5 MB. Compress it or reduce the scan resolution, or use “Build one file” for this document: it shrinks pictures and scans to fit.',
    ]);
    expect(status?.advice).toEqual(['PDF is preferred: if Career Manager refuses this file, save it as a PDF.']);
    const word = must(
      setDocument(filledDraft('CEng'), { ...pdf('development-action-plan'), mime: 'application/vnd.oasis.opendocument.text' }, T1),
    );
    expect(documentStatus(word, LIMITS).find((s) => s.type.id === 'development-action-plan')?.problems).toEqual([]);
    expect(checklistReasons(word, LIMITS)).toEqual([]);
  });

  test('a PDF within the limit however a megabyte is counted has no problems and no advice', () => {
    const app = must(setDocument(filledDraft('CEng'), pdf('accountability-diagram', 500_000), T1));
    const status = documentStatus(app, LIMITS).find((s) => s.type.id === 'accountability-diagram');
    expect([status?.problems, status?.advice]).toEqual([[], []]);
  });
});
