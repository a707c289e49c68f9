// A browser tab as the shared companion suite sees it, the same in Chromium and Firefox. Controls
// are found the way people find them, by role and accessible name in the browser's accessibility
// tree (which includes the companion's shadow roots, open or closed), and are pressed with real
// mouse and keyboard input. Each browser supplies a handful of primitives; the rest is here.

import type { AxeViolation } from './axe.ts';

/** A node in the page, as the browser's automation protocol refers to it. */
export type NodeRef = string | number;

const WAIT_MS = 15_000;
const POLL_MS = 100;

/** Polls `probe` until it returns something other than undefined, or throws after `timeout`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = WAIT_MS): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      // A navigation can invalidate a node between finding and reading it: try again.
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The body of a page function that runs `fn` on its arguments and hands its result back as JSON text. */
export function jsonBody(fn: string, args: string): string {
  return `const v = await (${fn})(${args}); return v === undefined ? 'null' : JSON.stringify(v);`;
}

export abstract class Tab {
  /** Errors the page reported (uncaught exceptions and console errors). */
  readonly errors: string[] = [];

  abstract url(): string;
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract close(): Promise<void>;
  /** Sets the size of the page's viewport in CSS pixels. */
  abstract setViewport(width: number, height: number): Promise<void>;
  /** Runs a function in the page's own world with a JSON-safe argument. */
  abstract evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a function in the page's first child frame (which must be there). */
  abstract evaluateInFrame(fn: () => void): Promise<void>;
  /** Presses a key with the real keyboard (e.g. "Enter", "Escape", "Tab"). */
  abstract press(key: string): Promise<void>;
  /** Types text with the real keyboard, one key press per character, into what has focus. */
  abstract type(text: string): Promise<void>;
  /** Clicks with the real mouse at viewport coordinates. */
  protected abstract mouseClick(x: number, y: number): Promise<void>;
  /** Nodes with this role and exact accessible name (any name when omitted), inside `within` or anywhere. */
  protected abstract find(role: string, name: string | undefined, within: NodeRef | null): Promise<NodeRef[]>;
  /** Calls `fn(node, arg)` in the page. */
  abstract callOn<A, R>(node: NodeRef, fn: (node: Element, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Calls `fn(roots, arg)` with the shadow roots of the companion's elements (open or closed). */
  abstract inCompanion<A, R>(fn: (roots: ShadowRoot[], arg: A) => R | Promise<R>, arg: A): Promise<R>;

  /** A control by role and accessible name (found afresh on every use, like a person looking again). */
  get(role: string, name?: string): Control {
    return new Control(this, role, name, null);
  }

  /** Used by Control; not for tests. */
  resolve(role: string, name: string | undefined, within: NodeRef | null): Promise<NodeRef[]> {
    return this.find(role, name, within);
  }

  /** Used by Control; not for tests. */
  async clickNode(node: NodeRef): Promise<void> {
    const point = await this.callOn(
      node,
      (el) => {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      null,
    );
    await this.mouseClick(point.x, point.y);
  }

  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A): Promise<void> {
    await until(`a condition in ${this.url()}`, async () => ((await this.evaluate(fn, arg as A)) ? true : undefined));
  }

  async waitForURL(pattern: RegExp): Promise<void> {
    await until(`a URL like ${pattern}`, async () => (pattern.test(this.url()) ? true : undefined));
  }

  /** The kind the content script decided this page is ('none' when not recognised). */
  async recognised(): Promise<string> {
    await this.waitForFunction(() => document.documentElement.dataset.proregPage !== undefined);
    return this.evaluate(() => document.documentElement.dataset.proregPage ?? '');
  }

  /** The text of the companion's elements as rendered (hidden parts excluded); only those holding `holding`, if given. */
  companionText(holding?: string): Promise<string> {
    return this.inCompanion(
      (roots, only) =>
        roots
          .filter((root) => only === null || root.textContent?.includes(only))
          .flatMap((root) =>
            // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, which leaves out collapsed and hidden parts.
            [...root.children].map((el) => (el instanceof HTMLElement && el.localName !== 'style' ? el.innerText : '')),
          )
          .join('\n')
          .trim(),
      holding ?? null,
    );
  }

  /** Waits until the companion shows this text. */
  async companionShows(text: string | RegExp): Promise<void> {
    await until(`the companion to show ${text}`, async () => {
      const shown = await this.companionText();
      return (typeof text === 'string' ? shown.includes(text) : text.test(shown)) ? true : undefined;
    });
  }

  /** The accessible text of the element that really has focus (inside shadow roots too), or BODY. */
  focused(): Promise<string> {
    return this.inCompanion((roots) => {
      let active: Element | null = document.activeElement;
      for (;;) {
        const inner: Element | null | undefined = active?.shadowRoot?.activeElement ?? roots.find((r) => r.host === active)?.activeElement;
        if (!inner) break;
        active = inner;
      }
      if (!active || active === document.body) return 'BODY';
      return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() || active.tagName;
    }, null);
  }

  /** axe-core violations on the whole page, inside the companion's closed shadow roots too. */
  abstract axe(): Promise<AxeViolation[]>;
}

/** A control found by role and name, optionally inside another. */
export class Control {
  constructor(
    private readonly tab: Tab,
    private readonly role: string,
    private readonly name: string | undefined,
    private readonly parent: Control | null,
  ) {}

  private describe(): string {
    const self = `${this.role}${this.name === undefined ? '' : ` "${this.name}"`}`;
    return this.parent ? `${self} in ${this.parent.describe()}` : self;
  }

  /** Every node that matches now. */
  async all(): Promise<NodeRef[]> {
    let within: NodeRef | null = null;
    if (this.parent) {
      const parents = await this.parent.all();
      if (parents.length === 0) return [];
      within = parents[0]!;
    }
    return this.tab.resolve(this.role, this.name, within);
  }

  /** A control inside this one. */
  get(role: string, name?: string): Control {
    return new Control(this.tab, role, name, this);
  }

  async count(): Promise<number> {
    return (await this.all()).length;
  }

  /** Waits until the control is there (or, with 'detached', gone); returns it. */
  async waitFor(state: 'attached' | 'detached' = 'attached'): Promise<this> {
    await until(`${this.describe()} to be ${state}`, async () => {
      const n = await this.count();
      return (state === 'attached' ? n > 0 : n === 0) ? true : undefined;
    });
    return this;
  }

  /** The one matching node (waits for it; more than one is a mistake in the test or the page). */
  private async one(): Promise<NodeRef> {
    return until(this.describe(), async () => {
      const nodes = await this.all();
      if (nodes.length > 1) throw new Error(`${nodes.length} controls match ${this.describe()}`);
      return nodes[0];
    });
  }

  /** Clicks it with the real mouse. */
  async click(): Promise<void> {
    await this.tab.clickNode(await this.one());
  }

  /** Moves focus to it (as Tab would), so the keyboard acts on it next. */
  async focus(): Promise<void> {
    await this.tab.callOn(await this.one(), (el) => (el as HTMLElement).focus(), null);
  }

  /** Its text, spaces collapsed. */
  async text(): Promise<string> {
    return this.tab.callOn(await this.one(), (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim(), null);
  }

  /** The text of every match, in page order. */
  async texts(): Promise<string[]> {
    const out: string[] = [];
    for (const node of await this.all())
      out.push(await this.tab.callOn(node, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim(), null));
    return out;
  }

  /** Waits until its text contains this. */
  async shows(text: string | RegExp): Promise<void> {
    await until(`${this.describe()} to show ${text}`, async () => {
      const nodes = await this.all();
      if (nodes.length !== 1) return undefined;
      const shown = await this.tab.callOn(nodes[0]!, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim(), null);
      return (typeof text === 'string' ? shown.includes(text) : text.test(shown)) ? true : undefined;
    });
  }

  async attribute(name: string): Promise<string | null> {
    return this.tab.callOn(await this.one(), (el, n) => el.getAttribute(n), name);
  }

  /** The value of a text field. */
  async value(): Promise<string> {
    return this.tab.callOn(await this.one(), (el) => (el as HTMLInputElement).value, null);
  }
}
