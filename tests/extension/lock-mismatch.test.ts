// Career Manager's lock state as last seen, against the workbook's stage.
import { expect, test } from 'vitest';
import { lockMismatch } from '../../core/bridge/lock-mismatch.ts';
import type { HistoryEvent } from '../../core/types.ts';

const created: HistoryEvent = { type: 'created', at: '2026-11-01T09:00:00.000Z' };
const lockedAt = (at: string): HistoryEvent => ({ type: 'locked', at, sha256: 'ab'.repeat(32) });

test('locked in Career Manager while the workbook is still preparing it is a mismatch', () => {
  const seen = { locked: true, at: '2026-11-20T10:00:00.000Z' };
  expect(lockMismatch(seen, { stage: 'draft', history: [created] })).toEqual({ kind: 'locked-in-career-manager', seenAt: seen.at });
});

test('unlocked in Career Manager while the workbook has it locked or submitted is the reverse mismatch', () => {
  const seen = { locked: false, at: '2026-11-20T10:00:00.000Z' };
  const history = [created, lockedAt('2026-11-10T10:00:00.000Z')];
  expect(lockMismatch(seen, { stage: 'locked', history })).toEqual({
    kind: 'unlocked-in-career-manager',
    seenAt: seen.at,
    stage: 'locked',
  });
  expect(lockMismatch(seen, { stage: 'submitted', history })).toEqual({
    kind: 'unlocked-in-career-manager',
    seenAt: seen.at,
    stage: 'submitted',
  });
});

test("agreement, or a sighting older than the workbook's last lock or unlock, is no mismatch", () => {
  expect(
    lockMismatch(
      { locked: true, at: '2026-11-20T10:00:00.000Z' },
      { stage: 'locked', history: [created, lockedAt('2026-11-10T10:00:00.000Z')] },
    ),
  ).toBeNull();
  expect(lockMismatch({ locked: false, at: '2026-11-20T10:00:00.000Z' }, { stage: 'draft', history: [created] })).toBeNull();
  // Seen unlocked on the 5th, locked in the workbook on the 10th: the page may have changed since.
  expect(
    lockMismatch(
      { locked: false, at: '2026-11-05T10:00:00.000Z' },
      { stage: 'locked', history: [created, lockedAt('2026-11-10T10:00:00.000Z')] },
    ),
  ).toBeNull();
  expect(lockMismatch(undefined, { stage: 'draft', history: [created] })).toBeNull();
});
