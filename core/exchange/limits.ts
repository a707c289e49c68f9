// Limits checked on the raw text and the parsed tree BEFORE schema validation, so a hostile
// file (huge, deeply nested, prototype-polluting keys) is refused cheaply and without recursion.
import { formatMegabytes } from '../application/megabytes.ts';
import { withoutTrailingClosers } from '../text/bidi.ts';
import { type ExchangeIssue, joinPath } from './issues.ts';

export interface ExchangeLimits {
  /** Characters of the whole file (an .html export counts its markup too). */
  maxFileChars: number;
  /** Nesting of arrays and objects in the embedded JSON. */
  maxDepth: number;
  /** Characters of any one string (attachments' base64 included): the base64 length of maxAttachmentBytes. */
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

const MiB = 1024 * 1024;

/** The largest document the workbook keeps (Settings' highest "largest file"): every one must fit in a file. */
export const MAX_DOCUMENT_BYTES = 25 * MiB;
/** The longest text the workbook keeps in one field. */
export const MAX_FIELD_CHARS = 100_000;

/** Characters of base64 that carry this many bytes. */
export const base64Chars = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/**
 * Defaults, aligned with what the workbook accepts so every backup reads back: documents up to
 * 25 MB each, text up to 100,000 characters a field, 5,000 entries a list. The whole file stays
 * under 300 MB of text, well below the largest string a browser builds (about 512 million
 * characters), which is room for about eight documents at the 25 MB maximum.
 */
export const EXCHANGE_LIMITS: ExchangeLimits = {
  maxFileChars: 300 * MiB,
  maxDepth: 32,
  maxStringChars: base64Chars(MAX_DOCUMENT_BYTES),
  maxTextChars: MAX_FIELD_CHARS,
  maxArrayItems: 5_000,
  maxNodes: 500_000,
  maxAttachmentBytes: MAX_DOCUMENT_BYTES,
};

/** Megabytes as the workbook writes them everywhere: 0.4 MB, 3.2 MB, 25 MB (1 MB = 1,048,576 bytes, as Settings counts). */
export function megabytes(bytes: number): string {
  return bytes > 0 && bytes < 0.05 * MiB ? 'under 0.1 MB' : formatMegabytes(bytes);
}

/**
 * Characters as people count them (a emoji is one), counted only when the quick count is over the
 * limit. Closers at the end are not counted: an import adds them (core/text/bidi.ts), and a file
 * that imported must import again once exported.
 */
export function textChars(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let n = 0;
  for (const _ of withoutTrailingClosers(text)) n++;
  return n;
}

/** Bytes that a base64 string of this length carries (padding aside). */
const bytesOfBase64 = (chars: number) => Math.floor((chars * 3) / 4);

/** A size over a limit, never shown as equal to it: "25.3 MB", or "just over 25 MB" where rounding would hide the difference. */
export function sizeOver(bytes: number, limit: number): string {
  const shown = megabytes(bytes);
  return bytes > limit && shown === megabytes(limit) && !shown.startsWith('under') ? `just over ${shown}` : shown;
}

/** The refusal for a file over the size limit, in MB. */
export function fileTooLarge(chars: number, limits: ExchangeLimits): ExchangeIssue {
  return {
    path: '',
    message: `The file is too large: it is ${sizeOver(chars, limits.maxFileChars)}, and ProReg Companion reads files of up to ${megabytes(limits.maxFileChars)}.`,
    detail: `${chars.toLocaleString('en-GB')} characters; the limit is ${limits.maxFileChars.toLocaleString('en-GB')}.`,
  };
}

/** The refusal for an attached document over the per-document limit, in MB. */
export function documentTooLarge(path: string, bytes: number, limits: ExchangeLimits, name?: string): ExchangeIssue {
  const what = name ? `The document "${name}"` : 'This document';
  return {
    path,
    message: `${what} is ${sizeOver(bytes, limits.maxAttachmentBytes)}; documents of up to ${megabytes(limits.maxAttachmentBytes)} each can be carried in a file.`,
  };
}

/** Longest field name or key accepted (ids are at most 200). */
const MAX_KEY_CHARS = 1_000;

/** Keys that could reach an object's prototype if copied carelessly; never accepted. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

/** Deepest nesting of [ and { in JSON text, counted in one pass outside strings (no parsing). */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the quote that ends the string (the platform's search, so a document's megabytes
      // of base64 cost next to nothing): one not escaped by an odd run of backslashes.
      let end = i;
      do {
        end = text.indexOf('"', end + 1);
        if (end < 0) return max;
      } while (escaped(text, end));
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Parses JSON text after a depth check; never recurses on the input's nesting. */
export function parseJsonSafely(
  text: string,
  limits: ExchangeLimits = EXCHANGE_LIMITS,
): { ok: true; value: unknown } | { ok: false; issue: ExchangeIssue } {
  if (text.length > limits.maxFileChars) return { ok: false, issue: fileTooLarge(text.length, limits) };
  const depth = jsonDepth(text);
  if (depth > limits.maxDepth) {
    return {
      ok: false,
      issue: {
        path: '',
        message: `The data is nested ${depth} levels deep; a ProReg Companion file never goes deeper than ${limits.maxDepth}.`,
      },
    };
  }
  try {
    // JSON.parse defines keys as own properties (a "__proto__" key cannot change a prototype
    // here); checkTree below then rejects such keys before anything copies the data.
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { path: '', message: damagedMessage(text), detail } };
  }
}

/** Why JSON text does not parse, in words: cut short, or changed. */
function damagedMessage(text: string): string {
  // A file cut short leaves more brackets opened than closed (or nothing at all).
  const opened = text.trim() === '' || jsonDepthAtEnd(text) > 0;
  return opened
    ? 'This file is incomplete or damaged: it ends part-way through. It may not have finished downloading or copying; take the file again from where it came from.'
    : 'This file is damaged: part of its data is not written the way ProReg Companion writes it, perhaps because it was edited by hand. Use the file as it was exported.';
}

/** How many brackets are still open at the end of the text (0 for complete JSON). */
function jsonDepthAtEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString ? Math.max(depth, 1) : depth;
}

/** Walks a parsed tree iteratively and reports forbidden keys and oversized strings, arrays, objects. */
export function checkTree(
  root: unknown,
  limits: ExchangeLimits = EXCHANGE_LIMITS,
  isBytes: (path: string) => boolean = () => false,
): ExchangeIssue[] {
  const issues: ExchangeIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) {
      issues.push({
        path: '',
        message: `The file holds more than ${limits.maxNodes.toLocaleString('en-GB')} values; that is more than any workbook needs.`,
      });
      break;
    }
    if (depth > limits.maxDepth) {
      issues.push({ path, message: `This is nested more than ${limits.maxDepth} levels deep.` });
      continue;
    }
    if (typeof value === 'string') {
      if (isBytes(path)) {
        if (value.length > limits.maxStringChars)
          issues.push(documentTooLarge(path.replace(/\.base64$/, ''), bytesOfBase64(value.length), limits));
      } else {
        const chars = textChars(value, limits.maxTextChars);
        if (chars > limits.maxTextChars) {
          issues.push({
            path,
            message: `This text is ${chars.toLocaleString('en-GB')} characters long; a field can hold up to ${limits.maxTextChars.toLocaleString('en-GB')} characters.`,
          });
        }
      }
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxArrayItems) {
        issues.push({
          path,
          message: `This list has ${value.length.toLocaleString('en-GB')} entries; the limit is ${limits.maxArrayItems.toLocaleString('en-GB')}.`,
        });
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: joinPath(path, i), depth: depth + 1 });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length > limits.maxArrayItems) {
        issues.push({
          path,
          message: `This has ${keys.length.toLocaleString('en-GB')} entries; the limit is ${limits.maxArrayItems.toLocaleString('en-GB')}.`,
        });
        continue;
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key.length > MAX_KEY_CHARS) {
          issues.push({
            path,
            message: `A field name here is ${key.length.toLocaleString('en-GB')} characters long; names are at most ${MAX_KEY_CHARS}.`,
          });
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
