// Other renderings of a Career Manager fixture page: what a person sees stays the same (the
// headings, rows, words, colours and controls), how the page is built changes — table, ARIA rows,
// list, CSS grid or definition list; the orange marker from a stylesheet class, an inline style,
// a badge or a border; the status as a word, an icon, a tick box or an attached file; buttons as
// <button>, <input>, links or role=button; extra wrappers; no <main>; framework-style ids and
// classes. fast-check picks the combinations; the browser tests check every rendering reads the same.

import fc from 'fast-check';
import { Window } from 'happy-dom';
import type { Reading } from './readings.ts';

export interface Variant {
  rows: 'table' | 'aria-table' | 'list' | 'grid' | 'grid-rows' | 'dl' | 'dl-divs';
  marker: 'class' | 'inline' | 'badge' | 'border';
  status: 'word' | 'icon' | 'icon-label' | 'checkbox' | 'file';
  buttons: 'button' | 'input' | 'link' | 'role-button';
  wrappers: 0 | 1 | 2;
  main: 'main' | 'div' | 'role-main';
  ids: 'fixture' | 'framework';
}

/** Every combination of the ways a page may be built. */
export const variants: fc.Arbitrary<Variant> = fc.record({
  rows: fc.constantFrom('table', 'aria-table', 'list', 'grid', 'grid-rows', 'dl', 'dl-divs'),
  marker: fc.constantFrom('class', 'inline', 'badge', 'border'),
  status: fc.constantFrom('word', 'icon', 'icon-label', 'checkbox', 'file'),
  buttons: fc.constantFrom('button', 'input', 'link', 'role-button'),
  wrappers: fc.constantFrom(0, 1, 2),
  main: fc.constantFrom('main', 'div', 'role-main'),
  ids: fc.constantFrom('fixture', 'framework'),
});

// The fixtures' own class names for the mandatory marker word and the marked row.
const MARK = 'mk-Zp8e';
const ROW = 'rw-Zp8e';
const ORANGE_TEXT = 'color:#c25100;font-weight:bold';
const ORANGE_BORDER = 'border-left:4px solid #e87722';
const TICK = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M2 8l4 4 8-9" stroke="#1d7a35" stroke-width="3" fill="none"/></svg>')}`;
const RING = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" stroke="#555" stroke-width="2" fill="none"/></svg>')}`;

/** What the status shows, given how this rendering draws it (only open rows say it in the overlay). */
export function shownAs(row: Reading, v: Variant, documents: boolean): string {
  if (row.status === 'unknown' || v.status === 'word' || v.status === 'icon' || v.status === 'icon-label') return row.shown;
  if (v.status === 'checkbox') return row.status === 'complete' ? 'ticked' : 'not ticked';
  return documents && row.status === 'complete' ? 'a file is attached' : row.shown;
}

/**
 * Renders `html` (a fixture page) the way `v` says; `readings` are its rows as a person reads them.
 * `redrawn` says whether its rows and statuses were rebuilt (pages with a table of rows).
 */
export function render(html: string, v: Variant, readings: Reading[] | undefined, documents: boolean): { html: string; redrawn: boolean } {
  const window = new Window({
    url: 'https://careermanager.theiet.org/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  const table = doc.querySelector('main table');
  const redrawn = !!table && !!readings;
  if (table && readings) {
    statuses(doc, table, v, readings, documents);
    layout(doc, table, v);
  }
  buttons(doc, v);
  marker(doc, v);
  wrappers(doc, v);
  landmark(doc, v);
  if (v.ids === 'framework') frameworkNames(doc);
  const out = `<!doctype html>\n${doc.documentElement.outerHTML}`;
  window.close();
  return { html: out, redrawn };
}

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function statuses(doc: Document, table: Element, v: Variant, readings: Reading[], documents: boolean): void {
  const rows = [...table.querySelectorAll('tbody tr')];
  rows.forEach((tr, i) => {
    const row = readings[i];
    const cell = tr.children[1];
    if (!row || !cell || v.status === 'word') return;
    const done = row.status === 'complete';
    if (v.status === 'icon' && row.shown) {
      cell.replaceChildren(el(doc, 'img', { src: done ? TICK : RING, alt: row.shown, width: '16', height: '16' }));
    } else if (v.status === 'icon-label' && row.shown) {
      cell.replaceChildren(el(doc, 'span', { role: 'img', 'aria-label': row.shown, title: row.shown }, [done ? '✔' : '○']));
    } else if (v.status === 'checkbox' && row.status !== 'unknown') {
      // A tick box the applicant cannot change: ticked when done.
      cell.replaceChildren(el(doc, 'input', { type: 'checkbox', disabled: '', ...(done ? { checked: '' } : {}) }));
    } else if (v.status === 'file' && documents && done) {
      const slug = row.title.toLowerCase().replace(/\W+/g, '-');
      cell.replaceChildren(el(doc, 'a', { href: '#' }, [`${slug}.pdf`]));
      tr.children[2]?.replaceChildren(el(doc, 'button', { type: 'button', 'aria-label': `Replace ${row.title}` }, ['Replace']));
    }
  });
}

/** Moves a table cell's content into a new element. */
function cellAs(doc: Document, td: Element, tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const cell = el(doc, tag, attrs);
  cell.append(...td.childNodes);
  return cell;
}

function layout(doc: Document, table: Element, v: Variant): void {
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => ({ cls: tr.getAttribute('class'), cells: [...tr.children] }));
  const rowAttrs = (cls: string | null, extra: Record<string, string> = {}) => ({ ...(cls ? { class: cls } : {}), ...extra });
  const columns = `grid-template-columns:3fr 1fr 1fr;gap:4px 16px`;
  let built: HTMLElement;
  switch (v.rows) {
    case 'table':
      return;
    case 'aria-table':
      built = el(doc, 'div', { role: 'table', 'aria-label': heads[0] ?? 'Items' }, [
        el(
          doc,
          'div',
          { role: 'row', style: 'display:flex;gap:16px;font-weight:bold' },
          heads.map((h) => el(doc, 'span', { role: 'columnheader' }, [h])),
        ),
        ...rows.map((r) =>
          el(
            doc,
            'div',
            rowAttrs(r.cls, { role: 'row', style: 'display:flex;gap:16px', 'data-row': '' }),
            r.cells.map((c) => cellAs(doc, c, 'div', { role: 'cell' })),
          ),
        ),
      ]);
      break;
    case 'list':
      built = el(
        doc,
        'ul',
        { style: 'list-style:none;padding:0' },
        rows.map((r) =>
          el(
            doc,
            'li',
            rowAttrs(r.cls, { style: 'display:flex;gap:16px', 'data-row': '' }),
            r.cells.map((c) => cellAs(doc, c, 'div')),
          ),
        ),
      );
      break;
    case 'grid':
      // One grid holding every row's cells in turn: the row has no element of its own, so its marker is on its first cell.
      built = el(doc, 'div', { style: `display:grid;${columns}` }, [
        ...heads.map((h) => el(doc, 'div', { role: 'columnheader', style: 'font-weight:bold' }, [h])),
        ...rows.flatMap((r) => r.cells.map((c, i) => cellAs(doc, c, 'div', i === 0 ? rowAttrs(r.cls) : {}))),
      ]);
      break;
    case 'grid-rows':
      built = el(
        doc,
        'div',
        {},
        rows.map((r) =>
          el(
            doc,
            'div',
            rowAttrs(r.cls, { style: `display:grid;${columns}`, 'data-row': '' }),
            r.cells.map((c) => cellAs(doc, c, 'div')),
          ),
        ),
      );
      break;
    case 'dl':
      built = el(
        doc,
        'dl',
        {},
        rows.flatMap((r) => r.cells.map((c, i) => cellAs(doc, c, i === 0 ? 'dt' : 'dd', i === 0 ? rowAttrs(r.cls) : {}))),
      );
      break;
    case 'dl-divs':
      built = el(
        doc,
        'dl',
        {},
        rows.map((r) =>
          el(
            doc,
            'div',
            rowAttrs(r.cls),
            r.cells.map((c, i) => cellAs(doc, c, i === 0 ? 'dt' : 'dd')),
          ),
        ),
      );
      break;
  }
  table.replaceWith(built);
}

function buttons(doc: Document, v: Variant): void {
  if (v.buttons === 'button') return;
  // The fixtures' buttons, and the launch page's call to action (a link drawn as a button).
  for (const b of doc.querySelectorAll('main button, main a.bt-00x')) {
    const label = (b.textContent ?? '').trim();
    const keep: Record<string, string> = {};
    for (const name of ['class', 'aria-label', 'id']) {
      const value = b.getAttribute(name);
      if (value) keep[name] = value;
    }
    const submit = b.localName === 'button' && (b.getAttribute('type') ?? 'submit') === 'submit';
    const next =
      v.buttons === 'input'
        ? el(doc, 'input', { ...keep, type: submit ? 'submit' : 'button', value: label })
        : v.buttons === 'link'
          ? el(doc, 'a', { ...keep, href: b.getAttribute('href') ?? '#' }, [label])
          : el(doc, 'span', { ...keep, role: 'button', tabindex: '0' }, [label]);
    b.replaceWith(next);
  }
}

function marker(doc: Document, v: Variant): void {
  if (v.marker === 'class') return;
  for (const m of doc.querySelectorAll(`.${MARK}`)) {
    m.classList.remove(MARK);
    if (v.marker === 'inline') m.setAttribute('style', ORANGE_TEXT);
    if (v.marker === 'badge') m.setAttribute('style', 'background:#c25100;color:#fff;padding:0 4px;border-radius:3px');
  }
  for (const r of doc.querySelectorAll(`.${ROW}`)) {
    r.classList.remove(ROW);
    if (v.marker === 'inline' || v.marker === 'border') r.setAttribute('style', `${r.getAttribute('style') ?? ''};${ORANGE_BORDER}`);
  }
}

function wrappers(doc: Document, v: Variant): void {
  for (let n = 0; n < v.wrappers; n++) {
    const main = doc.querySelector('main');
    if (main) main.replaceChildren(el(doc, 'div', { class: 'wrap' }, [...main.childNodes]));
    // Inside rows that allow it, and inside every cell.
    for (const row of doc.querySelectorAll('[data-row]'))
      row.replaceChildren(el(doc, 'div', { style: 'display:contents' }, [...row.childNodes]));
    for (const cell of doc.querySelectorAll('td, dd, dt, [role=cell]')) cell.replaceChildren(el(doc, 'span', {}, [...cell.childNodes]));
  }
}

function landmark(doc: Document, v: Variant): void {
  const main = doc.querySelector('main');
  if (!main || v.main === 'main') return;
  const div = el(doc, 'div', v.main === 'role-main' ? { role: 'main' } : {});
  for (const a of main.attributes) div.setAttribute(a.name, a.value);
  div.append(...main.childNodes);
  main.replaceWith(div);
}

/** Generated ids and hashed class names, as frameworks write them; references and the stylesheet follow. */
function frameworkNames(doc: Document): void {
  let n = 0;
  const ids = new Map<string, string>();
  for (const e of doc.querySelectorAll('[id]')) {
    const id = `:r${(n++).toString(36)}:`;
    ids.set(e.id, id);
    e.id = id;
  }
  for (const e of doc.querySelectorAll('[for], [aria-labelledby], [aria-describedby], [aria-controls]')) {
    for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
      const value = e.getAttribute(attr);
      if (value)
        e.setAttribute(
          attr,
          value
            .split(/\s+/)
            .map((x) => ids.get(x) ?? x)
            .join(' '),
        );
    }
  }
  const classes = new Map<string, string>();
  for (const e of doc.querySelectorAll('[class]')) {
    e.setAttribute(
      'class',
      [...e.classList]
        .map((c) => {
          if (!classes.has(c)) classes.set(c, `css-${(classes.size * 7919 + 1e5).toString(36)}`);
          return classes.get(c)!;
        })
        .join(' '),
    );
  }
  for (const style of doc.querySelectorAll('style')) {
    let css = style.textContent ?? '';
    for (const [from, to] of classes) css = css.replace(new RegExp(`\\.${from}(?![\\w-])`, 'g'), `.${to}`);
    style.textContent = css;
  }
  for (const e of doc.querySelectorAll('body *')) e.setAttribute('data-v-3f9a2c', '');
}
