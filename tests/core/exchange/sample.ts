// A realistic application with documents and a lock, for exchange tests (core and PWA).

import { snapshotContent } from '../../../core/application/hashing.ts';
import type { AttachmentBytes } from '../../../core/exchange/format.ts';
import { sha256OfBytes } from '../../../core/exchange/hash.ts';
import { snapshotHash } from '../../../core/exchange/snapshot.ts';
import type { Application } from '../../../core/types.ts';

/** A tiny but real 1×1 PNG. */
export const PNG_1PX = Uint8Array.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73,
  68, 65, 84, 120, 156, 99, 248, 207, 192, 240, 31, 0, 5, 0, 1, 255, 137, 153, 61, 29, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);
/** A PDF header, then bytes that are not text, every value once. */
export const PDF_BYTES = Uint8Array.from(
  [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 7) % 256)),
);

/** The sample application and the bytes of its two documents. */
export function sampleApplication(overrides: Partial<Application> = {}): { app: Application; bytes: Map<string, AttachmentBytes> } {
  const now = '2026-11-28T10:00:00.000Z';
  const app: Application = {
    id: 'app-1',
    name: 'CEng 2027',
    category: 'CEng',
    route: 'standard',
    createdAt: now,
    updatedAt: now,
    stage: 'draft',
    personal: { fullName: 'Ada Example', email: 'ada@example.org', membershipNumber: '1234567' },
    checklist: { 'register-fee': { done: true, note: 'Paid by employer' } },
    qualifications: [
      { id: 'q1', title: 'MEng Electrical Engineering', institution: 'University of Somewhere', year: '2014', accredited: true },
    ],
    roles: [
      {
        id: 'r1',
        employer: 'Grid Systems Ltd',
        title: 'Lead Engineer',
        start: '2019-03-01',
        end: '',
        current: true,
        responsibilities: 'I lead a team of six engineers designing substation protection.\nI own the design authority.',
        achievements: 'I redesigned the relay settings process, cutting commissioning faults by a third.',
        competences: ['B2', 'C1', 'C2'],
      },
      {
        id: 'r2',
        employer: 'Volunteer STEM Club',
        title: 'Mentor',
        start: '2016-01-01',
        end: '2019-02-28',
        current: false,
        responsibilities: 'I ran weekly sessions.',
        achievements: 'I set up a robotics competition.',
        competences: ['D1'],
      },
    ],
    development: [{ id: 'd1', date: '2025-05-01', title: 'Protection course', notes: 'Distance protection.' }],
    pra: { answer: 'yes', who: 'pra', date: '2026-10-01', adviser: 'Jo Adviser' },
    scheme: { completed: false, name: '' },
    documents: {
      'accountability-diagram': {
        typeId: 'accountability-diagram',
        name: 'diagram.png',
        mime: 'image/png',
        size: PNG_1PX.length,
        sha256: sha256OfBytes(PNG_1PX),
        blobId: 'blob-png',
        addedAt: now,
      },
      'education-certificates': {
        typeId: 'education-certificates',
        name: 'certs.pdf',
        mime: 'application/pdf',
        size: PDF_BYTES.length,
        sha256: sha256OfBytes(PDF_BYTES),
        blobId: 'blob-pdf',
        addedAt: now,
      },
    },
    panelling: { sector: 'Energy', specialisms: ['Power systems', 'Protection'], interviewLocation: 'Online' },
    lock: null,
    supporters: [],
    submittedAt: null,
    postSubmission: [],
    history: [{ type: 'created', at: now }],
    evidence: {
      links: [
        {
          id: 'link-1',
          roleId: 'r1',
          field: 'responsibilities',
          selector: {
            exact: 'I lead a team of six engineers designing substation protection.',
            prefix: '',
            suffix: '\nI own the design authority.',
            start: 0,
          },
          competences: ['C3'],
        },
      ],
      dismissed: { 'r1|achievements|suggestion|uks4.C4.improve:i redesigned the relay settings process': now },
    },
    ...overrides,
  };
  const bytes = new Map<string, AttachmentBytes>([
    ['blob-png', { name: 'diagram.png', mime: 'image/png', bytes: PNG_1PX }],
    ['blob-pdf', { name: 'certs.pdf', mime: 'application/pdf', bytes: PDF_BYTES }],
  ]);
  return { app, bytes };
}

/** The sample, locked, with a supporter and a correct snapshot hash. */
export function lockedSample(): { app: Application; bytes: Map<string, AttachmentBytes> } {
  const { app, bytes } = sampleApplication();
  const content = snapshotContent(app);
  const at = '2026-11-28T11:00:00.000Z';
  const sha256 = snapshotHash(content);
  return {
    app: {
      ...app,
      stage: 'locked',
      lock: { at, sha256, content },
      supporters: [
        {
          id: 's1',
          name: 'Sam Support',
          relationship: 'Line manager',
          registration: 'CEng',
          email: 'sam@example.org',
          status: 'validated',
          comments: [{ at, text: 'Strong on C1.', competence: 'C1' }],
        },
      ],
      history: [...app.history, { type: 'locked', at, sha256 }],
    },
    bytes,
  };
}

/** Script tags, event handlers, javascript: links and pollution keys in every free-text field. */
export function hostileSample(): { app: Application; bytes: Map<string, AttachmentBytes> } {
  const h = (i: number) =>
    [
      '<script>globalThis.__pwned = "script"</script>',
      '<img src=x onerror="globalThis.__pwned = \'onerror\'">',
      '<a href="javascript:globalThis.__pwned=\'link\'">click</a>',
      '"><svg onload="globalThis.__pwned=\'svg\'">',
      '</script><script>globalThis.__pwned="breakout"</script>',
      '{"__proto__":{"polluted":1}}',
      '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    ][i % 7]!;
  const { app, bytes } = lockedSample();
  const roles = app.roles.map((r, i) => ({
    ...r,
    employer: h(i),
    title: h(i + 1),
    responsibilities: h(i + 2).repeat(3),
    achievements: h(i + 3),
  }));
  const documents = Object.fromEntries(Object.entries(app.documents).map(([k, d], i) => [k, { ...d, name: h(i + 4) }]));
  const base: Application = {
    ...app,
    name: h(0),
    personal: { fullName: h(1), email: h(2), membershipNumber: h(3) },
    checklist: { 'register-fee': { done: true, note: h(4) } },
    qualifications: [{ ...app.qualifications[0]!, title: h(5), institution: h(6), year: h(0) }],
    roles,
    development: [{ ...app.development[0]!, title: h(1), notes: h(2) }],
    pra: { ...app.pra, adviser: h(3) },
    scheme: { completed: true, name: h(4) },
    documents,
    panelling: { sector: h(5), specialisms: [h(6), h(0)], interviewLocation: h(1) },
    supporters: [
      {
        ...app.supporters[0]!,
        name: h(2),
        relationship: h(3),
        registration: h(4),
        email: h(5),
        comments: [{ at: app.createdAt, text: h(6) }],
      },
    ],
  };
  const content = snapshotContent(base);
  const sha256 = snapshotHash(content);
  const files = new Map([...bytes].map(([id, b], i) => [id, { ...b, name: h(i + 4) }]));
  return {
    app: { ...base, lock: { ...base.lock!, content, sha256 }, history: [base.history[0]!, { type: 'locked', at: base.lock!.at, sha256 }] },
    bytes: files,
  };
}
