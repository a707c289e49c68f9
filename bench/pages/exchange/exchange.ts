// Export and import of the same stored application, by the workbook's own code and by the floor
// (the least any export or import must do), in one page so `npm run bench` can interleave them.
// The floors: export = read the stored application and documents, base64 (the browser's own
// encoder), JSON.stringify, one Blob; import = read the file as text, JSON.parse its data,
// decode the base64 (the browser's own decoder), one transaction putting the application and a
// Blob per document.

import { EMBED_OPEN } from '../../../core/exchange/parse.ts';
import { sha256Digest } from '../../../core/files/digest.ts';
import { DEFAULT_RULES } from '../../../core/rules/adjustable.ts';
import type { Application, DocumentRef } from '../../../core/types.ts';
import { db } from '../../../pwa/src/db/database.ts';
import { findClashes } from '../../../pwa/src/db/exchange.ts';
import { applicationHtml } from '../../../pwa/src/exchange/exportData.ts';
import { entriesOf } from '../../../pwa/src/exchange/importData.ts';
import { readImport, storeImport } from '../../../pwa/src/exchange/importFile.ts';
import { largeApplication } from '../../fixtures.ts';

const toBase64 = (Uint8Array.prototype as unknown as { toBase64(this: Uint8Array): string }).toBase64;
type NativeFrom = { fromBase64(text: string): Uint8Array };

const DOCUMENT_TYPES = ['accountability-diagram', 'education-certificates', 'development-action-plan'];
const MiB = 1024 * 1024;

let app: Application | null = null;
let file: Blob | null = null;

/** PDF-looking bytes that do not compress: what a scanned document is like. */
function documentBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(size));
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

// The floor import yields between its steps as ours does, so the memory samples see both alike.
const tick = () => new Promise<void>((ok) => setTimeout(ok, 0));

const time = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const api = {
  /** Stores an application of `roles` roles with `megabytes` of documents in three documents; forgets any file made before. */
  async seed(megabytes: number, roles: number): Promise<void> {
    await Promise.all(db.tables.map((t) => t.clear()));
    const base = largeApplication(roles);
    const documents: Record<string, DocumentRef> = {};
    for (const typeId of DOCUMENT_TYPES) {
      const bytes = documentBytes(Math.round((megabytes * MiB) / DOCUMENT_TYPES.length));
      const ref: DocumentRef = {
        typeId,
        name: `${typeId}.pdf`,
        mime: 'application/pdf',
        size: bytes.length,
        sha256: await sha256Digest(bytes),
        blobId: `bench-${typeId}`,
        addedAt: base.createdAt,
      };
      await db.blobs.put({ id: ref.blobId, blob: new Blob([bytes], { type: ref.mime }) });
      documents[typeId] = ref;
    }
    app = { ...base, documents };
    await db.applications.put(app);
    file = null;
  },
  async exportOurs(): Promise<number> {
    let built: Awaited<ReturnType<typeof applicationHtml>> | null = null;
    const ms = await time(async () => {
      built = await applicationHtml(app!, DEFAULT_RULES);
    });
    if (!built || !(built as { ok: boolean }).ok) throw new Error('the export was refused');
    file = (built as { blob: Blob }).blob;
    return ms;
  },
  async exportFloor(): Promise<number> {
    return time(async () => {
      const stored = (await db.applications.get(app!.id))!;
      const refs = Object.values(stored.documents);
      const rows = await db.blobs.bulkGet(refs.map((r) => r.blobId));
      const attachments: Record<string, unknown> = {};
      for (const [i, row] of rows.entries()) {
        const bytes = new Uint8Array(await row!.blob.arrayBuffer());
        const ref = refs[i]!;
        attachments[ref.blobId] = {
          name: ref.name,
          mime: ref.mime,
          size: ref.size,
          sha256: ref.sha256,
          base64: toBase64.call(bytes),
        };
      }
      return new Blob([JSON.stringify({ application: stored, attachments })], { type: 'application/json' });
    });
  },
  /** The file the last export by our code made (its size in bytes): what both imports read. */
  fileSize: (): number => file?.size ?? 0,
  async importOurs(): Promise<number> {
    return time(async () => {
      const read = await readImport(file!, () => {});
      if (!read.ok) throw new Error('the import was refused');
      await findClashes(entriesOf(read.parsed));
      await storeImport(read.parsed, 'replace', () => {});
    });
  },
  async importFloor(): Promise<number> {
    return time(async () => {
      const text = await file!.text();
      await tick();
      const from = text.indexOf(EMBED_OPEN) + EMBED_OPEN.length;
      const data = JSON.parse(text.slice(from, text.indexOf('</script>', from))) as {
        application: Application;
        attachments: Record<string, { mime: string; base64: string }>;
      };
      await tick();
      const blobs: { id: string; blob: Blob }[] = [];
      for (const [id, a] of Object.entries(data.attachments)) {
        const bytes = (Uint8Array as unknown as NativeFrom).fromBase64(a.base64) as Uint8Array<ArrayBuffer>;
        blobs.push({ id, blob: new Blob([bytes], { type: a.mime }) });
        await tick();
      }
      await db.transaction('rw', db.applications, db.blobs, async () => {
        await db.applications.put(data.application);
        await db.blobs.bulkPut(blobs);
      });
    });
  },
};

(globalThis as unknown as { bench: typeof api }).bench = api;
document.title = 'ready';
