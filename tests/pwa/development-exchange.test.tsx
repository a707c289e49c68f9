// The development record travels with its application: in the .html export, in backups, and
// back in through import (replace, keep both), and it goes when the application is deleted.

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { emptyDevelopment } from '../../core/development/data.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { parseExchangeFile } from '../../core/exchange/parse.ts';
import { parseReviewFile } from '../../core/exchange/review.ts';
import { DEFAULT_RULES } from '../../core/rules/adjustable.ts';
import { db } from '../../pwa/src/db/database.ts';
import { readDevelopment } from '../../pwa/src/db/development.ts';
import { applyImport } from '../../pwa/src/db/exchange.ts';
import { deleteApplication } from '../../pwa/src/db/remove.ts';
import { importReview } from '../../pwa/src/db/reviews.ts';
import { DevelopmentScreen, InterviewScreen } from '../../pwa/src/development/DevelopmentScreen.tsx';
import { applicationHtml, workbookBackup } from '../../pwa/src/exchange/exportData.ts';
import { entriesOf } from '../../pwa/src/exchange/importData.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderReviews, store } from './exchange-helpers.tsx';

const development = {
  ...emptyDevelopment(),
  cpd: [
    {
      id: 'c1',
      date: '2026-01-05',
      hours: 2,
      type: 'events' as const,
      planned: false,
      title: 'IET talk',
      did: 'Listened.',
      learned: 'HVDC basics.',
      apply: 'Next bid.',
      competences: ['A1' as const],
    },
  ],
};

beforeEach(async () => {
  await cleanWorkbook();
});

function parsed(text: string) {
  const result = parseExchangeFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The text of a built file ('' when the export was refused). */
const textOf = async (built: { ok: true; blob: Blob } | { ok: false }) => (built.ok ? built.blob.text() : '');

test('the .html export and the backup carry the record; an untouched record is left out', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: emptyDevelopment() });
  const before = await workbookBackup();
  expect(before.ok && entriesOf(parsed(await textOf(before)))[0]!.development).toBeUndefined();
  await db.development.put({ applicationId: app.id, data: development });
  const html = await applicationHtml(app, DEFAULT_RULES);
  expect(await textOf(html)).toContain('IET talk');
  expect(html.ok && entriesOf(parsed(await textOf(html)))[0]!.development).toEqual(development);
  const backup = await workbookBackup();
  expect(backup.ok && entriesOf(parsed(await textOf(backup)))[0]!.development).toEqual(development);
});

test('import stores the record with its application; keep both gives the copy its own; replace replaces it', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: { ...development, remote: ['upload'] } });
  const file = await applicationHtml(app, DEFAULT_RULES);
  if (!file.ok) throw new Error('export');
  const entries = entriesOf(parsed(await textOf(file)));
  const blobs = new Map([...bytes].map(([id, b]) => [id, new Blob([new Uint8Array(b.bytes)], { type: b.mime })]));

  const kept = await applyImport(entries, blobs, 'keep-both', { newId: () => 'copy-1' });
  expect(kept.ids).toEqual(['copy-1']);
  expect((await readDevelopment('copy-1')).remote).toEqual(['upload']);

  await db.development.put({ applicationId: app.id, data: { ...development, remote: ['room'] } });
  await applyImport(entries, blobs, 'replace');
  expect((await readDevelopment(app.id)).remote).toEqual(['upload']);

  // A file without a record, imported over one that has it, leaves none (replace means replace).
  const { development: _, ...bare } = entries[0]!;
  await applyImport([bare], blobs, 'replace');
  expect(await db.development.get(app.id)).toBeUndefined();
});

test('deleting an application deletes its development record', async () => {
  const { app, bytes } = sampleApplication();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: development });
  expect(await deleteApplication(app)).toBe(true);
  expect(await db.development.get(app.id)).toBeUndefined();
});

test('a mentor comments on a CPD activity, a goal and an interview answer; the applicant sees each beside it', async () => {
  const { app, bytes } = sampleApplication();
  const record = {
    ...development,
    plan: {
      since: '',
      achievements: '',
      goals: [
        {
          id: 'g1',
          title: 'Lead a work package',
          competences: ['C2' as const],
          actions: [],
          dropped: false,
          source: { kind: 'own' as const },
        },
      ],
    },
    practice: [
      {
        questionId: 'e:E1',
        question: 'Which codes of conduct apply to your work?',
        notes: 'The IET Rules of Conduct.',
        rating: 2 as const,
        revisit: false,
        seconds: null,
        practisedAt: '2026-01-06T00:00:00.000Z',
      },
    ],
  };
  const downloads = captureDownloads();
  renderReviews();
  chooseFile(
    screen.getByLabelText('Open an application to review'),
    JSON.stringify(serializeApplication(app, bytes, undefined, [], record)),
    'ada.json',
  );
  await screen.findByRole('heading', { name: /^Reviewing:/ });
  // The mentor reads the activity's date as the product writes dates.
  const cpdPart = screen.getByRole('region', { name: 'CPD activities' });
  expect(within(cpdPart).getByText('5 January 2026: IET talk')).toBeTruthy();
  expect(cpdPart.textContent).not.toContain('2026-01-05');
  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
  for (const [section, text] of [
    ['cpd activities', 'Say what changed in your work.'],
    ['development action plan goals', 'Give this a date.'],
    ['interview answer notes', 'Name a real case.'],
  ] as const) {
    fireEvent.click(screen.getByRole('button', { name: `Add a comment about ${section}` }));
    fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: text } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    });
    await screen.findByText(text);
  }
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Download review \(/ }));
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  const review = parseReviewFile(await downloads.files[0]!.text());
  if (!review.ok) throw new Error('review');
  expect(review.value.review.comments.map((c) => c.anchor.kind)).toEqual(['cpd', 'goal', 'answer']);

  // The applicant's workbook: each comment appears beside what it is about.
  await cleanWorkbook();
  await store(app, bytes);
  await db.development.put({ applicationId: app.id, data: record });
  await importReview(review.value, app);
  render(<DevelopmentScreen app={app} />);
  const onCpd = await screen.findByRole('list', { name: 'Mentor comments on CPD activity: IET talk (5 January 2026)' });
  expect(onCpd.textContent).toContain('Say what changed in your work.');
  expect(onCpd.textContent).not.toContain('Outdated');
  fireEvent.click(screen.getByRole('button', { name: 'Action plan' }));
  expect((await screen.findByRole('list', { name: 'Mentor comments on Action plan goal: Lead a work package' })).textContent).toContain(
    'Give this a date.',
  );
  render(<InterviewScreen app={app} />);
  fireEvent.change(await screen.findByRole('combobox', { name: 'Questions to practise' }), { target: { value: 'area-e' } });
  expect(
    (await screen.findByRole('list', { name: /^Mentor comments on Interview answer notes: Which codes of conduct/ })).textContent,
  ).toContain('Name a real case.');
}, 30_000);
