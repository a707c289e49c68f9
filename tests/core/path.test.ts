// One test per rule of the applicant guide, named after the rule.
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../core/application/canonical.ts';
import { changesSinceLock } from '../../core/application/changes.ts';
import { newApplication } from '../../core/application/create.ts';
import {
  editApplication,
  isReadOnly,
  removeDocument,
  setCategory,
  setDocument,
  setPanelling,
  setRoute,
} from '../../core/application/edit.ts';
import { sha256Hex } from '../../core/application/hashing.ts';
import { canLock, lock, unlock } from '../../core/application/lock.ts';
import { canSubmit, latestStageEntry, recordPostSubmission, removeLatestStage, submit } from '../../core/application/submit.ts';
import { addSupporter, commentsKept, removeSupporter, updateSupporter } from '../../core/application/supporters.ts';
import { NOT_APPLICABLE } from '../../core/rules/steps.ts';

const LATER = '2026-12-01T09:00:00.000Z';

import { codes, filledDraft, LIMITS, locked, must, pdf, readyForPanelling, readyToLock, role, T0, T1, T2, validated } from './fixtures.ts';

const supporter = (id: string) => ({
  id,
  name: `Supporter ${id}`,
  relationship: 'Manager',
  registration: 'CEng',
  email: `${id}@example.org`,
});

describe('1–3: category and route', () => {
  test('a new application is a draft for the chosen category and route, with its creation in history', () => {
    const app = newApplication({ id: 'a', name: 'First go', category: 'IEng', route: 'streamlined', now: T0 });
    expect(app.stage).toBe('draft');
    expect([app.category, app.route]).toEqual(['IEng', 'streamlined']);
    expect(app.history).toEqual([{ type: 'created', at: T0 }]);
  });

  test('category and route can be changed while the application is a draft', () => {
    const app = filledDraft('CEng');
    const changed = must(setRoute(must(setCategory(app, 'EngTech', T1)), 'streamlined', T1));
    expect([changed.category, changed.route]).toEqual(['EngTech', 'streamlined']);
    expect(changed.updatedAt).toBe(T1);
  });

  test('category and route cannot be changed on a locked application', () => {
    const app = locked();
    expect(codes(setCategory(app, 'IEng', T2))).toEqual(['locked-unlock-first']);
    expect(codes(setRoute(app, 'streamlined', T2))).toEqual(['locked-unlock-first']);
  });

  test('choosing the streamlined route asks for the apprenticeship transcript and certificate', () => {
    const app = must(setRoute(readyForPanelling('EngTech', 'standard'), 'streamlined', T1));
    const missing = canLock(app, LIMITS)
      .filter((r) => r.code === 'document-missing')
      .map((r) => r.message);
    expect(missing.join(' ')).toMatch(/Apprenticeship transcript/);
    expect(missing.join(' ')).toMatch(/Apprenticeship certificate/);
  });

  test('moving from CEng to EngTech fixes the interview location to Not applicable, and back clears it to choose', () => {
    const engtech = must(setCategory(newApplication({ id: 'a', name: 'n', category: 'CEng', route: 'standard', now: T0 }), 'EngTech', T1));
    expect(engtech.panelling.interviewLocation).toBe(NOT_APPLICABLE);
    const ceng = must(setCategory(engtech, 'CEng', T1));
    expect(ceng.panelling.interviewLocation).toBe('');
  });
});

describe('4–5: checklist and documents', () => {
  test('panelling is only available once every mandatory checklist item and document is complete', () => {
    const input = { sector: 'Energy', specialisms: ['Power'], interviewLocation: 'Online' };
    const noDocs = filledDraft('CEng');
    expect(codes(setPanelling(noDocs, input, LIMITS, T1))).toContain('document-missing');
    const noCpd = must(editApplication(readyForPanelling('CEng'), { development: [] }, T1));
    expect(codes(setPanelling(noCpd, input, LIMITS, T1))).toEqual(['checklist-incomplete']);
    expect(must(setPanelling(readyForPanelling('CEng'), input, LIMITS, T1)).panelling.sector).toBe('Energy');
  });

  test('optional checklist items do not hold panelling back', () => {
    const app = readyForPanelling('IEng');
    expect(app.scheme.completed).toBe(false);
    expect(app.roles.flatMap((r) => r.competences)).toEqual([]);
    const result = setPanelling(app, { sector: 'Rail', specialisms: [], interviewLocation: 'Online' }, LIMITS, T1);
    expect(result.ok).toBe(true);
  });

  test('a refused panelling choice says which checklist item is missing and what it needs', () => {
    const app = must(editApplication(readyForPanelling('CEng'), { roles: [role('r1', 'Acme Ltd', { achievements: '' })] }, T1));
    const result = setPanelling(app, { sector: 'Energy', specialisms: [], interviewLocation: 'Online' }, LIMITS, T1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons[0]?.message).toMatch(/Career history/);
      expect(result.reasons[0]?.message).toMatch(/Role 1 \(Acme Ltd\): Personal Achievements/);
      expect(result.reasons[0]?.step).toBe('checklist');
    }
  });

  test('only one file is kept per document type: a new file replaces the old one', () => {
    let app = filledDraft('CEng');
    app = must(setDocument(app, pdf('education-certificates', 1000), T1));
    app = must(setDocument(app, { ...pdf('education-certificates', 2000), name: 'merged.pdf' }, T1));
    expect(Object.keys(app.documents)).toEqual(['education-certificates']);
    expect(app.documents['education-certificates']?.name).toBe('merged.pdf');
    expect(must(removeDocument(app, 'education-certificates', T1)).documents).toEqual({});
  });

  test('a file over the size limit keeps the application from being locked', () => {
    const big = must(setDocument(readyToLock('CEng'), pdf('accountability-diagram', 600 * 1024), T1));
    const reasons = canLock(big, LIMITS);
    expect(reasons.map((r) => r.code)).toEqual(['document-too-large']);
    expect(reasons[0]?.message).toMatch(/0\.6 MB.*0\.5 MB/);
    expect(canLock(big, { ...LIMITS, maxFileSize: 2.5 * 1024 * 1024 })).toEqual([]);
  });

  test('edits that would confuse roles or files are refused whole, leaving the application as it was', () => {
    const app = filledDraft();
    expect(codes(editApplication(app, { name: 'New', roles: [role('r1', 'A'), role('r1', 'B')] }, T1))).toEqual(['duplicate-id']);
    expect(codes(editApplication(app, { documents: { 'accountability-diagram': pdf('education-certificates') } }, T1))).toEqual([
      'document-key-mismatch',
    ]);
    expect(app.name).toBe('My application');
  });

  test('an unknown document type is refused with a message', () => {
    expect(codes(setDocument(filledDraft(), pdf('passport'), T1))).toEqual(['document-type-unknown']);
  });
});

describe('6: panelling and interview location', () => {
  test('CEng and IEng must choose an interview location', () => {
    for (const category of ['CEng', 'IEng'] as const) {
      // A half-filled choice is kept as work in progress; the missing location blocks the lock.
      for (const interviewLocation of ['', NOT_APPLICABLE]) {
        const app = must(setPanelling(readyForPanelling(category), { sector: 'Energy', specialisms: [], interviewLocation }, LIMITS, T1));
        expect(app.panelling.sector).toBe('Energy');
        expect(canLock(app, LIMITS).map((r) => r.code)).toEqual(['interview-location-missing']);
      }
    }
  });

  test('EngTech interview location is fixed to Not applicable', () => {
    const app = must(
      setPanelling(readyForPanelling('EngTech'), { sector: 'Rail', specialisms: [], interviewLocation: 'London' }, LIMITS, T1),
    );
    expect(app.panelling.interviewLocation).toBe(NOT_APPLICABLE);
  });

  test('an EngTech application carrying another interview location (e.g. from an old file) cannot be locked until it is fixed', () => {
    const ready = readyToLock('EngTech');
    const odd = { ...ready, panelling: { ...ready.panelling, interviewLocation: 'London' } };
    expect(canLock(odd, LIMITS).map((r) => r.code)).toEqual(['interview-location-not-applicable']);
    const fixed = must(setPanelling(odd, odd.panelling, LIMITS, T1));
    expect(canLock(fixed, LIMITS)).toEqual([]);
  });

  test('ICTTech interview location is fixed to Not applicable', () => {
    const app = must(setPanelling(readyForPanelling('ICTTech'), { sector: 'IT', specialisms: [], interviewLocation: '' }, LIMITS, T1));
    expect(app.panelling.interviewLocation).toBe(NOT_APPLICABLE);
  });

  test('a sector must be chosen so the application reaches the right assessors', () => {
    const app = must(
      setPanelling(readyForPanelling('EngTech'), { sector: '  ', specialisms: ['Signalling'], interviewLocation: '' }, LIMITS, T1),
    );
    expect(app.panelling.specialisms).toEqual(['Signalling']);
    expect(canLock(app, LIMITS).map((r) => r.code)).toEqual(['sector-missing']);
  });

  test('specialisms are trimmed and kept once each', () => {
    const app = must(
      setPanelling(
        readyForPanelling('CEng'),
        { sector: ' Energy ', specialisms: ['Power', ' Power ', ''], interviewLocation: 'Online' },
        LIMITS,
        T1,
      ),
    );
    expect(app.panelling).toEqual({ sector: 'Energy', specialisms: ['Power'], interviewLocation: 'Online' });
  });
});

describe('7: lock', () => {
  test('an application can be locked only when every element is complete and sector and interview location are chosen', () => {
    expect(canLock(readyForPanelling('CEng'), LIMITS).map((r) => r.code)).toEqual(['sector-missing', 'interview-location-missing']);
    expect(canLock(readyToLock('CEng'), LIMITS)).toEqual([]);
  });

  test('locking takes a snapshot with its SHA-256 and the time, and records it in history', () => {
    const before = readyToLock('CEng');
    const app = must(lock(before, T1, LIMITS));
    expect(app.stage).toBe('locked');
    expect(app.lock?.at).toBe(T1);
    expect(app.lock?.content.roles).toEqual(before.roles);
    expect(app.lock?.sha256).toBe(sha256Hex(canonicalJson(app.lock?.content)));
    expect(app.history.at(-1)).toEqual({ type: 'locked', at: T1, sha256: app.lock?.sha256 });
  });

  test('a locked application cannot be locked again', () => {
    expect(codes(lock(locked(), T2, LIMITS))).toEqual(['already-locked']);
  });

  test('edits after the lock do not reach the snapshot and are reported as changes since the lock', () => {
    const app = locked('CEng');
    const edited = must(
      editApplication(app, { roles: app.roles.map((r) => (r.id === 'r2' ? { ...r, achievements: 'I also wrote a manual.' } : r)) }, T2),
    );
    expect(edited.lock).toEqual(app.lock);
    expect(edited.lock?.content.roles[1]?.achievements).not.toBe('I also wrote a manual.');
    expect(changesSinceLock(edited)).toEqual([{ path: 'roles.r2.achievements', label: 'Role 2 (Beta plc): Personal Achievements' }]);
  });
});

describe('8: supporters', () => {
  test('only a locked application can have supporters added', () => {
    expect(codes(addSupporter(readyToLock(), supporter('s1'), T1))).toEqual(['not-locked']);
    const app = must(addSupporter(locked(), supporter('s1'), T2));
    expect(app.supporters).toEqual([
      {
        id: 's1',
        name: 'Supporter s1',
        relationship: 'Manager',
        registration: 'CEng',
        email: 's1@example.org',
        status: 'invited',
        comments: [],
      },
    ]);
  });

  test('each supporter has a status and comments that can be updated', () => {
    let app = must(addSupporter(locked(), supporter('s1'), T2));
    app = must(
      updateSupporter(app, 's1', { status: 'changes-requested', comments: [{ at: T2, text: 'Say more about C3.', competence: 'C3' }] }, T2),
    );
    expect(app.supporters[0]?.status).toBe('changes-requested');
    expect(app.supporters[0]?.comments[0]?.competence).toBe('C3');
    expect(codes(updateSupporter(app, 'nobody', { status: 'validated' }, T2))).toEqual(['supporter-not-found']);
  });

  test('a supporter needs a name and is added only once', () => {
    const app = must(addSupporter(locked(), supporter('s1'), T2));
    expect(codes(addSupporter(app, { ...supporter('s2'), name: ' ' }, T2))).toEqual(['supporter-name-missing']);
    expect(codes(addSupporter(app, { ...supporter('s2'), email: 'S1@example.org' }, T2))).toEqual(['supporter-duplicate']);
  });

  test('a supporter added without an id gets a free one', () => {
    let app = locked();
    app = must(addSupporter(app, { name: 'A', relationship: '', registration: '', email: '' }, T2));
    app = must(addSupporter(app, { name: 'B', relationship: '', registration: '', email: '' }, T2));
    expect(new Set(app.supporters.map((s) => s.id)).size).toBe(2);
  });

  test('supporters can be removed only while the application is locked', () => {
    const app = must(addSupporter(locked(), supporter('s1'), T2));
    expect(must(removeSupporter(app, 's1', T2)).supporters).toEqual([]);
    const submitted = must(submit(validated(), T2, LIMITS));
    expect(codes(removeSupporter(submitted, 's1', T2))).toEqual(['submitted-read-only']);
  });
});

describe('9: submit', () => {
  test('an application can be submitted only when locked and validated by the required supporters', () => {
    expect(codes(submit(readyToLock(), T2, LIMITS))).toEqual(['not-locked']);
    expect(codes(submit(locked(), T2, LIMITS))).toEqual(['supporters-missing', 'supporters-not-validated']);
    let app = must(addSupporter(locked(), supporter('s1'), T2));
    app = must(addSupporter(app, supporter('s2'), T2));
    app = must(updateSupporter(app, 's1', { status: 'validated' }, T2));
    expect(codes(submit(app, T2, LIMITS))).toEqual(['supporters-not-validated']);
    app = must(updateSupporter(app, 's2', { status: 'validated' }, T2));
    const done = must(submit(app, T2, LIMITS));
    expect(done.stage).toBe('submitted');
    expect(done.submittedAt).toBe(T2);
    expect(done.history.at(-1)).toEqual({ type: 'submitted', at: T2, sha256: app.lock?.sha256 });
  });

  test('the number of supporters required follows the limit setting', () => {
    const app = validated();
    expect(canSubmit(app, { ...LIMITS, supportersRequired: 3 }).map((r) => r.code)).toEqual([
      'supporters-missing',
      'supporters-not-validated',
    ]);
    expect(canSubmit(app, LIMITS)).toEqual([]);
  });

  test('a supporter asking for changes blocks submission until the application is unlocked and validated again', () => {
    let app = must(addSupporter(validated(), supporter('s3'), T2));
    app = must(updateSupporter(app, 's3', { status: 'changes-requested' }, T2));
    const reasons = canSubmit(app, LIMITS);
    expect(reasons.map((r) => r.code)).toEqual(['supporter-requested-changes']);
    expect(reasons[0]?.message).toMatch(/Unlock/);
  });

  test('declined supporters do not count towards the supporters required', () => {
    let app = must(updateSupporter(validated(), 's2', { status: 'declined' }, T2));
    expect(canSubmit(app, LIMITS).map((r) => r.code)).toEqual(['supporters-missing', 'supporters-not-validated']);
    app = must(addSupporter(app, supporter('s3'), T2));
    expect(canSubmit(app, LIMITS).map((r) => r.code)).toEqual(['supporters-not-validated']);
  });

  test('a snapshot altered by hand is not submitted', () => {
    const app = validated();
    const tampered = { ...app, lock: app.lock && { ...app.lock, content: { ...app.lock.content, route: 'streamlined' as const } } };
    expect(canSubmit(tampered, LIMITS).map((r) => r.code)).toEqual(['snapshot-altered']);
  });
});

describe('10: unlock', () => {
  test('unlocking loses supporter comments (the guide) but keeps the supporters, back to invited; history keeps all', () => {
    const app = validated();
    const open = must(unlock(app, T2, 'Supporter asked for more on C3'));
    expect(open.stage).toBe('draft');
    expect(open.lock).toBeNull();
    expect(open.supporters.map((s) => [s.name, s.status, s.comments])).toEqual([
      ['Grace Hopper', 'invited', []],
      ['Alan Turing', 'invited', []],
    ]);
    const event = open.history.at(-1);
    expect(event?.type).toBe('unlocked');
    if (event?.type === 'unlocked') {
      expect(event.reason).toBe('Supporter asked for more on C3');
      expect(event.snapshot).toEqual(app.lock);
      expect(event.supporters).toEqual(app.supporters);
      expect(event.supporters[0]?.comments[0]?.text).toBe('Grace Hopper agrees.');
    }
  });

  test('what an unlock keeps is only the comments copied into the workbook: a supporter who answered with none copied is named', () => {
    let app = validated();
    app = must(updateSupporter(app, 's2', { status: 'changes-requested', comments: [] }, T2));
    app = must(updateSupporter(app, 's1', { comments: [...app.supporters[0]!.comments, { at: T2, text: 'Also C2.' }] }, T2));
    expect(commentsKept(app).map((k) => [k.supporter.name, k.count, k.latest, k.nothingCopied])).toEqual([
      ['Grace Hopper', 2, T2, false],
      ['Alan Turing', 0, null, true],
    ]);
    // A supporter only invited has not answered: nothing is missing from them yet.
    app = must(updateSupporter(app, 's2', { status: 'invited' }, T2));
    expect(commentsKept(app)[1]!.nothingCopied).toBe(false);
  });

  test('after unlocking, the application must be locked again and supporters must validate again', () => {
    const open = must(unlock(validated(), T2, 'changes'));
    expect(codes(submit(open, T2, LIMITS))).toEqual(['not-locked']);
    expect(codes(addSupporter(open, supporter('s1'), T2))).toEqual(['not-locked']);
    const relocked = must(lock(open, T2, LIMITS));
    expect(codes(submit(relocked, T2, LIMITS))).toEqual(['supporters-not-validated']);
  });

  test('a supporter kept through an unlock can be removed while the application is a draft', () => {
    const open = must(unlock(validated(), T2, 'changes'));
    expect(must(removeSupporter(open, 's1', T2)).supporters.map((s) => s.id)).toEqual(['s2']);
  });

  test('only a locked application can be unlocked', () => {
    expect(codes(unlock(readyToLock(), T2, 'x'))).toEqual(['not-locked']);
    expect(codes(unlock(must(submit(validated(), T2, LIMITS)), T2, 'x'))).toEqual(['submitted-read-only']);
  });
});

describe('after submission', () => {
  const submitted = () => must(submit(validated(), T2, LIMITS));

  test('a submitted application is read-only', () => {
    const app = submitted();
    expect(isReadOnly(app)).toBe(true);
    expect(isReadOnly(validated())).toBe(false);
    expect(codes(editApplication(app, { name: 'x' }, T2))).toEqual(['submitted-read-only']);
    expect(codes(setPanelling(app, app.panelling, LIMITS, T2))).toEqual(['submitted-read-only']);
    expect(codes(setDocument(app, pdf('accountability-diagram'), T2))).toEqual(['submitted-read-only']);
    expect(codes(addSupporter(app, supporter('s9'), T2))).toEqual(['submitted-read-only']);
    expect(codes(setCategory(app, 'IEng', T2))).toEqual(['submitted-read-only']);
  });

  test('post-submission stages are recorded only after submission, and in order', () => {
    expect(codes(recordPostSubmission(validated(), { stage: 'staff-check', date: '2026-02-01', note: '' }, LATER))).toEqual([
      'not-submitted',
    ]);
    let app = must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-02-01', note: 'Fee paid' }, LATER));
    app = must(recordPostSubmission(app, { stage: 'assessment', date: '2026-03-01', note: '' }, LATER));
    app = must(recordPostSubmission(app, { stage: 'assessment', date: '2026-03-15', note: 'Asked for more on B3' }, LATER));
    expect(codes(recordPostSubmission(app, { stage: 'staff-check', date: '2026-03-20', note: '' }, LATER))).toEqual(['stage-out-of-order']);
    app = must(
      recordPostSubmission(app, { stage: 'decision', date: '2026-05-01', note: 'Skipped interview (EngTech not invited)' }, LATER),
    );
    expect(app.postSubmission.map((e) => e.stage)).toEqual(['staff-check', 'assessment', 'assessment', 'decision']);
  });

  test('a post-submission entry needs a real date, in words that match the date box', () => {
    for (const date of ['1 Feb', '2026-02-30', '']) {
      const result = recordPostSubmission(submitted(), { stage: 'staff-check', date, note: '' }, LATER);
      expect(codes(result)).toEqual(['date-invalid']);
      expect(!result.ok && result.reasons[0]!.message).toBe('Enter the date as shown in the box: day, month and year.');
    }
  });

  test('a stage cannot be dated before the submission, in the future, or before the stage recorded last', () => {
    // Submitted on 3 January 2026 (T2).
    const early = recordPostSubmission(submitted(), { stage: 'staff-check', date: '2020-01-01', note: '' }, LATER);
    expect(codes(early)).toEqual(['date-before-submission']);
    expect(!early.ok && early.reasons[0]!.message).toBe('The date cannot be before you submitted (3 January 2026).');
    const future = recordPostSubmission(submitted(), { stage: 'staff-check', date: '2030-01-01', note: '' }, LATER);
    expect(codes(future)).toEqual(['date-in-future']);
    expect(!future.ok && future.reasons[0]!.message).toMatch(/^The date \(1 January 2030\) is in the future/);
    // A day's slack either side for time zones: the applicant's calendar may differ from UTC.
    must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-01-02', note: '' }, LATER));
    must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-06-02', note: '' }, '2026-06-01T23:30:00.000Z'));
    const app = must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-03-01', note: '' }, LATER));
    const backwards = recordPostSubmission(app, { stage: 'assessment', date: '2026-02-01', note: '' }, LATER);
    expect(codes(backwards)).toEqual(['date-before-previous-stage']);
    expect(!backwards.ok && backwards.reasons[0]!.message).toBe(
      'The date cannot be before the last stage you recorded (“Staff check”, 1 March 2026).',
    );
  });

  test("with the applicant's own date, a stage dated after that day is refused, and that day itself is fine", () => {
    // Just after midnight UTC, an applicant to the west is still on 1 June: 2 June is their tomorrow.
    const justAfterMidnight = '2026-06-02T00:30:00.000Z';
    const tomorrow = recordPostSubmission(
      submitted(),
      { stage: 'staff-check', date: '2026-06-02', note: '' },
      justAfterMidnight,
      '2026-06-01',
    );
    expect(codes(tomorrow)).toEqual(['date-in-future']);
    expect(!tomorrow.ok && tomorrow.reasons[0]!.message).toMatch(/^The date \(2 June 2026\) is in the future/);
    // Without the applicant's date the day's slack would have let it through.
    must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-06-03', note: '' }, justAfterMidnight));
    expect(
      codes(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-06-03', note: '' }, justAfterMidnight, '2026-06-02')),
    ).toEqual(['date-in-future']);
    must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-06-01', note: '' }, justAfterMidnight, '2026-06-01'));
    // An applicant to the east is already on 2 June while UTC says 1 June.
    must(
      recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-06-02', note: '' }, '2026-06-01T23:30:00.000Z', '2026-06-02'),
    );
  });

  test('a stage recorded by mistake can be removed, latest first, so earlier stages can be recorded again', () => {
    let app = must(recordPostSubmission(submitted(), { stage: 'staff-check', date: '2026-02-01', note: '' }, LATER));
    app = must(recordPostSubmission(app, { stage: 'decision', date: '2026-02-02', note: 'clicked the wrong stage' }, LATER));
    expect(codes(recordPostSubmission(app, { stage: 'assessment', date: '2026-03-01', note: '' }, LATER))).toEqual(['stage-out-of-order']);
    expect(latestStageEntry(app)?.stage).toBe('decision');
    app = must(removeLatestStage(app, LATER));
    expect(app.postSubmission.map((e) => e.stage)).toEqual(['staff-check']);
    app = must(recordPostSubmission(app, { stage: 'assessment', date: '2026-03-01', note: '' }, LATER));
    expect(app.postSubmission.map((e) => e.stage)).toEqual(['staff-check', 'assessment']);
    app = must(removeLatestStage(must(removeLatestStage(app, LATER)), LATER));
    expect(codes(removeLatestStage(app, LATER))).toEqual(['no-stage-recorded']);
    expect(codes(removeLatestStage(validated(), LATER))).toEqual(['not-submitted']);
  });
});

describe('an ICTTech applicant without qualifications who has not shared a draft with an adviser', () => {
  test('can lock once the mandatory items are done; the adviser question and qualifications only advise', () => {
    let app = must(
      editApplication(readyForPanelling('ICTTech'), { qualifications: [], pra: { answer: 'no', who: '', date: '', adviser: '' } }, T1),
    );
    app = must(setPanelling(app, { sector: 'Digital', specialisms: [], interviewLocation: NOT_APPLICABLE }, LIMITS, T1));
    expect(app.documents['education-certificates']).toBeUndefined();
    expect(canLock(app, LIMITS)).toEqual([]);
    expect(must(lock(app, T2, LIMITS)).stage).toBe('locked');
    // Even an applicant who switched qualifications and certificates on for the other categories.
    const strict = {
      ...LIMITS,
      switches: { ...LIMITS.switches, 'checklist:qualifications': true, 'document:education-certificates': true },
    };
    expect(canLock(app, strict)).toEqual([]);
  });
});
