// The shared suite's tab in Chromium: playwright-core for pages, mouse and keyboard; the Chrome
// DevTools Protocol for the accessibility tree and for nodes inside closed shadow roots.

import type { CDPSession, Page } from 'playwright-core';
import type { AxeViolation } from './axe.ts';
import { companionAxeViolations } from './companion-axe.ts';
import { jsonBody, type NodeRef, Tab, until } from './tab.ts';

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export class ChromiumTab extends Tab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    super();
    page.on('pageerror', (e) => this.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
  }

  static async of(page: Page): Promise<ChromiumTab> {
    return new ChromiumTab(page, await page.context().newCDPSession(page));
  }

  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }
  async close(): Promise<void> {
    await this.page.close();
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg as unknown);
  }
  axe(): Promise<AxeViolation[]> {
    return companionAxeViolations(this.page);
  }
  async evaluateInFrame(fn: () => void): Promise<void> {
    const frame = await until('a child frame', async () => this.page.frames().find((f) => f !== this.page.mainFrame()));
    await frame.evaluate(fn);
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  protected async mouseClick(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  protected async find(role: string, name: string | undefined, within: NodeRef | null): Promise<NodeRef[]> {
    const backendNodeId =
      (within as number | null) ?? ((await this.cdp.send('DOM.getDocument', { depth: 0 })).root as DomNode).backendNodeId;
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', {
      backendNodeId,
      role,
      ...(name === undefined ? {} : { accessibleName: name }),
    });
    return nodes
      .filter((n) => !n.ignored && n.backendDOMNodeId !== undefined && n.backendDOMNodeId !== within)
      .map((n) => n.backendDOMNodeId!);
  }

  private async call<R>(
    thisNode: number,
    declaration: string,
    args: ({ value: string } | { objectId: string })[],
    release: string[],
  ): Promise<R> {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: thisNode });
    release.push(object.objectId!);
    try {
      const r = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: declaration,
        arguments: args,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return JSON.parse(r.result.value as string) as R;
    } finally {
      await Promise.all(release.map((objectId) => this.cdp.send('Runtime.releaseObject', { objectId }).catch(() => undefined)));
    }
  }

  callOn<A, R>(node: NodeRef, fn: (node: Element, arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.call(
      node as number,
      `async function (arg) { ${jsonBody(String(fn), 'this, JSON.parse(arg)')} }`,
      [{ value: JSON.stringify(arg ?? null) }],
      [],
    );
  }

  async inCompanion<A, R>(fn: (roots: ShadowRoot[], arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots: number[] = [];
    const walk = (node: DomNode) => {
      if (node.localName?.startsWith('proreg-') && node.shadowRoots?.[0]) roots.push(node.shadowRoots[0].backendNodeId);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const release: string[] = [];
    const objects: { objectId: string }[] = [];
    for (const backendNodeId of roots) {
      const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId });
      release.push(object.objectId!);
      objects.push({ objectId: object.objectId! });
    }
    return this.call(
      root.backendNodeId,
      `async function (arg, ...roots) { ${jsonBody(String(fn), 'roots, JSON.parse(arg)')} }`,
      [{ value: JSON.stringify(arg ?? null) }, ...objects],
      release,
    );
  }
}
