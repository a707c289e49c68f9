// The observations the companion keeps until the workbook has stored them.
import * as v from 'valibot';
import { type Observation, ObservationSchema } from '../../core/bridge/schema.ts';
import { api } from '../shared/api.ts';
import { KEYS } from '../shared/settings.ts';

/** How many observations are kept; the oldest delivered ones go first. */
const KEEP = 500;

/** An observation and whether the workbook has stored it yet. */
interface StoredObservation {
  observation: Observation;
  delivered: boolean;
}

const StoredObservationSchema = v.object({ observation: ObservationSchema, delivered: v.boolean() });

// Storage writes are serialised so two pages reporting at once cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Every observation kept, oldest first; entries that cannot be read are skipped. */
async function readObservations(): Promise<StoredObservation[]> {
  const raw = (await api.storage.local.get(KEYS.observations))[KEYS.observations];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = v.safeParse(StoredObservationSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

function sameContent(a: Observation, b: Observation): boolean {
  return a.kind === b.kind && a.applicationId === b.applicationId && a.url === b.url && JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** Keeps an observation unless it repeats the latest one of its kind; returns whether it was new. */
export function keep(observation: Observation): Promise<boolean> {
  return serial(async () => {
    const all = await readObservations();
    const latest = [...all]
      .reverse()
      .find((s) => s.observation.kind === observation.kind && s.observation.applicationId === observation.applicationId);
    if (latest && sameContent(latest.observation, observation)) return false;
    all.push({ observation, delivered: false });
    while (all.length > KEEP) {
      const i = all.findIndex((s) => s.delivered);
      all.splice(Math.max(i, 0), 1);
    }
    await api.storage.local.set({ [KEYS.observations]: all });
    return true;
  });
}

/** Marks observations as stored by the workbook. */
export function delivered(ids: readonly string[]): Promise<void> {
  const set = new Set(ids);
  return serial(async () => {
    const all = (await readObservations()).map((s) => (set.has(s.observation.id) ? { ...s, delivered: true } : s));
    await api.storage.local.set({ [KEYS.observations]: all });
  });
}

/** Observations the workbook has not stored yet. */
export async function pending(): Promise<Observation[]> {
  return (await readObservations()).filter((s) => !s.delivered).map((s) => s.observation);
}
