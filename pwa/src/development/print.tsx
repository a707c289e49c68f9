// Printing one part of a screen: while it prints, the part carries class dv-print and
// development.css hides everything else on paper. Saving as PDF is the print dialog's choice.
export function printPart(targetId: string): void {
  const el = document.getElementById(targetId);
  if (!el) return;
  el.classList.add('dv-print');
  try {
    if (typeof window.print === 'function') window.print();
  } finally {
    el.classList.remove('dv-print');
  }
}

export function PrintButton({ target, label }: { target: string; label: string }) {
  return (
    <button type="button" onClick={() => printPart(target)}>
      {label}
    </button>
  );
}
