// A file someone hands us cannot smuggle in bytes that are not what its documents say (issue 8,
// part 1: a "diagram" whose bytes were a web page with script), cannot give one stored-file id two
// different files (part 4), and history fingerprints that do not name the file's snapshots are
// flagged (part 4). Each test here fails on the code before these checks.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { base64Head } from '../../../core/exchange/attachment-check.ts';
import { bytesToBase64 } from '../../../core/exchange/base64.ts';
import { type ApplicationFile, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { sha256OfBytes } from '../../../core/exchange/hash.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { previewType } from '../../../core/files/sniff.ts';
import type { Application } from '../../../core/types.ts';
import { applicationArb } from './arbitraries.ts';
import { lockedSample, PNG_1PX, sampleApplication } from './sample.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** What the attack carried: a page that reads the workbook's storage and rewrites it. */
const HOSTILE_PAGE = text(
  '<!doctype html><html><body><script>indexedDB.open("proreg-workbook").onsuccess=e=>{window.__pwned=e.target.result.name}</script></body></html>',
);

/** The sample's accountability diagram (a PNG) replaced by `bytes`, its records and attachment saying `mime`. */
function withDiagram(bytes: Uint8Array, mime: { ref: string; attachment: string }): string {
  const { app, bytes: files } = sampleApplication();
  const ref = app.documents['accountability-diagram']!;
  const next: Application = {
    ...app,
    documents: { ...app.documents, 'accountability-diagram': { ...ref, mime: mime.ref, size: bytes.length, sha256: sha256OfBytes(bytes) } },
  };
  const data: ApplicationFile = serializeApplication(next, files);
  data.attachments[ref.blobId] = {
    ...data.attachments[ref.blobId]!,
    mime: mime.attachment,
    size: bytes.length,
    sha256: sha256OfBytes(bytes),
    base64: bytesToBase64(bytes),
  };
  return JSON.stringify(data);
}

function refusal(fileText: string): string[] {
  const parsed = parseExchangeFile(fileText);
  if (parsed.ok) throw new Error('the file was accepted');
  return parsed.errors.map((e) => e.message);
}

describe('an attachment must be what its documents say, of a kind they take, with bytes of that kind', () => {
  test('the attack: a document recorded as an image whose file is a web page is refused, naming the document', () => {
    expect(refusal(withDiagram(HOSTILE_PAGE, { ref: 'image/png', attachment: 'text/html' }))).toEqual([
      'The Accountability diagram (“diagram.png”) is recorded as a PNG image, but the file it points to is marked as a web page. The file was changed by hand or made by another program.',
    ]);
  });

  test('a web page, an SVG drawing or a script recorded as such is refused: the workbook never keeps what a browser would run', () => {
    for (const [mime, words] of [
      ['text/html', 'a web page'],
      ['image/svg+xml', 'an SVG drawing'],
      ['application/javascript', 'a script'],
    ]) {
      expect(refusal(withDiagram(HOSTILE_PAGE, { ref: mime!, attachment: mime! }))).toEqual([
        `The Accountability diagram (“diagram.png”) is ${words}, which a browser could run: the workbook never keeps that as a document.`,
      ]);
    }
  });

  test('a web page whose records all say PNG is refused by its first bytes, as a file chosen by hand would be', () => {
    expect(refusal(withDiagram(HOSTILE_PAGE, { ref: 'image/png', attachment: 'image/png' }))).toEqual([
      'The Accountability diagram (“diagram.png”) is said to be a PNG image, but it looks like a web page. The file was changed by hand or made by another program.',
    ]);
  });

  test('no list of types per document is invented: a real PNG filed as the DAP comes in, as a file chosen by hand would', () => {
    // The IET says several types are accepted and PDF is preferred; it lists none.
    const { app, bytes } = sampleApplication();
    const ref = { ...app.documents['accountability-diagram']!, typeId: 'development-action-plan' };
    const next = { ...app, documents: { 'development-action-plan': ref } };
    expect(parseExchangeFile(JSON.stringify(serializeApplication(next, bytes))).ok).toBe(true);
  });

  test('a kind of file whose bytes cannot be checked comes in, unless its bytes are a program or a web page', () => {
    const plain = text('Section 1: achievements. Section 2: actions.');
    expect(parseExchangeFile(withDiagram(plain, { ref: 'text/plain', attachment: 'text/plain' })).ok).toBe(true);
    expect(refusal(withDiagram(HOSTILE_PAGE, { ref: 'text/plain', attachment: 'text/plain' }))).toEqual([
      'The Accountability diagram (“diagram.png”) is said to be a file of another kind, but it looks like a web page: the workbook never keeps that as a document.',
    ]);
    expect(refusal(withDiagram(text('MZ\x90\x00 program'), { ref: '', attachment: '' }))).toEqual([
      'The Accountability diagram (“diagram.png”) is said to be a file of unknown type, but it looks like a Windows program: the workbook never keeps that as a document.',
    ]);
  });

  test('an empty attachment is refused', () => {
    expect(refusal(withDiagram(new Uint8Array(), { ref: 'image/png', attachment: 'image/png' }))).toEqual([
      'The Accountability diagram (“diagram.png”) is an empty file (0 bytes).',
    ]);
  });

  test('a lock snapshot that disagrees with the attachment about its type is refused too', () => {
    const { app, bytes } = lockedSample();
    const snapshotRef = app.lock!.content.documents['accountability-diagram']!;
    const lock = {
      ...app.lock!,
      content: {
        ...app.lock!.content,
        documents: { ...app.lock!.content.documents, 'accountability-diagram': { ...snapshotRef, mime: 'text/html' } },
      },
    };
    expect(refusal(JSON.stringify(serializeApplication({ ...app, lock }, bytes)))).toEqual([
      expect.stringMatching(
        /^The Accountability diagram \(“diagram\.png”\) is recorded as a web page, but the file it points to is marked as a PNG image/,
      ),
    ]);
  });

  test('property: any application whose attachments are what they say is accepted; changing one attachment’s type or first bytes refuses the file', () => {
    const swap = fc.record({
      which: fc.nat(),
      change: fc.oneof(
        fc.record({ mime: fc.constantFrom('text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/plain', '', 'image/gif') }),
        fc.record({
          head: fc.constantFrom(HOSTILE_PAGE, text('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'), text('MZ\x90\x00')),
        }),
      ),
    });
    fc.assert(
      fc.property(applicationArb, swap, ({ app, bytes }, { which, change }) => {
        const data = serializeApplication(app, bytes);
        expect(parseExchangeFile(JSON.stringify(data)).ok).toBe(true);
        const ids = Object.keys(data.attachments);
        fc.pre(ids.length > 0);
        const id = ids[which % ids.length]!;
        const att = data.attachments[id]!;
        if ('mime' in change) {
          fc.pre(change.mime !== att.mime);
          data.attachments[id] = { ...att, mime: change.mime };
        } else {
          const next = Uint8Array.from([...change.head, ...base64Head(att.base64)]);
          data.attachments[id] = { ...att, base64: bytesToBase64(next), size: next.length, sha256: sha256OfBytes(next) };
        }
        expect(parseExchangeFile(JSON.stringify(data)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  test('base64Head decodes only the start, and all of a short file', () => {
    const long = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
    expect(base64Head(bytesToBase64(long))).toEqual(long.subarray(0, 1024));
    expect(base64Head(bytesToBase64(PNG_1PX))).toEqual(PNG_1PX);
    expect(base64Head(bytesToBase64(long.subarray(0, 1025)), 1025)).toEqual(long.subarray(0, 1025));
  });
});

describe('what may be shown in the browser is decided from the bytes alone', () => {
  test('PDF, PNG and JPEG are shown as what their bytes are; everything else only downloads', () => {
    expect(previewType(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(previewType(PNG_1PX)).toBe('image/png');
    expect(previewType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    for (const other of [
      HOSTILE_PAGE,
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'),
      // A page that also has a PDF header further on: Acrobat would read it, but it is not shown here.
      text('<html><script>x()</script></html>\n%PDF-1.7\n'),
      text('GIF89a'),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array(),
    ]) {
      expect(previewType(other)).toBeNull();
    }
  });
});

describe('one stored-file id holds one file', () => {
  test('a backup whose applications give one stored-file id different bytes is refused, naming both', () => {
    const one = sampleApplication();
    const two = sampleApplication({ id: 'app-2', name: 'IEng 2026' });
    // The second application's diagram is another PNG under the same storage id.
    const other = Uint8Array.from([...PNG_1PX.subarray(0, PNG_1PX.length - 1), 0]);
    const ref = { ...two.app.documents['accountability-diagram']!, size: other.length, sha256: sha256OfBytes(other) };
    const app2 = { ...two.app, documents: { ...two.app.documents, 'accountability-diagram': ref } };
    const bytes2 = new Map(two.bytes).set(ref.blobId, { name: ref.name, mime: ref.mime, bytes: other });
    const data = serializeWorkbook([one.app], one.bytes);
    data.applications.push(serializeWorkbook([app2], bytes2).applications[0]!);
    expect(refusal(JSON.stringify(data))).toEqual([
      'Two applications in this backup (“CEng 2027” and “IEng 2026”) store different files under the same storage id. The backup was changed by hand or made by another program.',
    ]);
    // The same bytes under one id in both (an imported copy kept beside its original) are fine.
    expect(parseExchangeFile(JSON.stringify(serializeWorkbook([one.app, two.app], one.bytes))).ok).toBe(true);
  });
});

describe("the history's lock and submit fingerprints are checked against the snapshots", () => {
  const warningsOf = (app: Application) => {
    const { bytes } = sampleApplication();
    const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.warnings;
  };

  test('a lock whose recorded fingerprint is not its snapshot’s is flagged, with when', () => {
    const { app } = lockedSample();
    const history = app.history.map((e) => (e.type === 'locked' ? { ...e, sha256: '0'.repeat(64) } : e));
    expect(warningsOf({ ...app, history })).toEqual([
      {
        path: 'application.history[1].sha256',
        message:
          'The history says the application was locked on 28 November 2026 with a different snapshot from the one the file holds (their fingerprints differ): the file was edited or damaged since.',
      },
    ]);
  });

  test('a submission is checked against the lock it submitted; an earlier lock against the snapshot its unlock kept', () => {
    const { app } = lockedSample();
    const earlier = { ...app.lock!, at: '2026-11-01T10:00:00.000Z', content: { ...app.lock!.content, roles: [] } };
    const earlierHash = '1'.repeat(64);
    const submitted: Application = {
      ...app,
      stage: 'submitted',
      submittedAt: '2026-12-01T10:00:00.000Z',
      history: [
        app.history[0]!,
        { type: 'locked', at: earlier.at, sha256: earlierHash },
        { type: 'unlocked', at: '2026-11-02T10:00:00.000Z', reason: 'Typo', snapshot: { ...earlier, sha256: earlierHash }, supporters: [] },
        app.history[1]!,
        { type: 'submitted', at: '2026-12-01T10:00:00.000Z', sha256: app.lock!.sha256 },
      ],
    };
    // The earlier lock's fingerprint is not its snapshot's (and the snapshot's own is wrong too); the rest agree.
    expect(warningsOf(submitted).map((w) => w.path)).toEqual(['application.history[2].snapshot.sha256', 'application.history[1].sha256']);
    const tampered = { ...submitted, history: submitted.history.map((e) => (e.type === 'submitted' ? { ...e, sha256: earlierHash } : e)) };
    expect(warningsOf(tampered).map((w) => w.message)).toContain(
      'The history says the application was submitted on 1 December 2026 with a different snapshot from the one the file holds (their fingerprints differ): the file was edited or damaged since.',
    );
  });

  test('a lock with no snapshot to match (locked twice without an unlock, or no lock kept) is flagged', () => {
    const { app } = lockedSample();
    const twice = { ...app, history: [...app.history, app.history[1]!] };
    expect(warningsOf(twice).map((w) => w.path)).toEqual(['application.history[1].sha256']);
    const noLock = { ...app, stage: 'draft' as const, lock: null, supporters: [] };
    expect(warningsOf(noLock)[0]?.message).toMatch(/locked on 28 November 2026, but the file holds no snapshot for that/);
  });

  test('property: any application made by the workbook has a history that agrees with its snapshots', () => {
    fc.assert(
      fc.property(applicationArb, ({ app, bytes }) => {
        const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
        expect(parsed.ok && parsed.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
