// Matching what a Career Manager page calls an item to the item core knows, so its guidance
// can be shown beside it. Wording differs ("Personal Details" / "Personal and contact details").
import { normaliseLabel } from './rows.ts';

const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'your', 'my', 'iet', 'to', 'for', 'in']);

function words(text: string): Set<string> {
  // Plural and tense endings differ between the page and our data ("Certificates" / "certificate").
  return new Set(
    normaliseLabel(text)
      .split(' ')
      .filter((w) => w && !STOP.has(w))
      .map((w) => w.replace(/(es|s|ed)$/, '')),
  );
}

/** The known item whose title best matches a page label, or null when none shares enough words. */
export function matchByTitle<T extends { title: string }>(label: string, items: readonly T[]): T | null {
  const want = words(label);
  if (want.size === 0) return null;
  let best: { item: T; score: number } | null = null;
  for (const item of items) {
    const have = words(item.title);
    const shared = [...want].filter((w) => have.has(w)).length;
    const score = shared / Math.max(want.size, have.size);
    if (shared > 0 && score >= 0.5 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item ?? null;
}
