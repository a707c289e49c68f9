// Printing one part of a screen: while it prints, the part carries class dv-print and
// development.css hides everything else on paper. Saving as PDF is the print dialog's choice.
// The class comes off when printing ends (afterprint): some browsers return from print() at once.
function printPart(targetId: string): void {
  const el = document.getElementById(targetId);
  if (!el) return;
  for (const other of document.querySelectorAll('.dv-print')) other.classList.remove('dv-print');
  el.classList.add('dv-print');
  window.addEventListener('afterprint', () => el.classList.remove('dv-print'), { once: true });
  if (typeof window.print === 'function') window.print();
}

export function PrintButton({ target, label }: { target: string; label: string }) {
  return (
    <button type="button" onClick={() => printPart(target)}>
      {label}
    </button>
  );
}
