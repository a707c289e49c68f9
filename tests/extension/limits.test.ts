// The workbook's limits in the drafts mirror, and the lock check that uses them.
import { expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { canLock } from '../../core/application/lock.ts';
import { lockFlags, mirrorOf } from '../../core/bridge/mirror.ts';
import { effectiveLimits, readWorkbookMessage } from '../../core/bridge/schema.ts';
import { DEFAULT_RULES, RULE_DEFAULTS, rulesInForce } from '../../core/rules/adjustable.ts';
import { DEFAULT_LIMITS } from '../../core/rules/limits.ts';

const at = '2026-11-28T10:00:00.000Z';
const app = newApplication({ id: 'a1', name: 'CEng', category: 'CEng', route: 'standard', now: at });
const mirror = { source: 'proreg-workbook', v: 2, type: 'mirror', at, applications: [mirrorOf(app, DEFAULT_RULES)] };

test('a mirror from a workbook that sends no limits is still accepted, and the defaults apply', () => {
  const read = readWorkbookMessage(mirror);
  expect(read.ok).toBe(true);
  if (read.ok && read.message.type === 'mirror') {
    expect(read.message.limits).toBeUndefined();
    expect(effectiveLimits(read.message.limits)).toEqual(DEFAULT_LIMITS);
  }
});

test("a mirror carries the workbook's limits; any it leaves out keep their defaults", () => {
  const read = readWorkbookMessage({ ...mirror, limits: { charsPerRole: 4500, supportersRequired: 3 } });
  expect(read.ok).toBe(true);
  if (read.ok && read.message.type === 'mirror') {
    expect(effectiveLimits(read.message.limits)).toEqual({ ...DEFAULT_LIMITS, charsPerRole: 4500, supportersRequired: 3 });
  }
});

test('limits that are not numbers, or are negative, make the mirror refused with a reason', () => {
  expect(readWorkbookMessage({ ...mirror, limits: { charsPerRole: 'lots' } }).ok).toBe(false);
  expect(readWorkbookMessage({ ...mirror, limits: { maxFileSize: -1 } }).ok).toBe(false);
  expect(readWorkbookMessage({ ...mirror, limits: 'none' }).ok).toBe(false);
});

test("the lock flags the workbook sends are core's reasons against locking, under the workbook's limits", () => {
  const flags = lockFlags(app, DEFAULT_RULES);
  expect(flags.length).toBeGreaterThan(0);
  expect(flags).toEqual([...new Set(canLock(app, DEFAULT_RULES).map((r) => r.message))]);
  expect(mirrorOf(app, DEFAULT_RULES).lockFlags).toEqual(flags);

  const cv = {
    typeId: 'accountability-diagram',
    name: 'diagram.pdf',
    mime: 'application/pdf',
    size: 600 * 1024,
    sha256: '0'.repeat(64),
    blobId: 'b1',
    addedAt: at,
  };
  const withCv = { ...app, documents: { 'accountability-diagram': cv } };
  expect(lockFlags(withCv, DEFAULT_RULES).some((f) => /over the .* limit/.test(f))).toBe(true);
  expect(lockFlags(withCv, { ...DEFAULT_RULES, maxFileSize: 2.5 * 1024 * 1024 }).some((f) => /over the .* limit/.test(f))).toBe(false);
});

test('a workbook application already locked adds nothing to the lock dialog', () => {
  expect(lockFlags({ ...app, stage: 'locked' }, DEFAULT_RULES)).toEqual([]);
});

test("the flags the workbook sends follow the applicant's rule switches (the overlay never recomputes them)", () => {
  const dap = (flags: string[]) => flags.some((f) => /Development Action Plan/.test(f));
  expect(dap(mirrorOf(app, DEFAULT_RULES).lockFlags)).toBe(true);
  expect(dap(mirrorOf(app, DEFAULT_RULES).submitFlags)).toBe(true);
  const rules = rulesInForce(RULE_DEFAULTS, { switches: { 'document:development-action-plan': false } });
  expect(dap(mirrorOf(app, rules).lockFlags)).toBe(false);
  expect(dap(mirrorOf(app, rules).submitFlags)).toBe(false);
});
