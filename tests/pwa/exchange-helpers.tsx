// Shared set-up for the exchange component tests: a clean workbook, files handed to inputs,
// downloads captured instead of saved.

import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { AttachmentBytes } from '../../core/exchange/format.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { storageProblem } from '../../pwa/src/db/status.ts';
import { ApplicationExchange } from '../../pwa/src/exchange/ApplicationExchange.tsx';
import { ImportScreen } from '../../pwa/src/exchange/ImportScreen.tsx';
import { MentorScreens } from '../../pwa/src/mentor/MentorScreens.tsx';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { navigate, watchRoute } from '../../pwa/src/state/route.ts';

// fake-indexeddb stores values with Node's structuredClone, which keeps Node's Blob but turns
// happy-dom's into an empty object; browsers keep either. Use Node's so stored bytes survive.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

export async function cleanWorkbook(): Promise<void> {
  cleanup();
  await flushAll();
  await Promise.all(db.tables.map((t) => t.clear()));
  storageProblem.value = null;
}

/** Stores an application and the bytes of its documents. */
export async function store(app: Application, bytes: ReadonlyMap<string, AttachmentBytes>): Promise<void> {
  await db.applications.put(app);
  await db.blobs.bulkPut([...bytes].map(([id, b]) => ({ id, blob: new Blob([new Uint8Array(b.bytes)], { type: b.mime }) })));
}

/** Everything in the tables an import may touch, for before/after comparison. */
export async function dump(): Promise<unknown> {
  const blobs = await db.blobs.toArray();
  return {
    applications: await db.applications.toArray(),
    blobs: await Promise.all(blobs.map(async (b) => ({ id: b.id, bytes: [...new Uint8Array(await b.blob.arrayBuffer())] }))),
    comments: await db.comments.toArray(),
    reviews: await db.reviews.toArray(),
  };
}

export function renderExchange(applicationId: string | null) {
  return render(applicationId === null ? <ImportScreen /> : <ApplicationExchange app={{ id: applicationId }} />);
}

/** The mentor's Reviews screen (a review opened there shows in its place, as in the workbook). */
let watching = false;
export function renderReviews() {
  navigate({ name: 'reviews' }, true);
  // Links move between the list and a review by the address, as in the workbook.
  if (!watching) watchRoute(window);
  watching = true;
  return render(<MentorScreens />);
}

/** Hands a file to a file input, as choosing it in the file dialog would. */
export function chooseFile(input: HTMLElement, content: string, name: string, type = 'application/json'): void {
  const file = new File([content], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Captures downloads (the Blob and file name) instead of saving them. */
export function captureDownloads(): { files: { name: string; text(): Promise<string> }[] } {
  const captured: { name: string; text(): Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:captured-${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) captured.push({ name: this.download, text: () => blob.text() });
  });
  return { files: captured };
}
