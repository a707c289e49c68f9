// Showing or downloading a stored document. What the browser shows in a tab of the workbook's
// own origin could read everything the workbook keeps, so a file is shown only when its bytes
// are a PDF or a PNG or JPEG image, and then only as that type: decided from the bytes here and
// now, never from the recorded type (an imported file, or one kept by an older version, may lie).
// Everything else is downloaded, never opened.
import { HEAD_BYTES, previewType } from '../../../core/files/sniff.ts';
import type { DocumentRef } from '../../../core/types.ts';
import { readBlob } from '../db/store.ts';

/** How long a file's address lives: long enough for the new tab or the download to read it. */
const KEEP_URL_MS = 60_000;

function hand(blob: Blob, then: (url: string) => void): void {
  const url = URL.createObjectURL(blob);
  then(url);
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

function saveAs(blob: Blob, name: string): void {
  // As plain bytes: a download is never rendered by the workbook, whatever the file is.
  hand(new Blob([blob], { type: 'application/octet-stream' }), (url) => {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.click();
  });
}

/** Downloads the stored file; returns what to tell the user ('' when all went as expected). */
export async function downloadDocument(ref: DocumentRef): Promise<string> {
  const blob = await readBlob(ref.blobId);
  if (!blob) return `The file “${ref.name}” is not on this device any more.`;
  saveAs(blob, ref.name);
  return '';
}

/**
 * Opens the stored file in a new tab when it is a PDF, PNG or JPEG by its bytes; otherwise
 * downloads it and says why. Returns what to tell the user ('' when it was shown).
 */
export async function previewDocument(ref: DocumentRef): Promise<string> {
  const blob = await readBlob(ref.blobId);
  if (!blob) return `The file “${ref.name}” is not on this device any more.`;
  return previewBytes(blob, ref.name);
}

/** The same for bytes held elsewhere (e.g. a document inside a file under review). */
export async function previewBytes(blob: Blob, name: string): Promise<string> {
  const type = previewType(new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()));
  if (!type) {
    saveAs(blob, name);
    return `“${name}” is not a PDF, PNG or JPEG image, so it cannot be shown here; it was downloaded instead.`;
  }
  hand(new Blob([blob], { type }), (url) => window.open(url, '_blank', 'noopener'));
  return '';
}
