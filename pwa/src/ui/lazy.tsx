// A part of the workbook loaded on demand (a dynamic import), so the start path carries only the
// shell, the store and the screen on show. The service worker precaches every part, so loading
// on demand works offline too; if a part still cannot be loaded, the user is told and can retry.
import { signal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';

type State<P> = { component: ComponentType<P> } | { failed: true } | null;

export interface Lazy<P> {
  (props: P): JSX.Element | null;
  /** Starts loading now (e.g. for the route being opened), so rendering finds it ready. */
  preload(): Promise<void>;
}

const inFlight = new Set<Promise<unknown>>();

/** Resolves once every load started so far has settled (tests wait for it before tearing down). */
export function lazyLoadsSettled(): Promise<unknown> {
  return Promise.allSettled([...inFlight]);
}

/**
 * A component whose code is fetched the first time it is shown or preloaded. A whole part (a
 * screen, a panel) says it is loading; a tool inside a screen (`inline`, naming what it is) shows
 * nothing until it is there, so the screen around it does not jump.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>, inline?: string): Lazy<P> {
  const state = signal<State<P>>(null);
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> => {
    if (pending) return pending;
    const loading = load().then(
      (component) => {
        state.value = { component };
      },
      () => {
        pending = null;
        state.value = { failed: true };
      },
    );
    pending = loading;
    inFlight.add(loading);
    void loading.finally(() => inFlight.delete(loading));
    return loading;
  };
  function LazyPart(props: P): JSX.Element | null {
    const current = state.value;
    if (current && 'component' in current) {
      const Part = current.component as ComponentType<P>;
      return <Part {...props} />;
    }
    if (current) {
      return (
        <div role="alert" class="problem">
          <p>
            {inline ? `The ${inline} could not be loaded.` : 'This part of the workbook could not be loaded.'} Your work is safe on this
            device. Check the connection, then try again.
          </p>
          <button
            type="button"
            onClick={() => {
              state.value = null;
              void preload();
            }}
          >
            Try again
          </button>
        </div>
      );
    }
    void preload();
    return inline ? null : <p class="loading">Loading…</p>;
  }
  LazyPart.preload = preload;
  return LazyPart;
}
