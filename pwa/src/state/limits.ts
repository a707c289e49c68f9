// The bounds on what the workbook keeps: the longest field, the largest document, and the highest
// value each limit may be set to on the Rules screen.
import type { Limits } from '../../../core/types.ts';

const MB = 1024 * 1024;

/**
 * The longest text one field keeps, and the largest document: the most a backup file carries and
 * reads back (core/exchange's import limits match these; a test holds them together).
 */
export const MAX_FIELD_CHARS = 100_000;
export const MAX_FILE_SIZE = 25 * MB;

/** The highest value the Rules screen accepts for each limit (the lowest is always above 0). */
export const LIMIT_MAX: Limits = {
  charsPerRole: MAX_FIELD_CHARS,
  maxPages: 1000,
  careerPagesMin: 1000,
  careerPagesMax: 1000,
  maxFileSize: MAX_FILE_SIZE,
  supportersRequired: 100,
  charsPerPage: MAX_FIELD_CHARS,
};
