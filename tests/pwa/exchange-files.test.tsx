// Large files show progress while their documents are decoded; the backup reminder appears
// when it should and not otherwise; field paths read as words.

import { cleanup, render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { bytesToBase64 } from '../../core/exchange/base64.ts';
import { sha256OfBytes } from '../../core/exchange/hash.ts';
import { App } from '../../pwa/src/App.tsx';
import { db } from '../../pwa/src/db/database.ts';
import { backupDueSince } from '../../pwa/src/exchange/backupDue.ts';
import { decodeAttachments } from '../../pwa/src/exchange/decode.ts';
import { pathInWords } from '../../pwa/src/exchange/paths.ts';
import { route } from '../../pwa/src/state/route.ts';
import { cleanWorkbook } from './exchange-helpers.tsx';

test('attachments are decoded one at a time, with rising progress, to identical bytes, each text let go once stored', async () => {
  const files = [1, 2, 3].map((n) => Uint8Array.from({ length: n * 1024 * 1024 + 7 }, (_, i) => (i * 31 + n) % 256));
  const attachments = Object.fromEntries(
    files.map((bytes, i) => [
      `big-${i}`,
      { name: `big-${i}.pdf`, mime: 'application/pdf', size: bytes.length, sha256: sha256OfBytes(bytes), base64: bytesToBase64(bytes) },
    ]),
  );
  const steps: number[] = [];
  const blobs = await decodeAttachments([{ attachments, path: 'attachments' }], (f) => steps.push(f));
  expect(steps.length).toBeGreaterThan(2);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(steps.at(-1)).toBe(1);
  for (const [i, bytes] of files.entries()) {
    const blob = blobs.get(`big-${i}`)!;
    expect(sha256OfBytes(new Uint8Array(await blob.arrayBuffer()))).toBe(sha256OfBytes(bytes));
    expect(blob.type).toBe('application/pdf');
    expect(attachments[`big-${i}`]!.base64).toBe('');
  }
});

test('an attachment whose bytes are not what the file says is refused, naming where it is', async () => {
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);
  const att = { name: 'x.pdf', mime: 'application/pdf', size: bytes.length, sha256: sha256OfBytes(bytes), base64: bytesToBase64(bytes) };
  const other = att.base64[100] === 'A' ? 'B' : 'A';
  const damaged = { ...att, base64: `${att.base64.slice(0, 100)}${other}${att.base64.slice(101)}` };
  await expect(decodeAttachments([{ attachments: { a: damaged }, path: 'applications[1].attachments' }], () => {})).rejects.toMatchObject({
    issue: { path: 'applications[1].attachments.a.sha256' },
  });
  const notBase64 = { ...att, base64: `${att.base64.slice(0, 100)}!${att.base64.slice(101)}` };
  await expect(decodeAttachments([{ attachments: { a: notBase64 }, path: 'attachments' }], () => {})).rejects.toMatchObject({
    issue: { path: 'attachments.a.base64' },
  });
});

const now = new Date('2026-11-28T12:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

const backupDue = (...args: Parameters<typeof backupDueSince>) => backupDueSince(...args) !== null;
const app = (createdDaysAgo: number, editedDaysAgo: number) => ({ createdAt: daysAgo(createdDaysAgo), updatedAt: daysAgo(editedDaysAgo) });

test('backup reminder, never backed up: not for a new or untouched application, only for work begun 14 days ago or more', () => {
  expect(backupDue([], null, now)).toBe(false);
  // Just created: nothing to remind about, however long ago.
  expect(backupDue([app(0, 0)], null, now)).toBe(false);
  expect(backupDue([app(30, 30)], null, now)).toBe(false);
  // Worked on, but begun less than 14 days ago.
  expect(backupDue([app(13, 0)], null, now)).toBe(false);
  // Worked on since an application created 14 days ago or more.
  expect(backupDue([app(14, 1)], null, now)).toBe(true);
  expect(backupDueSince([app(20, 1), app(15, 2)], null, now)).toBe(daysAgo(20));
});

test('backup reminder, after a backup: 14 days or more since it with changes after it, not otherwise', () => {
  expect(backupDue([app(40, 2)], daysAgo(15), now)).toBe(true);
  expect(backupDue([app(40, 16)], daysAgo(15), now)).toBe(false);
  expect(backupDue([app(40, 1)], daysAgo(3), now)).toBe(false);
  // An application created after the backup but never changed is not yet work.
  expect(backupDue([app(40, 20), app(5, 5)], daysAgo(15), now)).toBe(false);
});

test('field paths read as words', () => {
  expect(pathInWords('application.roles[0].achievements')).toBe('application › role 1 › achievements');
  expect(pathInWords('attachments["blob-pdf"].sha256')).toBe('attached file "blob-pdf" › sha256');
  // A generated storage id is left out: the message itself names the document.
  expect(pathInWords('attachments["7bad5a35-1c2d-4e5f-8a9b-0c1d2e3f4a5b"]')).toBe('attached file');
  expect(pathInWords('applications[1].application.documents.dap.size')).toBe('application 2 › document "dap" › size');
  expect(pathInWords('application.personal.fullName')).toBe('application › personal › full name');
  expect(pathInWords('')).toBe('the file as a whole');
});

test('the applications list reminds about a backup when one is due, with the button to take it', async () => {
  await cleanWorkbook();
  await db.applications.put({
    ...newApplication({ id: 'a1', name: 'Mine', category: 'EngTech', route: 'standard', now: '2026-09-01T09:00:00.000Z' }),
    updatedAt: '2026-11-01T09:00:00.000Z',
  });
  await db.settings.put({ key: 'lastBackupAt', value: '2026-10-01T09:00:00.000Z' });
  route.value = { name: 'applications' };
  render(<App />);
  const reminder = await screen.findByText(/Your last backup was .* at least 14 days ago, and you have made changes since/);
  // The button (and the backup code behind it) loads with the reminder.
  const button = await screen.findByRole('button', { name: 'Download a backup of the whole workbook' });
  expect(button.closest('[role="status"]')).toBe(reminder.closest('[role="status"]'));
  cleanup();
});

test('no backup reminder straight after the first application is created', async () => {
  await cleanWorkbook();
  await db.applications.put(
    newApplication({ id: 'a1', name: 'Mine', category: 'EngTech', route: 'standard', now: new Date().toISOString() }),
  );
  route.value = { name: 'applications' };
  render(<App />);
  await screen.findByText('Mine', { exact: false });
  // Let the reminder's query settle too, then check it stayed away.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByText(/never taken a backup|last backup was/i)).toBeNull();
  cleanup();
});
