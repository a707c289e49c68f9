import { expect, test } from 'vitest';
import { type AttachmentBytes, serializeApplication } from '../core/exchange/format.ts';
import { sha256OfBytes } from '../core/exchange/hash.ts';
import { renderApplicationHtml } from '../core/exchange/html.ts';
import { parseExchangeFile } from '../core/exchange/parse.ts';
import { largeApplication } from './fixtures.ts';
import { medianMs, report } from './measure.ts';

/** Three 2 MB documents of arbitrary bytes, attached to the large application. */
function withDocuments() {
  const app = largeApplication(40);
  const bytes = new Map<string, AttachmentBytes>();
  const documents = { ...app.documents };
  for (const [i, typeId] of Object.keys(documents).entries()) {
    const data = Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, k) => (k * 31 + i) % 251);
    const blobId = `bench-blob-${i}`;
    bytes.set(blobId, { name: `${typeId}.pdf`, mime: 'application/pdf', bytes: data });
    documents[typeId] = { ...documents[typeId]!, blobId, size: data.length, sha256: sha256OfBytes(data), mime: 'application/pdf' };
  }
  return { app: { ...app, documents }, bytes };
}

test('export and import of a 40-role application with 6 MB of documents, against JSON of the same data', () => {
  const { app, bytes } = withDocuments();
  const data = serializeApplication(app, bytes, '2026-02-01T00:00:00.000Z');
  const json = JSON.stringify(data);
  const floor = medianMs(() => JSON.parse(json), 7, 2);
  const html = renderApplicationHtml(app, bytes, { exportedAt: '2026-02-01T00:00:00.000Z' });

  report('exchange', 'JSON.parse of the same file data', floor, {
    'serializeApplication (base64 + hashes)': medianMs(() => serializeApplication(app, bytes), 7, 2),
    'renderApplicationHtml (whole document)': medianMs(() => renderApplicationHtml(app, bytes), 7, 2),
    'parseExchangeFile of the .html (validate, decode)': medianMs(() => parseExchangeFile(html), 7, 2),
  });
  const parsed = parseExchangeFile(html);
  expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.application).toEqual(app);
});
