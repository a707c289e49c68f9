// The application being edited: changes show at once (signal) and reach IndexedDB shortly
// after (debounced), and at once when the page is hidden, a field loses focus, or an update
// is taken. Unsaved changes stay in memory when a write fails, so no keystroke is lost.
import { type Signal, signal } from '@preact/signals';
import type { Application, Reason, Result } from '../../../core/types.ts';
import { describeStorageError, storageProblem } from '../db/status.ts';
import { liveApplication, putApplicationNow, writeApplication } from '../db/store.ts';
import { rebase } from './rebase.ts';

export const SAVE_DELAY_MS = 400;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class Draft {
  /** The application as the user sees it (includes unsaved edits). */
  readonly app: Signal<Application | null | undefined> = signal(undefined);
  /** Why the last change was refused (from core), if it was. */
  readonly refused: Signal<Reason[]> = signal([]);
  /** Which form the refusal belongs to (shown next to it), or null for the top of the screen. */
  readonly refusedAt: Signal<string | null> = signal(null);
  readonly saving = signal(false);
  private pending: Application | null = null;
  /** The last version known to be in storage; local edits are measured against it. */
  private base: Application | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private subscription: { unsubscribe(): void };
  private inFlight: Promise<boolean> = Promise.resolve(true);

  constructor(readonly id: string) {
    this.subscription = liveApplication(id).subscribe({
      next: (stored) => {
        if (this.pending && stored) {
          const before = this.base;
          this.base = stored;
          // Our own write coming back: nothing to merge.
          if (JSON.stringify(stored) === JSON.stringify(this.pending)) return;
          // Saved meanwhile by another tab: keep our edits on top of theirs.
          const merged = rebase(this.pending, before, stored, new Date().toISOString());
          if (merged.refused.length) this.refuse(merged.refused, null);
          if (merged.pending) {
            this.set(merged.app);
          } else {
            this.pending = null;
            this.app.value = merged.app;
          }
          return;
        }
        if (!stored) this.pending = null;
        this.base = stored ?? null;
        this.app.value = stored ?? null;
      },
      error: (error) => {
        // Keep whatever is on screen; say why it may be stale.
        storageProblem.value = describeStorageError(error);
      },
    });
  }

  /**
   * Applies a core transition; refused reasons are kept for the screen to show, next to the
   * form named by `place` when given.
   */
  apply(change: (app: Application, now: string) => Result<Application>, opts: { immediate?: boolean; place?: string } = {}): boolean {
    const current = this.app.value;
    if (!current) return false;
    const result = change(current, new Date().toISOString());
    if (!result.ok) {
      this.refuse(result.reasons, opts.place ?? null);
      return false;
    }
    this.refuse([], null);
    this.set(result.value);
    if (opts.immediate) void this.flush();
    return true;
  }

  private refuse(reasons: Reason[], place: string | null): void {
    this.refusedAt.value = place;
    this.refused.value = reasons;
  }

  /** Replaces the application (already checked by core) and schedules the save. */
  set(next: Application): void {
    this.app.value = next;
    this.pending = next;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  get hasUnsaved(): boolean {
    return this.pending !== null;
  }

  /** Writes unsaved edits now. Resolves false (edits kept in memory) if storage refused. */
  flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.inFlight = this.inFlight.then(async () => {
      const toSave = this.pending;
      if (!toSave) return true;
      this.saving.value = true;
      const written = await this.write(toSave, this.base);
      this.saving.value = false;
      if (!written) return false;
      this.base = written;
      if (this.pending === toSave) {
        // Only clear if nothing newer arrived while writing.
        this.pending = null;
        this.app.value = written;
      } else if (this.pending && written !== toSave) {
        // Typed on while another tab's edits were merged in: keep the newer typing on top of the merge.
        this.set(rebase(this.pending, toSave, written, new Date().toISOString()).app);
      }
      return true;
    });
    return this.inFlight;
  }

  /**
   * Writes `toSave` in one transaction with reading what is stored: when another tab saved
   * since `base` (both tabs typing at once), its edits are merged in rather than overwritten.
   * Resolves to what was stored, or null (edits kept in memory) if storage refused.
   */
  private async write(toSave: Application, base: Application | null): Promise<Application | null> {
    let written: Application = toSave;
    const ok = await writeApplication(this.id, (stored) => {
      written = toSave;
      if (stored && base && !sameJson(stored, base) && !sameJson(stored, toSave)) {
        const merged = rebase(toSave, base, stored, new Date().toISOString());
        if (merged.refused.length) this.refuse(merged.refused, null);
        written = merged.app;
        if (!merged.pending) return null;
      }
      return written;
    });
    return ok ? written : null;
  }

  /**
   * Issues the write synchronously on the raw connection, for page hide / unload: the page may
   * be gone before any promise-based write gets to start its transaction.
   */
  flushSync(): void {
    const toSave = this.pending;
    if (!toSave) return;
    // When it cannot be started, the promise-based flush that follows reports why.
    putApplicationNow(toSave, () => {
      this.base = toSave;
      if (this.pending === toSave) this.pending = null;
    });
  }

  /** Stops watching and drops unsaved edits (the application was deleted). */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.subscription.unsubscribe();
  }
}

const open = new Map<string, Draft>();
let savingOnLeave = false;

/** The one Draft per application id in this tab. */
export function draftFor(id: string): Draft {
  let draft = open.get(id);
  if (!draft) {
    // The first draft of this tab starts saving on leave (nothing to save before one is open).
    if (!savingOnLeave && typeof window !== 'undefined') saveOnLeave(window);
    draft = new Draft(id);
    open.set(id, draft);
  }
  return draft;
}

/** Saves every unsaved edit in this tab; false if any could not be saved. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...open.values()].map((d) => d.flush()));
  return results.every(Boolean);
}

/** Forgets a draft (after its application is deleted). */
export function closeDraft(id: string): void {
  const draft = open.get(id);
  if (!draft) return;
  open.delete(id);
  draft.discard();
}

/** Starts every pending write within the current event (for pagehide and friends). */
export function flushAllSync(): void {
  for (const d of open.values()) d.flushSync();
}

/** Saves when the user leaves the page or switches away, so nothing typed is lost. */
function saveOnLeave(target: Window): void {
  savingOnLeave = true;
  const leaving = () => {
    flushAllSync();
    void flushAll();
  };
  target.addEventListener('pagehide', leaving);
  target.addEventListener('beforeunload', leaving);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') leaving();
  });
  // Fires on every field that loses focus (focusout bubbles, blur does not).
  target.document.addEventListener('focusout', () => void flushAll());
}
