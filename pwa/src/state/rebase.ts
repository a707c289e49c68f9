// When another tab saves while this tab still has unsaved edits, keep both: this tab's changed
// fields are re-applied (through core) on top of what the other tab stored.
import { editApplication, type EditableContent } from '../../../core/index.ts';
import type { Application, Reason } from '../../../core/types.ts';

const EDITABLE: (keyof EditableContent)[] = ['name', 'personal', 'checklist', 'qualifications', 'roles', 'development', 'pra', 'scheme', 'documents'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type Rebased = { app: Application; pending: boolean; refused: Reason[] };

/**
 * Our unsaved `local` (made from `base`) against the newly stored `remote`. Edits to content
 * are re-applied on remote; a pending transition (lock, supporters...) wins as a whole.
 */
export function rebase(local: Application, base: Application | null, remote: Application, now: string): Rebased {
  if (!base) return { app: local, pending: true, refused: [] };
  const changed = (Object.keys(local) as (keyof Application)[]).filter((k) => !same(local[k], base[k]));
  const contentOnly = changed.every((k) => k === 'updatedAt' || (EDITABLE as string[]).includes(k));
  if (!contentOnly) return { app: local, pending: true, refused: [] };
  const patch: Partial<EditableContent> = {};
  for (const k of changed) if (k !== 'updatedAt') Object.assign(patch, { [k]: local[k as keyof EditableContent] });
  if (Object.keys(patch).length === 0) return { app: remote, pending: false, refused: [] };
  const result = editApplication(remote, patch, now);
  return result.ok ? { app: result.value, pending: true, refused: [] } : { app: remote, pending: false, refused: result.reasons };
}
