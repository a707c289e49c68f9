// `npm start` (scripts/start.mjs): a busy or bad port is explained before any build starts; once
// serving, the workbook's address and the extension's folder are the last lines, and Ctrl+C stops
// the server and frees the port.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

let busy: Server;
let port: number;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
  port = (busy.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((ok) => busy.close(ok));
});

function start(
  env: Record<string, string>,
  args: string[] = [],
): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], { env: { ...process.env, ...env } });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, output: () => out, exit };
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

test('a busy port gives a plain message suggesting PORT before building anything, and exits non-zero', async () => {
  // Without --no-build: had the build run first, its output (and a minute) would come before the message.
  const run = start({ PORT: String(port) });
  expect(await run.exit).not.toBe(0);
  expect(run.output().trim()).toBe(`Port ${port} is in use. Start on another port with PORT=${port + 1} npm start.`);
});

test('a PORT that is not a number is explained the same way', async () => {
  const run = start({ PORT: 'abc' });
  expect(await run.exit).not.toBe(0);
  expect(run.output().trim()).toBe('PORT=abc is not a port number. Start on another port with PORT=4174 npm start.');
});

test('it ends with the workbook address and the extension folder, serves the workbook, and Ctrl+C stops it', async () => {
  const free = await freePort();
  const run = start({ PORT: String(free) }, ['--no-build']);
  const url = `http://127.0.0.1:${free}/`;
  const folder = resolve('dist/extension');
  await expect
    .poll(() => run.output().trim().split('\n').slice(-2), { timeout: 20_000 })
    .toEqual([`Workbook:  ${url}`, `Extension: ${folder}`]);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>ProReg Companion</title>');

  run.child.kill('SIGINT');
  expect(await run.exit).toBe(0);
  // The port is free again.
  const again = createServer();
  await new Promise<void>((ok, fail) => {
    again.once('error', fail);
    again.listen(free, '127.0.0.1', ok);
  });
  await new Promise((ok) => again.close(ok));
});
