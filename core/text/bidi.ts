// Text from a file or a Career Manager page may open a Unicode bidi embedding, override or
// isolate and never close it; shown beside the product's own words, it would reverse them
// ("Ada CEng \u202e" made "Standard route" read "etuor dradnatS"). Repaired on the way in by
// closing what is left open, keeping every character the author wrote.

const PDF = '\u202c';
const PDI = '\u2069';

/** U+202A LRE, U+202B RLE, U+202D LRO, U+202E RLO: each is closed by a PDF (U+202C). */
const opensEmbedding = (c: number) => c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e;
/** U+2066 LRI, U+2067 RLI, U+2068 FSI: each is closed by a PDI (U+2069). */
const opensIsolate = (c: number) => c === 0x2066 || c === 0x2067 || c === 0x2068;

/** The text with every bidi embedding, override and isolate it leaves open closed at its end (nothing else changes). */
export function closeBidi(text: string): string {
  // Fast path: most text holds no bidi controls at all.
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  // What is open, innermost last: true for an isolate. Matching follows the Unicode Bidirectional
  // Algorithm (X6a, X7): a PDI closes its isolate and whatever was opened inside it; a PDF closes
  // only an embedding opened inside the innermost isolate; any other closer matches nothing.
  const open: boolean[] = [];
  let isolates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opensEmbedding(c)) open.push(false);
    else if (opensIsolate(c)) {
      open.push(true);
      isolates++;
    } else if (c === 0x202c) {
      if (open.length > 0 && !open[open.length - 1]) open.pop();
    } else if (c === 0x2069 && isolates > 0) {
      while (!open.pop());
      isolates--;
    }
  }
  let closers = '';
  for (let i = open.length - 1; i >= 0; i--) closers += open[i] ? PDI : PDF;
  return text + closers;
}

/** The text without the run of closers (U+202C, U+2069) at its end, which closeBidi may have added: not counted towards a length limit. */
export function withoutTrailingClosers(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x202c || text.charCodeAt(end - 1) === 0x2069)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A copy of plain data (objects, arrays) with closeBidi applied to every string in it: for showing text composed with the product's words. */
export function closeTextIn<T>(value: T): T {
  if (typeof value === 'string') return closeBidi(value) as T;
  if (Array.isArray(value)) return value.map(closeTextIn) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeTextIn(v)])) as T;
}
