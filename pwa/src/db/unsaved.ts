// What a tab had not saved when it was hidden or closed. The page may be gone before a
// transaction that reads can finish (measured in Chromium: a read-then-write issued on page hide
// did not complete in any of 10 reloads, a plain write did), and a plain write over the stored
// application could undo what another tab saved a moment before. So the tab's unsaved version
// is put, unread, as a record of its own (in `settings`, under `unsaved:<application>:<tab>`).
// If the tab lives on, its next save merges it and removes the record in one transaction;
// if it has gone, another tab (as soon as the first is really gone) or the next start of the
// workbook merges it into the application in one transaction with reading what is stored.
import type { Application } from '../../../core/types.ts';
import { db } from './database.ts';
import { describeStorageError, storageProblem } from './status.ts';

const PREFIX = 'unsaved:';
const CHANNEL = 'proreg-unsaved';

/** This page's own id: it names its unsaved records and the lock that says the page is still open. */
export const TAB_ID: string = globalThis.crypto.randomUUID();

/** One tab's unsaved version of one application, and the stored version it was made on. */
export interface UnsavedRecord {
  applicationId: string;
  tabId: string;
  base: Application | null;
  local: Application;
  at: string;
  /** How many edits the tab had made when it wrote this (its saves remove records they cover); absent in older records. */
  edits?: number;
}

/** Merges an unsaved record into what is stored now; null when nothing is to be written. */
export type MergeUnsaved = (record: UnsavedRecord, stored: Application | undefined) => Application | null;

/** The settings key of a tab's unsaved record for an application. */
export const unsavedKey = (applicationId: string, tabId: string = TAB_ID): string => `${PREFIX}${applicationId}:${tabId}`;

const TAB_LOCK_PREFIX = 'proreg-tab-';
const tabLock = (tabId: string) => `${TAB_LOCK_PREFIX}${tabId}`;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

function isRecord(value: unknown): value is UnsavedRecord {
  const r = value as Partial<UnsavedRecord> | null;
  return (
    typeof r === 'object' && r !== null && typeof r.applicationId === 'string' && typeof r.tabId === 'string' && typeof r.local === 'object'
  );
}

/**
 * Puts this tab's unsaved version of an application now, within the current event (for page
 * hide), and tells the other tabs. True when the write was issued.
 */
export function keepUnsavedNow(applicationId: string, base: Application | null, local: Application, edits?: number): boolean {
  if (!db.isOpen()) return false;
  try {
    const record: UnsavedRecord = { applicationId, tabId: TAB_ID, base, local, at: new Date().toISOString(), edits };
    const tx = db.backendDB().transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: unsavedKey(applicationId), value: record });
    tx.commit?.();
    // Another tab's read starts after this write (a later transaction over the same store waits for it).
    channel?.postMessage({ tabId: TAB_ID });
    return true;
  } catch {
    return false;
  }
}

/** Merges every unsaved record `tabId` left into its application, and removes it, in one transaction. */
export async function recoverUnsaved(tabId: string, merge: MergeUnsaved): Promise<number> {
  let merged = 0;
  await db.transaction('rw', [db.applications, db.settings], async () => {
    const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
    for (const row of rows) {
      if (!isRecord(row.value) || row.value.tabId !== tabId || row.key !== unsavedKey(row.value.applicationId, tabId)) continue;
      const next = merge(row.value, await db.applications.get(row.value.applicationId));
      if (next) await db.applications.put(next);
      await db.settings.delete(row.key);
      merged++;
    }
  });
  return merged;
}

/** Removes every tab's unsaved record of an application (it is being deleted); call inside a transaction over `settings`. */
export function forgetUnsaved(applicationId: string): Promise<number> {
  return db.settings.where('key').startsWith(`${PREFIX}${applicationId}:`).delete();
}

let holding = false;

/** Holds this tab's lock while the page lives: its release is how other tabs know the page has gone. */
export function holdTabLock(): void {
  if (holding) return;
  holding = true;
  void globalThis.navigator?.locks?.request(tabLock(TAB_ID), () => new Promise<void>(() => undefined));
}

/**
 * Has every live query of this tab read again, the way a notice of another tab's write would.
 * A tab closed just after its save committed may never send that notice (the page is torn
 * down between the commit and the broadcast), and its save has removed its unsaved record, so
 * nothing else would tell this tab the text is stored. The event is Dexie's own path for a
 * notice from elsewhere: it also drops cached query results.
 */
function rereadLiveQueries(): void {
  globalThis.dispatchEvent?.(new CustomEvent('x-storagemutated-1', { detail: { all: true } }));
}

/**
 * Holds this tab's lock, and merges the unsaved records of other tabs once
 * they have gone: those left before this page started, and those another tab writes while it
 * is hidden or closing (it may still be alive: then it saves them itself, and its lock is
 * released only when it closes). Once such a tab has gone, what this tab shows is read again.
 */
export function watchUnsaved(merge: MergeUnsaved): void {
  const locks = globalThis.navigator?.locks;
  holdTabLock();
  const waiting = new Set<string>();
  const recoverWhenGone = (tabId: string) => {
    if (tabId === TAB_ID || waiting.has(tabId)) return;
    waiting.add(tabId);
    const run = () =>
      recoverUnsaved(tabId, merge)
        .catch((error: unknown) => {
          storageProblem.value = describeStorageError(error);
        })
        .finally(() => {
          waiting.delete(tabId);
          rereadLiveQueries();
        });
    if (locks) void locks.request(tabLock(tabId), run);
    else void run();
  };
  // Tabs open before this one started watching (their notices may have come before it listened).
  void locks
    ?.query()
    .then((state) => {
      for (const lock of state.held ?? []) {
        const tabId = lock.name?.startsWith(TAB_LOCK_PREFIX) ? lock.name.slice(TAB_LOCK_PREFIX.length) : null;
        if (tabId) recoverWhenGone(tabId);
      }
    })
    .catch(() => undefined);
  channel?.addEventListener('message', (event: MessageEvent) => {
    const tabId = (event.data as { tabId?: unknown } | null)?.tabId;
    if (typeof tabId === 'string') recoverWhenGone(tabId);
  });
  void db.settings
    .where('key')
    .startsWith(PREFIX)
    .toArray()
    .then((rows) => {
      for (const row of rows) if (isRecord(row.value)) recoverWhenGone(row.value.tabId);
    })
    .catch((error: unknown) => {
      storageProblem.value = describeStorageError(error);
    });
}
