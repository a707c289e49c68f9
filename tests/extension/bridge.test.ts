import { expect, test, vi } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { readExtensionMessage, readObservation, readWorkbookMessage } from '../../core/bridge/schema.ts';
import { checkWorkbookUrl, originPattern } from '../../extension/shared/origins.ts';

// settings.ts imports the browser API; these tests use only its pure functions.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const observation = {
  id: 'o1',
  at: '2026-11-28T10:00:00.000Z',
  url: 'https://careermanager.theiet.org/professional-registration/application/validate',
  applicationId: 'a1',
  kind: 'lock-state',
  data: { locked: true },
};

test('a well-formed observations message from the extension is accepted', () => {
  const read = readExtensionMessage({ source: 'proreg-extension', v: 1, type: 'observations', observations: [observation] });
  expect(read).toEqual({ ok: true, message: expect.objectContaining({ type: 'observations' }) });
});

test('messages of another version, another sender or a wrong shape are refused with a reason', () => {
  expect(readExtensionMessage({ source: 'proreg-extension', v: 2, type: 'hello', extensionVersion: '1' })).toEqual({
    ok: false,
    error: 'unsupported bridge version 2',
  });
  expect(readExtensionMessage({ source: 'proreg-workbook', v: 1, type: 'ready' })).toEqual({ ok: false, error: 'not a bridge message' });
  expect(readExtensionMessage('hello')).toEqual({ ok: false, error: 'not a bridge message' });
  const wrong = readExtensionMessage({
    source: 'proreg-extension',
    v: 1,
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

test('the workbook can mirror an application exactly as core creates it', () => {
  const app = newApplication({ id: 'a1', name: 'CEng', category: 'CEng', route: 'standard', now: '2026-11-28T10:00:00.000Z' });
  const read = readWorkbookMessage({
    source: 'proreg-workbook',
    v: 1,
    type: 'mirror',
    at: '2026-11-28T10:00:01.000Z',
    applications: [app],
  });
  expect(read.ok).toBe(true);
  // Unchecked parts are carried over unchanged, so core can compute progress from the mirror.
  if (read.ok && read.message.type === 'mirror') expect(read.message.applications[0]).toEqual(app);
});

test('a workbook address must be https, or http only on this computer; access is asked for its host only', () => {
  expect(checkWorkbookUrl('http://127.0.0.1:4173/')).toEqual({ ok: true, url: 'http://127.0.0.1:4173/' });
  expect(checkWorkbookUrl('https://workbook.example.org/app/')).toEqual({ ok: true, url: 'https://workbook.example.org/app/' });
  expect(checkWorkbookUrl('http://workbook.example.org/').ok).toBe(false);
  expect(checkWorkbookUrl('not an address').ok).toBe(false);
  expect(originPattern('https://workbook.example.org:8443/app/')).toBe('https://workbook.example.org/*');
});

test('only the workbook address itself is trusted: another page on this computer gets no bridge', async () => {
  const { DEFAULT_SETTINGS, isWorkbookOrigin } = await import('../../extension/shared/settings.ts');
  expect(isWorkbookOrigin('http://127.0.0.1:4173', DEFAULT_SETTINGS)).toBe(true);
  expect(isWorkbookOrigin('http://127.0.0.1:8080', DEFAULT_SETTINGS)).toBe(false);
  expect(isWorkbookOrigin('http://localhost:3000', DEFAULT_SETTINGS)).toBe(false);
  const set = { ...DEFAULT_SETTINGS, workbookUrl: 'https://workbook.example.org/proreg/' };
  expect(isWorkbookOrigin('https://workbook.example.org', set)).toBe(true);
  expect(isWorkbookOrigin('http://127.0.0.1:4173', set)).toBe(false);
});
