// The list of applications, for the first screen: read at once (first.ts), then followed live by
// Dexie (so other tabs' changes show) once its code has loaded.
import { signal } from '@preact/signals';
import type { Application } from '../../../core/types.ts';
import { readApplicationsNow } from './first.ts';

/** Every application, the most recently changed first; undefined until first read. */
export const applications = signal<Application[] | undefined>(undefined);
let following = false;

/** Starts reading and following the applications (once); resolves when the first read is in. */
export function followApplications(): Promise<void> {
  if (following) return Promise.resolve();
  following = true;
  const first = readApplicationsNow().then((list) => {
    if (list && applications.value === undefined) applications.value = list;
  });
  // Dexie's code loads after the first read, so the two do not compete for the page.
  void first
    .then(() => import('./store.ts'))
    .then((store) =>
      store.liveApplications().subscribe({
        next: (list) => {
          applications.value = list;
        },
        error: store.reportStorageError,
      }),
    );
  return first;
}
