// "This page looks wrong": takes the page as it is built (elements, attributes, text, and the
// computed colours of what the companion read or what is drawn in orange) with the companion's
// reading, for the background to anonymise (core/pages/shape.ts) before anyone sees it.
import { isOrange } from '../../core/pages/rows.ts';
import type { RawNode } from '../../core/pages/shape.ts';
import { isOwn } from './extract.ts';
import type { RowOnPage } from './rows.ts';

/** The page as built, marked with what the companion read. */
export function rawPage(doc: Document, rows: RowOnPage[]): RawNode {
  const view = doc.defaultView!;
  const marks = new Map<Element, 'row' | 'title'>();
  for (const r of rows) marks.set(r.element, 'row').set(r.titleElement, 'title');
  const walk = (el: Element): RawNode => {
    const s = view.getComputedStyle(el);
    const node: RawNode = { t: el.localName, a: {}, k: [] };
    for (const a of el.attributes) node.a[a.name] = a.value;
    if (el instanceof view.HTMLInputElement || el instanceof view.HTMLTextAreaElement) {
      if (/^(checkbox|radio)$/.test(el.type)) node.on = (el as HTMLInputElement).checked;
      else node.v = el.value;
    }
    node.r = marks.get(el);
    if (node.r || isOrange(s.color) || isOrange(s.backgroundColor) || (isOrange(s.borderLeftColor) && parseFloat(s.borderLeftWidth) > 0)) {
      node.c = [s.color, s.backgroundColor, `${s.borderLeftWidth} ${s.borderLeftStyle} ${s.borderLeftColor}`];
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 3 && child.textContent!.trim()) node.k.push(child.textContent!);
      else if (child instanceof view.Element && !/^(script|noscript|template)$/.test(child.localName) && !isOwn(child))
        node.k.push(walk(child));
    }
    return node;
  };
  return walk(doc.body);
}
