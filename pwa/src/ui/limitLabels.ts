// The limits in words, as the Overview and Settings show them.
import type { Limits } from '../../../core/types.ts';
import { formatSize } from './format.ts';

export const LIMIT_LABELS: Record<keyof Limits, string> = {
  charsPerRole: 'Characters per role (guide)',
  maxPages: 'Most printed pages for the whole application',
  careerPagesMin: 'Career history: fewest pages (guide)',
  careerPagesMax: 'Career history: most pages (guide)',
  maxFileSize: 'Largest file per document type',
  supportersRequired: 'Supporters needed',
  charsPerPage: 'Characters that fill one printed page (for estimates)',
};

/** A limit's value in words: sizes as sizes, counts as numbers. */
export function formatLimit(key: keyof Limits, value: number): string {
  return key === 'maxFileSize' ? formatSize(value) : value.toLocaleString('en-GB');
}
