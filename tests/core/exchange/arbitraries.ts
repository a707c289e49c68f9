// fast-check arbitraries of valid applications (with attachments and a correct lock) and of
// hostile text, shared by the exchange property tests.
import fc from 'fast-check';
import { snapshotContent } from '../../../core/application/hashing.ts';
import type { AttachmentBytes } from '../../../core/exchange/format.ts';
import { sha256OfBytes } from '../../../core/exchange/hash.ts';
import { type Anchor, type ImportedComment, ROLE_FIELDS } from '../../../core/exchange/review-types.ts';
import { snapshotHash } from '../../../core/exchange/snapshot.ts';
import { closeBidi } from '../../../core/text/bidi.ts';
import type { Application, CompetenceCode, DocumentRef, Role, Supporter } from '../../../core/types.ts';

/** Payloads that would do harm if any renderer treated text as markup or keys as paths. */
export const HOSTILE = [
  '<script>globalThis.__pwned = 1</script>',
  '<img src=x onerror="globalThis.__pwned=1">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '<!--',
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":1}}',
  '\u2028\u2029',
  '&lt;b&gt;',
  "'; DROP TABLE applications; --",
];

const hostile = fc.constantFrom(...HOSTILE);
/** Any text: arbitrary Unicode, hostile payloads, or both. */
export const anyText = (max = 60) =>
  fc.oneof(
    fc.string({ maxLength: max, unit: 'binary' }),
    hostile,
    fc.tuple(fc.string({ maxLength: 10 }), hostile).map(([a, b]) => a + b),
  );
/**
 * Text as a valid application holds it: any text, with a bidi control it leaves open closed (an
 * import closes it: core/text/bidi.ts), so a round trip compares like with like. Unclosed
 * controls themselves are tested in tests/core/text/bidi.test.ts and tests/pwa/exchange-bidi.test.tsx.
 */
const fieldText = (max = 60) => anyText(max).map(closeBidi);
const notForbidden = (k: string) => !['__proto__', 'constructor', 'prototype'].includes(k);
const idArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/).filter(notForbidden));
const dateArb = fc.oneof(
  fc.constant(''),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const timeArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const competenceArb = fc.constantFrom<CompetenceCode>(
  'A1',
  'A2',
  'B1',
  'B2',
  'B3',
  'C1',
  'C2',
  'C3',
  'C4',
  'D1',
  'D2',
  'D3',
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
);

const roleArb: fc.Arbitrary<Role> = fc.record({
  id: idArb,
  employer: fieldText(),
  title: fieldText(),
  start: dateArb,
  end: dateArb,
  current: fc.boolean(),
  responsibilities: fieldText(400),
  achievements: fieldText(400),
  competences: fc.uniqueArray(competenceArb, { maxLength: 5 }),
});

const supporterArb: fc.Arbitrary<Supporter> = fc.record({
  id: idArb,
  name: fieldText(),
  relationship: fieldText(),
  registration: fieldText(),
  email: fieldText(),
  status: fc.constantFrom('invited', 'validated', 'changes-requested', 'declined'),
  comments: fc.array(
    fc.record(
      { at: timeArb, text: fieldText(), competence: fc.option(competenceArb, { nil: undefined }) },
      { requiredKeys: ['at', 'text'] },
    ),
    { maxLength: 2 },
  ),
});

/** The first bytes of each kind of file a document takes, so the import's content check passes. */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [...'%PDF-1.4\n'].map((c) => c.charCodeAt(0)),
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
};

// Any document type (one this version does not know included) with a kind of file it takes; the
// bytes are that kind of file at the start and anything after. Hostile names ride along.
const fileArb = fc
  .record({
    kind: fc.constantFrom<[string, string]>(
      ['accountability-diagram', 'image/png'],
      ['accountability-diagram', 'image/jpeg'],
      ['education-certificates', 'application/pdf'],
      ['development-action-plan', 'application/pdf'],
      ['<b>odd type</b>', 'image/png'],
    ),
    name: fieldText(),
    tail: fc.uint8Array({ maxLength: 300 }),
    blobId: fc.uuid(),
    addedAt: timeArb,
  })
  .map(({ kind: [typeId, mime], tail, ...rest }) => ({ ...rest, typeId, mime, bytes: Uint8Array.from([...MAGIC[mime]!, ...tail]) }));

const anchorArb: fc.Arbitrary<Anchor> = fc.oneof(
  fc.constant<Anchor>({ kind: 'application' }),
  fc.record({ kind: fc.constant('role' as const), roleId: idArb, field: fc.constantFrom(...ROLE_FIELDS) }),
  fc.record({ kind: fc.constant('checklist' as const), itemId: fc.constantFrom('pra-consultation', 'personal-details', 'career-history') }),
  fc.record({ kind: fc.constant('competence' as const), code: competenceArb }),
  fc.record({ kind: fc.constant('document' as const), typeId: fc.constantFrom('accountability-diagram', 'development-action-plan') }),
);

/** Mentor comments as an applicant's workbook keeps them. */
export const importedCommentsArb: fc.Arbitrary<ImportedComment[]> = fc.array(
  fc.record({
    reviewId: fc.uuid(),
    mentor: fieldText(),
    exportedAt: timeArb,
    comment: fc.record({
      id: fc.uuid(),
      anchor: anchorArb,
      text: fieldText(200),
      at: timeArb,
      against: fc.record({ sha256: fc.stringMatching(/^[0-9a-f]{64}$/), excerpt: fieldText(200) }),
    }),
    resolvedAt: fc.option(timeArb, { nil: null }),
  }),
  { maxLength: 3 },
);

/** A valid application with attachments for every document, and a lock whose hash is right. */
export const applicationArb: fc.Arbitrary<{ app: Application; bytes: Map<string, AttachmentBytes> }> = fc
  .record({
    id: idArb,
    name: fieldText(),
    category: fc.constantFrom('CEng', 'IEng', 'EngTech', 'ICTTech'),
    route: fc.constantFrom('standard', 'streamlined'),
    createdAt: timeArb,
    updatedAt: timeArb,
    personal: fc.record({ fullName: fieldText(), email: fieldText(), membershipNumber: fieldText() }),
    checklist: fc.dictionary(
      fc.stringMatching(/^[a-z][a-z-]{0,20}$/).filter(notForbidden),
      fc.record({ done: fc.boolean(), note: fieldText() }),
      { maxKeys: 3, noNullPrototype: true },
    ),
    qualifications: fc.array(
      fc.record({ id: idArb, title: fieldText(), institution: fieldText(), year: fieldText(8), accredited: fc.boolean() }),
      { maxLength: 2 },
    ),
    roles: fc.array(roleArb, { maxLength: 3 }),
    development: fc.array(fc.record({ id: idArb, date: dateArb, title: fieldText(), notes: fieldText() }), { maxLength: 2 }),
    pra: fc.record({
      answer: fc.constantFrom('yes' as const, 'no' as const, '' as const),
      who: fc.constantFrom('pra' as const, 'ir' as const, '' as const),
      date: dateArb,
      adviser: fieldText(),
    }),
    scheme: fc.record({ completed: fc.boolean(), name: fieldText() }),
    files: fc.uniqueArray(fileArb, { maxLength: 3, selector: (f) => f.typeId }),
    panelling: fc.record({ sector: fieldText(), specialisms: fc.array(fieldText(), { maxLength: 3 }), interviewLocation: fieldText() }),
    locked: fc.boolean(),
    lockAt: timeArb,
    supporters: fc.array(supporterArb, { maxLength: 2 }),
  })
  .map((r) => {
    const bytes = new Map<string, AttachmentBytes>();
    const documents: Record<string, DocumentRef> = {};
    for (const f of r.files) {
      documents[f.typeId] = {
        typeId: f.typeId,
        name: f.name,
        mime: f.mime,
        size: f.bytes.length,
        sha256: sha256OfBytes(f.bytes),
        blobId: f.blobId,
        addedAt: f.addedAt,
      };
      bytes.set(f.blobId, { name: f.name, mime: f.mime, bytes: f.bytes });
    }
    const base: Application = {
      id: r.id,
      name: r.name,
      category: r.category,
      route: r.route,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      stage: 'draft',
      personal: r.personal,
      checklist: r.checklist,
      qualifications: r.qualifications,
      roles: r.roles,
      development: r.development,
      pra: r.pra,
      scheme: r.scheme,
      documents,
      panelling: r.panelling,
      lock: null,
      supporters: [],
      submittedAt: null,
      postSubmission: [],
      history: [{ type: 'created', at: r.createdAt }],
      evidence: { links: [], dismissed: {} },
    };
    if (!r.locked) return { app: base, bytes };
    const content = snapshotContent(base);
    const sha256 = snapshotHash(content);
    const app: Application = {
      ...base,
      stage: 'locked',
      lock: { at: r.lockAt, sha256, content },
      supporters: r.supporters,
      history: [...base.history, { type: 'locked', at: r.lockAt, sha256 }],
    };
    return { app, bytes };
  });
