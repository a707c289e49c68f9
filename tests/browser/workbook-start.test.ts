// `npm start` when its port is taken: a plain message naming PORT, and a failing exit code.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
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

function runServe(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['tests/harness/serve.js'], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code, out }));
  });
}

test('a busy port gives a plain message suggesting PORT, not a stack trace, and exits non-zero', async () => {
  const { code, out } = await runServe({ PORT: String(port) });
  expect(code).not.toBe(0);
  expect(out.trim()).toBe(`Port ${port} is in use. Start on another port with PORT=${port + 1} npm start.`);
});

test('a PORT that is not a number is explained the same way', async () => {
  const { code, out } = await runServe({ PORT: 'abc' });
  expect(code).not.toBe(0);
  expect(out.trim()).toBe('PORT=abc is not a port number. Start on another port with PORT=4174 npm start.');
});
