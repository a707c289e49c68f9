// The pages of a document being built, in order, and the moves the applicant makes on them. Pure
// functions: each returns a new list, so the screen can say what changed.
import type { BuiltPage, QuarterTurn } from '../../../core/types.ts';

/** The page at `index` moved one place towards the start (-1) or the end (+1); unchanged at either end. */
export function movePage(pages: readonly BuiltPage[], index: number, by: -1 | 1): BuiltPage[] {
  const to = index + by;
  if (index < 0 || index >= pages.length || to < 0 || to >= pages.length) return [...pages];
  const next = [...pages];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The page at `index` moved to `to` (drag and drop). */
export function movePageTo(pages: readonly BuiltPage[], index: number, to: number): BuiltPage[] {
  if (index < 0 || index >= pages.length || to < 0 || to >= pages.length) return [...pages];
  const next = [...pages];
  const [page] = next.splice(index, 1);
  next.splice(to, 0, page!);
  return next;
}

/** The page at `index` turned a quarter clockwise. */
export function turnPage(pages: readonly BuiltPage[], index: number): BuiltPage[] {
  return pages.map((p, i) => (i === index ? { ...p, rotate: ((p.rotate + 90) % 360) as QuarterTurn } : p));
}

/** The page at `index` left out. */
export function removePage(pages: readonly BuiltPage[], index: number): BuiltPage[] {
  return pages.filter((_, i) => i !== index);
}

/** Every page of a source, appended in its own order. */
export function addSourcePages(pages: readonly BuiltPage[], source: number, count: number): BuiltPage[] {
  return [...pages, ...Array.from({ length: count }, (_, page) => ({ source, page, rotate: 0 as QuarterTurn }))];
}

/** The pages without those of one source (when it is taken out). Indexes of later sources stay as they are. */
export function withoutSource(pages: readonly BuiltPage[], source: number): BuiltPage[] {
  return pages.filter((p) => p.source !== source);
}
