// The review just opened again from a file the mentor already had a review of: its page says so
// once, so the mentor knows it is their earlier review (comments and all), not a new copy.
import { signal } from '@preact/signals';

/** The id of that review, until its page has said so. */
export const reopened = signal<string | null>(null);

/** True (once) if this review was just opened again from the same file. */
export function takeReopened(id: string): boolean {
  if (reopened.value !== id) return false;
  reopened.value = null;
  return true;
}
