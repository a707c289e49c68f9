// Persistent storage: ask for it once, and report what the browser said and how much is used.
import { signal } from '@preact/signals';

export type Persistence = 'unknown' | 'persistent' | 'not-granted' | 'unsupported';

export const persistence = signal<Persistence>('unknown');

/** Asks the browser to keep the workbook's data under storage pressure; records the outcome. */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) {
    persistence.value = 'unsupported';
    return persistence.value;
  }
  try {
    const granted = (await storage.persisted()) || (await storage.persist());
    persistence.value = granted ? 'persistent' : 'not-granted';
  } catch {
    persistence.value = 'not-granted';
  }
  return persistence.value;
}

export interface Usage {
  usage: number;
  quota: number;
}

/** How much the site stores and may store, or null where the browser cannot say. */
export async function storageUsage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Usage | null> {
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
