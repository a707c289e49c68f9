// What the workbook accepts must come back from its own files: fields up to 100,000 characters,
// documents up to 25 MB. Anything over is refused at export, in MB and characters.
import { describe, expect, test } from 'vitest';
import { exportProblems, verifyWritten } from '../../../core/exchange/export-check.ts';
import { type AttachmentBytes, serializeWorkbook } from '../../../core/exchange/format.ts';
import { sha256OfBytes } from '../../../core/exchange/hash.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { EXCHANGE_LIMITS, MAX_DOCUMENT_BYTES, MAX_FIELD_CHARS } from '../../../core/exchange/limits.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import type { Application } from '../../../core/types.ts';
import { sampleApplication } from './sample.ts';

const MB = 1024 * 1024;

/** The sample with one document of the given size and a role field of the given text. */
function bigSample(documentBytes: number, responsibilities: string): { app: Application; bytes: Map<string, AttachmentBytes> } {
  const { app, bytes } = sampleApplication();
  const big = Uint8Array.from({ length: documentBytes }, (_, i) => (i * 31 + (i >> 8)) & 255);
  big.set([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)));
  const ref = {
    ...app.documents['education-certificates']!,
    name: 'scan.pdf',
    size: big.length,
    sha256: sha256OfBytes(big),
    blobId: 'blob-big',
  };
  const roles = app.roles.map((r, i) => (i === 0 ? { ...r, responsibilities } : r));
  const next: Application = { ...app, roles, documents: { ...app.documents, 'education-certificates': ref } };
  const all = new Map(bytes);
  all.set('blob-big', { name: 'scan.pdf', mime: 'application/pdf', bytes: big });
  return { app: next, bytes: all };
}

describe('the limits match what the workbook accepts', () => {
  test('every limit is said in MB or characters, not base64 lengths', () => {
    expect(EXCHANGE_LIMITS.maxAttachmentBytes).toBe(MAX_DOCUMENT_BYTES);
    expect(MAX_DOCUMENT_BYTES).toBe(25 * MB);
    expect(EXCHANGE_LIMITS.maxTextChars).toBe(MAX_FIELD_CHARS);
    expect(MAX_FIELD_CHARS).toBe(100_000);
    // An attachment's base64 may be as long as a 25 MB document needs.
    expect(EXCHANGE_LIMITS.maxStringChars).toBeGreaterThanOrEqual((MAX_DOCUMENT_BYTES * 4) / 3);
  });

  test('a backup with a 100,000-character field and a 25 MB document reads back exactly', () => {
    const { app, bytes } = bigSample(MAX_DOCUMENT_BYTES, 'r'.repeat(MAX_FIELD_CHARS));
    expect(exportProblems([app], new Map([...bytes].map(([id, b]) => [id, { name: b.name, size: b.bytes.length }])))).toEqual([]);
    const file = serializeWorkbook([app], bytes, '2026-11-28T12:00:00.000Z');
    const text = JSON.stringify(file);
    expect(verifyWritten(text)).toEqual([]);
    const parsed = parseExchangeFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.file).toEqual(file);
  }, 60_000);

  test('an .html export of a name and title at the field limit, in characters beyond one code unit, reads back', () => {
    // 100,000 characters, each two UTF-16 code units: the workbook counts characters, so must the import.
    const emoji = '📐'.repeat(MAX_FIELD_CHARS);
    const { app, bytes } = sampleApplication();
    const long = { ...app, name: emoji, roles: app.roles.map((r) => ({ ...r, title: emoji })) };
    const html = renderApplicationHtml(long, bytes);
    expect(verifyWritten(html)).toEqual([]);
    const parsed = parseExchangeFile(html);
    if (!parsed.ok || parsed.value.kind !== 'application') throw new Error('refused');
    expect(parsed.value.file.application).toEqual(long);
  });

  test('a document over 25 MB and a field over 100,000 characters are refused at export, in MB and characters', () => {
    const { app, bytes } = bigSample(MAX_DOCUMENT_BYTES + 1, 'r'.repeat(MAX_FIELD_CHARS + 1));
    const problems = exportProblems([app], new Map([...bytes].map(([id, b]) => [id, { name: b.name, size: b.bytes.length }])));
    expect(problems).toEqual([
      {
        application: 'CEng 2027',
        path: 'roles[0].responsibilities',
        message:
          'This text is 100,001 characters long; a field can hold up to 100,000 characters. Shorten it in the workbook, then export again.',
      },
      {
        application: 'CEng 2027',
        path: 'documents["education-certificates"]',
        message:
          '"scan.pdf" (Further and higher education certificates) is just over 25 MB; a file can carry documents of up to 25 MB each. Compress it or scan it at a lower resolution, then add it again under Supporting documents.',
      },
    ]);
    for (const p of problems) expect(p.message).not.toMatch(/base64|bytes/);
  }, 60_000);

  test('a total beyond what one file can hold is refused before anything is built', () => {
    const { app, bytes } = sampleApplication();
    const sizes = new Map([...bytes].map(([id, b]) => [id, { name: b.name, size: 20 * MB }]));
    const limits = { ...EXCHANGE_LIMITS, maxFileChars: 30 * MB };
    expect(exportProblems([app], sizes, limits)).toEqual([
      {
        application: '',
        path: '',
        // The user's own sizes (two 20 MB files), not the encoded 53 MB.
        message: expect.stringMatching(
          /^The documents total 40 MB; one file can carry about 22 MB of documents and still be read back\. Remove documents you no longer need/,
        ),
      },
    ]);
  });

  test('a written file the parser would refuse is caught by the check after writing', () => {
    const { app, bytes } = sampleApplication();
    const text = JSON.stringify(serializeWorkbook([app], bytes));
    expect(verifyWritten(text, { ...EXCHANGE_LIMITS, maxFileChars: 100 })).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^The file is too large: it is [\w .]+ MB, and ProReg Companion reads files of up to [\w .]+ MB\.$/),
        detail: expect.any(String),
      },
    ]);
    // The check after writing does not re-hash the documents (they were hashed from the same bytes), but checks their sizes.
    const data = JSON.parse(text);
    data.applications[0].attachments['blob-pdf'].size += 1;
    expect(verifyWritten(JSON.stringify(data))[0]).toMatchObject({ path: 'applications[0].attachments["blob-pdf"].size' });
  });
});
