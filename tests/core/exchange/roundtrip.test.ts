import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

/** Property tests run thousands of cases; give them room on a busy two-core machine. */
const PROPERTY_TIMEOUT = 120_000;

import { base64ToBytes } from '../../../core/exchange/base64.ts';
import { FORMAT_VERSION, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { parseApplicationFile, parseExchangeFile } from '../../../core/exchange/parse.ts';
import { applicationArb, importedCommentsArb } from './arbitraries.ts';
import { lockedSample, PDF_BYTES, PNG_1PX, sampleApplication } from './sample.ts';

describe('round trip: export then import gives the same application', () => {
  test('the .html export re-imports deep-equal, attachments byte-identical', () => {
    const { app, bytes } = lockedSample();
    const html = renderApplicationHtml(app, bytes, { exportedAt: '2026-11-28T12:00:00.000Z' });
    const parsed = parseApplicationFile(html);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.application).toEqual(app);
    expect(parsed.warnings).toEqual([]);
    expect(base64ToBytes(parsed.value.attachments['blob-png']!.base64)).toEqual(PNG_1PX);
    expect(base64ToBytes(parsed.value.attachments['blob-pdf']!.base64)).toEqual(PDF_BYTES);
    expect(parsed.value.attachments['blob-pdf']!.mime).toBe('application/pdf');
  });

  test('a plain JSON export of one application re-imports the same', () => {
    const { app, bytes } = sampleApplication();
    const parsed = parseApplicationFile(JSON.stringify(serializeApplication(app, bytes)));
    expect(parsed.ok && parsed.value.application).toEqual(app);
  });

  test('a workbook backup restores every application with its attachments', () => {
    const one = sampleApplication();
    const two = lockedSample();
    const second = { ...two.app, id: 'app-2', name: 'EngTech first' };
    const bytes = new Map([...one.bytes, ...two.bytes]);
    const parsed = parseExchangeFile(JSON.stringify(serializeWorkbook([one.app, second], bytes)));
    if (!parsed.ok || parsed.value.kind !== 'workbook') throw new Error('backup rejected');
    expect(parsed.value.file.applications.map((e) => e.application)).toEqual([one.app, second]);
    expect(Object.keys(parsed.value.file.applications[1]!.attachments).sort()).toEqual(['blob-pdf', 'blob-png']);
  });

  test(
    'any valid application (arbitrary text, hostile text, files, locks) survives the .html round trip exactly',
    () => {
      fc.assert(
        fc.property(applicationArb, importedCommentsArb, ({ app, bytes }, comments) => {
          const parsed = parseApplicationFile(renderApplicationHtml(app, bytes, { comments }));
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
          expect(parsed.value.application).toEqual(app);
          expect(parsed.value.comments ?? []).toEqual(comments);
          expect(parsed.warnings).toEqual([]);
          for (const [blobId, file] of bytes) expect(base64ToBytes(parsed.value.attachments[blobId]!.base64)).toEqual(file.bytes);
        }),
        { numRuns: 600 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test('a backup carries mentor comments and mentor-mode reviews, and brings them back', () => {
    const one = sampleApplication();
    const comment = {
      reviewId: 'rev-1',
      mentor: 'Morgan',
      exportedAt: '2026-11-28T12:00:00.000Z',
      resolvedAt: null,
      comment: {
        id: 'c1',
        anchor: { kind: 'application' as const },
        text: 'Good start.',
        at: '2026-11-28T12:00:00.000Z',
        against: { sha256: 'a'.repeat(64), excerpt: '' },
      },
    };
    const other = lockedSample();
    const source = serializeApplication({ ...other.app, id: 'someone-else' }, other.bytes, '2026-11-28T12:00:00.000Z');
    const review = {
      id: 'rv',
      updatedAt: '2026-11-28T13:00:00.000Z',
      source,
      review: {
        id: 'rv',
        mentor: 'Me',
        createdAt: '2026-11-28T13:00:00.000Z',
        application: { id: 'someone-else', name: 'x', category: 'CEng' as const, route: 'standard' as const },
        comments: [],
      },
    };
    const file = serializeWorkbook([one.app], one.bytes, '2026-11-28T14:00:00.000Z', {
      comments: new Map([[one.app.id, [comment]]]),
      reviews: [review],
    });
    const parsed = parseExchangeFile(JSON.stringify(file));
    if (!parsed.ok || parsed.value.kind !== 'workbook') throw new Error(JSON.stringify(parsed));
    expect(parsed.value.file).toEqual(file);
    expect(parsed.value.file.applications[0]!.comments).toEqual([comment]);
    expect(parsed.value.file.reviews![0]!.source.application.id).toBe('someone-else');
  });

  test('files carry the documented format name and current version', () => {
    const { app, bytes } = sampleApplication();
    const data = serializeApplication(app, bytes);
    expect(data.format).toBe('proreg-companion/application');
    expect(data.version).toBe(FORMAT_VERSION);
  });
});
