// Reads the rows of the Registration Check List and Supporting Documents pages however they are
// built: table rows, ARIA rows, list items, definition-list groups or CSS-grid cells. A row's
// status comes from what it shows (words, an icon's text, a checkbox, a "Replace" action) and is
// judged in core/pages/status.ts; a row whose status cannot be read is kept, as unknown.
import { readStatus, type StatusEvidence, wordStatus } from '../../core/pages/status.ts';
import type { PageRow } from '../../core/pages/types.ts';
import { closeBidi } from '../../core/text/bidi.ts';
import { drawnInOrange, isOwn, mainOf, text } from './extract.ts';

/** A checklist or document row on the page, with the element to put a hint beside. */
export interface RowOnPage extends PageRow {
  element: Element;
  titleElement: Element;
}

interface Laid {
  /** The row's own element (the first cell for grid rows, which have none). */
  element: Element;
  cells: Element[];
  /** What holds the rows: the rows of one list are read together. */
  container: Element;
}

const MARKER = /\b(mandatory|required)\b|\*/gi;
const ACTION = 'a[href], button, [role=button], input[type=button], input[type=submit], input[type=file]';
const HEADER = 'th, [role=columnheader]';

/** The element children of a row, looking through wrappers that hold everything. */
function cellsOf(el: Element): Element[] {
  let current = el;
  while (current.children.length === 1 && current.children[0]!.children.length > 0 && ownText(current) === '')
    current = current.children[0]!;
  return [...current.children].filter((c) => !isOwn(c) && c.localName !== 'script' && c.localName !== 'style');
}

function ownText(el: Element): string {
  return [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}

function tableRows(main: Element): Laid[] {
  const rows: Laid[] = [];
  for (const tr of main.querySelectorAll('tr, [role=row]')) {
    if (isOwn(tr) || tr.closest('thead') || tr.querySelector(HEADER)) continue;
    const container = tr.closest('table, [role=table], [role=grid], [role=treegrid]') ?? tr.parentElement!;
    const cells = tr.localName === 'tr' ? [...tr.children] : cellsOf(tr);
    rows.push({ element: tr, cells, container });
  }
  return rows;
}

function listRows(main: Element): Laid[] {
  return [...main.querySelectorAll('li')]
    .filter((li) => !isOwn(li) && !li.closest('nav'))
    .map((li) => ({ element: li, cells: cellsOf(li), container: li.parentElement! }));
}

function definitionRows(main: Element): Laid[] {
  const rows: Laid[] = [];
  for (const dl of main.querySelectorAll('dl')) {
    if (isOwn(dl)) continue;
    let row: Laid | null = null;
    for (const child of dl.children) {
      // Groups may be wrapped in a div each (allowed in HTML), or follow one another.
      if (child.localName === 'div') {
        const dt = child.querySelector('dt');
        if (dt) rows.push({ element: child, cells: [dt, ...child.querySelectorAll('dd')], container: dl });
        row = null;
      } else if (child.localName === 'dt') {
        row = { element: child, cells: [child], container: dl };
        rows.push(row);
      } else if (child.localName === 'dd' && row) {
        row.cells.push(child);
      }
    }
  }
  return rows;
}

/** The items a grid lays out: its children, and the children of those drawn with display: contents. */
function gridItems(el: Element, view: Window): Element[] {
  return [...el.children].flatMap((c) =>
    isOwn(c) || (c as HTMLElement).hidden ? [] : view.getComputedStyle(c).display === 'contents' ? gridItems(c, view) : [c],
  );
}

function gridRows(main: Element, taken: Set<Element>): Laid[] {
  const view = main.ownerDocument.defaultView;
  if (!view) return [];
  const rows: Laid[] = [];
  for (const grid of main.querySelectorAll('*')) {
    if (grid.children.length === 0 || isOwn(grid) || [...taken].some((t) => t.contains(grid))) continue;
    const style = view.getComputedStyle(grid);
    if (!style.display.includes('grid')) continue;
    const columns = style.gridTemplateColumns.split(/\s+(?![^(]*\))/).filter((t) => t && t !== 'none').length;
    if (columns < 2) continue;
    const cells = gridItems(grid, view);
    // A grid per row (its cells are all it holds), or one grid of every row's cells in turn.
    if (cells.length <= columns) {
      rows.push({ element: grid, cells, container: grid.parentElement! });
      continue;
    }
    for (let i = 0; i + 1 < cells.length; i += columns) {
      const row = cells.slice(i, i + columns);
      if (row.every((c) => c.matches(HEADER))) continue;
      rows.push({ element: row[0]!, cells: row, container: grid });
    }
  }
  return rows;
}

/** Whether everything a cell says is said by its buttons and links (an Actions column). */
function actionOnly(cell: Element): boolean {
  const all = text(cell).replace(/\s/g, '');
  const inActions = [...cell.querySelectorAll(ACTION)].map((a) => text(a).replace(/\s/g, '')).join('');
  return cell.querySelector(ACTION) !== null && (all === '' || all === inActions || cell.matches(ACTION));
}

function label(el: Element): string {
  if (el.localName === 'input') return ((el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim();
  return (el.getAttribute('aria-label') ?? '').trim() || text(el);
}

/** Words a cell shows about status: its text, and what its icons say (alt, title, aria-label). */
function statusWords(cell: Element): string[] {
  const words = [text(cell)];
  for (const el of [cell, ...cell.querySelectorAll('[alt], [title], [aria-label], svg title')]) {
    if (el.matches(ACTION)) continue;
    for (const attr of ['alt', 'title', 'aria-label']) {
      const value = el.getAttribute(attr);
      if (value) words.push(value);
    }
    if (el.localName === 'title') words.push(text(el));
  }
  return words.filter((w) => w.trim() !== '');
}

function checkedOf(cells: Element[]): boolean | null {
  for (const cell of cells) {
    const box = cell.matches('input[type=checkbox], [role=checkbox]') ? cell : cell.querySelector('input[type=checkbox], [role=checkbox]');
    if (!box) continue;
    return box instanceof box.ownerDocument.defaultView!.HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
  }
  return null;
}

function readRow(row: Laid): RowOnPage | null {
  const cells = row.cells;
  const titleIndex = cells.findIndex((c) => text(c).replace(MARKER, '').trim() !== '');
  if (titleIndex < 0) return null;
  const titleCell = cells[titleIndex]!;
  const link = titleCell.querySelector('a[href]:not([role=button])');
  const titleElement = link && text(link).replace(MARKER, '').trim() ? link : titleCell;
  const title = text(titleElement).replace(MARKER, ' ').replace(/\s+/g, ' ').trim();
  const later = cells.slice(titleIndex + 1);
  const statusCells = later.filter((c) => !actionOnly(c));
  const evidence: StatusEvidence = {
    words: statusCells.flatMap(statusWords),
    checked: checkedOf(later),
    actions: [...row.element.querySelectorAll(ACTION), ...later.flatMap((c) => [...c.querySelectorAll(ACTION)])]
      .filter((a) => a !== link)
      .map(label),
  };
  const before = cells.slice(0, titleIndex + 1);
  // Words first; colours (a style read per element) only when no cell says it, the row's own element before its cells' contents.
  const mandatory =
    before.some((c) => /\bmandatory\b|\brequired\b/i.test(text(c))) ||
    drawnInOrange(row.element, false) ||
    before.some((c) => drawnInOrange(c));
  return {
    element: row.element,
    titleElement,
    title,
    mandatory,
    status: readStatus(evidence),
    statusText: statusTextOf(evidence),
  };
}

/** What the row showed as its status, in words, for the applicant to check our reading against. */
function statusTextOf(evidence: StatusEvidence): string {
  const signalled = evidence.words.filter((w) => wordStatus(w) !== null);
  // Words rather than a sign (an icon's "Complete" rather than its ✔).
  if (signalled.length) return signalled.find((w) => /[a-z]/i.test(w)) ?? signalled[0]!;
  if (evidence.checked === true) return 'ticked';
  if (evidence.checked === false) return 'not ticked';
  if (readStatus(evidence) === 'complete') return 'a file is attached';
  // Cut to a length, then closed again: the cut may drop a closer.
  return closeBidi((evidence.words.find((w) => /[a-z]/i.test(w)) ?? evidence.words[0] ?? '').slice(0, 80));
}

/** The rows of a list page. Only the lists whose rows show a status or the mandatory marker are read. */
export function readRows(doc: Document): RowOnPage[] {
  const main = mainOf(doc);
  if (!main) return [];
  const laid = [...tableRows(main), ...listRows(main), ...definitionRows(main)];
  laid.push(...gridRows(main, new Set(laid.map((r) => r.element))));
  const read = laid.flatMap((row) => {
    const r = readRow(row);
    return r ? [{ row, r }] : [];
  });
  // Lists where at least two rows read as rows of a checklist; a guidance list has none.
  const evidence = new Map<Element, number>();
  for (const { row, r } of read) {
    if (r.status !== 'unknown' || r.mandatory) evidence.set(row.container, (evidence.get(row.container) ?? 0) + 1);
  }
  return read.filter(({ row }) => (evidence.get(row.container) ?? 0) >= 2).map(({ r }) => r);
}
