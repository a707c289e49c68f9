// A warning before leaving a review with comments the applicant has not been sent: the browser's
// own question on reload or closing the tab, and ours when moving elsewhere in the workbook.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { leaveGuard, navigate, type Route } from '../state/route.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/** Asks before leaving while `unsent` is true; says nothing otherwise. */
export function LeaveWarning({ unsent, what }: { unsent: boolean; what: string }) {
  const leaving = useSignal<Route | null>(null);
  useEffect(() => {
    if (!unsent) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    const guard = (next: Route) => {
      leaving.value = next;
      return false;
    };
    window.addEventListener('beforeunload', warn);
    leaveGuard.current = guard;
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (leaveGuard.current === guard) leaveGuard.current = null;
    };
  }, [unsent]);
  const next = leaving.value;
  if (!next) return null;
  return (
    <ConfirmDialog
      title="Leave without downloading the review?"
      confirmLabel="Leave the review"
      cancelLabel="Stay"
      onConfirm={() => {
        leaving.value = null;
        navigate(next, true);
        return undefined;
      }}
      onCancel={() => (leaving.value = null)}
    >
      <p>{what} They stay saved in this browser, under Reviews in progress, but the applicant sees them only in a downloaded review.</p>
    </ConfirmDialog>
  );
}
