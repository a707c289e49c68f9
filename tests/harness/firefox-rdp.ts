// A minimal client of Firefox's remote debugging protocol (the one about:debugging speaks), used
// only to reach the extension's background page: WebDriver BiDi cannot open moz-extension://
// pages. Packets are `length:json`; see the protocol notes in Firefox's devtools/docs.

import { connect, type Socket } from 'node:net';

type Packet = { from?: string; to?: string; type?: string; error?: string; message?: string; [key: string]: unknown };

interface Waiter {
  from: string;
  test: (packet: Packet) => boolean;
  resolve: (packet: Packet) => void;
  reject: (error: Error) => void;
}

interface TargetForm {
  actor: string;
  url: string;
  consoleActor: string;
}

/** A connection to Firefox's debugger server on 127.0.0.1:port. */
class RdpConnection {
  private buffer = Buffer.alloc(0);
  private waiters: Waiter[] = [];
  readonly listeners: ((packet: Packet) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.read(chunk));
    socket.on('close', () => {
      for (const w of this.waiters.splice(0)) w.reject(new Error('Firefox debugger connection closed'));
    });
  }

  static async open(port: number): Promise<RdpConnection> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    const connection = new RdpConnection(socket);
    await connection.next('root', () => true);
    return connection;
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(58);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      for (const listen of this.listeners) listen(packet);
      const i = this.waiters.findIndex((w) => w.from === packet.from && w.test(packet));
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(packet);
    }
  }

  next(from: string, test: (packet: Packet) => boolean): Promise<Packet> {
    return new Promise((resolve, reject) => this.waiters.push({ from, test, resolve, reject }));
  }

  /** Sends a request and waits for the actor's reply (a packet without an event type). */
  async request(packet: Packet & { to: string }, test: (packet: Packet) => boolean = (p) => !p.type || !!p.error): Promise<Packet> {
    const reply = this.next(packet.to, test);
    const json = JSON.stringify(packet);
    this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    const answer = await reply;
    if (answer.error) throw new Error(`Firefox debugger: ${answer.error} ${answer.message ?? ''}`);
    return answer;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The extension's pages reached over the debugger server: its background page, and any page of it open in a tab. */
export interface Addon {
  /** Runs an async function body in the background page; resolves to what it returns (JSON-safe values only). */
  evaluate<T>(body: string): Promise<T>;
  /** The same in the first open extension page whose address contains `path` (waits for it to open). */
  evaluateIn<T>(path: string, body: string): Promise<T>;
  close(): void;
}

const BACKGROUND = '_generated_background_page.html';

/** Connects to the pages of the add-on `addonId` in the Firefox listening on `port`. */
export async function connectAddon(port: number, addonId: string): Promise<Addon> {
  const rdp = await RdpConnection.open(port);
  const { addons } = (await rdp.request({ to: 'root', type: 'listAddons' })) as unknown as { addons: { id: string; actor: string }[] };
  const addon = addons.find((a) => a.id === addonId);
  if (!addon) throw new Error(`Firefox does not list the add-on ${addonId}`);
  const watcher = (await rdp.request({ to: addon.actor, type: 'getWatcher', isServerTargetSwitchingEnabled: true })) as { actor: string };
  // Pages come and go (the background is an event page): follow their targets as Firefox reports them.
  const pages = new Map<string, TargetForm>();
  const arrived: (() => void)[] = [];
  rdp.listeners.push((packet) => {
    const target = packet.target as TargetForm | undefined;
    if (packet.type === 'target-available-form' && target?.url.startsWith('moz-extension:')) {
      pages.set(target.actor, target);
      for (const wake of arrived.splice(0)) wake();
    }
    if (packet.type === 'target-destroyed-form' && target) pages.delete(target.actor);
  });
  await rdp.request({ to: watcher.actor, type: 'watchTargets', targetType: 'frame' });

  const find = async (path: string): Promise<TargetForm> => {
    const end = Date.now() + 15_000;
    for (;;) {
      const found = [...pages.values()].find((t) => t.url.includes(path));
      if (found) return found;
      if (Date.now() > end) throw new Error(`No extension page ${path} opened`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500);
        arrived.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };

  const evaluateIn = async <T>(path: string, body: string): Promise<T> => {
    const { consoleActor } = await find(path);
    // The console awaits the promise it is given (mapped.await); the value comes back as JSON text.
    const text = `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`;
    // The result can arrive in the same read as the reply that names it: collect results from the start.
    const results = new Map<unknown, Packet>();
    let want: unknown;
    let done: (packet: Packet) => void = () => undefined;
    const collect = (p: Packet) => {
      if (p.from !== consoleActor || p.type !== 'evaluationResult') return;
      if (want !== undefined && p.resultID === want) done(p);
      else results.set(p.resultID, p);
    };
    rdp.listeners.push(collect);
    let result: Packet;
    try {
      const started = await rdp.request({ to: consoleActor, type: 'evaluateJSAsync', text, mapped: { await: true } });
      result =
        results.get(started.resultID) ??
        (await new Promise<Packet>((resolve) => {
          want = started.resultID;
          done = resolve;
        }));
    } finally {
      rdp.listeners.splice(rdp.listeners.indexOf(collect), 1);
    }
    if (result.hasException) throw new Error(`In the extension page ${path}: ${String(result.exceptionMessage)}`);
    let value = result.result as string | { type: string; actor: string; length: number };
    if (typeof value === 'object' && value?.type === 'longString') {
      const whole = await rdp.request({ to: value.actor, type: 'substring', start: 0, end: value.length });
      value = whole.substring as string;
    }
    return JSON.parse(value as string) as T;
  };

  return {
    evaluate: (body) => evaluateIn(BACKGROUND, body),
    evaluateIn,
    close: () => rdp.close(),
  };
}
