// The exchange format: export, import, backups and mentor reviews (see docs/exchange-format.md).
export * from './attachment-check.ts';
export * from './base64.ts';
export * from './briefing.ts';
export * from './dates.ts';
export * from './escape.ts';
export * from './export-check.ts';
export * from './format.ts';
export * from './hash.ts';
export * from './history-check.ts';
export * from './html.ts';
export * from './issues.ts';
export * from './limits.ts';
export * from './migrate.ts';
export * from './parse.ts';
export * from './review.ts';
export * from './review-types.ts';
export * from './snapshot.ts';
