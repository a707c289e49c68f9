// Putting this tab's unsaved changes on top of a newer stored version (another tab saved since).
// A change is kept as a step: what it was made on (`before`) and what it made (`after`). Content
// edits (text, lists, documents) are merged field by field (state/merge.ts) and re-applied
// through core; a transition (category, route, panelling, supporters, lock, unlock, submit…)
// is run again, through core, on the newer version, so it acts on what is stored now rather
// than replacing it with this tab's old copy. Nothing another tab saved is overwritten by a
// change that did not touch it.
import { sameData } from '../../../core/application/canonical.ts';
import { type EditableContent, editApplication } from '../../../core/application/edit.ts';
import type { Application, Reason, Result } from '../../../core/types.ts';
import { merge3 } from './merge.ts';

const EDITABLE: (keyof EditableContent)[] = [
  'name',
  'personal',
  'checklist',
  'qualifications',
  'roles',
  'development',
  'pra',
  'scheme',
  'documents',
  'evidence',
];

// Parts that only make sense whole and together: when both sides changed one, the stored one stays.
const WHOLE: (keyof Application)[] = ['category', 'route', 'stage', 'lock', 'history', 'submittedAt'];

const same = sameData;

/** A transition, as Draft.apply takes it: run on an application, through core. */
export type Transition = (app: Application, now: string) => Result<Application>;

/** One unsaved change: made on `before`, giving `after`; `redo` runs a transition again on a newer version. */
export interface Step {
  before: Application;
  after: Application;
  redo?: Transition;
}

/** Whether a change touched only what an applicant edits directly (merged field by field). */
export function isContentEdit(before: Application, after: Application): boolean {
  return (Object.keys(after) as (keyof Application)[]).every(
    (k) => k === 'updatedAt' || (EDITABLE as string[]).includes(k) || same(before[k], after[k]),
  );
}

export type Rebased = { app: Application; pending: boolean; refused: Reason[] };

/**
 * Our unsaved `local` (made from `base`) merged onto the newly stored `remote`, knowing only the
 * two versions (not the change that made them): content field by field, re-applied through
 * core; other parts per item and field, except those that only make sense whole (category,
 * route, stage, lock, history), where a part both sides changed keeps the stored one.
 * `pending` says whether anything of ours is left to store.
 */
export function rebase(local: Application, base: Application | null, remote: Application, now: string): Rebased {
  if (!base) return { app: local, pending: true, refused: [] };
  const changed = (Object.keys(local) as (keyof Application)[]).filter((k) => k !== 'updatedAt' && !same(local[k], base[k]));
  if (changed.length === 0) return { app: remote, pending: false, refused: [] };
  // Submitted elsewhere: core refuses every change, with its reason.
  const open = editApplication(remote, {}, now);
  if (!open.ok) return { app: remote, pending: false, refused: open.reasons };
  const content: Partial<EditableContent> = {};
  let next: Application = remote;
  for (const k of changed) {
    if ((EDITABLE as string[]).includes(k)) {
      const key = k as keyof EditableContent;
      // A document reference is one file: never mix the name of one with the bytes of another.
      Object.assign(content, { [key]: merge3(base[key], local[key], remote[key], key === 'documents' ? 'entries' : 'deep') });
    } else if (WHOLE.includes(k)) {
      if (same(remote[k], base[k])) next = { ...next, [k]: local[k] };
    } else {
      next = { ...next, [k]: merge3(base[k], local[k], remote[k]) };
    }
  }
  let app: Application = { ...next, updatedAt: now };
  if (Object.keys(content).length > 0) {
    const result = editApplication(next, content, now);
    if (!result.ok) return { app: remote, pending: false, refused: result.reasons };
    app = result.value;
  }
  // Nothing of ours left to save when the merge came out as what is stored.
  const pending = !same({ ...app, updatedAt: remote.updatedAt }, remote);
  return { app: pending ? app : remote, pending, refused: [] };
}

/**
 * This tab's unsaved steps put on top of `remote`, in order: content merged (rebase), transitions
 * run again through core. A step core now refuses (the application was submitted elsewhere, a
 * lock already taken) is dropped and its reasons returned. Returns the result, the steps as
 * they now stand on `remote`, and the refusals.
 */
export function replay(steps: readonly Step[], remote: Application, now: string): { app: Application; steps: Step[]; refused: Reason[] } {
  let current = remote;
  const out: Step[] = [];
  const refused: Reason[] = [];
  for (const step of steps) {
    if (step.redo) {
      const result = step.redo(current, now);
      if (!result.ok) {
        refused.push(...result.reasons);
        continue;
      }
      out.push({ before: current, after: result.value, redo: step.redo });
      current = result.value;
    } else {
      const merged = rebase(step.after, step.before, current, now);
      refused.push(...merged.refused);
      if (!merged.pending) continue;
      out.push({ before: current, after: merged.app });
      current = merged.app;
    }
  }
  return { app: current, steps: out, refused };
}
