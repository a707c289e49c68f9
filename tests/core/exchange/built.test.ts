// Built documents (format version 5): the files a document was built from travel with it, so it
// can be rebuilt on another device; a file that misrepresents them is refused or warned about.

import { describe, expect, test } from 'vitest';
import { referencedBlobIds, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { sha256OfBytes } from '../../../core/exchange/hash.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import type { Application, DocumentRef } from '../../../core/types.ts';
import { PDF_BYTES, PNG_1PX, sampleApplication } from './sample.ts';

/** A real PNG with a few extra bytes after it (so it differs from PNG_1PX). */
const SCAN = Uint8Array.from([...PNG_1PX, 1, 2, 3]);

/** The sample with its certificates built from a PDF and a scan, and the bytes of all three files. */
function builtSample() {
  const { app, bytes } = sampleApplication();
  const certs = app.documents['education-certificates']!;
  const built: DocumentRef = {
    ...certs,
    built: {
      sources: [
        { name: 'degree.pdf', mime: 'application/pdf', size: PDF_BYTES.length, sha256: sha256OfBytes(PDF_BYTES), blobId: 'src-degree' },
        { name: 'scan.png', mime: 'image/png', size: SCAN.length, sha256: sha256OfBytes(SCAN), blobId: 'src-scan' },
      ],
      pages: [
        { source: 1, page: 0, rotate: 90 },
        { source: 0, page: 0, rotate: 0 },
      ],
    },
  };
  const withBuilt: Application = { ...app, documents: { ...app.documents, 'education-certificates': built } };
  bytes.set('src-degree', { name: 'degree.pdf', mime: 'application/pdf', bytes: PDF_BYTES });
  bytes.set('src-scan', { name: 'scan.png', mime: 'image/png', bytes: SCAN });
  return { app: withBuilt, bytes };
}

describe('built documents in files', () => {
  test('the sources are referenced, exported with their bytes and read back as written', () => {
    const { app, bytes } = builtSample();
    expect([...referencedBlobIds(app)].sort()).toEqual(['blob-pdf', 'blob-png', 'src-degree', 'src-scan']);
    const file = serializeApplication(app, bytes);
    expect(Object.keys(file.attachments).sort()).toEqual(['blob-pdf', 'blob-png', 'src-degree', 'src-scan']);
    const parsed = parseExchangeFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.kind === 'application' && parsed.value.file.application).toEqual(app);
    const backup = parseExchangeFile(JSON.stringify(serializeWorkbook([app], bytes)));
    expect(backup.ok && backup.value.kind === 'workbook' && backup.value.file.applications[0]!.application).toEqual(app);
  });

  test('a source kept only in the lock snapshot is still referenced', () => {
    const { app } = builtSample();
    const { 'education-certificates': _gone, ...rest } = app.documents;
    const content = { ...app, documents: app.documents };
    const locked: Application = { ...app, documents: rest, lock: { at: app.createdAt, sha256: '0'.repeat(64), content } };
    expect(referencedBlobIds(locked).has('src-scan')).toBe(true);
  });

  test('missing source bytes are a warning: the document loads but cannot be rebuilt from them', () => {
    const { app, bytes } = builtSample();
    bytes.delete('src-scan');
    const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings).toEqual([
      {
        path: 'application.documents["education-certificates"].built.sources[1]',
        message: expect.stringMatching(/“?"?scan\.png"?.*cannot be rebuilt/),
      },
    ]);
  });

  test('a source that does not match its bytes is refused', () => {
    const { app, bytes } = builtSample();
    bytes.set('src-scan', { name: 'scan.png', mime: 'image/png', bytes: PNG_1PX });
    const file = serializeApplication(app, bytes);
    expect(parseExchangeFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      errors: [
        { path: 'application.documents["education-certificates"].built.sources[1]', message: expect.stringMatching(/does not match/) },
      ],
    });
  });

  test('a source is checked like any attachment: of a kind the assembler reads, with bytes of that kind', () => {
    const { app, bytes } = builtSample();
    const certs = app.documents['education-certificates']!;
    const page = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const html = { name: 'page.html', mime: 'text/html', size: page.length, sha256: sha256OfBytes(page), blobId: 'src-html' };
    const sneaky: Application = {
      ...app,
      documents: {
        ...app.documents,
        'education-certificates': { ...certs, built: { ...certs.built!, sources: [...certs.built!.sources, html] } },
      },
    };
    bytes.set('src-html', { name: 'page.html', mime: 'text/html', bytes: page });
    expect(parseExchangeFile(JSON.stringify(serializeApplication(sneaky, bytes)))).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'attachments["src-html"]',
          message: expect.stringMatching(/source \(“page\.html”.*not a kind of file the workbook builds documents from/),
        },
      ],
    });
  });

  test('a page of a source the document does not list, or a turn that is not a quarter, is refused', () => {
    const { app, bytes } = builtSample();
    for (const page of [
      { source: 2, page: 0, rotate: 0 },
      { source: 0, page: 0, rotate: 45 },
      { source: 0, page: -1, rotate: 0 },
    ]) {
      const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
      data.application.documents['education-certificates'].built.pages.push(page);
      const result = parseExchangeFile(JSON.stringify(data));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.path).toMatch(/^application\.documents\["education-certificates"\]\.built/);
    }
  });
});
