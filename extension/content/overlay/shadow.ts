// Elements the companion adds to a page live in open shadow roots with their own styles, so
// the page's CSS cannot change them and theirs cannot leak into the page.
import { OVERLAY_CSS } from './styles.ts';

/** Creates `<tag>` with an open shadow root holding the companion's styles and a mount point. */
export function shadowHost(doc: Document, tag: 'proreg-companion' | 'proreg-hint'): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  mount.className = 'root';
  root.append(style, mount);
  return { host, mount };
}
