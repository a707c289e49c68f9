// A signal that follows another once it stops changing for a moment: what is costly to derive
// (progress, badges, changes since the lock) follows the application after typing pauses, not
// on every key.
import { type ReadonlySignal, type Signal, useSignal, useSignalEffect } from '@preact/signals';

const SETTLE_MS = 250;

/** `source`'s value, `ms` after its last change (at once on first render). */
export function useSettled<T>(source: ReadonlySignal<T>, ms = SETTLE_MS): Signal<T> {
  const settled = useSignal(source.peek());
  useSignalEffect(() => {
    const value = source.value;
    if (value === settled.peek()) return;
    // Arriving (loaded, or gone) is shown at once; only changes wait for a pause.
    if (value == null || settled.peek() == null) {
      settled.value = value;
      return;
    }
    const timer = setTimeout(() => {
      settled.value = value;
    }, ms);
    return () => clearTimeout(timer);
  });
  return settled;
}
