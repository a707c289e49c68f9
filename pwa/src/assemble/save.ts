// Keeping a built file as the document of its type: the new bytes and any new sources are stored
// first, then the application points at them; only then are bytes nothing uses any more released.
// The sources are kept unaltered, so the document can be rebuilt (after the size limit changes).
import { setDocument } from '../../../core/application/edit.ts';
import { documentBlobIds } from '../../../core/exchange/format.ts';
import type { BuiltPage, DocumentRef, DocumentSource, DocumentType } from '../../../core/types.ts';
import { putBlobs, releaseBlobs } from '../db/blobs.ts';
import type { Draft } from '../state/draft.ts';

/** A source as the assembler holds it: already stored (blobId) or new. */
export interface HeldSource {
  name: string;
  mime: string;
  blob: Blob;
  stored?: DocumentSource;
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Only the sources the pages use, in order, with the pages renumbered to match. */
function usedSources<S>(sources: readonly S[], pages: readonly BuiltPage[]): { sources: S[]; pages: BuiltPage[] } {
  const order: number[] = [];
  for (const p of pages) if (!order.includes(p.source)) order.push(p.source);
  return { sources: order.map((i) => sources[i]!), pages: pages.map((p) => ({ ...p, source: order.indexOf(p.source) })) };
}

/** The file name a built document is kept (and downloaded) under. */
export function builtFileName(type: DocumentType): string {
  return `${type.id}.pdf`;
}

/** Stores the built file for its type; returns what to tell the applicant. Nothing changes when storage refuses. */
export async function keepBuilt(
  draft: Draft,
  type: DocumentType,
  pdf: Blob,
  held: readonly HeldSource[],
  pages: readonly BuiltPage[],
): Promise<string> {
  const app = draft.app.value;
  if (!app) return 'The application is not loaded.';
  const used = usedSources(held, pages);
  const fresh: { id: string; blob: Blob }[] = [];
  const sources: DocumentSource[] = [];
  for (const source of used.sources) {
    if (source.stored) {
      sources.push(source.stored);
      continue;
    }
    const blobId = crypto.randomUUID();
    fresh.push({ id: blobId, blob: source.blob });
    sources.push({ name: source.name, mime: source.mime, size: source.blob.size, sha256: await sha256Hex(source.blob), blobId });
  }
  const ref: DocumentRef = {
    typeId: type.id,
    name: builtFileName(type),
    mime: 'application/pdf',
    size: pdf.size,
    sha256: await sha256Hex(pdf),
    blobId: crypto.randomUUID(),
    addedAt: new Date().toISOString(),
    built: { sources, pages: used.pages },
  };
  fresh.push({ id: ref.blobId, blob: pdf });
  const failed = `The built file was not kept. Your earlier file, if any, is still there.`;
  if (!(await putBlobs(fresh))) return failed;
  const old = app.documents[type.id];
  if (!draft.apply((a, now) => setDocument(a, ref, now)) || !(await draft.flush())) {
    await releaseBlobs(fresh.map((f) => f.id));
    return failed;
  }
  if (old) await releaseBlobs(documentBlobIds(old));
  const n = sources.length;
  return `Kept “${ref.name}” for ${type.title}, built from ${n} ${n === 1 ? 'file' : 'files'}.`;
}
