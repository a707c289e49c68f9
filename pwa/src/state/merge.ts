// Three-way merge of this tab's unsaved edits (local) with what another tab saved (remote),
// both made from the same stored version (base). Lists of items with ids (roles,
// qualifications, development records) merge per item and per field; records (personal
// details, checklist entries) per key. Where both sides changed the same field, this tab's
// edit wins: it is what the user is looking at.
//
// An item deleted on one side and edited on the other is kept, with the edit: a deletion can
// be made again with one click, whereas lost writing cannot be recovered. An item deleted on
// one side and left alone on the other stays deleted.

import { sameData } from '../../../core/application/canonical.ts';

type Obj = Record<string, unknown>;
type Item = Obj & { id: string };

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isItemList = (x: unknown): x is Item[] => Array.isArray(x) && x.every((i) => isObj(i) && typeof i.id === 'string');

/** How far into a value to merge: 'deep' goes into fields; 'entries' keeps each entry whole (a document reference). */
export type Depth = 'deep' | 'entries';

/** The merged value; local wins where both sides changed the same leaf. */
export function merge3<T>(base: T | undefined, local: T, remote: T, depth: Depth = 'deep'): T {
  if (sameData(local, base)) return remote;
  if (sameData(remote, base) || sameData(local, remote)) return local;
  const from: unknown = base;
  if (isItemList(local) && isItemList(remote)) {
    const b = from === undefined ? [] : from;
    if (isItemList(b)) return mergeItems(b, local, remote, depth) as T;
  }
  if (isObj(local) && isObj(remote)) {
    const b = from === undefined ? {} : from;
    if (isObj(b)) return mergeRecord(b, local, remote, depth) as T;
  }
  return local;
}

/**
 * One entry (list item or record value) that may be missing on any side: undefined means
 * absent. Both present: merged; one side deleted it: deleted unless the other side changed it.
 */
function mergeEntry(base: unknown, local: unknown, remote: unknown, depth: Depth): unknown {
  if (local === undefined && remote === undefined) return undefined;
  if (local === undefined) return base !== undefined && sameData(remote, base) ? undefined : remote;
  if (remote === undefined) return base !== undefined && sameData(local, base) ? undefined : local;
  if (depth === 'entries') return sameData(local, base) ? remote : local;
  return merge3(base, local, remote, 'deep');
}

function mergeRecord(base: Obj, local: Obj, remote: Obj, depth: Depth): Obj {
  const out: Obj = {};
  // Keep local's key order (then keys only the other side has), so equal results compare equal.
  for (const key of new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base)])) {
    const v = mergeEntry(base[key], local[key], remote[key], depth);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function mergeItems(base: Item[], local: Item[], remote: Item[], depth: Depth): Item[] {
  const byId = (list: Item[]) => new Map(list.map((i) => [i.id, i]));
  const [b, l, r] = [byId(base), byId(local), byId(remote)];
  const merged = new Map<string, Item>();
  for (const id of new Set([...l.keys(), ...r.keys(), ...b.keys()])) {
    const v = mergeEntry(b.get(id), l.get(id), r.get(id), depth);
    if (v !== undefined) merged.set(id, v as Item);
  }
  // This tab's order; items only the other side has go after the item they follow there.
  const order = local.map((i) => i.id).filter((id) => merged.has(id));
  remote.forEach((item, index) => {
    if (!merged.has(item.id) || order.includes(item.id)) return;
    const before = remote
      .slice(0, index)
      .reverse()
      .find((p) => order.includes(p.id));
    order.splice(before ? order.indexOf(before.id) + 1 : 0, 0, item.id);
  });
  return order.map((id) => merged.get(id)!);
}
