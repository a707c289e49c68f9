// Versions, migration, snapshot checks and the messages users see.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64, isBase64 } from '../../../core/exchange/base64.ts';
import { FORMAT_VERSION, GENERATOR, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { sha256OfText } from '../../../core/exchange/hash.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { isReviewFileRefusal, parseApplicationFile, parseExchangeFile } from '../../../core/exchange/parse.ts';
import { lockedSample, sampleApplication } from './sample.ts';

/** A version 1 file: no history or post-submission log; specialisms as one comma-separated string; the adviser as a tick. */
function versionOneFile() {
  const { app, bytes } = sampleApplication();
  const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
  data.version = 1;
  delete data.rules;
  data.application.pra = { consulted: true, date: app.pra.date, adviser: app.pra.adviser };
  delete data.application.history;
  delete data.application.postSubmission;
  delete data.application.evidence;
  data.application.panelling.specialisms = 'Power systems, Protection';
  return { app: { ...app, evidence: { links: [], dismissed: {} } }, text: JSON.stringify(data) };
}

describe('format versions', () => {
  test('a version 1 file is migrated to the current version and says so', () => {
    const { app, text } = versionOneFile();
    const parsed = parseExchangeFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.migratedFrom).toBe(1);
    expect(parsed.value.file.version).toBe(FORMAT_VERSION);
    if (parsed.value.kind !== 'application') throw new Error('kind');
    expect(parsed.value.file.application.panelling.specialisms).toEqual(['Power systems', 'Protection']);
    expect(parsed.value.file.application.history).toEqual([{ type: 'created', at: app.createdAt }]);
    expect(parsed.value.file.application).toEqual(app);
  });

  test('a version 1 backup is migrated application by application', () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeWorkbook([app], bytes)));
    data.version = 1;
    delete data.applications[0].application.history;
    delete data.applications[0].application.postSubmission;
    delete data.applications[0].application.evidence;
    const parsed = parseExchangeFile(JSON.stringify(data));
    expect(parsed.ok && parsed.value.kind === 'workbook' && parsed.value.file.applications[0]!.application).toEqual({
      ...app,
      evidence: { links: [], dismissed: {} },
    });
  });

  test('a version 2 file gains empty evidence and keeps each role’s competence tags', () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    data.version = 2;
    delete data.application.evidence;
    const parsed = parseExchangeFile(JSON.stringify(data));
    if (!parsed.ok || parsed.value.kind !== 'application') throw new Error(JSON.stringify(parsed));
    expect(parsed.value.migratedFrom).toBe(2);
    expect(parsed.value.file.application.evidence).toEqual({ links: [], dismissed: {} });
    expect(parsed.value.file.application.roles.map((r) => r.competences)).toEqual(app.roles.map((r) => r.competences));
  });

  test('a version 2 backup’s mentor reviews are migrated with it', () => {
    const { app, bytes } = sampleApplication();
    const source = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    source.version = 2;
    delete source.application.evidence;
    const data = JSON.parse(JSON.stringify(serializeWorkbook([], new Map())));
    data.version = 2;
    data.reviews = [
      {
        id: 'rv1',
        updatedAt: app.updatedAt,
        source,
        review: {
          id: 'rv1',
          mentor: 'M',
          createdAt: app.updatedAt,
          application: { id: app.id, name: app.name, category: app.category, route: app.route },
          comments: [],
        },
      },
    ];
    const parsed = parseExchangeFile(JSON.stringify(data));
    if (!parsed.ok || parsed.value.kind !== 'workbook') throw new Error(JSON.stringify(parsed));
    expect(parsed.value.file.reviews?.[0]?.source.application.evidence).toEqual({ links: [], dismissed: {} });
  });

  test('evidence links round-trip through a file exactly', () => {
    const { app, bytes } = sampleApplication();
    expect(app.evidence.links).toHaveLength(1);
    const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
    expect(parsed.ok && parsed.value.kind === 'application' && parsed.value.file.application.evidence).toEqual(app.evidence);
  });

  test('a malformed evidence link is refused with where it is', () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    data.application.evidence.links[0].field = 'title';
    const parsed = parseExchangeFile(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]!.path).toContain('evidence');
  });

  test('version 2 to 5 files (before built documents) read as they were written', () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    for (const version of [2, 3, 4, 5]) {
      data.version = version;
      const parsed = parseExchangeFile(JSON.stringify(data));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.value.migratedFrom).toBe(version);
      expect(parsed.value.file.version).toBe(6);
      expect(parsed.value.kind === 'application' && parsed.value.file.application).toEqual(app);
      const backup = JSON.parse(JSON.stringify(serializeWorkbook([app], bytes)));
      backup.version = version;
      const parsedBackup = parseExchangeFile(JSON.stringify(backup));
      expect(parsedBackup.ok && parsedBackup.value.kind === 'workbook' && parsedBackup.value.file.applications[0]!.application).toEqual(
        app,
      );
    }
  });

  test('a file from a newer version is refused with advice to update', () => {
    const { app, bytes } = sampleApplication();
    const result = parseExchangeFile(JSON.stringify({ ...serializeApplication(app, bytes), version: FORMAT_VERSION + 1 }));
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          path: '',
          message: expect.stringMatching(/newer version.*Update/),
          detail: `Format version ${FORMAT_VERSION + 1}; this workbook reads up to ${FORMAT_VERSION}.`,
        },
      ],
    });
  });

  test('an unrelated file is refused in plain words', () => {
    expect(parseExchangeFile('<html><body>Hello</body></html>')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/not a ProReg Companion file/) }],
    });
    // No field names in the message itself; the technical reason is kept apart.
    expect(parseExchangeFile('{"name":"x"}')).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'This is not a ProReg Companion application or backup: its data is of another kind.',
          detail: 'The "format" field is missing.',
        },
      ],
    });
  });

  test('a file cut short says so in plain words, with the parser text only as detail', () => {
    const { app, bytes } = sampleApplication();
    const whole = JSON.stringify(serializeApplication(app, bytes));
    const cut = parseExchangeFile(whole.slice(0, whole.length / 2));
    expect(cut).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^This file is incomplete or damaged: it ends part-way through/) }],
    });
    expect(!cut.ok && cut.errors[0]!.message).not.toMatch(/JSON|Unexpected/);
    expect(!cut.ok && cut.errors[0]!.detail).toMatch(/JSON|Unterminated|Unexpected/);
    const html = renderApplicationHtml(app, bytes);
    expect(parseExchangeFile(html.slice(0, html.indexOf('</script>')))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/incomplete or damaged/) }],
    });
  });

  test("a mentor's review chosen as an application says what it is and where reviews go", () => {
    const review = {
      format: 'proreg-companion/review',
      version: 1,
      exportedAt: '2026-11-28T12:00:00.000Z',
      exportedBy: GENERATOR,
      review: {},
    };
    const parsed = parseExchangeFile(JSON.stringify(review));
    expect(!parsed.ok && isReviewFileRefusal(parsed.errors)).toBe(true);
    expect(!parsed.ok && parsed.errors[0]!.message).toMatch(/review file.*Export and review.*Import a mentor's review/);
  });
});

describe('validation messages name the field', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the test edits arbitrary fields of a parsed file
  const withData = (mutate: (d: any) => void) => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    mutate(data);
    const r = parseExchangeFile(JSON.stringify(data));
    if (r.ok) throw new Error('expected rejection');
    return r.errors;
  };

  test('a wrong category', () => {
    expect(withData((d) => (d.application.category = 'PhD'))).toMatchObject([
      { path: 'application.category', message: 'Expected a category: CEng, IEng, EngTech or ICTTech.' },
    ]);
  });
  test('a missing field', () => {
    expect(withData((d) => delete d.application.roles[1].title)).toMatchObject([
      { path: 'application.roles[1].title', message: 'This field is missing.' },
    ]);
  });
  test('an unknown field', () => {
    expect(withData((d) => (d.application.roles[0].salary = 1))).toMatchObject([
      { path: 'application.roles[0].salary', message: expect.stringMatching(/^This field is not part of the format/) },
    ]);
  });
  test('a bad date', () => {
    expect(withData((d) => (d.application.roles[0].start = '01/03/2019'))[0]).toMatchObject({
      path: 'application.roles[0].start',
      message: expect.stringMatching(/YYYY-MM-DD/),
    });
  });
  test('altered attachment bytes', () => {
    expect(
      withData(
        (d) =>
          (d.attachments['blob-pdf'].base64 =
            `${d.attachments['blob-pdf'].base64.slice(0, 40)}Z${d.attachments['blob-pdf'].base64.slice(41)}`),
      ),
    ).toEqual([
      {
        path: 'attachments["blob-pdf"].sha256',
        message: 'The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.',
      },
    ]);
  });
  test('an attachment nothing uses', () => {
    expect(withData((d) => (d.attachments.extra = d.attachments['blob-pdf']))[0]).toMatchObject({
      path: 'attachments.extra',
      message: expect.stringMatching(/No document/),
    });
  });
});

describe('the lock snapshot hash', () => {
  test('a snapshot edited after locking is imported with a warning, not silently', () => {
    const { app, bytes } = lockedSample();
    const tampered = { ...app, lock: { ...app.lock!, content: { ...app.lock!.content, roles: [] } } };
    const parsed = parseApplicationFile(renderApplicationHtml(tampered, bytes));
    expect(parsed).toMatchObject({
      ok: true,
      warnings: [
        { path: 'application.lock.sha256', message: expect.stringMatching(/does not match its recorded hash/) },
        // The history's lock fingerprint names the snapshot as it was locked, not as it is now.
        { path: 'application.history[1].sha256', message: expect.stringMatching(/locked on 28 November 2026 with a different snapshot/) },
      ],
    });
    expect(renderApplicationHtml(tampered, bytes)).toContain('Warning: the snapshot does not match its fingerprint.');
  });

  test('a document whose bytes are missing is imported with a warning', () => {
    const { app, bytes } = sampleApplication();
    bytes.delete('blob-pdf');
    const parsed = parseApplicationFile(JSON.stringify(serializeApplication(app, bytes)));
    expect(parsed).toMatchObject({
      ok: true,
      warnings: [
        { path: 'application.documents["education-certificates"]', message: expect.stringMatching(/certs\.pdf.*not in this file/) },
      ],
    });
  });
});

describe('mentor comments in the export', () => {
  test('are listed where they belong, with who, when, and whether the text has changed since', () => {
    const { app, bytes } = sampleApplication();
    const comment = (text: string, sha: string) => ({
      reviewId: 'rev-1',
      mentor: 'Morgan <Mentor>',
      exportedAt: '2026-11-28T12:00:00.000Z',
      resolvedAt: null,
      comment: {
        id: text,
        anchor: { kind: 'role' as const, roleId: 'r1', field: 'achievements' as const },
        text,
        at: '2026-11-27T12:00:00.000Z',
        against: { sha256: sha, excerpt: '' },
      },
    });
    const current = sha256OfText(app.roles[0]!.achievements);
    const html = renderApplicationHtml(app, bytes, {
      comments: [comment('Still fits.', current), comment('Was about older text.', '0'.repeat(64))],
    });
    const section = html.slice(html.indexOf('<h2>Mentor comments</h2>'));
    expect(section).toContain('Lead Engineer at Grid Systems Ltd: Personal Achievements');
    expect(section).toContain('Morgan &#60;Mentor&#62;, 27 November 2026 · open');
    expect(section.match(/written against an earlier text/g)).toHaveLength(1);
  });
});

describe('base64 for attachment bytes', () => {
  test('matches the platform encoder for every length and byte value, and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  test('malformed base64 is refused', () => {
    for (const bad of ['A', 'AB=C', 'A===', 'ab$d', 'AAAA=']) expect(isBase64(bad), bad).toBe(false);
  });
});

describe('the lock and history in the export', () => {
  test('edits after the lock are listed as not in the snapshot', () => {
    const { app, bytes } = lockedSample();
    const edited = { ...app, roles: [{ ...app.roles[0]!, achievements: 'Rewritten after locking.' }, app.roles[1]!] };
    expect(renderApplicationHtml(app, bytes)).toContain('No changes since the lock.');
    const html = renderApplicationHtml(edited, bytes);
    expect(html).toContain('Changed since the lock (not in the snapshot):');
    expect(html).toContain('Role 1 (Grid Systems Ltd): Personal Achievements');
  });

  test('supporter comments discarded by an unlock are kept in the history section', () => {
    const { app, bytes } = lockedSample();
    const unlocked = {
      ...app,
      stage: 'draft' as const,
      lock: null,
      supporters: [],
      history: [
        ...app.history,
        {
          type: 'unlocked' as const,
          at: '2026-11-29T10:00:00.000Z',
          reason: 'Supporter asked for changes',
          snapshot: app.lock!,
          supporters: app.supporters,
        },
      ],
    };
    const html = renderApplicationHtml(unlocked, bytes);
    const history = html.slice(html.indexOf('<h2>History</h2>'));
    expect(history).toContain('29 November 2026 at 10:00 UTC: unlocked: Supporter asked for changes.');
    expect(history).toContain('Sam Support (Validated)');
    expect(history).toContain('28 November 2026 (C1): Strong on C1.');
    const parsed = parseApplicationFile(html);
    expect(parsed.ok && parsed.value.application).toEqual(unlocked);
  });
});
