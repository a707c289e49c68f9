// Print to PDF for the workbook's own documents that Career Manager asks for (a supporter's
// briefing; the Development Action Plan once it exists): one area of the page goes to paper
// alone, and the browser's print dialog offers "Save as PDF", which makes the file to upload.
//
// Use: give the printable element `class={printAreaClass('dap')}` and call `printArea('dap')`
// from a button; say PRINT_TO_PDF_HINT near it.
import { signal } from '@preact/signals';
import './print.css';

/** The area being printed; null when printing any other way (then every open area prints). */
const printing = signal<string | null>(null);

/** How to get a PDF out of the print dialog, for the text beside a Print button. */
export const PRINT_TO_PDF_HINT = 'To get a PDF to upload to Career Manager, choose “Save as PDF” as the printer.';

/** The class of a printable area: print.css leaves everything else off the paper while it prints. */
export function printAreaClass(id: string): string {
  return printing.value === null || printing.value === id ? 'print-area print-now' : 'print-area';
}

/** Prints one area alone. */
export function printArea(id: string): void {
  printing.value = id;
  // Let the class reach the page before the print dialog takes its picture.
  requestAnimationFrame(() => {
    const done = () => {
      printing.value = null;
    };
    // Some browsers return from print() at once: the area stays chosen until printing ends.
    window.addEventListener('afterprint', done, { once: true });
    if (typeof window.print === 'function') window.print();
    else done();
  });
}
