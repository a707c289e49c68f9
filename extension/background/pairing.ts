// The pairing between the companion and one workbook: the workbook's key, confirmed once by the
// user typing the code their workbook shows into the companion's popup. Only a page at the
// workbook's address that presents that key receives observations or may replace the drafts mirror.

import { pairingCode, pairingKeyHash } from '../../core/bridge/pairing.ts';
import type { PairingStatus } from '../../core/bridge/schema.ts';
import { api } from '../shared/api.ts';
import { KEYS } from '../shared/settings.ts';

/** A confirmed pairing: the workbook's origin and the hash of its key (the key stays in the workbook). */
export interface Pairing {
  origin: string;
  keyHash: string;
  at: string;
}

/** A workbook page asked to pair; it waits for the user to type the code into the popup. */
interface PairingRequest extends Pairing {
  code: string;
}

/** A request the user leaves unanswered lapses after this long. */
const REQUEST_TTL_MS = 10 * 60 * 1000;

const isRecord = (x: unknown): x is Record<string, string> =>
  typeof x === 'object' && x !== null && ['origin', 'keyHash', 'at'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string');

export async function readPairing(): Promise<Pairing | null> {
  const raw = (await api.storage.local.get(KEYS.pairing))[KEYS.pairing];
  return isRecord(raw) ? { origin: raw.origin!, keyHash: raw.keyHash!, at: raw.at! } : null;
}

async function readRequest(): Promise<PairingRequest | null> {
  const raw = (await api.storage.local.get(KEYS.pairingRequest))[KEYS.pairingRequest];
  if (!isRecord(raw) || typeof raw.code !== 'string') return null;
  if (!(Date.now() - Date.parse(raw.at!) < REQUEST_TTL_MS)) return null;
  return { origin: raw.origin!, keyHash: raw.keyHash!, at: raw.at!, code: raw.code };
}

/** Records a workbook page's request to pair (replacing any earlier one). */
export async function requestPairing(origin: string, key: string): Promise<void> {
  const request: PairingRequest = {
    origin,
    keyHash: await pairingKeyHash(key),
    code: await pairingCode(key),
    at: new Date().toISOString(),
  };
  await api.storage.local.set({ [KEYS.pairingRequest]: request });
}

/** The user typed a code in the popup: pairs with the waiting workbook if it is that workbook's code. */
export async function confirmPairing(typed: string): Promise<Pairing | null> {
  const request = await readRequest();
  const digits = typed.replace(/\D/g, '');
  if (!request || digits.length !== 6 || digits !== request.code.replace(/\D/g, '')) return null;
  const pairing: Pairing = { origin: request.origin, keyHash: request.keyHash, at: new Date().toISOString() };
  await api.storage.local.set({ [KEYS.pairing]: pairing });
  await api.storage.local.remove(KEYS.pairingRequest);
  return pairing;
}

/** Drops a waiting request; a confirmed pairing stays. */
export async function declinePairing(): Promise<void> {
  await api.storage.local.remove(KEYS.pairingRequest);
}

/** Forgets the pairing and any waiting request. */
export async function forgetPairing(): Promise<void> {
  await api.storage.local.remove([KEYS.pairing, KEYS.pairingRequest]);
}

/** Where a workbook page at `origin` holding the key with hash `keyHash` stands. */
export async function statusOf(origin: string, keyHash: string | null): Promise<PairingStatus> {
  if (keyHash === null) return 'unpaired';
  const pairing = await readPairing();
  if (pairing && pairing.origin === origin && pairing.keyHash === keyHash) return 'paired';
  const request = await readRequest();
  return request && request.origin === origin && request.keyHash === keyHash ? 'waiting' : 'unpaired';
}
