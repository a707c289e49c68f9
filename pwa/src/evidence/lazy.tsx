// A component whose code loads on first use, so the evidence tools never weigh on the start path.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Wraps `load` in a component that renders nothing until the code arrives, and says so if it cannot. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  const failed = signal(false);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().then(
      (c) => {
        loaded.value = c;
      },
      () => {
        started = false;
        failed.value = true;
      },
    );
  };
  return function Lazy(props: P) {
    const C = loaded.value;
    if (C) return <C {...props} />;
    if (failed.value) return <p class="note">The {what} could not be loaded. Reload the page to try again.</p>;
    start();
    return null;
  };
}
