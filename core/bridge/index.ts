// The bridge between the companion extension and the workbook page.
export * from './schema.ts';
export * from './lock-mismatch.ts';
