// Whether what Career Manager last showed about the lock disagrees with the workbook's stage.
import type { HistoryEvent, Stage } from '../types.ts';

/** A disagreement: Career Manager showed it locked while the workbook is preparing it, or the reverse. */
export type LockMismatch =
  | { kind: 'locked-in-career-manager'; seenAt: string }
  | { kind: 'unlocked-in-career-manager'; seenAt: string; stage: 'locked' | 'submitted' };

/**
 * Compares the latest lock state seen in Career Manager with the workbook's stage. A sighting
 * older than the workbook's last lock, unlock or submission says nothing about today: no mismatch.
 */
export function lockMismatch(
  seen: { locked: boolean; at: string } | undefined,
  app: { stage: Stage; history: readonly HistoryEvent[] },
): LockMismatch | null {
  if (!seen) return null;
  const times = app.history.filter((e) => e.type !== 'created').map((e) => Date.parse(e.at));
  const lastChange = Math.max(-Infinity, ...times.filter(Number.isFinite));
  if (Date.parse(seen.at) <= lastChange) return null;
  if (seen.locked && app.stage === 'draft') return { kind: 'locked-in-career-manager', seenAt: seen.at };
  if (!seen.locked && app.stage !== 'draft') return { kind: 'unlocked-in-career-manager', seenAt: seen.at, stage: app.stage };
  return null;
}
