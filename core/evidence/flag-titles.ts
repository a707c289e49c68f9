// What each kind of level flag is called, in a few words: the workbook and the companion name
// the marks the same way.
import type { LevelFlagKind } from './types.ts';

/** The short title of each kind of level flag. */
export const FLAG_TITLES: Record<LevelFlagKind, string> = {
  we: '“We” instead of “I”',
  passive: 'Who did this?',
  'no-outcome': 'No outcome',
  'below-level': 'Reads below the level',
  'above-level': 'Reads above the level',
  acronym: 'Unexplained short form',
  'long-sentence': 'Very long sentence',
};
