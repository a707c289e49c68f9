// Elements the companion adds to a page live in CLOSED shadow roots with their own styles: the
// page's CSS cannot restyle them, and the page's script cannot reach inside (its `shadowRoot` is
// null), so it can neither read what the companion shows nor press its buttons.
import { OVERLAY_CSS } from './styles.ts';

export type OwnTag = 'proreg-companion' | 'proreg-hint';

/** Creates `<tag>` with a closed shadow root holding the companion's styles and a mount point. */
export function shadowHost(doc: Document, tag: OwnTag): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  mount.className = 'root';
  root.append(style, mount);
  return { host, mount };
}
