// Canonical JSON: equal data, equal text, whatever the order of keys. The workbook's one
// equality of data, and what snapshot hashes are taken over.
import { closeBidi } from '../text/bidi.ts';

/** JSON with object keys sorted at every level and no whitespace: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  // A string as it reads: an import closes bidi controls left open (core/text/bidi.ts), and a
  // snapshot hashed before that must still match, and still be the same data.
  if (typeof value === 'string') return JSON.stringify(closeBidi(value));
  if (value === null || typeof value !== 'object') {
    // Matches JSON.stringify: non-finite numbers become null; undefined/functions are dropped by callers.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** Whether two values hold the same data, whatever the order of their keys (the one equality of the codebase). */
export function sameData(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}
