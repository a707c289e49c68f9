// The application being edited: changes show at once (signal) and reach IndexedDB shortly
// after (debounced), and at once when a field loses focus, a transition is made or an update is
// taken. Each change is kept as a step until it is stored, and every save puts the steps on top
// of what is stored at that moment, inside the write transaction (state/rebase.ts): content
// merged field by field, transitions run again through core. So a tab never writes back an old
// copy over what another tab saved. When the page is hidden or closed, unsaved steps are kept in
// a record of their own (db/unsaved.ts) that this tab, another tab or the next start merges.
// Unsaved changes stay in memory when a write fails, so no keystroke is lost.
import { type Signal, signal } from '@preact/signals';
import { sameData } from '../../../core/application/canonical.ts';
import type { Application, Reason } from '../../../core/types.ts';
import { describeStorageError, newerVersionElsewhere, storageProblem, unsavedInThisTab, WritesStopped } from '../db/status.ts';
import { liveApplication, readApplication, writeApplication } from '../db/store.ts';
import { holdTabLock, keepUnsavedNow } from '../db/unsaved.ts';
import { isContentEdit, replay, type Step, type Transition } from './rebase.ts';

const SAVE_DELAY_MS = 400;

const nowIso = () => new Date().toISOString();

/** Why nothing can be changed in this tab once a newer version of the workbook is open in another. */
const WRITES_STOPPED: Reason = { code: 'writes-stopped', message: new WritesStopped().message, step: 'category' };

export class Draft {
  /** The application as the user sees it (includes unsaved edits). */
  readonly app: Signal<Application | null | undefined> = signal(undefined);
  /** Why the last change was refused (from core), if it was. */
  readonly refused: Signal<Reason[]> = signal([]);
  /** Which form the refusal belongs to (shown next to it), or null for the top of the screen. */
  readonly refusedAt: Signal<string | null> = signal(null);
  readonly saving = signal(false);
  /** Whether this tab holds changes not stored yet. */
  readonly unsaved = signal(false);
  /** The last version known to be in storage; the steps were made on top of it. */
  private base: Application | null = null;
  private steps: Step[] = [];
  /** Steps before this index are being written: later edits are never folded into them. */
  private sealed = 0;
  private writing = false;
  /** A stored version arrived while writing: read it again afterwards. */
  private missed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Edits made in this tab so far: a save covers every edit made before it started. */
  private edits = 0;
  /** Set while typing is being kept early (see keepEarly). */
  private keeping: ReturnType<typeof setTimeout> | null = null;
  private subscription: { unsubscribe(): void };
  private inFlight: Promise<boolean> = Promise.resolve(true);

  /** `delay`: how long typing may pause before it is saved (tests lengthen it to control when saves happen). */
  constructor(
    readonly id: string,
    private readonly delay: number = SAVE_DELAY_MS,
  ) {
    this.subscription = liveApplication(id).subscribe({
      next: (stored) => this.receive(stored),
      error: (error) => {
        // Keep whatever is on screen; say why it may be stale.
        storageProblem.value = describeStorageError(error);
      },
    });
  }

  /** A version stored by anyone (this tab included): unsaved steps are put on top of it. */
  private receive(stored: Application | undefined): void {
    if (this.writing) {
      this.missed = true;
      return;
    }
    if (!stored) {
      // Deleted (here or in another tab).
      this.steps = [];
      this.base = null;
    } else if (this.steps.length === 0) {
      this.base = stored;
    } else if (!this.base || !sameData(stored, this.base)) {
      // Saved meanwhile by another tab: keep our changes on top of theirs.
      const moved = replay(this.steps, stored, nowIso());
      this.base = stored;
      this.steps = moved.steps;
      if (moved.refused.length) this.refuse(moved.refused, null);
      if (this.steps.length) this.schedule();
    }
    this.show();
  }

  private show(): void {
    this.app.value = this.steps.length ? this.steps[this.steps.length - 1]!.after : this.base;
    this.unsaved.value = this.steps.length > 0;
    unsavedInThisTab.value = [...open.values()].some((d) => d.unsaved.value);
  }

  /**
   * Applies a core transition; refused reasons are kept for the screen to show, next to the
   * form named by `place` when given. The change may run again later on a newer stored
   * version, so it must depend only on the application it is given and values it captured.
   */
  apply(change: Transition, opts: { immediate?: boolean; place?: string } = {}): boolean {
    const current = this.app.value;
    if (!current) return false;
    if (newerVersionElsewhere.value) {
      this.refuse([WRITES_STOPPED], opts.place ?? null);
      return false;
    }
    const result = change(current, nowIso());
    if (!result.ok) {
      this.refuse(result.reasons, opts.place ?? null);
      return false;
    }
    // Cleared only when there is something to clear: a new empty list would redraw every form's error on each key.
    if (this.refused.peek().length > 0 || this.refusedAt.peek() !== null) this.refuse([], null);
    const after = result.value;
    const last = this.steps[this.steps.length - 1];
    if (!isContentEdit(current, after)) this.steps.push({ before: current, after, redo: change });
    else if (last && !last.redo && this.steps.length > this.sealed) this.steps[this.steps.length - 1] = { before: last.before, after };
    else this.steps.push({ before: current, after });
    this.edits++;
    this.show();
    if (opts.immediate) void this.flush();
    else {
      this.schedule();
      this.keepEarly();
    }
    return true;
  }

  /**
   * Keeps what is typed in this tab's record of unsaved changes as it is typed (at once, then at
   * most once a second), not only when the page is hidden: a write started while a closing page
   * is torn down may never complete (seen in Chromium under load), one started earlier does.
   */
  private keepEarly(): void {
    if (this.keeping) return;
    this.keepNow();
    this.keeping = setTimeout(() => {
      this.keeping = null;
      this.keepNow();
    }, 1000);
  }

  private keepNow(): boolean {
    const last = this.steps[this.steps.length - 1];
    if (!last || newerVersionElsewhere.value) return false;
    return keepUnsavedNow(this.id, this.base, last.after, this.edits);
  }

  /** Forgets the last refusal: it answered something done on a screen the user has left. */
  dismissRefusal(): void {
    if (this.refused.peek().length > 0 || this.refusedAt.peek() !== null) this.refuse([], null);
  }

  private refuse(reasons: Reason[], place: string | null): void {
    this.refusedAt.value = place;
    this.refused.value = reasons;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  get hasUnsaved(): boolean {
    return this.steps.length > 0;
  }

  /** Writes unsaved edits now. Resolves false (edits kept in memory) if storage refused. */
  flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.inFlight = this.inFlight.then(() => this.write());
    return this.inFlight;
  }

  /**
   * Stores the steps made so far, on top of what is stored when the transaction reads it.
   * Steps made while it writes wait for the next save.
   */
  private async write(): Promise<boolean> {
    const count = this.steps.length;
    if (count === 0) return true;
    const edits = this.edits;
    const sent = this.steps.slice(0, count);
    const base = this.base;
    const local = sent[count - 1]!.after;
    let written: Application = local;
    let refused: Reason[] = [];
    this.sealed = count;
    this.writing = true;
    this.saving.value = true;
    const ok = await writeApplication(
      this.id,
      (stored) => {
        written = local;
        refused = [];
        // Nothing stored since our base (or the application was deleted: lost writing cannot come back, a deletion can be redone).
        if (!stored || !base || sameData(stored, base)) return local;
        const moved = replay(sent, stored, nowIso());
        refused = moved.refused;
        written = moved.app;
        return moved.steps.length > 0 ? moved.app : null;
      },
      local,
      edits,
    );
    this.writing = false;
    this.saving.value = false;
    this.sealed = 0;
    if (!ok) {
      await this.catchUp();
      return false;
    }
    if (refused.length) this.refuse(refused, null);
    this.base = written;
    const later = this.steps.slice(count);
    if (written === local) {
      this.steps = later;
    } else {
      // Typed on while another tab's changes were merged in: keep the newer typing on top of the merge.
      const moved = replay(later, written, nowIso());
      this.steps = moved.steps;
      if (moved.refused.length) this.refuse(moved.refused, null);
    }
    this.show();
    await this.catchUp();
    return true;
  }

  /** Takes in a stored version that arrived while writing (its notice was set aside). */
  private async catchUp(): Promise<void> {
    if (!this.missed) return;
    this.missed = false;
    this.receive(await readApplication(this.id));
  }

  /**
   * Keeps unsaved changes within the current event, for page hide and unload: the page may be
   * gone before any save can read what is stored. True when nothing is left that could be lost.
   */
  flushSync(): boolean {
    if (this.steps.length === 0) return true;
    if (newerVersionElsewhere.value) return false;
    const issued = this.keepNow();
    // After a failed save (a full disk), this write may fail too: count the text as at risk.
    return issued && storageProblem.value === null;
  }

  /** Stops watching and drops unsaved edits (the application was deleted). */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.keeping) clearTimeout(this.keeping);
    this.timer = null;
    this.keeping = null;
    this.steps = [];
    this.subscription.unsubscribe();
    this.show();
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

/** Keeps every unsaved edit within the current event (for page hide and friends); false if some could not be kept. */
function flushAllSync(): boolean {
  return [...open.values()].map((d) => d.flushSync()).every(Boolean);
}

/**
 * Saves when the user leaves the page or switches away, so nothing typed is lost; asks before
 * unloading only when something typed could not be kept (e.g. a newer version elsewhere stopped
 * this tab's saving).
 */
function saveOnLeave(target: Window): void {
  savingOnLeave = true;
  // Other tabs merge what this one leaves unsaved only once it has really gone.
  holdTabLock();
  const leaving = () => {
    const kept = flushAllSync();
    void flushAll();
    return kept;
  };
  target.addEventListener('beforeunload', (event) => {
    if (!leaving()) {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    }
  });
  // Capture: before Dexie's own pagehide listener closes the database for the back/forward cache.
  target.addEventListener('pagehide', () => void leaving(), { capture: true });
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') leaving();
  });
  // Fires on every field that loses focus (focusout bubbles, blur does not).
  target.document.addEventListener('focusout', () => void flushAll());
}
