// Bridges Dexie liveQuery observables to signals, so writes from any tab re-render.
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeStorageError, storageProblem } from '../db/status.ts';

interface Observable<T> {
  subscribe(observer: { next(value: T): void; error(error: unknown): void }): { unsubscribe(): void };
}

/** A signal following an observable (e.g. a liveQuery), re-subscribed when deps change. */
export function useLive<T>(make: () => Observable<T>, deps: unknown[], initial: T): Signal<T> {
  const value = useSignal(initial);
  useEffect(() => {
    const sub = make().subscribe({
      next: (v) => {
        value.value = v;
      },
      error: (e) => {
        storageProblem.value = describeStorageError(e);
      },
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
