// Locking and unlocking: the snapshot, and what unlocking throws away from the live application.
import type { Application, IsoDate, IsoTime, LockSnapshot, Reason, Result, RulesInForce } from '../types.ts';
import { canonicalJson } from './canonical.ts';
import { latestPastDate } from './dates.ts';
import { panellingGate, panellingReasons } from './gates.ts';
import { sha256Hex, snapshotContent } from './hashing.ts';
import { guarded, READ_ONLY, reason } from './reasons.ts';

/** Why the application cannot be locked yet (empty when it can); `today` as for checklistStatus. */
export function canLock(app: Application, rules: RulesInForce, today?: IsoDate): Reason[] {
  if (app.stage === 'submitted') return [READ_ONLY];
  if (app.stage === 'locked') return [reason('already-locked', 'The application is already locked.', 'lock')];
  return [...panellingGate(app, rules, today), ...panellingReasons(app)];
}

/** A snapshot of the application's content now, with its SHA-256. */
export function takeSnapshot(app: Application, at: IsoTime): LockSnapshot {
  const content = snapshotContent(app);
  return { at, sha256: sha256Hex(canonicalJson(content)), content };
}

/** Locks the application (in the workbook), taking an immutable snapshot of its content. */
export function lock(app: Application, now: IsoTime, rules: RulesInForce): Result<Application> {
  return guarded(canLock(app, rules, latestPastDate(undefined, now)), () => {
    const snapshot = takeSnapshot(app, now);
    return {
      ...app,
      stage: 'locked',
      lock: snapshot,
      updatedAt: now,
      history: [...app.history, { type: 'locked', at: now, sha256: snapshot.sha256 }],
    };
  });
}

/** Why the application cannot be unlocked (empty when it can). */
function canUnlock(app: Application): Reason[] {
  if (app.stage === 'submitted') return [READ_ONLY];
  if (app.stage !== 'locked' || app.lock === null) {
    return [reason('not-locked', 'The application is not locked, so there is nothing to unlock.', 'lock')];
  }
  return [];
}

/**
 * Back to editing. The guide says supporter comments are lost on an unlock, and says nothing of
 * removing the supporters: so the supporters stay, back to "invited" with no comments, as they
 * must validate again. The snapshot and the supporters as they were stay in the history.
 */
export function unlock(app: Application, now: IsoTime, why: string): Result<Application> {
  return guarded(canUnlock(app), () => ({
    ...app,
    stage: 'draft',
    lock: null,
    supporters: app.supporters.map((s) => ({
      ...structuredClone(s),
      status: s.status === 'declined' ? s.status : 'invited',
      comments: [],
    })),
    updatedAt: now,
    history: [
      ...app.history,
      {
        type: 'unlocked',
        at: now,
        reason: why,
        snapshot: structuredClone(app.lock as LockSnapshot),
        supporters: structuredClone(app.supporters),
      },
    ],
  }));
}
