// Whether the history's lock and submit fingerprints name the snapshots the file holds. They are
// SHA-256 of the snapshot's content: equal when nothing changed by accident (a damaged file, an
// old bug), but anyone editing a file can recompute them, so they prove nothing against
// deliberate tampering. A mismatch is a warning, not a refusal: the history is a record the
// workbook shows, nothing acts on it, and refusing would strand the applicant's own backup.
import type { Application, LockSnapshot } from '../types.ts';
import { exportDate } from './dates.ts';
import { type ExchangeIssue, joinPath } from './issues.ts';
import { snapshotHash } from './snapshot.ts';

/**
 * One warning per history entry whose fingerprint is not that of the snapshot it made: a lock is
 * checked against the snapshot kept by the unlock that followed it, or the current lock; a
 * submission against the current lock. `path` is where the application sits in the file.
 */
export function historyHashWarnings(app: Application, path: string): ExchangeIssue[] {
  const warnings: ExchangeIssue[] = [];
  const say = (i: number, message: string) => warnings.push({ path: joinPath(joinPath(joinPath(path, 'history'), i), 'sha256'), message });
  app.history.forEach((event, i) => {
    if (event.type !== 'locked' && event.type !== 'submitted') return;
    const when = exportDate(event.at);
    let made: LockSnapshot | null = app.lock;
    if (event.type === 'locked') {
      // The snapshot this lock took is the one the next unlock kept, unless there was none since.
      const next = app.history.slice(i + 1).find((e) => e.type === 'unlocked' || e.type === 'locked');
      if (next?.type === 'unlocked') made = next.snapshot;
      else if (next?.type === 'locked') made = null;
    }
    if (!made) {
      say(
        i,
        `The history says the application was ${event.type} on ${when}, but the file holds no snapshot for that: the file was edited or damaged.`,
      );
      return;
    }
    if (snapshotHash(made.content) !== event.sha256)
      say(
        i,
        `The history says the application was ${event.type} on ${when} with a different snapshot from the one the file holds (their fingerprints differ): the file was edited or damaged since.`,
      );
  });
  return warnings;
}
