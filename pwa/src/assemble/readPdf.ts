// Reading a PDF with pdf-lib, shared by the assembler and the Supporting documents screen: a file
// pdf-lib cannot read (damaged, cut short, encrypted) is refused the same way in both, in words.
// pdf-lib is heavy: import this module lazily (dynamic `import()`), never from the start path.
import { PDFDocument } from 'pdf-lib';

/** A refusal the applicant reads as it is; `encrypted` when the file is protected, not damaged. */
export class SourceProblem extends Error {
  override name = 'SourceProblem';
  constructor(
    message: string,
    readonly encrypted = false,
  ) {
    super(message);
  }
}

const unreadable = (name: string) =>
  `“${name}” could not be read as a PDF: it may be damaged or incomplete. Download or save it again, then add it.`;
const noPages = (name: string) => `“${name}” has no pages.`;

/** Loads a PDF with pdf-lib (which copies its pages later), with plain messages for what stops it. */
export async function loadForCopy(name: string, bytes: Uint8Array): Promise<PDFDocument> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    // A damaged file may parse but fail once its pages are looked for.
    doc.getPageCount();
    return doc;
  } catch (error) {
    // pdf-lib's errors are compiled to ES5, so `instanceof EncryptedPDFError` never holds: go by its message.
    if (/\bis encrypted\b/.test((error as Error | null)?.message ?? '')) {
      throw new SourceProblem(
        `“${name}” is protected by a password or encryption, so its pages cannot be copied. Open it, print it to a new PDF (“Save as PDF”), and add that file instead.`,
        true,
      );
    }
    throw new SourceProblem(unreadable(name));
  }
}

/** Loads a PDF as `loadForCopy` does, and refuses one without pages. */
export async function readPdf(name: string, bytes: Uint8Array): Promise<PDFDocument> {
  const doc = await loadForCopy(name, bytes);
  if (doc.getPageCount() === 0) throw new SourceProblem(noPages(name));
  return doc;
}

/** What keeping a PDF as a document needs said: a refusal (it cannot be read, or has no pages), a note beside keeping it, or nothing. */
export type PdfCheck = { refuse: string } | { note: string } | null;

/**
 * Checks a PDF chosen for a document. An encrypted one is kept when its pages can be read: many
 * certificates are encrypted only against editing and open without a password, and refusing them
 * would be stricter than Career Manager is known to be. Whether it asks for a password cannot be told here, so it is said.
 */
export async function checkPdf(name: string, bytes: Uint8Array): Promise<PdfCheck> {
  try {
    await readPdf(name, bytes);
    return null;
  } catch (error) {
    if (!(error instanceof SourceProblem)) throw error;
    if (!error.encrypted) return { refuse: error.message };
  }
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    if (doc.getPageCount() === 0) return { refuse: noPages(name) };
  } catch {
    return { refuse: unreadable(name) };
  }
  return {
    note: `It is encrypted. If it opens without a password, as many certificates do, assessors can read it; if it asks for one, they cannot: print it to a new PDF (“Save as PDF”) and add that instead.`,
  };
}
