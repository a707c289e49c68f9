// Reads what a person sees on a Career Manager page into the plain description the pure
// recognisers in core/pages take. Our own overlay elements are never read.
import { isOrange } from '../../core/pages/rows.ts';
import type { PageDescription, PageRow } from '../../core/pages/types.ts';

/** Tag names of the elements the companion adds to pages; extraction skips them. */
export const OWN_TAGS = ['PROREG-COMPANION', 'PROREG-HINT'];

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function isOwn(el: Element): boolean {
  return OWN_TAGS.some((tag) => el.closest(tag.toLowerCase()) !== null);
}

function visible(doc: Document, selector: string): Element[] {
  return [...doc.querySelectorAll(selector)].filter((el) => !isOwn(el) && !(el as HTMLElement).hidden);
}

function buttonLabel(el: Element): string {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) return el.value.trim();
  return text(el) || (el.getAttribute('aria-label') ?? '').trim();
}

/** Whether the element or a descendant is drawn in orange (text, border or background). */
export function drawnInOrange(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (const node of [el, ...el.querySelectorAll('*')]) {
    const style = view.getComputedStyle(node);
    if ([style.color, style.backgroundColor, style.borderLeftColor, style.borderTopColor].some(isOrange)) {
      // A border only counts when it is drawn.
      if (isOrange(style.color) || isOrange(style.backgroundColor)) return true;
      if (isOrange(style.borderLeftColor) && parseFloat(style.borderLeftWidth) > 0) return true;
      if (isOrange(style.borderTopColor) && parseFloat(style.borderTopWidth) > 0) return true;
    }
  }
  return false;
}

/** The description of the page as shown now. */
export function describePage(doc: Document): PageDescription {
  const tabs = visible(doc, '[role=tab]');
  const selected = tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
  // The route tabs sit inside the page; if two tab lists show, the innermost selection (in main) wins.
  const main = doc.querySelector('main') ?? doc.body;
  const mainSelected = selected.find((t) => main?.contains(t)) ?? selected[0];
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    headings: visible(doc, 'h1, h2, h3, h4').map(text),
    buttons: visible(doc, 'button, input[type=submit], input[type=button], [role=button]')
      .filter((el) => el.getAttribute('role') !== 'tab')
      .map(buttonLabel)
      .filter(Boolean),
    links: visible(doc, 'a[href]')
      .filter((el) => el.getAttribute('role') !== 'tab' && el.getAttribute('role') !== 'button')
      .map(text)
      .filter(Boolean),
    tabs: tabs.map(text),
    selectedTab: mainSelected ? text(mainSelected) : null,
    labels: visible(doc, 'label, legend').map(text),
    hasOrangeMarker: main ? drawnInOrange(main) : false,
  };
}

/** A checklist or document row on the page, with the element to put a hint beside. */
export interface RowOnPage extends PageRow {
  element: Element;
  titleElement: Element;
}

const STATUS = /^(complete|completed|done|uploaded|provided|not started|in progress|incomplete|not uploaded|required|missing)\b/i;

/** The rows of a list page: table rows (or list items) that show a status. */
export function readRows(doc: Document): RowOnPage[] {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return [];
  const rows: RowOnPage[] = [];
  for (const tr of main.querySelectorAll('tr, li')) {
    if (isOwn(tr)) continue;
    const cells = [...tr.children];
    // The title comes first; the status is a later cell (a title may itself start "Completed ...").
    const titleCell = cells.find((c) => text(c) !== '');
    const statusCell = cells.slice(titleCell ? cells.indexOf(titleCell) + 1 : 0).find((c) => STATUS.test(text(c)));
    if (!statusCell || !titleCell) continue;
    const titleElement = titleCell.querySelector('a') ?? titleCell;
    const mandatory = drawnInOrange(tr) || /\bmandatory\b/i.test(text(titleCell));
    rows.push({
      element: tr,
      titleElement,
      title: text(titleElement).replace(/^mandatory\s*/i, ''),
      mandatory,
      statusText: text(statusCell),
    });
  }
  return rows;
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
