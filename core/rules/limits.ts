// Length and size guidance as overridable defaults; the user may change them in Settings.
import type { Limits, Provenance } from '../types.ts';

/** The defaults; sizes in bytes. */
export const DEFAULT_LIMITS: Limits = {
  charsPerRole: 3000,
  maxPages: 12,
  careerPagesMin: 4,
  careerPagesMax: 5,
  // IET pages disagree (0.5 MB and 2.5 MB): take the stricter until the user says otherwise.
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
