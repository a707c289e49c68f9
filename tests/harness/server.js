// A small static file server for the built workbook (dist/pwa), used by `npm start` and the
// browser tests. Plain Node, no dependencies: it serves files, nothing else.

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. Resolves to { url, close }. Port 0 picks a free port.
 * `rootFor()` may be swapped at run time (tests use it to publish a rebuilt workbook).
 */
export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  let current = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(current, path));
      if (!file.startsWith(current)) return send(res, 403, 'Forbidden');
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'Not found');
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        // The service worker decides what is cached; the server never lets the HTTP cache do it.
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    setRoot: (next) => {
      current = resolve(next);
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
