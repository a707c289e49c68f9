import { expect, test } from 'vitest';
import { claimPage } from '../../extension/content/lifecycle.ts';

test('a content script left over after an update stands down when the new one starts', () => {
  const root = { dataset: {} as DOMStringMap };
  const events = new EventTarget();
  const stood: string[] = [];
  const old = claimPage(root, events, '0.1.0', () => stood.push('old'));
  expect(stood).toEqual([]);
  const fresh = claimPage(root, events, '0.1.1', () => stood.push('new'));
  expect(stood).toEqual(['old']);
  expect(root.dataset.proregCompanionInstance).toBe(fresh.id);
  expect(fresh.id).not.toBe(old.id);
  // A third start makes the second stand down, and the first is not told twice.
  claimPage(root, events, '0.1.2', () => stood.push('third'));
  expect(stood).toEqual(['old', 'new']);
});
