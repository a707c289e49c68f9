// `npm start`: check the port, build both products quietly, serve the workbook on 127.0.0.1 and
// say where it and the extension are, as the last lines. Ctrl+C stops the server.
// `--no-build` serves what dist/ already holds (the start test uses it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startServer } from '../tests/harness/server.js';

const port = Number(process.env.PORT ?? 4173);

/** Whether the port can be listened on, so a busy port gets a plain message rather than a stack trace. */
function portProblem(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error) => done(error.code ?? 'error'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(null)));
  });
}

/** Runs `npm run build`, keeping its output to show only if it fails. */
function build() {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => done({ ok: code === 0, log }));
  });
}

// The port first: a minute of building is wasted if the server cannot start afterwards.
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

if (!process.argv.includes('--no-build')) {
  console.log('Building the workbook and the extension (about a minute)…');
  const built = await build();
  if (!built.ok) {
    console.error(`${built.log}\nThe build failed (its output is above). Nothing is served.`);
    process.exit(1);
  }
}

const server = await startServer({ root: resolve('dist/pwa'), port }).catch((error) => {
  // Taken while the build ran.
  console.error(`\nPort ${port} cannot be used (${error.code ?? error}). Start on another port with PORT=${port + 1} npm start.`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => {
      console.log('\nStopped.');
      process.exit(0);
    });
  });
}
console.log('\nExtension: in Chrome, chrome://extensions → Developer mode → Load unpacked → choose the folder below.');
console.log('  In Firefox, about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose manifest.json in it.');
console.log('Press Ctrl+C to stop.\n');
console.log(`Workbook:  ${server.url}`);
console.log(`Extension: ${resolve('dist/extension')}`);
