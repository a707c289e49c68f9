// Limits in force: core's defaults with the user's overrides from Settings.
import { computed, signal } from '@preact/signals';
import { DEFAULT_LIMITS } from '../../../core/index.ts';
import type { Limits } from '../../../core/types.ts';
import { liveLimitOverrides } from '../db/store.ts';

export const limitOverrides = signal<Partial<Limits>>({});

export const limits = computed<Limits>(() => ({ ...DEFAULT_LIMITS, ...limitOverrides.value }));

/** Keeps the limits in step with Settings, in this tab and others. */
export function watchLimits(): { unsubscribe(): void } {
  return liveLimitOverrides().subscribe({
    next: (value) => {
      limitOverrides.value = value;
    },
  });
}
