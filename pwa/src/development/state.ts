// The development record of one application as a signal, and how screens change it.
import type { Signal } from '@preact/signals';
import type { DevelopmentData } from '../../../core/development/data.ts';
import { liveDevelopment, updateDevelopment } from '../db/development.ts';
import { useLive } from '../state/live.ts';

export interface DevelopmentHandle {
  /** undefined while loading. */
  data: Signal<DevelopmentData | undefined>;
  /** Applies a change to the latest stored record; false when it could not be saved (the problem is shown). */
  change(fn: (d: DevelopmentData) => DevelopmentData): Promise<boolean>;
}

export function useDevelopment(applicationId: string): DevelopmentHandle {
  const data = useLive<DevelopmentData | undefined>(() => liveDevelopment(applicationId), [applicationId], undefined);
  return { data, change: (fn) => updateDevelopment(applicationId, fn) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the applicant's own calendar (not UTC), as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const newId = (): string => crypto.randomUUID();
