// A tiny HTML builder for the exported document: strings are always escaped, only Markup made
// here passes through as markup, so user text can never become tags or attributes.
import { closeBidi } from '../text/bidi.ts';
import { escapeHtml } from './escape.ts';

/** Markup built by el(); the only thing rendered unescaped. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Child = Markup | string | number | null | undefined | false | readonly Child[];
type Attrs = Record<string, string | number | boolean | null | undefined>;

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Markup) return child.html;
  if (Array.isArray(child)) return child.map(render).join('');
  // Text that opens a bidi override and never closes it would reverse the export's own words after it.
  return escapeHtml(closeBidi(String(child)));
}

/** An element with escaped attributes and children. Tag and attribute names are ours, never user data. */
export function el(tag: string, attrs: Attrs | null, ...children: Child[]): Markup {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new Markup(`${open}>${children.map(render).join('')}</${tag}>`);
}

/** A void element such as img or meta. */
export function voidEl(tag: string, attrs: Attrs): Markup {
  const inner = el(tag, attrs).html;
  return new Markup(inner.slice(0, inner.length - `</${tag}>`.length));
}

/** Markup of a list of children. */
export function fragment(...children: Child[]): Markup {
  return new Markup(children.map(render).join(''));
}
