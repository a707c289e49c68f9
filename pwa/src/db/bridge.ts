// The pairing key of the bridge to the companion extension, kept in the workbook's database.
import { db } from './database.ts';
import { guardedWrite } from './status.ts';

const PAIRING_KEY = 'companion-pairing-key';

/** The key this workbook paired (or asked to pair) the companion with; null before the first time. */
export async function readPairingKey(): Promise<string | null> {
  const value = (await db.settings.get(PAIRING_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

/** Keeps the pairing key; false (with the problem shown) when it could not be stored. */
export function savePairingKey(key: string): Promise<boolean> {
  return guardedWrite(() => db.settings.put({ key: PAIRING_KEY, value: key }));
}
