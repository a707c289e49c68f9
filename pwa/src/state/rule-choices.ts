// The applicant's choices on the Rules screen (the limits and switches they changed), kept in
// step with what is stored by db/start.ts. Only the stored choices, and no Dexie: the rules in
// force are made from them in rules.ts, which the screens load, so the rules data stays off the
// start path.
import { signal } from '@preact/signals';
import type { Limits, SwitchId } from '../../../core/types.ts';

/** The limits the applicant changed (only those). */
export const limitOverrides = signal<Partial<Limits>>({});
/** The switches the applicant turned (only those). */
export const switchOverrides = signal<Readonly<Record<SwitchId, boolean>>>({});
