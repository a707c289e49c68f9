// Property: every mutated or hostile file is either imported exactly as written or rejected
// with a message and a field path; nothing in it reaches a prototype.

import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';

/** Property tests run thousands of cases; give them room on a busy two-core machine. */
const PROPERTY_TIMEOUT = 120_000;

import { againstOf } from '../../../core/exchange/anchors.ts';
import { serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import type { ExchangeResult } from '../../../core/exchange/issues.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { parseReviewFile, serializeReview } from '../../../core/exchange/review.ts';
import { anyText, HOSTILE } from './arbitraries.ts';
import { applyMutation, mutationArb } from './mutate.ts';
import { lockedSample, sampleApplication } from './sample.ts';

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
});

/** A rejection must say what is wrong, in words, with a path (possibly '' for the whole file). */
function expectExplained(result: ExchangeResult<unknown>) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.message.length).toBeGreaterThan(10);
  }
}

const locked = lockedSample();
const appFile = JSON.parse(JSON.stringify(serializeApplication(locked.app, locked.bytes, '2026-11-28T12:00:00.000Z')));
const plain = sampleApplication();
const mentorComment = {
  reviewId: 'rev-1',
  mentor: 'Morgan',
  exportedAt: '2026-11-28T12:00:00.000Z',
  resolvedAt: null,
  comment: {
    id: 'c1',
    anchor: { kind: 'role' as const, roleId: 'r1', field: 'achievements' as const },
    text: 'Quantify it.',
    at: '2026-11-28T12:00:00.000Z',
    against: againstOf(plain.app, { kind: 'role', roleId: 'r1', field: 'achievements' }),
  },
};
const mentorReview = {
  id: 'rv-1',
  updatedAt: '2026-11-28T12:00:00.000Z',
  source: serializeApplication({ ...plain.app, id: 'theirs' }, plain.bytes, '2026-11-28T12:00:00.000Z'),
  review: {
    id: 'rv-1',
    mentor: 'Me',
    createdAt: '2026-11-28T12:00:00.000Z',
    application: { id: 'theirs', name: 'Theirs', category: 'CEng' as const, route: 'standard' as const },
    comments: [mentorComment.comment],
  },
};
const backup = JSON.parse(
  JSON.stringify(
    serializeWorkbook([plain.app, { ...locked.app, id: 'app-2' }], new Map([...plain.bytes, ...locked.bytes]), '2026-11-28T12:00:00.000Z', {
      comments: new Map([[plain.app.id, [mentorComment]]]),
      reviews: [mentorReview],
    }),
  ),
);

describe('mutated files are imported exactly or rejected with a message', () => {
  for (const [name, original] of [
    ['an application file', appFile],
    ['a workbook backup', backup],
  ] as const) {
    test(
      `random edits of ${name}`,
      () => {
        fc.assert(
          fc.property(mutationArb(fc.constantFrom(...HOSTILE)), (m) => {
            const text = applyMutation(original, m);
            const result = parseExchangeFile(text);
            expectExplained(result);
            if (result.ok) {
              const written = JSON.parse(text) as { version: number };
              // Version 1 files are migrated on purpose; everything else comes in exactly as written.
              if (written.version === 4) expect(result.value.file).toEqual(written);
            }
          }),
          { numRuns: 2500 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  test(
    'random edits anywhere in the .html export: the data imported is exactly the data embedded, or a rejection',
    () => {
      const html = renderApplicationHtml(locked.app, locked.bytes);
      fc.assert(
        fc.property(
          fc.nat(),
          fc.constantFrom('x', '<', '"', '\\', '}', '</script>', '\u0000', ''),
          fc.nat({ max: 3 }),
          (at, insert, cut) => {
            const pos = at % html.length;
            const text = html.slice(0, pos) + insert + html.slice(pos + cut);
            const result = parseExchangeFile(text);
            expectExplained(result);
            if (result.ok) {
              const block = /<script type="application\/json" id="proreg-data">([\s\S]*?)<\/script>/.exec(text);
              expect(result.value.file).toEqual(JSON.parse(block![1]!));
            }
          },
        ),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'arbitrary text and arbitrary JSON are rejected with a message, never thrown',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 6 }), anyText(200)), (text) => {
          const result = parseExchangeFile(text);
          expect(result.ok).toBe(false);
          expectExplained(result);
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'random edits of a review file',
    () => {
      const { app } = plain;
      const review = JSON.parse(
        JSON.stringify(
          serializeReview(
            {
              id: 'rev-1',
              mentor: 'Morgan Mentor',
              createdAt: '2026-11-28T12:00:00.000Z',
              application: { id: app.id, name: app.name, category: app.category, route: app.route },
              comments: [
                {
                  id: 'c1',
                  anchor: { kind: 'role', roleId: 'r1', field: 'achievements' },
                  text: 'Say what you did.',
                  at: '2026-11-28T12:00:00.000Z',
                  against: againstOf(app, { kind: 'role', roleId: 'r1', field: 'achievements' }),
                },
                {
                  id: 'c2',
                  anchor: { kind: 'competence', code: 'C1' },
                  text: 'Thin.',
                  at: '2026-11-28T12:00:00.000Z',
                  against: againstOf(app, { kind: 'competence', code: 'C1' }),
                },
              ],
            },
            '2026-11-28T12:05:00.000Z',
          ),
        ),
      );
      fc.assert(
        fc.property(mutationArb(fc.constantFrom(...HOSTILE)), (m) => {
          const text = applyMutation(review, m);
          const result = parseReviewFile(text);
          expectExplained(result);
          if (result.ok) expect(result.value).toEqual(JSON.parse(text));
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
