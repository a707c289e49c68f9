// Export and import at the speed of the data, without changing a byte of what is written or
// what is accepted: the streamed file is exactly the file the one-string writer makes, the
// one-pass decoder refuses what the strict check refused, and an import reads only the JSON of a
// file's bytes.
import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readAttachment } from '../../../core/exchange/attachment-bytes.ts';
import { base64ToBytesChecked, bytesToBase64, isBase64 } from '../../../core/exchange/base64.ts';
import { asciiJson } from '../../../core/exchange/escape.ts';
import { verifyWritten } from '../../../core/exchange/export-check.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { joinPath } from '../../../core/exchange/issues.ts';
import { parseJsonSafely } from '../../../core/exchange/limits.ts';
import { extractJson, extractJsonBytes, parseExchangeFile } from '../../../core/exchange/parse.ts';
import { encodeAttachment, writeApplicationHtml } from '../../../core/exchange/write.ts';
import { hostileSample, lockedSample, sampleApplication } from './sample.ts';

const joined = async (parts: (string | Uint8Array)[]) => new NodeBlob(parts as never[]).text();

async function encodedAll(bytes: ReadonlyMap<string, { name: string; mime: string; bytes: Uint8Array }>, native?: undefined) {
  const out = new Map();
  for (const [id, file] of bytes) out.set(id, await encodeAttachment(file, native));
  return out;
}

describe('the streamed export', () => {
  test.each([
    ['a plain application', sampleApplication],
    ['a locked one', lockedSample],
    ['one with hostile text in every field', hostileSample],
  ])('of %s is, part for part, the file the one-string writer makes', async (_, make) => {
    const { app, bytes } = make();
    const exportedAt = '2026-11-28T12:00:00.000Z';
    const expected = renderApplicationHtml(app, bytes, { exportedAt });
    // Without the platform's encoder (Node 20), chunks are bytes of base64 characters.
    const written = writeApplicationHtml(app, await encodedAll(bytes, undefined), { exportedAt });
    expect(await joined(written.parts)).toBe(expected);
    expect(written.chars).toBe(expected.length);
    expect(written.parts.some((p) => p instanceof Uint8Array)).toBe(true);
    // Its short text with placeholders reads back as the whole file would.
    expect(verifyWritten(written.text, undefined, written.known)).toEqual([]);
    expect(parseExchangeFile(expected).ok).toBe(true);
  });

  test('a document whose stored bytes are not what its record says is caught before the file is offered', async () => {
    const { app, bytes } = sampleApplication();
    const [id, file] = [...bytes][0]!;
    const tampered = new Map(bytes).set(id, { ...file, bytes: Uint8Array.from(file.bytes, (b, i) => (i === 20 ? b ^ 1 : b)) });
    const written = writeApplicationHtml(app, await encodedAll(tampered), {});
    const typeId = Object.entries(app.documents).find(([, d]) => d.blobId === id)![0];
    const errors = verifyWritten(written.text, undefined, written.known);
    expect(errors.map((e) => e.path)).toContain(joinPath('application.documents', typeId));
  });
});

describe('the one-pass base64 decoder', () => {
  test('gives back exactly the bytes that were encoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytesChecked(bytesToBase64(bytes), undefined)).toEqual(bytes);
      }),
    );
  });

  test('refuses what is not well-formed base64, as the strict check does', () => {
    const text = bytesToBase64(Uint8Array.from({ length: 31 }, (_, i) => i * 9));
    for (const bad of [
      'A',
      'AB=C',
      'A===',
      'ab$d',
      'AAAA=',
      'AB==AAAA',
      'AAB=',
      'AR==',
      `${text.slice(0, 8)} ${text.slice(9)}`,
      `é${text.slice(1)}`,
    ]) {
      expect(base64ToBytesChecked(bad, undefined), bad).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (s) => {
        const decoded = base64ToBytesChecked(s, undefined);
        if (!isBase64(s)) expect(decoded).toBeNull();
      }),
    );
  });

  test('an attachment is decoded and checked against its size and hash, or refused naming the field', async () => {
    const bytes = Uint8Array.from({ length: 500 }, (_, i) => i % 256);
    const encoded = await encodeAttachment({ name: 'x.pdf', mime: 'application/pdf', bytes });
    const att = { ...encoded.record, base64: bytesToBase64(bytes) };
    const read = await readAttachment(att, 'attachments.x');
    expect(read.ok && read.bytes).toEqual(bytes);
    expect(await readAttachment({ ...att, size: 499 }, 'attachments.x')).toMatchObject({
      ok: false,
      issue: { path: 'attachments.x.size' },
    });
    expect(await readAttachment({ ...att, sha256: '0'.repeat(64) }, 'attachments.x')).toMatchObject({
      ok: false,
      issue: { path: 'attachments.x.sha256' },
    });
    expect(await readAttachment({ ...att, base64: `!${att.base64.slice(1)}` }, 'attachments.x')).toMatchObject({
      ok: false,
      issue: { path: 'attachments.x.base64' },
    });
  });
});

describe('reading a file for import', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  test('only the JSON of the bytes is taken, the same as from the text, for .html and .json files', () => {
    const { app, bytes } = hostileSample();
    const html = renderApplicationHtml(app, bytes, {});
    for (const text of [
      html,
      '\uFEFF  {"format":"x"}',
      '\n\t{"a":1}',
      '<p>not ours</p>',
      `${html.slice(0, html.lastIndexOf('</script>'))}`,
    ]) {
      const fromText = extractJson(text);
      const fromBytes = extractJsonBytes(utf8(text));
      expect(fromBytes.ok).toBe(fromText.ok);
      if (fromBytes.ok && fromText.ok) expect(new TextDecoder().decode(fromBytes.value)).toBe(fromText.value);
      if (!fromBytes.ok && !fromText.ok) expect(fromBytes.errors).toEqual(fromText.errors);
    }
  });

  test('the embedded data is written in ASCII and reads back to the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = asciiJson(value);
        expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('nesting is counted outside strings however many backslashes and quotes they hold', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const tricky = JSON.stringify({ a: '\\"[[[[', b: '\\\\', c: `${'\\'.repeat(7)}"{{{` });
    expect(parseJsonSafely(`[${tricky},${deep(30)}]`, { ...limits(), maxDepth: 32 }).ok).toBe(true);
    expect(parseJsonSafely(`[${tricky},${deep(32)}]`, { ...limits(), maxDepth: 32 }).ok).toBe(false);
  });
});

function limits() {
  return {
    maxFileChars: 1e6,
    maxDepth: 32,
    maxStringChars: 1e6,
    maxTextChars: 1e5,
    maxArrayItems: 5000,
    maxNodes: 5e5,
    maxAttachmentBytes: 1e6,
  };
}
