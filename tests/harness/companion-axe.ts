// axe-core over the page as people meet it, the companion's closed shadow roots included. axe
// runs in the harness's isolated world (see companion.ts), where — and only where — the roots
// are made visible to it through `shadowRoot`; the page's own world is not touched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeViolation } from './axe.ts';
import { evaluateInHarnessWorld, inHarnessWorld } from './companion.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core violations on the whole page, inside the companion's roots too; `openHints` opens every hint first. */
export async function companionAxeViolations(page: Page, options: { openHints?: boolean } = {}): Promise<AxeViolation[]> {
  await evaluateInHarnessWorld(page, axeSource);
  return inHarnessWorld<AxeViolation[]>(
    page,
    `async function (kids, openHints) {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return kids.rootOf(this) ?? own.get.call(this); },
      });
      try {
        if (openHints) for (const host of document.querySelectorAll('proreg-hint')) kids.rootOf(host)?.querySelector('details')?.setAttribute('open', '');
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    }`,
    options.openHints ?? false,
  );
}
