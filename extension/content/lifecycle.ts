// A content script left over after an extension update keeps running in pages that were open.
// Each instance claims the page with a versioned marker; an older instance that sees a newer
// claim stands down, so the overlay never runs twice.

/** The event a new instance fires on the document to tell older ones to stand down. */
const TAKEOVER_EVENT = 'proreg-companion:takeover';

/** Where the claim is kept: the root element's dataset (shared by every content script world). */
export interface Claimable {
  dataset: DOMStringMap;
}

/** Claims the page for this instance; calls `standDown` once if another instance claims it later. */
export function claimPage(root: Claimable, events: EventTarget, version: string, standDown: () => void): { id: string; release(): void } {
  const id = `${version}#${Math.random().toString(36).slice(2)}`;
  root.dataset.proregCompanionInstance = id;
  let active = true;
  const onTakeover = () => {
    if (!active || root.dataset.proregCompanionInstance === id) return;
    active = false;
    events.removeEventListener(TAKEOVER_EVENT, onTakeover);
    standDown();
  };
  // Tell older instances first, then listen for newer ones.
  events.dispatchEvent(new Event(TAKEOVER_EVENT));
  events.addEventListener(TAKEOVER_EVENT, onTakeover);
  return {
    id,
    release() {
      active = false;
      events.removeEventListener(TAKEOVER_EVENT, onTakeover);
    },
  };
}
