// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi: the built extension installed
// as a temporary add-on (webExtension.install), Career Manager fixture pages answered by one
// browser-wide network intercept, and the extension's background reached over Firefox's own
// debugger server. Nothing is downloaded (puppeteer-core never fetches a browser).

import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CAREER_MANAGER_ORIGIN } from './browser.ts';
import { type Addon, connectAddon } from './firefox-rdp.ts';
import type { PageSource } from './pages.ts';

/** The Firefox to drive: FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. */
function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}. Install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One BiDi command on puppeteer's own connection (puppeteer has no public API for a browser-wide intercept). */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: never) => void): void;
}

interface BeforeRequestSent {
  isBlocked: boolean;
  intercepts?: string[];
  request: { request: string; url: string };
}

export interface FirefoxSession {
  browser: Browser;
  bidi: BidiConnection;
  /** The extension's pages (background and any open in a tab), over Firefox's debugger server. */
  addon: Addon | null;
  close(): Promise<void>;
}

/**
 * Launches Firefox with the extension at `extensionDir` (if given). `pages` answers Career
 * Manager URLs; `allow` says which other URLs may load; anything else is recorded in `outbound`
 * and refused.
 */
export async function launchFirefox(options: {
  extensionDir: string | null;
  pages: PageSource;
  allow: (url: URL) => boolean;
  outbound: string[];
}): Promise<FirefoxSession> {
  const debuggerPort = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox's debugger server, without the prompt, so the background page can be reached.
    extraPrefsFirefox: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
    },
    args: ['--start-debugger-server', String(debuggerPort)],
    // The same window size as the Chromium tests (playwright's default), so the overlay opens the same way.
    defaultViewport: { width: 1280, height: 720 },
  });
  try {
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
    const intercept = result.intercept as string;
    bidi.on('network.beforeRequestSent', (event: BeforeRequestSent) => {
      if (!event.isBlocked || !event.intercepts?.includes(intercept)) return;
      void answer(bidi, event, options).catch(() => undefined);
    });
    let addon: Addon | null = null;
    if (options.extensionDir) {
      const id = await browser.installExtension(options.extensionDir);
      addon = await connectAddon(debuggerPort, id);
    }
    return {
      browser,
      bidi,
      addon,
      async close() {
        addon?.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function answer(
  bidi: BidiConnection,
  event: BeforeRequestSent,
  options: { pages: PageSource; allow: (url: URL) => boolean; outbound: string[] },
): Promise<void> {
  const request = event.request.request;
  const url = new URL(event.request.url);
  if (url.origin === CAREER_MANAGER_ORIGIN) {
    const html = options.pages(url);
    await bidi.send('network.provideResponse', {
      request,
      statusCode: html === null ? 404 : 200,
      reasonPhrase: html === null ? 'Not Found' : 'OK',
      headers: [{ name: 'content-type', value: { type: 'string', value: html === null ? 'text/plain' : 'text/html; charset=utf-8' } }],
      body: { type: 'string', value: html ?? 'No such fixture' },
    });
    return;
  }
  if (options.allow(url)) {
    await bidi.send('network.continueRequest', { request });
    return;
  }
  options.outbound.push(url.href);
  await bidi.send('network.failRequest', { request });
}
