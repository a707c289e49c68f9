// What the workbook knows about its own storage: the last problem, and whether another tab
// runs a newer version (then this tab must stop writing and ask to reload).
import { signal } from '@preact/signals';

/** The last storage failure, in words for the user; null when all is well. */
export const storageProblem = signal<string | null>(null);

/** True while something typed in this tab is not stored yet (state/draft.ts keeps it). */
export const unsavedInThisTab = signal(false);

/** True once another tab opened a newer schema: this tab then writes nothing more. */
export const newerVersionElsewhere = signal(false);

/** Turns an IndexedDB / Dexie failure into a sentence that says what happened and what is kept. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your device is out of storage space, so the latest change could not be saved. Everything saved before it is still here. Free some space (or remove a large document) and try again.';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'A newer version of the workbook is open in another tab. Reload this tab to carry on.';
  }
  if (name === 'DatabaseClosedError' && newerVersionElsewhere.value) {
    return 'A newer version of the workbook is open in another tab. Reload this tab to carry on.';
  }
  const message = (error as { message?: string } | null)?.message ?? String(error);
  return `The workbook could not save to this device's storage (${name || 'error'}: ${message}). Everything saved before is still here.`;
}

/** Refusal used when this tab has stopped writing. */
export class WritesStopped extends Error {
  override name = 'WritesStopped';
  constructor() {
    super('A newer version of the workbook is open in another tab. Reload this tab to carry on.');
  }
}

/**
 * Runs one storage write. On failure the problem is shown (never swallowed) and false is
 * returned so the caller keeps its unsaved state; nothing already saved is touched.
 */
export async function guardedWrite(work: () => Promise<unknown>): Promise<boolean> {
  if (newerVersionElsewhere.value) {
    storageProblem.value = new WritesStopped().message;
    return false;
  }
  try {
    await work();
    if (storageProblem.value && !newerVersionElsewhere.value) storageProblem.value = null;
    return true;
  } catch (error) {
    storageProblem.value = describeStorageError(error);
    return false;
  }
}
