// Limits in force: core's defaults with the user's overrides from Settings.
import { computed, signal } from '@preact/signals';
import { DEFAULT_LIMITS } from '../../../core/rules/limits.ts';
import type { Limits } from '../../../core/types.ts';

const MB = 1024 * 1024;

/**
 * The longest text one field keeps, and the largest document: the most a backup file carries and
 * reads back (core/exchange's import limits match these; a test holds them together).
 */
export const MAX_FIELD_CHARS = 100_000;
export const MAX_FILE_SIZE = 25 * MB;

/** The highest value Settings accepts for each limit (the lowest is always above 0). */
export const LIMIT_MAX: Limits = {
  charsPerRole: MAX_FIELD_CHARS,
  maxPages: 1000,
  careerPagesMin: 1000,
  careerPagesMax: 1000,
  maxFileSize: MAX_FILE_SIZE,
  supportersRequired: 100,
  charsPerPage: MAX_FIELD_CHARS,
};

export const limitOverrides = signal<Partial<Limits>>({});

/** In force: defaults, then overrides, each held to its maximum (an older workbook may have saved more). */
export const limits = computed<Limits>(() => {
  const merged = { ...DEFAULT_LIMITS, ...limitOverrides.value };
  return Object.fromEntries(
    (Object.keys(merged) as (keyof Limits)[]).map((k) => [k, Math.min(merged[k], LIMIT_MAX[k])]),
  ) as unknown as Limits;
});
