// Finds the companion's controls the way people do — by role and accessible name, or by the
// text they show — although they live in CLOSED shadow roots the page (and Playwright's own
// locators) cannot open. The harness reads through the browser's DevTools protocol instead:
//   - Accessibility.queryAXTree finds nodes by role and name in the accessibility tree, which
//     the browser builds across shadow roots, exactly what assistive technology sees;
//   - DOM.getDocument({ pierce: true }) lists closed shadow roots, and DOM.resolveNode hands them
//     to a private isolated world of the harness's own (the page's script cannot see it), where
//     text, attributes and boxes are read;
//   - acting is real input: page.mouse and page.keyboard, which the browser marks as trusted
//     events, the same as a person's. Nothing in the product is opened up for the tests.
// See tests/harness/README.md.
import type { CDPSession, Page } from 'playwright-core';

/** The elements the companion draws into pages; each holds a closed shadow root. */
const HOSTS = new Set(['PROREG-COMPANION', 'PROREG-HINT']);

type Name = string | RegExp;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Session {
  cdp: CDPSession;
  /** The harness's isolated world in the page's main frame. */
  world(): Promise<number>;
}

const sessions = new WeakMap<Page, Promise<Session>>();

function session(page: Page): Promise<Session> {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('Accessibility.enable');
      let world: { frameId: string; loaderId: string; contextId: number } | null = null;
      return {
        cdp,
        async world() {
          // One isolated world per document: a navigation makes a new one.
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const { id: frameId, loaderId } = frameTree.frame;
          if (!world || world.frameId !== frameId || world.loaderId !== loaderId) {
            const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'proreg-test-harness' });
            world = { frameId, loaderId, contextId: executionContextId };
          }
          return world.contextId;
        },
      };
    })();
    sessions.set(page, s);
  }
  return s;
}

type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };

/**
 * Every companion host in the page, with its (closed) shadow root and that root's top elements
 * (the accessibility tree is searched from those: a query from the host itself finds nothing).
 */
async function companionHosts(s: Session): Promise<{ host: number; root: number; tops: number[] }[]> {
  const { root } = await s.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found: { host: number; root: number; tops: number[] }[] = [];
  const walk = (node: DomNode) => {
    const shadow = node.shadowRoots?.[0];
    if (HOSTS.has(node.nodeName) && shadow) {
      const tops = (shadow.children ?? []).filter((c) => (c as { nodeType?: number }).nodeType === 1).map((c) => c.backendNodeId);
      found.push({ host: node.backendNodeId, root: shadow.backendNodeId, tops });
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child as DomNode);
  };
  walk(root as DomNode);
  return found;
}

/** Runs `fn` in the harness's world with the element as `this`; the element's tree includes closed shadow roots. */
async function call<T>(s: Session, backendNodeId: number, fn: string, ...args: unknown[]): Promise<T> {
  const executionContextId = await s.world();
  const { object } = await s.cdp.send('DOM.resolveNode', { backendNodeId, executionContextId });
  const hosts = await companionHosts(s);
  // Closed roots reach the harness world as objects, so its code can walk into them.
  const roots = await Promise.all(
    hosts.map(async ({ root }) => (await s.cdp.send('DOM.resolveNode', { backendNodeId: root, executionContextId })).object.objectId!),
  );
  const result = await s.cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (roots, args) {
      const shadow = new Map(roots.map((r) => [r.host, r]));
      /** Child nodes as people meet them: a companion host's shadow content instead of its light children. */
      const kids = (n) => (shadow.has(n) ? [...shadow.get(n).childNodes] : [...n.childNodes]);
      kids.rootOf = (host) => shadow.get(host) ?? null;
      const fn = ${fn};
      return fn.call(this, kids, ...args);
    }`,
    arguments: [{ objectId: await arrayOf(s, executionContextId, roots) }, { value: args }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails)
    throw new Error(`harness: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as T;
}

async function arrayOf(s: Session, executionContextId: number, objectIds: string[]): Promise<string> {
  const { result } = await s.cdp.send('Runtime.evaluate', { expression: '[]', contextId: executionContextId });
  for (const objectId of objectIds) {
    await s.cdp.send('Runtime.callFunctionOn', {
      objectId: result.objectId!,
      functionDeclaration: 'function (x) { this.push(x); }',
      arguments: [{ objectId }],
    });
  }
  return result.objectId!;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const nameMatches = (name: Name, actual: string) => (typeof name === 'string' ? normalise(actual) === normalise(name) : name.test(actual));

type Finder = (s: Session) => Promise<number[]>;

/**
 * A lazy query for companion elements, re-run on every use (like a Playwright locator), with
 * the reading and acting a test needs.
 */
export class CompanionLocator {
  constructor(
    private readonly page: Page,
    private readonly find: Finder,
    private readonly description: string,
  ) {}

  /** Elements inside this one with an ARIA role and, if given, an accessible name (a string matches the whole name). */
  getByRole(role: string, options: { name?: Name } = {}): CompanionLocator {
    const name = options.name;
    return new CompanionLocator(
      this.page,
      async (s) => {
        const out: number[] = [];
        for (const scope of await this.find(s)) {
          const { nodes } = await s.cdp.send('Accessibility.queryAXTree', {
            backendNodeId: scope,
            role,
            ...(typeof name === 'string' ? { accessibleName: normalise(name) } : {}),
          });
          for (const node of nodes) {
            if (node.ignored || node.backendDOMNodeId === undefined) continue;
            if (name !== undefined && !nameMatches(name, String(node.name?.value ?? ''))) continue;
            if (!out.includes(node.backendDOMNodeId)) out.push(node.backendDOMNodeId);
          }
        }
        return out;
      },
      `${this.description} → ${role}${name !== undefined ? ` "${name}"` : ''}`,
    );
  }

  /** The innermost elements inside this one whose text (spaces normalised) is the string, or matches the pattern. */
  getByText(text: Name): CompanionLocator {
    const pattern = typeof text === 'string' ? { exact: normalise(text) } : { source: text.source, flags: text.flags };
    return new CompanionLocator(
      this.page,
      async (s) => {
        const out: number[] = [];
        for (const scope of await this.find(s)) {
          const marked = await call<number>(
            s,
            scope,
            `function (kids, p) {
              const re = p.source !== undefined ? new RegExp(p.source, p.flags) : null;
              const textOf = (n) => n.nodeType === 3 ? n.data : n.nodeType === 1 || n.nodeType === 11 ? kids(n).map(textOf).join('') : '';
              const matches = (n) => { const t = textOf(n).replace(/\\s+/g, ' ').trim(); return re ? re.test(t) : t === p.exact; };
              const hits = [];
              const visit = (n) => {
                const inner = kids(n).filter((c) => c.nodeType === 1);
                let deeper = false;
                for (const c of inner) deeper = visit(c) || deeper;
                if (!deeper && n.nodeType === 1 && matches(n)) { hits.push(n); return true; }
                return deeper;
              };
              visit(this);
              globalThis.__harnessHits = hits;
              return hits.length;
            }`,
            pattern,
          );
          for (let i = 0; i < marked; i++) out.push(await hitAt(s, i));
        }
        return out;
      },
      `${this.description} → text ${String(text)}`,
    );
  }

  /** The n-th match (0 first). */
  nth(index: number): CompanionLocator {
    return new CompanionLocator(this.page, async (s) => (await this.find(s)).slice(index, index + 1), `${this.description} [${index}]`);
  }

  first(): CompanionLocator {
    return this.nth(0);
  }

  async count(): Promise<number> {
    return (await this.find(await session(this.page))).length;
  }

  /** Waits until a match is there (attached/visible) or none is (detached/hidden). */
  async waitFor(options: { state?: 'attached' | 'visible' | 'detached' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? 15_000);
    for (;;) {
      const s = await session(this.page);
      const ids = await this.find(s).catch(() => [] as number[]);
      const visible = state === 'visible' || state === 'hidden' ? await this.anyVisible(s, ids) : ids.length > 0;
      if ((state === 'attached' || state === 'visible') === visible) return;
      if (Date.now() > deadline) throw new Error(`harness: timed out waiting for ${this.description} to be ${state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async anyVisible(s: Session, ids: number[]): Promise<boolean> {
    for (const id of ids) if (await call<boolean>(s, id, 'function () { return this.checkVisibility(); }').catch(() => false)) return true;
    return false;
  }

  private async one(): Promise<{ s: Session; id: number }> {
    await this.waitFor({ state: 'attached' });
    const s = await session(this.page);
    const ids = await this.find(s);
    if (ids.length !== 1) throw new Error(`harness: ${this.description} matches ${ids.length} elements, not one`);
    return { s, id: ids[0]! };
  }

  async textContent(): Promise<string> {
    const { s, id } = await this.one();
    return call<string>(
      s,
      id,
      `function (kids) { const t = (n) => n.nodeType === 3 ? n.data : n.nodeType === 1 ? kids(n).map(t).join('') : ''; return t(this); }`,
    );
  }

  async allTextContents(): Promise<string[]> {
    const s = await session(this.page);
    const out: string[] = [];
    for (const id of await this.find(s)) {
      out.push(
        await call<string>(
          s,
          id,
          `function (kids) { const t = (n) => n.nodeType === 3 ? n.data : n.nodeType === 1 ? kids(n).map(t).join('') : ''; return t(this); }`,
        ),
      );
    }
    return out;
  }

  async getAttribute(name: string): Promise<string | null> {
    const { s, id } = await this.one();
    return call<string | null>(s, id, 'function (kids, n) { return this.getAttribute(n); }', name);
  }

  async inputValue(): Promise<string> {
    const { s, id } = await this.one();
    return call<string>(s, id, 'function () { return this.value; }');
  }

  async isVisible(): Promise<boolean> {
    const s = await session(this.page);
    return this.anyVisible(s, await this.find(s));
  }

  /** The element's box in the page's viewport, as Playwright's boundingBox gives it. */
  async boundingBox(): Promise<Box | null> {
    const { s, id } = await this.one();
    return call<Box | null>(
      s,
      id,
      'function () { const r = this.getBoundingClientRect(); return r.width || r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; }',
    );
  }

  /** A real click at the middle of the element (scrolled into view first): a trusted event. */
  async click(): Promise<void> {
    const { s, id } = await this.one();
    await this.waitFor({ state: 'visible' });
    await s.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: id });
    const box = await call<Box>(
      s,
      id,
      'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
    );
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async scrollIntoViewIfNeeded(): Promise<void> {
    const { s, id } = await this.one();
    await s.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: id });
  }

  /** Moves keyboard focus to the element (as Tab would), so that real key presses reach it. */
  async focus(): Promise<void> {
    const { s, id } = await this.one();
    await s.cdp.send('DOM.focus', { backendNodeId: id });
  }

  /** Chooses an option of a select by its label, with real arrow-key presses. */
  async selectOption(label: string): Promise<void> {
    const { s, id } = await this.one();
    const { from, to } = await call<{ from: number; to: number }>(
      s,
      id,
      'function (kids, l) { return { from: this.selectedIndex, to: [...this.options].findIndex((o) => o.text.trim() === l) }; }',
      label,
    );
    if (to < 0) throw new Error(`harness: no option "${label}" in ${this.description}`);
    await s.cdp.send('DOM.focus', { backendNodeId: id });
    for (let i = from; i !== to; i += to > from ? 1 : -1) await this.page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
}

async function hitAt(s: Session, index: number): Promise<number> {
  const contextId = await s.world();
  const { result } = await s.cdp.send('Runtime.evaluate', { expression: `globalThis.__harnessHits[${index}]`, contextId });
  const { node } = await s.cdp.send('DOM.describeNode', { objectId: result.objectId! });
  return node.backendNodeId;
}

/** Everything the companion draws on the page: the panel, hints, buttons beside fields, dialogs. */
export function companion(page: Page): CompanionLocator {
  return new CompanionLocator(page, async (s) => (await companionHosts(s)).flatMap((h) => h.tops), 'companion');
}

/** The companion panel on a Career Manager page. */
export function overlay(page: Page): CompanionLocator {
  return companion(page).getByRole('complementary', { name: 'ProReg Companion' });
}

/**
 * The accessible name (or text) of the element that really has focus, looking inside the
 * companion's closed shadow roots; 'BODY' when nothing has focus.
 */
export async function focused(page: Page): Promise<string> {
  const s = await session(page);
  const { root } = await s.cdp.send('DOM.getDocument', { depth: 0 });
  return call<string>(
    s,
    root.backendNodeId,
    `function (kids) {
      let active = document.activeElement;
      for (let root = active && kids.rootOf(active); root && root.activeElement; root = kids.rootOf(active)) active = root.activeElement;
      if (!active || active === document.body) return 'BODY';
      return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() || active.tagName;
    }`,
  );
}

/**
 * Runs a function in the harness's isolated world of the page (never the page's own world), with
 * `kids` (child nodes through closed companion roots; `kids.rootOf(host)` gives a host's root)
 * as its first argument. For checks that need the whole composed page, such as axe.
 */
export async function inHarnessWorld<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  const s = await session(page);
  const { root } = await s.cdp.send('DOM.getDocument', { depth: 0 });
  return call<T>(s, root.backendNodeId, fn, ...args);
}

/** Evaluates a script (e.g. a library) in the harness's isolated world of the page. */
export async function evaluateInHarnessWorld(page: Page, source: string): Promise<void> {
  const s = await session(page);
  const result = await s.cdp.send('Runtime.evaluate', { expression: source, contextId: await s.world() });
  if (result.exceptionDetails) throw new Error(`harness: ${result.exceptionDetails.text}`);
}
