// Random edits of a file's JSON tree, for the "imported exactly or rejected" property tests.
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON tree (iteratively), root first. */
function paths(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { v: Json; p: (string | number)[] }[] = [{ v: root, p: [] }];
  while (stack.length) {
    const { v, p } = stack.pop()!;
    out.push(p);
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) stack.push({ v: x, p: [...p, i] });
    } else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) stack.push({ v: v[k]!, p: [...p, k] });
  }
  return out;
}

export interface Mutation {
  at: number;
  op: 'set' | 'delete' | 'add-key' | 'append-text' | 'truncate-text' | 'number';
  value: Json;
  key: string;
  text: string;
}

export const mutationArb = (hostile: fc.Arbitrary<string>): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('set', 'delete', 'add-key', 'append-text', 'truncate-text', 'number'),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'version'), fc.string({ maxLength: 8 })),
    text: fc.oneof(hostile, fc.string({ maxLength: 20, unit: 'binary' })),
  });

/** Applies a mutation to a deep copy and returns it as JSON text (own "__proto__" keys kept as data). */
export function applyMutation(root: Json, m: Mutation): string {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  const all = paths(copy);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.op === 'set' ? JSON.stringify(m.value) : JSON.stringify(copy);
  let parent: Json = copy;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string, Json>)[k as string]!;
  const last = path[path.length - 1]!;
  const holder = parent as Record<string | number, Json>;
  const current = holder[last]!;
  const define = (obj: object, key: string | number, value: Json) =>
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  switch (m.op) {
    case 'set':
      define(holder, last, m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete holder[last];
      break;
    case 'add-key':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) define(current, m.key, m.value);
      else define(holder, last, { [m.key]: m.value });
      break;
    case 'append-text':
      define(holder, last, typeof current === 'string' ? current + m.text : m.text);
      break;
    case 'truncate-text':
      define(holder, last, typeof current === 'string' ? current.slice(0, Math.floor(current.length / 2)) : null);
      break;
    case 'number':
      define(holder, last, typeof current === 'number' ? -current - 1 : 1.5);
      break;
  }
  return JSON.stringify(copy);
}
