// The first read of the workbook, straight from IndexedDB before Dexie has loaded, so the list of
// applications is drawn as soon as the shell is; Dexie follows (applications.ts) and keeps the
// list live from then on. Read-only: it never creates or upgrades the database, and it lets go
// of its connection as soon as it has read, so it never stands in the way of an upgrade.
import type { Application } from '../../../core/types.ts';
import { DB_NAME } from './name.ts';

/** The stored applications, the most recently changed first; null when they cannot be read this way (Dexie will). */
export function readApplicationsNow(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<Application[] | null> {
  return new Promise((resolve) => {
    if (!factory) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      return resolve(null);
    }
    // No database yet: do not create one here (Dexie creates it with its schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('applications')) {
          db.close();
          return resolve(null);
        }
        const read = db.transaction('applications', 'readonly').objectStore('applications').getAll();
        read.onsuccess = () => {
          db.close();
          const list = read.result as Application[];
          resolve(list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)));
        };
        read.onerror = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
