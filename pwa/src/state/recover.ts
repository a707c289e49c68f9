// Merging what other tabs left unsaved (db/unsaved.ts) into what is stored: their changes on
// top, field by field (state/rebase.ts). Started once the first screen is drawn.
import type { Application } from '../../../core/types.ts';
import { type UnsavedRecord, watchUnsaved } from '../db/unsaved.ts';
import { rebase } from './rebase.ts';

/** A gone tab's unsaved version merged onto what is stored now; null when nothing of it is left to store. */
export function mergeUnsaved(record: UnsavedRecord, stored: Application | undefined): Application | null {
  if (!stored) return record.local;
  const merged = rebase(record.local, record.base, stored, new Date().toISOString());
  return merged.pending ? merged.app : null;
}

/** Merges the unsaved records of tabs that have gone, now and whenever another tab leaves one. */
export function recoverUnsavedEdits(): void {
  watchUnsaved(mergeUnsaved);
}
