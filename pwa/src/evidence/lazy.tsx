// A component whose code loads on first use, so the evidence tools never weigh on the start path.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

const inFlight = new Set<Promise<unknown>>();

/** Resolves once every load started so far has settled (tests wait for it before tearing down). */
export function lazyLoadsSettled(): Promise<unknown> {
  return Promise.allSettled([...inFlight]);
}

/** Wraps `load` in a component that renders nothing until the code arrives, and says so if it cannot. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  const failed = signal(false);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const loading = load().then(
      (c) => {
        loaded.value = c;
      },
      () => {
        started = false;
        failed.value = true;
      },
    );
    inFlight.add(loading);
    void loading.finally(() => inFlight.delete(loading));
  };
  return function Lazy(props: P) {
    const C = loaded.value;
    if (C) return <C {...props} />;
    if (failed.value) return <p class="note">The {what} could not be loaded. Reload the page to try again.</p>;
    start();
    return null;
  };
}
