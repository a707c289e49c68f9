// What importing a mentor's review did, in words: a review imported twice must not say it added anything.
import type { ReviewImported } from '../db/reviews.ts';

const comments = (n: number) => `${n} comment${n === 1 ? '' : 's'}`;

/** `into`: the application's name, where the words do not already say which it is. */
export function importedWords({ added, already }: ReviewImported, from: string, into?: string): string {
  const where = into ? ` into ${into}` : '';
  if (added === 0) return `Nothing new: the ${comments(already)} in this review from ${from} ${already === 1 ? 'is' : 'are'} already here.`;
  if (already === 0) return `Imported ${comments(added)} from ${from}${where}.`;
  return `Imported ${added} new comment${added === 1 ? '' : 's'} from ${from}${where} (${already} ${already === 1 ? 'was' : 'were'} already here).`;
}
