// Moving focus to what a step produced (a new heading, a new field, an error), once it is on
// screen: signals render after the event that caused them, so the element may not exist yet.

const GIVE_UP_MS = 5000;

/** Focuses the element `find` returns as soon as it exists and can take focus (within a few seconds); headings get tabindex -1. */
export function focusWhenReady(find: () => HTMLElement | null): void {
  const attempt = (): boolean => {
    const el = find();
    if (!el?.isConnected) return false;
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
    el.focus();
    // Behind an open modal dialog the page is inert and focus does not move: keep watching, so
    // the element gets focus once the dialog has gone.
    return document.activeElement === el;
  };
  if (attempt()) return;
  const watcher = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = setTimeout(() => stop(), GIVE_UP_MS);
  function stop() {
    watcher.disconnect();
    clearTimeout(timer);
  }
  watcher.observe(document.body, { childList: true, subtree: true });
}

/** Focuses the element with this id once it exists. */
export function focusIdWhenReady(id: string): void {
  focusWhenReady(() => document.getElementById(id));
}

let claimed = false;

/** Says the next move to another screen brings its own focus target (Continue), so the screen's heading does not take focus. */
export function claimNavigationFocus(): void {
  claimed = true;
}

/** Whether a claim was made since the last navigation (and clears it). */
export function takeNavigationFocusClaim(): boolean {
  const was = claimed;
  claimed = false;
  return was;
}
