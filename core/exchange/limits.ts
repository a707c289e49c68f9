// Limits checked on the raw text and the parsed tree BEFORE schema validation, so a hostile
// file (huge, deeply nested, prototype-polluting keys) is refused cheaply and without recursion.
import { joinPath, type ExchangeIssue } from './issues.ts';

export interface ExchangeLimits {
  /** Characters of the whole file (an .html export counts its markup too). */
  maxFileChars: number;
  /** Nesting of arrays and objects in the embedded JSON. */
  maxDepth: number;
  /** Characters of any one string (attachments' base64 included). */
  maxStringChars: number;
  /** Characters of any string that is not an attachment's bytes. */
  maxTextChars: number;
  /** Items in any one array and keys in any one object. */
  maxArrayItems: number;
  /** Values in the whole tree. */
  maxNodes: number;
  /** Bytes of any one attachment. */
  maxAttachmentBytes: number;
}

/** Defaults: generous for a real workbook, small enough that a browser tab survives. */
export const EXCHANGE_LIMITS: ExchangeLimits = {
  maxFileChars: 120 * 1024 * 1024,
  maxDepth: 32,
  maxStringChars: 28 * 1024 * 1024,
  maxTextChars: 100_000,
  maxArrayItems: 5_000,
  maxNodes: 500_000,
  maxAttachmentBytes: 20 * 1024 * 1024,
};

/** Longest field name or key accepted (ids are at most 200). */
const MAX_KEY_CHARS = 1_000;

/** Keys that could reach an object's prototype if copied carelessly; never accepted. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of [ and { in JSON text, counted in one pass outside strings (no parsing). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Parses JSON text after a depth check; never recurses on the input's nesting. */
export function parseJsonSafely(text: string, limits: ExchangeLimits = EXCHANGE_LIMITS): { ok: true; value: unknown } | { ok: false; issue: ExchangeIssue } {
  if (text.length > limits.maxFileChars) {
    return { ok: false, issue: { path: '', message: `The file is too large (${text.length.toLocaleString('en-GB')} characters; the limit is ${limits.maxFileChars.toLocaleString('en-GB')}).` } };
  }
  const depth = jsonDepth(text);
  if (depth > limits.maxDepth) {
    return { ok: false, issue: { path: '', message: `The data is nested ${depth} levels deep; a ProReg Companion file never goes deeper than ${limits.maxDepth}.` } };
  }
  try {
    // JSON.parse defines keys as own properties (a "__proto__" key cannot change a prototype
    // here); checkTree below then rejects such keys before anything copies the data.
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { path: '', message: `The data is not valid JSON (${detail}).` } };
  }
}

/** Walks a parsed tree iteratively and reports forbidden keys and oversized strings, arrays, objects. */
export function checkTree(root: unknown, limits: ExchangeLimits = EXCHANGE_LIMITS, isBytes: (path: string) => boolean = () => false): ExchangeIssue[] {
  const issues: ExchangeIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) {
      issues.push({ path: '', message: `The file holds more than ${limits.maxNodes.toLocaleString('en-GB')} values; that is more than any workbook needs.` });
      break;
    }
    if (depth > limits.maxDepth) {
      issues.push({ path, message: `This is nested more than ${limits.maxDepth} levels deep.` });
      continue;
    }
    if (typeof value === 'string') {
      const limit = isBytes(path) ? limits.maxStringChars : limits.maxTextChars;
      if (value.length > limit) {
        issues.push({ path, message: `This text is ${value.length.toLocaleString('en-GB')} characters long; the limit is ${limit.toLocaleString('en-GB')}.` });
      }
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxArrayItems) {
        issues.push({ path, message: `This list has ${value.length.toLocaleString('en-GB')} entries; the limit is ${limits.maxArrayItems.toLocaleString('en-GB')}.` });
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: joinPath(path, i), depth: depth + 1 });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length > limits.maxArrayItems) {
        issues.push({ path, message: `This has ${keys.length.toLocaleString('en-GB')} entries; the limit is ${limits.maxArrayItems.toLocaleString('en-GB')}.` });
        continue;
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key.length > MAX_KEY_CHARS) {
          issues.push({ path, message: `A field name here is ${key.length.toLocaleString('en-GB')} characters long; names are at most ${MAX_KEY_CHARS}.` });
          continue;
        }
        const childPath = joinPath(path, key);
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ path: childPath, message: `The name "${key}" is not allowed as a field or key in a ProReg Companion file.` });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
      }
    }
  }
  return issues;
}
