// Edits go through core (which refuses them, with reasons, on a submitted application).
import { editApplication } from '../../../core/application/edit.ts';
import type { Application } from '../../../core/types.ts';
import type { Draft } from '../state/draft.ts';

export type Patch = Parameters<typeof editApplication>[1];

/** Applies a patch computed from the latest application (so quick typing never drops a key). */
export function edit(draft: Draft, patch: (app: Application) => Patch): boolean {
  return draft.apply((app, now) => editApplication(app, patch(app), now));
}

/** Replaces the item with `id` in a list. */
export function replaceIn<T extends { id: string }>(list: T[], id: string, change: Partial<T>): T[] {
  return list.map((x) => (x.id === id ? { ...x, ...change } : x));
}
