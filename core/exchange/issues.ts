// What an import found wrong (errors) or worth a second look (warnings), each with where.

/** One problem in a file: a dotted field path ('' for the file as a whole), plain words, and the technical detail if any. */
export interface ExchangeIssue {
  path: string;
  message: string;
  /** What the parser or schema said, for someone who wants to dig in; never the main message. */
  detail?: string;
}

/** A parse outcome: the value with any warnings, or the errors that rejected the file. */
export type ExchangeResult<T> = { ok: true; value: T; warnings: ExchangeIssue[] } | { ok: false; errors: ExchangeIssue[] };

/** A rejection with a single issue. */
export function reject<T>(path: string, message: string, detail?: string): ExchangeResult<T> {
  return { ok: false, errors: [detail === undefined ? { path, message } : { path, message, detail }] };
}

/** Joins path segments the way users read them: roles[2].title. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (safe !== key) return `${parent}[${safe}]`;
  return parent ? `${parent}.${key}` : key;
}
