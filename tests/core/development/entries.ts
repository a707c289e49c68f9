// Builders for CPD entries in tests.
import type { CpdEntry } from '../../../core/development/types.ts';

let n = 0;

/** A CPD entry with sensible defaults. */
export function entry(overrides: Partial<CpdEntry> = {}): CpdEntry {
  n++;
  return {
    id: `cpd-${n}`,
    date: '2025-06-01',
    hours: 2,
    type: 'training',
    planned: true,
    title: `Course ${n}`,
    did: 'Attended a course.',
    learned: 'How to do it.',
    apply: 'On the next project.',
    competences: [],
    ...overrides,
  };
}
