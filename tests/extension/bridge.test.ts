import { expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { mirrorOf } from '../../core/bridge/mirror.ts';
import { pairingCode, pairingKeyHash } from '../../core/bridge/pairing.ts';
import { readExtensionMessage, readMirror, readObservation, readWorkbookMessage } from '../../core/bridge/schema.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { stateWords } from '../../core/rules/step-words.ts';
import type { Application } from '../../core/types.ts';
import { checkCareerManagerUrl, checkWorkbookUrl, isCareerManagerOrigin, originPattern } from '../../extension/shared/hosts.ts';
import { DEFAULT_SETTINGS, isWorkbookOrigin, settingsFrom } from '../../extension/shared/settings.ts';
import { locked } from '../core/fixtures.ts';

const observation = {
  id: 'o1',
  at: '2026-11-28T10:00:00.000Z',
  url: 'https://careermanager.theiet.org/professional-registration/application/validate',
  applicationId: 'a1',
  kind: 'lock-state',
  data: { locked: true },
};

test('a well-formed observations message from the extension is accepted', () => {
  const read = readExtensionMessage({ source: 'proreg-extension', v: 2, type: 'observations', observations: [observation] });
  expect(read).toEqual({ ok: true, message: expect.objectContaining({ type: 'observations' }) });
});

test('messages of another version, another sender or a wrong shape are refused with a reason', () => {
  expect(readExtensionMessage({ source: 'proreg-extension', v: 1, type: 'hello', extensionVersion: '1' })).toEqual({
    ok: false,
    error: 'unsupported bridge version 1',
  });
  expect(readExtensionMessage({ source: 'proreg-workbook', v: 2, type: 'ready', key: null })).toEqual({
    ok: false,
    error: 'not a bridge message',
  });
  expect(readExtensionMessage('hello')).toEqual({ ok: false, error: 'not a bridge message' });
  const wrong = readExtensionMessage({
    source: 'proreg-extension',
    v: 2,
    type: 'observations',
    observations: [{ ...observation, data: { locked: 'yes' } }],
  });
  expect(wrong.ok).toBe(false);
});

test('an observation of an unknown kind or with a bad time is not accepted', () => {
  expect(readObservation(observation)).not.toBeNull();
  expect(readObservation({ ...observation, kind: 'password' })).toBeNull();
  expect(readObservation({ ...observation, at: 'yesterday' })).toBeNull();
});

test("words read from a Career Manager page cannot leave a bidi override open to reverse the workbook's words; a mirror's drafts go out as written", () => {
  const supporters = {
    ...observation,
    kind: 'supporter-comments',
    data: {
      supporters: [{ name: 'Priya Raman \u202e', status: 'Validated', comments: [{ competence: 'A1\u2067', text: 'Good \u202b' }] }],
    },
  };
  const read = readExtensionMessage({ source: 'proreg-extension', v: 2, type: 'observations', observations: [supporters] });
  if (!read.ok || read.message.type !== 'observations') throw new Error('the observation must be read');
  const seen = read.message.observations[0]!;
  if (seen.kind !== 'supporter-comments') throw new Error('kind');
  // Every character kept, what was left open closed: "(Validated)" after the name reads as written.
  expect(seen.data.supporters[0]).toEqual({
    name: 'Priya Raman \u202e\u202c',
    status: 'Validated',
    comments: [{ competence: 'A1\u2067\u2069', text: 'Good \u202b\u202c' }],
  });
  expect(readObservation(supporters)).toEqual(seen);
  // The applicant's own drafts, mirrored to be pasted into Career Manager, are not touched.
  const app = privateApplication();
  const drafted = { ...app, roles: app.roles.map((r) => ({ ...r, responsibilities: 'I check \u202e' })) };
  const mirror = readWorkbookMessage({
    source: 'proreg-workbook',
    v: 2,
    type: 'mirror',
    at,
    applications: [mirrorOf(drafted, DEFAULT_RULES)],
  });
  if (!mirror.ok || mirror.message.type !== 'mirror') throw new Error('the mirror must be read');
  expect(mirror.message.applications[0]!.roles[0]!.responsibilities).toBe('I check \u202e');
});

const at = '2026-11-28T10:00:00.000Z';
/** An application with what the companion must never keep: e-mails, comments, history. */
function privateApplication(): Application {
  const app = newApplication({ id: 'a1', name: 'CEng', category: 'CEng', route: 'standard', now: at });
  return {
    ...app,
    roles: [
      {
        id: 'r1',
        employer: 'Northbridge Rail',
        title: 'Engineer',
        start: '2021-03-01',
        end: '',
        current: true,
        responsibilities: 'I check interlocking designs.',
        achievements: 'I led the junction redesign.',
        competences: ['B2'],
      },
    ],
    supporters: [
      {
        id: 's1',
        name: 'Priya Raman',
        relationship: 'Line manager',
        registration: 'CEng MIET',
        email: 'priya.raman@example.org',
        status: 'invited',
        comments: [{ at, text: 'Private remark about the applicant', competence: 'C2' }],
      },
    ],
    history: [...app.history, { type: 'unlocked', at, reason: 'Supporter asked for changes', snapshot: null as never, supporters: [] }],
  };
}

test("the workbook mirrors only what the companion reads: role drafts, supporters' names and status, its own flags", () => {
  const app = privateApplication();
  const mirrored = mirrorOf(app, DEFAULT_RULES);
  const read = readWorkbookMessage({ source: 'proreg-workbook', v: 2, type: 'mirror', at, applications: [mirrored] });
  expect(read.ok).toBe(true);
  const text = JSON.stringify(mirrored);
  for (const secret of ['priya.raman@example.org', 'Private remark', 'CEng MIET', 'Supporter asked for changes']) {
    expect(text).not.toContain(secret);
  }
  expect(mirrored.roles[0]).toEqual({
    id: 'r1',
    employer: 'Northbridge Rail',
    title: 'Engineer',
    responsibilities: 'I check interlocking designs.',
    achievements: 'I led the junction redesign.',
  });
  expect(mirrored.supporters).toEqual([{ name: 'Priya Raman', relationship: 'Line manager', status: 'invited' }]);
  expect(mirrored.lockFlags.length).toBeGreaterThan(0);
  expect(mirrored.steps).toHaveLength(10);
});

test('a mirror that carries more than the companion reads (an older workbook, a whole application) is kept without the rest', () => {
  const app = privateApplication();
  const whole = { ...app, ...mirrorOf(app, DEFAULT_RULES), supporters: app.supporters.map((s) => ({ ...s })) };
  const kept = readMirror({ at, applications: [whole] });
  expect(kept).not.toBeNull();
  const text = JSON.stringify(kept);
  for (const secret of ['priya.raman@example.org', 'Private remark', 'history', 'qualifications', 'CEng MIET']) {
    expect(text).not.toContain(secret);
  }
  // A version 1 mirror (no flags, no steps) cannot be read as this version's: it is dropped, not guessed at.
  expect(readMirror({ at, applications: [app] })).toBeNull();
});

test('the popup says a step is done only in the locked snapshot when the workbook lacks something since; an older mirror says nothing of it', () => {
  const before = locked();
  const [first] = Object.keys(before.documents);
  const { [first!]: _removed, ...rest } = before.documents;
  const mirrored = mirrorOf({ ...before, documents: rest }, DEFAULT_RULES);
  const kept = readMirror({ at, applications: [mirrored] })!;
  const documents = kept.applications[0]!.steps.find((s) => s.id === 'documents')!;
  expect(stateWords(documents.state, documents.missingSinceLock)).toBe('Done in the locked snapshot; 1 missing in the workbook now');
  // A mirror from a workbook before this field: read, with nothing said to be missing.
  const older = { ...mirrored, steps: mirrored.steps.map(({ missingSinceLock: _, ...step }) => step) };
  const read = readMirror({ at, applications: [older] })!;
  expect(read.applications[0]!.steps.find((s) => s.id === 'documents')!.missingSinceLock).toBe(0);
});

test('a name typed with an override left open reaches the popup closed; role drafts are sent as written', () => {
  const app = privateApplication();
  const typed = { ...app, name: 'Zed typed \u202e', roles: app.roles.map((r) => ({ ...r, achievements: `${r.achievements} \u202e` })) };
  const kept = readMirror({ at, applications: [mirrorOf(typed, DEFAULT_RULES)] })!;
  expect(kept.applications[0]!.name).toBe('Zed typed \u202e\u202c');
  expect(kept.applications[0]!.roles[0]!.achievements).toBe(`${app.roles[0]!.achievements} \u202e`);
});

test('pairing: both sides derive the same six-digit code from the key; the extension keeps only a hash', async () => {
  const key = 'A'.repeat(43);
  await expect(pairingCode(key)).resolves.toMatch(/^\d{3} \d{3}$/);
  await expect(pairingCode(key)).resolves.toBe(await pairingCode(key));
  expect(await pairingCode(key)).not.toBe(await pairingCode('B'.repeat(43)));
  expect(await pairingKeyHash(key)).toMatch(/^[0-9a-f]{64}$/);
  expect(await pairingKeyHash(key)).not.toContain(key);
  expect(readWorkbookMessage({ source: 'proreg-workbook', v: 2, type: 'pair', key: 'short' }).ok).toBe(false);
  expect(readWorkbookMessage({ source: 'proreg-workbook', v: 2, type: 'ready', key }).ok).toBe(true);
});

test('a workbook address must be https, or http only on this computer; access is asked for its host only', () => {
  expect(checkWorkbookUrl('http://127.0.0.1:4173/')).toEqual({ ok: true, url: 'http://127.0.0.1:4173/' });
  expect(checkWorkbookUrl('https://workbook.example.org/app/')).toEqual({ ok: true, url: 'https://workbook.example.org/app/' });
  expect(checkWorkbookUrl('http://workbook.example.org/').ok).toBe(false);
  expect(checkWorkbookUrl('not an address').ok).toBe(false);
  expect(originPattern('https://workbook.example.org:8443/app/')).toBe('https://workbook.example.org/*');
});

test('only the workbook address itself is trusted: another page on this computer gets no bridge', () => {
  expect(isWorkbookOrigin('http://127.0.0.1:4173', DEFAULT_SETTINGS)).toBe(true);
  expect(isWorkbookOrigin('http://127.0.0.1:8080', DEFAULT_SETTINGS)).toBe(false);
  expect(isWorkbookOrigin('http://localhost:3000', DEFAULT_SETTINGS)).toBe(false);
  const set = { ...DEFAULT_SETTINGS, workbookUrl: 'https://workbook.example.org/proreg/' };
  expect(isWorkbookOrigin('https://workbook.example.org', set)).toBe(true);
  expect(isWorkbookOrigin('http://127.0.0.1:4173', set)).toBe(false);
});

test('the companion acts on the Career Manager host and on hosts the user added, not on other IET sites', () => {
  expect(isCareerManagerOrigin('https://careermanager.theiet.org', [])).toBe(true);
  expect(isCareerManagerOrigin('https://forum.theiet.org', [])).toBe(false);
  expect(isCareerManagerOrigin('https://www.theiet.org', [])).toBe(false);
  expect(isCareerManagerOrigin('https://cm.theiet.org', ['https://cm.theiet.org'])).toBe(true);
  expect(isCareerManagerOrigin(null, [])).toBe(false);
  expect(checkCareerManagerUrl('https://cm.theiet.org/professional-registration/x')).toEqual({ ok: true, origin: 'https://cm.theiet.org' });
  expect(checkCareerManagerUrl('http://cm.theiet.org/').ok).toBe(false);
  // Settings that cannot be read keep their defaults; an added host that is not a plain https origin is dropped.
  expect(settingsFrom({ careerManagerOrigins: ['https://cm.theiet.org', 'http://x.org', 'https://y.org/path', 3], hints: 'no' })).toEqual({
    ...DEFAULT_SETTINGS,
    careerManagerOrigins: ['https://cm.theiet.org'],
  });
});
