import { expect, test } from 'vitest';
import { canonicalJson } from '../core/application/canonical.ts';
import { changesSinceLock } from '../core/application/changes.ts';
import { editApplication } from '../core/application/edit.ts';
import { sha256Hex, snapshotContent } from '../core/application/hashing.ts';
import { lock } from '../core/application/lock.ts';
import { progress } from '../core/application/progress.ts';
import { countChars, estimatePages } from '../core/application/text.ts';
import { DEFAULT_RULES } from '../core/rules/adjustable.ts';
import type { Application } from '../core/types.ts';
import { must } from '../tests/core/fixtures.ts';
import { largeApplication } from './fixtures.ts';
import { medianMs, report } from './measure.ts';

test('core on a 40-role application, against a JSON copy of the same application', () => {
  const app = largeApplication(40);
  const now = '2026-02-01T00:00:00.000Z';
  const floor = medianMs(() => JSON.parse(JSON.stringify(app)));

  const locked = must(lock(app, now, DEFAULT_RULES));
  const edited = must(
    editApplication(locked, { roles: locked.roles.map((r, i) => (i === 3 ? { ...r, achievements: `${r.achievements} More.` } : r)) }, now),
  );

  report('core', 'JSON.parse(JSON.stringify(application))', floor, {
    'progress(application)': medianMs(() => progress(app, DEFAULT_RULES)),
    'canonicalJson + sha256 of the snapshot': medianMs(() => sha256Hex(canonicalJson(snapshotContent(app)))),
    'lock (snapshot, hash, history)': medianMs(() => lock(app, now, DEFAULT_RULES)),
    'changesSinceLock after one edit': medianMs(() => changesSinceLock(edited)),
  });
  expect(changesSinceLock(edited).map((c) => c.path)).toEqual(['roles.role-3.achievements']);
});

// What typing in Career history costs: the whole application is recounted on each keystroke.
const plainText = (n: number) => 'I led the design review of the substation protection scheme.\r\n'.repeat(Math.ceil(n / 62)).slice(0, n);
const richText = (n: number) => 'Réalisé la révision 👍🏽 du schéma e\u0301 de protection 🇬🇧. '.repeat(Math.ceil(n / 50)).slice(0, n);

function thirtyRoles(text: (n: number) => string): Application {
  const app = largeApplication(30);
  return { ...app, roles: app.roles.map((r, i) => ({ ...r, responsibilities: text(2500) + i, achievements: text(2500) + i })) };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The count as it was before the shortcuts: Intl.Segmenter over the whole text. */
function segmenterCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

test('character counts and page estimates, against a JSON copy of the text', () => {
  const plain = plainText(100_000);
  const rich = richText(100_000);
  const plainApp = thirtyRoles(plainText);
  const richApp = thirtyRoles(richText);
  let key = 0;
  // Each call changes one role's text, as a keystroke does; the other 29 are unchanged.
  const typed = (app: Application) => {
    key++;
    return { ...app, roles: app.roles.map((r, i) => (i === 7 ? { ...r, achievements: `${r.achievements}${key}` } : r)) };
  };
  const floor = medianMs(() => JSON.parse(JSON.stringify(plain)));

  report('text', 'JSON.parse(JSON.stringify(100,000 characters))', floor, {
    'countChars, 100k plain characters': medianMs(() => countChars(plain)),
    'countChars, 100k with emoji, counted before': medianMs(() => countChars(rich)),
    'countChars, 100k with emoji, edited each time': medianMs(() => countChars(`${rich}${key++}`)),
    'estimatePages, 30 roles × 5k plain, one role typed': medianMs(() => estimatePages(typed(plainApp), DEFAULT_RULES)),
    'estimatePages, 30 roles × 5k rich, one role typed': medianMs(() => estimatePages(typed(richApp), DEFAULT_RULES)),
    'old count: Segmenter on each of those 60 fields': medianMs(
      () => typed(richApp).roles.reduce((n, r) => n + segmenterCount(r.responsibilities) + segmenterCount(r.achievements), 0),
      5,
      1,
    ),
  });
  const sample = rich.slice(0, 20_000);
  expect(countChars(sample)).toBe(segmenterCount(sample));
});
