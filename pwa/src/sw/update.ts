// The update prompt's state. The service worker registration (sw/register.ts) fills it in;
// the prompt applies the update only after every edit is saved.
import { signal } from '@preact/signals';

/** Set when a new version is waiting: calling it activates that version and reloads. */
export const pendingUpdate = signal<null | (() => Promise<void>)>(null);
export const offlineReady = signal(false);
export const updateProblem = signal<string | null>(null);

/** Saves every edit, then (only if all were saved) takes the new version. */
export async function takeUpdate(): Promise<boolean> {
  const apply = pendingUpdate.value;
  if (!apply) return false;
  // Drafts load with the application screens; the shell does not carry them.
  const { flushAll } = await import('../state/draft.ts');
  const saved = await flushAll();
  if (!saved) {
    updateProblem.value = 'Some changes could not be saved, so the new version was not loaded yet. Your changes are still on this page.';
    return false;
  }
  await apply();
  return true;
}
