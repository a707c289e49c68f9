// The mentor review: anchors, what a comment was written against, and when it goes out of date.
import { describe, expect, test } from 'vitest';
import { againstOf, anchorLabel, anchorText, isOutdated } from '../../../core/exchange/anchors.ts';
import { briefingFor } from '../../../core/exchange/briefing.ts';
import { parseReviewFile, serializeReview } from '../../../core/exchange/review.ts';
import type { Anchor, ReviewComment } from '../../../core/exchange/review-types.ts';
import { lockedSample, sampleApplication } from './sample.ts';

const { app } = sampleApplication();
const comment = (anchor: Anchor, text = 'A comment'): ReviewComment => ({
  id: `c-${JSON.stringify(anchor)}`,
  anchor,
  text,
  at: '2026-11-28T12:00:00.000Z',
  against: againstOf(app, anchor),
});

describe('anchored comments', () => {
  test('a comment on a role field carries the text it was written against', () => {
    const c = comment({ kind: 'role', roleId: 'r1', field: 'achievements' });
    expect(c.against.excerpt).toBe(app.roles[0]!.achievements);
    expect(isOutdated(app, c)).toBe(false);
  });

  test('editing that field marks the comment outdated; editing another field does not', () => {
    const c = comment({ kind: 'role', roleId: 'r1', field: 'achievements' });
    const otherEdit = { ...app, roles: [{ ...app.roles[0]!, responsibilities: 'Changed.' }, app.roles[1]!] };
    const sameEdit = { ...app, roles: [{ ...app.roles[0]!, achievements: 'Rewritten.' }, app.roles[1]!] };
    expect(isOutdated(otherEdit, c)).toBe(false);
    expect(isOutdated(sameEdit, c)).toBe(true);
  });

  test('a comment on a role that was deleted is outdated and says so', () => {
    const c = comment({ kind: 'role', roleId: 'r2', field: 'title' });
    const without = { ...app, roles: [app.roles[0]!] };
    expect(isOutdated(without, c)).toBe(true);
    expect(anchorLabel(without, c.anchor)).toMatch(/no longer in the application/);
  });

  test('a competence comment goes out of date when the evidence for it changes', () => {
    const c = comment({ kind: 'competence', code: 'C1' });
    expect(c.against.excerpt).toBe('Lead Engineer, Grid Systems Ltd');
    const moved = { ...app, roles: [{ ...app.roles[0]!, competences: ['B2' as const] }, app.roles[1]!] };
    expect(isOutdated(moved, c)).toBe(true);
  });

  test('a checklist comment follows the workbook content of that item', () => {
    const c = comment({ kind: 'checklist', itemId: 'pra-consultation' });
    expect(c.against.excerpt).toContain('Jo Adviser');
    expect(isOutdated({ ...app, pra: { ...app.pra, adviser: 'Someone else' } }, c)).toBe(true);
  });

  test('a document comment is outdated once the file is replaced', () => {
    const c = comment({ kind: 'document', typeId: 'education-certificates' });
    const doc = app.documents['education-certificates']!;
    expect(isOutdated({ ...app, documents: { ...app.documents, 'education-certificates': { ...doc, sha256: 'f'.repeat(64) } } }, c)).toBe(
      true,
    );
  });

  test('a comment on an empty document slot ("please add your certificates") is current until a file is added', () => {
    const { 'education-certificates': doc, ...rest } = app.documents;
    const empty = { ...app, documents: rest };
    const c = {
      ...comment({ kind: 'document', typeId: 'education-certificates' }),
      against: againstOf(empty, { kind: 'document', typeId: 'education-certificates' }),
    };
    expect(isOutdated(empty, c)).toBe(false);
    expect(isOutdated({ ...empty, documents: { ...rest, 'education-certificates': doc! } }, c)).toBe(true);
  });

  test('a comment on the whole application never goes out of date', () => {
    const c = comment({ kind: 'application' });
    expect(isOutdated({ ...app, name: 'Renamed', roles: [] }, c)).toBe(false);
    expect(anchorText(app, { kind: 'application' })).toBe('');
  });
});

describe('review files', () => {
  const review = {
    id: 'rev-1',
    mentor: 'Morgan <b>Mentor</b>',
    createdAt: '2026-11-28T12:00:00.000Z',
    application: { id: app.id, name: app.name, category: app.category, route: app.route },
    comments: [
      comment({ kind: 'role', roleId: 'r1', field: 'responsibilities' }, 'Use "I", not "we".'),
      comment({ kind: 'document', typeId: 'accountability-diagram' }),
    ],
  };

  test('round trip', () => {
    const parsed = parseReviewFile(JSON.stringify(serializeReview(review)));
    expect(parsed.ok && parsed.value.review).toEqual(review);
  });

  test('an application export is not a review file', () => {
    expect(parseReviewFile('{"format":"proreg-companion/application","version":2}')).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/exported application or a workbook backup, not a review/) }],
    });
  });

  test('an unknown anchor kind is refused with its path', () => {
    const data = JSON.parse(JSON.stringify(serializeReview(review)));
    data.review.comments[1].anchor = { kind: 'url', href: 'javascript:alert(1)' };
    const parsed = parseReviewFile(JSON.stringify(data));
    expect(parsed).toMatchObject({ ok: false, errors: [{ path: 'review.comments[1].anchor.kind' }] });
  });
});

describe('supporter briefing', () => {
  test('lists the roles the supporter knows and every competence, with no wording for them', () => {
    const { app: locked } = lockedSample();
    const b = briefingFor(locked, locked.supporters[0]!, ['r1']);
    expect(b.roles).toEqual([{ label: 'Lead Engineer, Grid Systems Ltd', dates: '2019-03-01 to present' }]);
    expect(b.competences).toHaveLength(17);
    expect(b.competences.find((c) => c.code === 'C1')!.roles).toEqual(['Lead Engineer, Grid Systems Ltd']);
    expect(b.competences.find((c) => c.code === 'D1')!.roles).toEqual([]);
    // Nothing of the applicant's own prose is handed to the supporter.
    expect(JSON.stringify(b)).not.toContain('relay settings');
  });
});
