// Bridges Dexie liveQuery observables to signals, so writes from any tab re-render.
import { signal, useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { storageProblem, describeStorageError } from '../db/status.ts';

interface Observable<T> {
  subscribe(observer: { next(value: T): void; error(error: unknown): void }): { unsubscribe(): void };
}

/** A signal that follows an observable until the returned stop() is called. */
export function liveSignal<T>(source: Observable<T>, initial: T): { value: Signal<T>; stop(): void } {
  const value = signal(initial);
  const sub = source.subscribe({
    next: (v) => {
      value.value = v;
    },
    error: (e) => {
      storageProblem.value = describeStorageError(e);
    },
  });
  return { value, stop: () => sub.unsubscribe() };
}

/** Hook form of liveSignal, re-subscribed when deps change. */
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
