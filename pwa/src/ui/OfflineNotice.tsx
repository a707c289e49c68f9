// "Works offline now": said once per device, politely, on the screen where it happened. It goes
// when dismissed or when the user moves to another screen, and is not shown again after that.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { hrefFor, route } from '../state/route.ts';
import { offlineReady, pendingUpdate } from '../sw/update.ts';

const SEEN_KEY = 'proreg-offline-ready-seen';

function seenBefore(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) !== null;
  } catch {
    return false;
  }
}

function markSeen(): void {
  try {
    localStorage.setItem(SEEN_KEY, new Date().toISOString());
  } catch {
    // Private modes may refuse storage: then the message may show again on a later visit, which is harmless.
  }
}

export function OfflineNotice() {
  const shownOn = useSignal<string | null>(null);
  const dismissed = useSignal(false);
  const ready = offlineReady.value;
  useEffect(() => {
    if (!ready || shownOn.value !== null || seenBefore()) return;
    shownOn.value = hrefFor(route.value);
    markSeen();
  }, [ready]);
  const visible = shownOn.value !== null && !dismissed.value && shownOn.value === hrefFor(route.value) && !pendingUpdate.value;
  // The live region stays in the page so the message is announced when it appears.
  return (
    <div class={visible ? 'offline-ready' : 'offline-ready empty'}>
      <p role="status">{visible ? 'The workbook now works offline on this device.' : ''}</p>
      {visible && (
        <button type="button" onClick={() => (dismissed.value = true)}>
          Dismiss offline message
        </button>
      )}
    </div>
  );
}
