// A few lines instead of a UI library: builds the companion's elements from plain DOM calls.
// Every event handler given here runs only for events the browser made from a person's input
// (`isTrusted`): a page's script can fire synthetic clicks and keys, and they are ignored.

export type Child = Node | string | number | false | null | undefined | readonly Child[];
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Handler>;

/** Properties set as properties (they have no faithful attribute form). */
const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'open', 'selected']);

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(typeof child === 'object' ? (child as Node) : document.createTextNode(String(child)));
}

/** Wraps a handler so that only a person's own input reaches it. */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** `h('button', { type: 'button', onClick }, 'Label')`: an element with attributes, handlers and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), trusted(value));
    else if (PROPERTIES.has(key)) (el as unknown as Record<string, unknown>)[key] = value;
    else if (value !== null && value !== undefined && value !== false) el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(parent: Element | ShadowRoot, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** "1 item", "3 items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
