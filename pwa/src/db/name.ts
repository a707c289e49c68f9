// The workbook database's name, shared by Dexie (database.ts) and the first read (first.ts).
export const DB_NAME = 'proreg-workbook';
