// Reads what a person sees on a Career Manager page into the plain description the pure
// recognisers in core/pages take. Our own overlay elements are never read.
import { isOrange } from '../../core/pages/rows.ts';
import type { PageDescription } from '../../core/pages/types.ts';
import { closeBidi } from '../../core/text/bidi.ts';

/** Tag names of the elements the companion adds to pages; extraction skips them. */
export const OWN_TAGS = ['PROREG-COMPANION', 'PROREG-HINT'];

/**
 * An element's text, spaces collapsed; a bidi override or isolate it leaves open is closed, so the
 * companion's own words shown after it are never reversed.
 */
export const text = (el: Element | null | undefined): string => closeBidi((el?.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Whether the element is one the companion added (or inside one). */
export function isOwn(el: Element): boolean {
  return OWN_TAGS.some((tag) => el.closest(tag.toLowerCase()) !== null);
}

/** The page's main content: <main>, role=main, else the body (some pages have no landmark). */
export function mainOf(doc: Document): Element | null {
  return doc.querySelector('main, [role=main]') ?? doc.body;
}

function visible(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !isOwn(el) && !(el as HTMLElement).hidden && !el.closest('[hidden]'));
}

function buttonLabel(el: Element): string {
  if (el.localName === 'input') return ((el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim();
  return text(el) || (el.getAttribute('aria-label') ?? '').trim();
}

/** Whether the element (and, when `deep`, a descendant) is drawn in orange: text, border or background. */
export function drawnInOrange(el: Element, deep = true): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (const node of deep ? [el, ...el.querySelectorAll('*')] : [el]) {
    const style = view.getComputedStyle(node);
    // Text only counts when there is text; a border only when it is drawn.
    if (isOrange(style.color) && text(node) !== '') return true;
    if (isOrange(style.backgroundColor)) return true;
    if (isOrange(style.borderLeftColor) && parseFloat(style.borderLeftWidth) > 0 && style.borderLeftStyle !== 'none') return true;
    if (isOrange(style.borderTopColor) && parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none') return true;
  }
  return false;
}

const TAB_LIKE = '[role=tab], nav a[aria-current], [role=navigation] a[aria-current]';

/** The description of the page as shown now. */
export function describePage(doc: Document): PageDescription {
  const tabs = visible(doc, TAB_LIKE);
  const selected = tabs.filter(
    (t) => t.getAttribute('aria-selected') === 'true' || (t.hasAttribute('aria-current') && t.getAttribute('aria-current') !== 'false'),
  );
  // The route tabs sit inside the page; if two tab lists show, the innermost selection (in main) wins.
  const main = mainOf(doc);
  const mainSelected = selected.find((t) => main?.contains(t) && main !== doc.body) ?? selected[0];
  const buttons = visible(doc, 'button, input[type=submit], input[type=button], [role=button]').filter(
    (el) => el.getAttribute('role') !== 'tab',
  );
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    headings: visible(doc, 'h1, h2, h3, h4, h5, h6, [role=heading]').map(text),
    buttons: buttons.map(buttonLabel).filter(Boolean),
    links: visible(doc, 'a[href]')
      .filter((el) => !el.matches(TAB_LIKE) && !buttons.includes(el))
      .map(text)
      .filter(Boolean),
    tabs: tabs.map(text),
    selectedTab: mainSelected ? text(mainSelected) : null,
    labels: visible(doc, 'label, legend').map(text),
    fileInputs: visible(doc, 'input[type=file]').length,
    // Reading every element's colours costs style work on every page; read only when it decides (readMarker).
    hasOrangeMarker: null,
  };
}

/** Whether the page's main content shows the orange mandatory marker (read only when asked: it reads every element's colours). */
export function readMarker(doc: Document): boolean {
  const main = mainOf(doc);
  return main ? drawnInOrange(main) : false;
}

/** A labelled field on the page: its label text and the control. */
export interface FieldOnPage {
  label: string;
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
}

/** Every labelled form control in the main area. */
export function readFields(doc: Document): FieldOnPage[] {
  const fields: FieldOnPage[] = [];
  for (const label of doc.querySelectorAll('label')) {
    if (isOwn(label)) continue;
    const control = label.control;
    if (control && (control.tagName === 'TEXTAREA' || control.tagName === 'INPUT' || control.tagName === 'SELECT')) {
      fields.push({ label: text(label), control: control as FieldOnPage['control'] });
    }
  }
  return fields;
}

/** Supporter comments as the page shows them (one block per supporter, competence → comment). */
export interface ShownSupporter {
  name: string;
  status: string;
  comments: { competence: string; text: string }[];
}

/** Supporters and their comments shown on the page (Validate / Verify when locked). */
export function readSupporterComments(doc: Document): ShownSupporter[] {
  const out: ShownSupporter[] = [];
  for (const block of doc.querySelectorAll('main article, main section > div')) {
    if (isOwn(block) || !block.querySelector('dd')) continue;
    const name = text(block.querySelector('h3, h4, h5, strong'));
    const statusLine = [...block.querySelectorAll('p')].map(text).find((t) => /^status:/i.test(t)) ?? '';
    const comments = [...block.querySelectorAll('dt')]
      .map((dt) => {
        const dd = dt.nextElementSibling;
        return { competence: text(dt), text: dd?.tagName === 'DD' ? text(dd) : '' };
      })
      .filter((c) => c.text !== '');
    if (name && comments.length) out.push({ name, status: statusLine.replace(/^status:\s*/i, ''), comments });
  }
  return out;
}
