// The workbook side of the bridge with the companion extension. The extension's relay script
// talks to this page with window.postMessage; once the applicant has paired the two (the page
// shows a code, the applicant types it into the companion), this page sends the drafts mirror and
// stores what the extension observed in Career Manager. No server is involved.

import * as v from 'valibot';
import { newPairingKey, pairingCode } from '../../../core/bridge/pairing.ts';
import {
  BRIDGE_VERSION,
  effectiveLimits,
  MirrorLimitsSchema,
  readExtensionMessage,
  WORKBOOK_SOURCE,
  type WorkbookMessage,
} from '../../../core/bridge/schema.ts';
import { readApplicantRules } from '../../../core/rules/choices.ts';
import { readPairingKey, savePairingKey } from '../db/bridge.ts';
import { liveMirrorSource, storeObservations } from '../db/observations.ts';
import { companionPairing, extensionConnected, pairingCodeShown } from './connected.ts';

let started = false;
let key: string | null = null;
let following: { unsubscribe(): void } | null = null;
/** Bumped whenever following stops, so a mirror builder still loading does not start following late. */
let generation = 0;

type Body = WorkbookMessage extends infer M ? (M extends unknown ? Omit<M, 'source' | 'v'> : never) : never;

function post(message: Body): void {
  window.postMessage({ source: WORKBOOK_SOURCE, v: BRIDGE_VERSION, ...message }, location.origin);
}

/**
 * Sends the mirror while paired: the applications as they change, reduced to what the companion
 * reads, with what the workbook concludes under the applicant's rules (the limits and the
 * switches set on the Rules screen), so the overlay flags what the workbook flags.
 */
async function follow(): Promise<void> {
  stopFollowing();
  const mine = generation;
  // The mirror builder brings in the progress rules: loaded only once a paired companion is there.
  const [{ mirrorOf }, { RULE_DEFAULTS, rulesInForce }] = await Promise.all([
    import('../../../core/bridge/mirror.ts'),
    import('../../../core/rules/adjustable.ts'),
  ]);
  if (mine !== generation) return;
  following = liveMirrorSource().subscribe({
    next({ applications, limitOverrides, ruleChoices }) {
      const read = v.safeParse(MirrorLimitsSchema, limitOverrides);
      const limits = effectiveLimits(read.success ? read.output : undefined);
      const rules = rulesInForce(RULE_DEFAULTS, { limits, switches: readApplicantRules(ruleChoices).switches });
      const mirrored = applications.flatMap((a) => {
        try {
          return [mirrorOf(a, rules)];
        } catch {
          return []; // an application the rules cannot read is left out, not guessed at
        }
      });
      post({ type: 'mirror', at: new Date().toISOString(), applications: mirrored, limits });
    },
    error: () => undefined,
  });
}

function stopFollowing(): void {
  generation++;
  following?.unsubscribe();
  following = null;
}

/**
 * Asks the companion to pair with this workbook: keeps a key (a new one the first time) and shows
 * the code the applicant types into the companion's popup.
 */
export async function pairWithCompanion(): Promise<boolean> {
  const next = key ?? newPairingKey();
  if (next !== key && !(await savePairingKey(next))) return false;
  key = next;
  pairingCodeShown.value = await pairingCode(next);
  post({ type: 'pair', key: next });
  return true;
}

/**
 * Starts listening for the companion extension on this page, first handling `early`: messages
 * that arrived while this code was loading. Safe to call once at start-up.
 */
export function startBridge(early: readonly MessageEvent[] = []): void {
  if (started || typeof window === 'undefined') return;
  started = true;

  const receive = (event: MessageEvent) => {
    // Only messages posted by this page's own window (the relay runs in it), never from frames or other origins.
    if (event.source !== window || event.origin !== location.origin) return;
    const read = readExtensionMessage(event.data);
    if (!read.ok) return;
    const message = read.message;
    if (message.type === 'hello') {
      extensionConnected.value = true;
      companionPairing.value = message.pairing;
      if (message.pairing === 'paired') {
        pairingCodeShown.value = null;
        // A hello again (the companion restarted) gets the mirror again.
        void follow();
      } else stopFollowing();
    } else if (message.type === 'observations') {
      void storeObservations(message.observations)
        .then(() => post({ type: 'ack', ids: message.observations.map((o) => o.id) }))
        .catch(() => undefined); // not acknowledged: the extension offers them again next time
    }
  };
  for (const event of early) receive(event);
  window.addEventListener('message', receive);
  void readPairingKey()
    .catch(() => null)
    .then((stored) => {
      key = stored;
      post({ type: 'ready', key });
    });
}
