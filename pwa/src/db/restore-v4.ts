// Database version 4: stored applications, the applications kept in mentor reviews, and the
// versions a closed tab left unsaved (db/unsaved.ts), restored to the shape of the adviser answer
// and the guide's "Not Applicable" (core's restore). Loaded only when an older database upgrades.
import type { Transaction } from 'dexie';
import { restoreApplication } from '../../../core/application/restore.ts';
import { migrate } from '../../../core/exchange/migrate.ts';

/** The format version this upgrade brings files up to (a released upgrade does not change with later formats). */
const TARGET = 5;

/** A mentor review's application file, moved up to format 5 like an imported file. */
function restoreReviewSource(data: unknown): unknown {
  if (data === null || typeof data !== 'object') return data;
  const source = (data as { source?: unknown }).source;
  if (source === null || typeof source !== 'object') return data;
  const version = (source as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version >= TARGET) return data;
  return { ...data, source: migrate(source as Record<string, unknown>, version, TARGET) };
}

/** A closed tab's unsaved record (db/unsaved.ts): both versions restored, so the merge after the upgrade compares like with like. */
function restoreUnsaved(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const record = value as { base?: unknown; local?: unknown };
  return { ...record, base: restoreApplication(record.base ?? null), local: restoreApplication(record.local) };
}

/** Restores every stored application, every mentor review's application and every unsaved record, inside the upgrade transaction. */
export async function restoreStored(tx: Transaction): Promise<void> {
  await tx
    .table('applications')
    .toCollection()
    .modify((app: unknown, ref: { value: unknown }) => {
      ref.value = restoreApplication(app);
    });
  await tx
    .table('reviews')
    .toCollection()
    .modify((row: { data: unknown }) => {
      row.data = restoreReviewSource(row.data);
    });
  // Unsaved records live in `settings` under "unsaved:<application>:<tab>" (db/unsaved.ts).
  await tx
    .table('settings')
    .where('key')
    .startsWith('unsaved:')
    .modify((row: { value: unknown }) => {
      row.value = restoreUnsaved(row.value);
    });
}
