// When another tab saves while this tab still has unsaved edits, keep both: this tab's changed
// fields are merged (state/merge.ts: per list item, per field) with what the other tab stored,
// and re-applied through core.
import { type EditableContent, editApplication } from '../../../core/application/edit.ts';
import type { Application, Reason } from '../../../core/types.ts';
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
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type Rebased = { app: Application; pending: boolean; refused: Reason[] };

/**
 * Our unsaved `local` (made from `base`) against the newly stored `remote`. Edits to content
 * are merged into remote; a pending transition (lock, supporters...) wins as a whole.
 */
export function rebase(local: Application, base: Application | null, remote: Application, now: string): Rebased {
  if (!base) return { app: local, pending: true, refused: [] };
  const changed = (Object.keys(local) as (keyof Application)[]).filter((k) => !same(local[k], base[k]));
  const contentOnly = changed.every((k) => k === 'updatedAt' || (EDITABLE as string[]).includes(k));
  if (!contentOnly) return { app: local, pending: true, refused: [] };
  const patch: Partial<EditableContent> = {};
  for (const k of changed) {
    if (k === 'updatedAt') continue;
    const key = k as keyof EditableContent;
    // A document reference is one file: never mix the name of one with the bytes of another.
    Object.assign(patch, { [key]: merge3(base[key], local[key], remote[key], key === 'documents' ? 'entries' : 'deep') });
  }
  if (Object.keys(patch).length === 0) return { app: remote, pending: false, refused: [] };
  const result = editApplication(remote, patch, now);
  if (!result.ok) return { app: remote, pending: false, refused: result.reasons };
  // Nothing of ours left to save when the merge came out as what is stored.
  const pending = !same({ ...result.value, updatedAt: remote.updatedAt }, remote);
  return { app: pending ? result.value : remote, pending, refused: [] };
}
