// Career Manager page recognition and reading, as pure data and predicates.

export * from './fields.ts';
export * from './match.ts';
export * from './recognise.ts';
export * from './rows.ts';
export * from './rules.ts';
export * from './types.ts';
