// `npm start`: serve the built workbook and say where the extension is.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startServer } from './server.js';

const port = Number(process.env.PORT ?? 4173);

/** Whether the port can be listened on, so a busy port gets a plain message rather than a stack trace. */
function portProblem(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error) => done(error.code ?? 'error'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(null)));
  });
}

const problem = Number.isInteger(port) && port >= 0 && port < 65536 ? await portProblem(port) : 'invalid';
if (problem) {
  const next = Number.isInteger(port) && port < 65535 ? port + 1 : 4174;
  const why =
    problem === 'EADDRINUSE'
      ? `Port ${port} is in use`
      : problem === 'invalid'
        ? `PORT=${process.env.PORT} is not a port number`
        : `Port ${port} cannot be used (${problem})`;
  console.error(`\n${why}. Start on another port with PORT=${next} npm start.`);
  process.exit(1);
}

const server = await startServer({ root: resolve('dist/pwa'), port });
console.log(`\nProReg Companion workbook: ${server.url}`);
console.log(`Extension (load unpacked): ${resolve('dist/extension')}`);
console.log('  Chrome: chrome://extensions → Developer mode → Load unpacked → choose that folder.');
console.log('  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose its manifest.json.');
console.log('\nPress Ctrl+C to stop.');
