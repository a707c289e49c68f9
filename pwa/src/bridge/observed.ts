// What the companion extension observed in Career Manager for one application, followed live
// (observations arrive while the workbook is open). Shared by the screens that show them.
import type { Observation } from '../../../core/bridge/schema.ts';
import { liveObservations } from '../db/observations.ts';
import { useLive } from '../state/live.ts';
import { formatDateTime } from '../ui/format.ts';

export type ObservationOf<K extends Observation['kind']> = Extract<Observation, { kind: K }>;

/** Observations for this application, and those made before any application was linked. */
export function useObservations(applicationId: string): Observation[] {
  return useLive<Observation[]>(() => liveObservations(applicationId), [applicationId], []).value;
}

/** The most recent observation of one kind, if any. */
export function latestOf<K extends Observation['kind']>(all: readonly Observation[], kind: K): ObservationOf<K> | undefined {
  return all.filter((o): o is ObservationOf<K> => o.kind === kind).sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** When something was seen, written as everywhere else in the workbook. */
export const seenOn = (iso: string): string => formatDateTime(iso);

/** The sector list the extension last saw on Career Manager's Panelling Information page. */
export function useObservedSectors(applicationId: string): { sectors: string[]; at: string } | null {
  const sectors = latestOf(useObservations(applicationId), 'sectors');
  return sectors && sectors.data.sectors.length > 0 ? { sectors: sectors.data.sectors, at: sectors.at } : null;
}
