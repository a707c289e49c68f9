// The shared suite's tab in Firefox: puppeteer-core for pages, mouse and keyboard; WebDriver BiDi
// for the accessibility tree (browsingContext.locateNodes) and for nodes inside closed shadow
// roots (serialised with includeShadowTree: 'all', then passed to functions by reference).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { AxeViolation } from './axe.ts';
import type { BidiConnection } from './firefox.ts';
import { jsonBody, type NodeRef, Tab, until } from './tab.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface RemoteNode {
  type: 'node';
  sharedId: string;
  value?: { shadowRoot?: RemoteNode | null };
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

export class FirefoxTab extends Tab {
  constructor(
    readonly page: Page,
    private readonly bidi: BidiConnection,
  ) {
    super();
    page.on('pageerror', (e) => this.errors.push(e instanceof Error ? e.message : String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
  }

  private get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }
  async close(): Promise<void> {
    await this.page.close();
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  /**
   * axe-core in a sandbox of the harness's own, where (and only where) `shadowRoot` returns the
   * companion's closed roots, which BiDi hands over by reference; the page's world is not touched.
   */
  async axe(): Promise<AxeViolation[]> {
    const sandbox = { context: this.context, sandbox: 'proreg-test-harness' };
    await this.bidi.send('script.evaluate', { expression: axeSource, target: sandbox, awaitPromise: false, resultOwnership: 'none' });
    const roots = await this.roots();
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: `async function (...roots) {
        const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
        Object.defineProperty(Element.prototype, 'shadowRoot', {
          configurable: true,
          get() { return roots.find((r) => r.host === this) ?? own.get.call(this); },
        });
        try {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) })));
        } finally {
          Object.defineProperty(Element.prototype, 'shadowRoot', own);
        }
      }`,
      arguments: roots.map((sharedId) => ({ sharedId })),
      target: sandbox,
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as unknown as EvaluateResult;
    if (r.type === 'exception') throw new Error(r.exceptionDetails.text);
    return JSON.parse(r.result.value as string) as AxeViolation[];
  }
  async evaluateInFrame(fn: () => void): Promise<void> {
    const frame = await until('a child frame', async () => this.page.frames().find((f) => f !== this.page.mainFrame()));
    await frame.evaluate(fn);
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as never);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  protected async mouseClick(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  /** The shadow roots of the companion's elements (closed ones included). */
  protected async roots(): Promise<string[]> {
    const { result } = await this.bidi.send('script.evaluate', {
      expression: `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('proreg-'))`,
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    });
    const hosts = ((result as unknown as EvaluateResult & { result: { value: RemoteNode[] } }).result?.value ?? []) as RemoteNode[];
    return hosts.map((h) => h.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
  }

  protected async find(role: string, name: string | undefined, within: NodeRef | null): Promise<NodeRef[]> {
    const locator = { type: 'accessibility', value: name === undefined ? { role } : { role, name } };
    // Searching the document does not enter shadow trees: search each companion root as well.
    const starts: (string | null)[] = within !== null ? [within as string] : [null, ...(await this.roots())];
    const found: NodeRef[] = [];
    for (const start of starts) {
      const { result } = await this.bidi.send('browsingContext.locateNodes', {
        context: this.context,
        locator,
        ...(start ? { startNodes: [{ sharedId: start }] } : {}),
      });
      found.push(...(result.nodes as RemoteNode[]).map((n) => n.sharedId));
    }
    return found;
  }

  private async call<R>(declaration: string, args: object[]): Promise<R> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: declaration,
      arguments: args,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as unknown as EvaluateResult;
    if (r.type === 'exception') throw new Error(r.exceptionDetails.text);
    return JSON.parse(r.result.value as string) as R;
  }

  callOn<A, R>(node: NodeRef, fn: (node: Element, arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.call(`async function (node, arg) { ${jsonBody(String(fn), 'node, JSON.parse(arg)')} }`, [
      { sharedId: node },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ]);
  }

  async inCompanion<A, R>(fn: (roots: ShadowRoot[], arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const roots = await this.roots();
    return this.call(`async function (arg, ...roots) { ${jsonBody(String(fn), 'roots, JSON.parse(arg)')} }`, [
      { type: 'string', value: JSON.stringify(arg ?? null) },
      ...roots.map((sharedId) => ({ sharedId })),
    ]);
  }
}
