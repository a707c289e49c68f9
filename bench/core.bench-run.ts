import { expect, test } from 'vitest';
import { DEFAULT_LIMITS, canonicalJson, changesSinceLock, editApplication, lock, progress, sha256Hex, snapshotContent } from '../core/index.ts';
import { must } from '../tests/core/fixtures.ts';
import { largeApplication } from './fixtures.ts';
import { medianMs, report } from './measure.ts';

test('core on a 40-role application, against a JSON copy of the same application', () => {
  const app = largeApplication(40);
  const now = '2026-02-01T00:00:00.000Z';
  const floor = medianMs(() => JSON.parse(JSON.stringify(app)));

  const locked = must(lock(app, now, DEFAULT_LIMITS));
  const edited = must(editApplication(locked, { roles: locked.roles.map((r, i) => (i === 3 ? { ...r, achievements: `${r.achievements} More.` } : r)) }, now));

  report('core', 'JSON.parse(JSON.stringify(application))', floor, {
    'progress(application)': medianMs(() => progress(app, DEFAULT_LIMITS)),
    'canonicalJson + sha256 of the snapshot': medianMs(() => sha256Hex(canonicalJson(snapshotContent(app)))),
    'lock (snapshot, hash, history)': medianMs(() => lock(app, now, DEFAULT_LIMITS)),
    'changesSinceLock after one edit': medianMs(() => changesSinceLock(edited)),
  });
  expect(changesSinceLock(edited).map((c) => c.path)).toEqual(['roles.role-3.achievements']);
});
