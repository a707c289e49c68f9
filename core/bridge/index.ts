// The bridge between the companion extension and the workbook page.

export * from './lock-mismatch.ts';
export * from './schema.ts';
