// The development record in the exchange format (version 3): carried losslessly, refused when
// malformed, absent in older files that still import, shown in the .html export, and open to
// mentor comments on CPD activities, goals and interview answers.
import { describe, expect, test } from 'vitest';
import { type DevelopmentData, emptyDevelopment } from '../../../core/development/data.ts';
import { hasDevelopment, restoreDevelopment } from '../../../core/development/restore.ts';
import { againstOf, anchorLabel, isOutdated } from '../../../core/exchange/anchors.ts';
import { FORMAT_VERSION, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { parseReviewFile, serializeReview } from '../../../core/exchange/review.ts';
import { sampleApplication } from '../exchange/sample.ts';
import { entry } from './entries.ts';

function sampleDevelopment(): DevelopmentData {
  return {
    ...emptyDevelopment(),
    cpd: [entry({ id: 'cpd-a', date: '2026-03-01', hours: 1.5, title: 'Arc flash course', competences: ['E2'] })],
    cpdSettings: { targetHours: 40, yearStartMonth: 4 },
    plan: {
      since: '2025-01-01',
      achievements: 'Finished the MSc.',
      goals: [
        {
          id: 'g1',
          title: 'Lead a work package',
          competences: ['C2'],
          dropped: false,
          source: { kind: 'own' },
          actions: [
            { id: 'a1', what: 'Plan the outage', targetDate: '2026-09-01', evidence: 'The plan', status: 'in-progress', doneOn: '' },
          ],
        },
      ],
    },
    advice: [
      {
        id: 'adv1',
        who: 'adviser',
        name: 'Pat',
        date: '2026-02-01',
        advice: 'Shorten role 2.',
        version: { kind: 'export', date: '2026-01-30' },
        response: 'Done.',
        source: { kind: 'manual' },
      },
    ],
    feedback: [{ id: 'fb1', date: '2025-12-01', competences: ['C3'], text: 'Leadership.' }],
    practice: [
      {
        questionId: 'e:E1',
        question: 'Which codes of conduct apply to your work? Tell us about a time one of them changed what you did.',
        notes: 'Mention the IET Rules of Conduct.',
        rating: 3,
        revisit: false,
        seconds: 95,
        practisedAt: '2026-03-02T10:00:00.000Z',
      },
    ],
    outline: null,
    remote: ['test-call'],
  };
}

describe('development record in files', () => {
  test('an application file carries the development record and reads it back exactly', () => {
    const { app, bytes } = sampleApplication();
    const development = sampleDevelopment();
    const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes, '2026-03-03T00:00:00.000Z', [], development)));
    expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.development).toEqual(development);
    // The record came in with format 3; later versions keep it.
    expect(FORMAT_VERSION).toBeGreaterThanOrEqual(3);
  });

  test('a backup carries each application’s record', () => {
    const { app, bytes } = sampleApplication();
    const file = serializeWorkbook([app], bytes, '2026-03-03T00:00:00.000Z', { development: new Map([[app.id, sampleDevelopment()]]) });
    const parsed = parseExchangeFile(JSON.stringify(file));
    expect(parsed.ok && parsed.value.kind === 'workbook' && parsed.value.file.applications[0]!.development).toEqual(sampleDevelopment());
  });

  test('a version 2 file, which has no development record, still imports and says it was migrated', () => {
    const { app, bytes } = sampleApplication();
    const parsed = parseExchangeFile(JSON.stringify({ ...serializeApplication(app, bytes), version: 2 }));
    expect(parsed.ok && parsed.value.migratedFrom).toBe(2);
    expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.development).toBeUndefined();
  });

  test('a malformed record refuses the whole file, saying where', () => {
    const { app, bytes } = sampleApplication();
    const bad = JSON.parse(JSON.stringify(serializeApplication(app, bytes, undefined, [], sampleDevelopment())));
    bad.development.cpd[0].hours = '1.5';
    const result = parseExchangeFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.errors)).toContain('development');
    bad.development.cpd[0].hours = 1.5;
    bad.development.cpd[0].script = '<script>';
    expect(parseExchangeFile(JSON.stringify(bad)).ok).toBe(false);
  });

  test('the .html export shows the record as text and carries it for re-import', () => {
    const { app, bytes } = sampleApplication();
    const development = sampleDevelopment();
    development.cpd[0]!.title = '<img src=x onerror=alert(1)>';
    const html = renderApplicationHtml(app, bytes, { exportedAt: '2026-03-03T00:00:00.000Z', development });
    expect(html).toContain('Development Action Plan');
    expect(html).toContain('Plan the outage');
    expect(html).toContain('Mention the IET Rules of Conduct.');
    expect(html).not.toContain('<img src=x');
    // Dates in the product's one format, never as the field stores them.
    for (const day of ['1 March 2026', '1 February 2026', 'the export of 30 January 2026', 'since 1 January 2025', '1 September 2026'])
      expect(html).toContain(day);
    expect(html).not.toMatch(/>\s*20\d\d-\d\d-\d\d/);
    const parsed = parseExchangeFile(html);
    expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.development).toEqual(development);
  });
});

describe('mentor comments on the development record', () => {
  test('a review may comment on a CPD activity, a goal and an interview answer; a change marks the comment outdated', () => {
    const { app } = sampleApplication();
    const development = sampleDevelopment();
    const anchors = [
      { kind: 'cpd', entryId: 'cpd-a' },
      { kind: 'goal', goalId: 'g1' },
      { kind: 'answer', questionId: 'e:E1' },
    ] as const;
    const comments = anchors.map((anchor, i) => ({
      id: `c${i}`,
      anchor,
      text: 'Good',
      at: '2026-03-04T00:00:00.000Z',
      against: againstOf(app, anchor, development),
    }));
    const review = {
      id: 'rev',
      mentor: 'Sam',
      createdAt: '2026-03-04T00:00:00.000Z',
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments,
    };
    const parsed = parseReviewFile(JSON.stringify(serializeReview(review)));
    expect(parsed.ok && parsed.value.review.comments.map((c) => c.anchor)).toEqual(anchors);
    for (const c of comments) expect(isOutdated(app, c, development)).toBe(false);
    expect(anchorLabel(app, anchors[0], development)).toBe('CPD activity: Arc flash course (1 March 2026)');
    expect(anchorLabel(app, anchors[2], development)).toMatch(/^Interview answer notes: Which codes of conduct/);
    const changed = { ...development, practice: [{ ...development.practice[0]!, notes: 'Something else.' }] };
    expect(isOutdated(app, comments[2]!, changed)).toBe(true);
    expect(isOutdated(app, comments[0]!, { ...development, cpd: [] })).toBe(true);
  });
});

describe('restoring a stored record', () => {
  test('a sound record comes back as it is; a damaged one keeps every sound entry', () => {
    const good = sampleDevelopment();
    expect(restoreDevelopment(good)).toEqual(good);
    const damaged = JSON.parse(JSON.stringify(good));
    damaged.cpd.push({ id: 'x', hours: 'lots' });
    damaged.cpdSettings = { targetHours: -1 };
    damaged.plan.goals.push(null);
    const restored = restoreDevelopment(damaged);
    expect(restored.cpd).toEqual(good.cpd);
    expect(restored.plan.goals).toEqual(good.plan.goals);
    expect(restored.cpdSettings).toEqual({ targetHours: 30, yearStartMonth: 1 });
    expect(restored.advice).toEqual(good.advice);
    expect(restoreDevelopment('nonsense')).toEqual(emptyDevelopment());
    expect(hasDevelopment(emptyDevelopment())).toBe(false);
    expect(hasDevelopment(good)).toBe(true);
  });
});
