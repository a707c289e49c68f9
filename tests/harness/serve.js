// `npm start`: serve the built workbook and say where the extension is.
import { resolve } from 'node:path';
import { startServer } from './server.js';

const port = Number(process.env.PORT ?? 4173);
const server = await startServer({ root: resolve('dist/pwa'), port });
console.log(`\nProReg Companion workbook: ${server.url}`);
console.log(`Extension (load unpacked): ${resolve('dist/extension')}`);
console.log('  Chrome: chrome://extensions → Developer mode → Load unpacked → choose that folder.');
console.log('  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose its manifest.json.');
console.log('\nPress Ctrl+C to stop.');
