// Length and size guidance as overridable defaults; the applicant may change them on the Rules screen.
import type { Limits, Provenance } from '../types.ts';

/** The defaults; sizes in bytes. */
export const DEFAULT_LIMITS: Limits = {
  charsPerRole: 3000,
  maxPages: 12,
  careerPagesMin: 4,
  careerPagesMax: 5,
  // IET pages disagree (0.5 MB and 2.5 MB): take the stricter until the applicant says otherwise.
  maxFileSize: 512 * 1024,
  supportersRequired: 2,
  charsPerPage: 3000,
};

/** How sure we are of each default. */
export const LIMIT_PROVENANCE: Record<keyof Limits, Provenance> = {
  charsPerRole: 'public',
  maxPages: 'public',
  careerPagesMin: 'public',
  careerPagesMax: 'public',
  maxFileSize: 'assumed',
  supportersRequired: 'assumed',
  charsPerPage: 'assumed',
};

/** Limits whose public sources disagree, or whose reach is unclear. */
export const LIMIT_DISPUTED: Readonly<Partial<Record<keyof Limits, true>>> = { maxPages: true, maxFileSize: true };

/** What each limit is, in words (the Rules screen's labels). */
export const LIMIT_TITLES: Record<keyof Limits, string> = {
  charsPerRole: 'Characters per role (guide)',
  maxPages: 'Most printed pages for a paper application',
  careerPagesMin: 'Career history: fewest pages (guide)',
  careerPagesMax: 'Career history: most pages (guide)',
  maxFileSize: 'Largest file per document type',
  supportersRequired: 'Supporters needed',
  charsPerPage: 'Characters that fill one printed page (for estimates)',
};
