// Whether the companion extension has said hello on this page (set by the bridge, bridge/start.ts).
import { signal } from '@preact/signals';

export const extensionConnected = signal(false);
