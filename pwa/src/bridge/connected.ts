// Where the bridge with the companion extension stands on this page (set by bridge/start.ts,
// read by the screens): small, so a screen can show it without loading the bridge.
import { signal } from '@preact/signals';
import type { PairingStatus } from '../../../core/bridge/schema.ts';

/** Whether the companion extension has said hello on this page. */
export const extensionConnected = signal(false);
/** Where the pairing with the companion stands, as it last said; null before it said anything. */
export const companionPairing = signal<PairingStatus | null>(null);
/** The code to type into the companion while a pairing request waits. */
export const pairingCodeShown = signal<string | null>(null);
