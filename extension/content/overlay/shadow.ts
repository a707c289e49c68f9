// Elements the companion adds to a page live in CLOSED shadow roots with their own styles: the
// page's CSS cannot restyle them, and the page's script cannot reach inside (its `shadowRoot` is
// null), so it can neither read what the companion shows nor press its buttons.
import { OVERLAY_CSS } from './styles.ts';

export type OwnTag = 'proreg-companion' | 'proreg-hint';

let shared: CSSStyleSheet | null | undefined;

/** One parsed style sheet shared by every root (a page has a dozen hints); null where it cannot be. */
function sharedSheet(): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(OVERLAY_CSS);
    } catch {
      shared = null;
    }
  }
  return shared;
}

function style(doc: Document, root: ShadowRoot): void {
  const sheet = sharedSheet();
  try {
    if (sheet) root.adoptedStyleSheets = [sheet];
  } catch {
    // Some content-script worlds (Firefox's) cannot adopt a sheet made in them: a <style> then.
  }
  if (root.adoptedStyleSheets?.length === 1) return;
  const el = doc.createElement('style');
  el.textContent = OVERLAY_CSS;
  root.append(el);
}

/** Creates `<tag>` with a closed shadow root holding the companion's styles and a mount point. */
export function shadowHost(doc: Document, tag: OwnTag): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  style(doc, root);
  const mount = doc.createElement('div');
  mount.className = 'root';
  root.append(mount);
  return { host, mount };
}
