// The mentor review round trip in the workbook UI: open read-only, comment in place, export a
// review; the applicant imports it, sees each comment where it belongs, outdated ones with the
// text they were written against, and resolves them.

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { againstOf } from '../../core/exchange/anchors.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { db } from '../../pwa/src/db/database.ts';
import { importReview } from '../../pwa/src/db/reviews.ts';
import { CommentsFor } from '../../pwa/src/exchange/CommentsFor.tsx';
import { lockedSample } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderExchange, renderReviews, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

/** Picks the option whose text is (or starts with) the given text. */
function choose(label: string, text: string, prefix = false) {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  const option = [...select.options].find((o) => (prefix ? o.text.startsWith(text) : o.text === text));
  fireEvent.change(select, { target: { value: option!.value } });
}

/** Mentor side: open the applicant's file, comment on a role's achievements and on C1, export. */
async function mentorReviews(fileText: string): Promise<string> {
  const downloads = captureDownloads();
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), fileText, 'ada.html', 'text/html');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  // Mentor mode never touches the mentor's own applications.
  expect(await db.applications.count()).toBe(0);
  expect(await db.reviews.count()).toBe(1);

  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about Role 1: Lead Engineer, Grid Systems Ltd' }));
  choose('What the comment is about', 'Personal Achievements');
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Say what you personally did, with a number.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByText('Say what you personally did, with a number.');

  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about the competences' }));
  choose('What the comment is about', 'C1: ', true);
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'C1 needs a second example.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByText('C1 needs a second example.');

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Download review \(/ }));
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  expect(downloads.files[0]!.name).toMatch(/^review-CEng-2027-\d{4}-\d{2}-\d{2}\.json$/);
  return downloads.files[0]!.text();
}

test('a mentor reviews an exported file and the applicant sees every comment in place', async () => {
  const { app, bytes } = lockedSample();
  const reviewText = await mentorReviews(JSON.stringify(serializeApplication(app, bytes)));
  expect(reviewText.length).toBeLessThan(4000);

  // The applicant's workbook.
  await cleanWorkbook();
  await store(app, bytes);
  renderExchange(app.id);
  chooseFile(await screen.findByLabelText("Import a mentor's review"), reviewText, 'review.json');
  await screen.findByText('Imported 2 comments from Morgan Mentor.');

  const onAchievements = await screen.findByRole('list', {
    name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Personal Achievements',
  });
  expect(onAchievements.textContent).toContain('Say what you personally did, with a number.');
  expect(onAchievements.textContent).toContain('Morgan Mentor');
  // It sits inside the role it is about.
  expect(screen.getByRole('article', { name: 'Role 1: Lead Engineer, Grid Systems Ltd' }).contains(onAchievements)).toBe(true);
  const onC1 = screen.getByRole('list', { name: 'Mentor comments on Competence C1' });
  expect(onC1.textContent).toContain('C1 needs a second example.');
  expect(screen.queryByText(/Outdated/)).toBeNull();

  // The same review again adds nothing, and says so rather than "Imported 2".
  chooseFile(screen.getByLabelText("Import a mentor's review"), reviewText, 'review.json');
  await screen.findByText('Nothing new: the 2 comments in this review from Morgan Mentor are already here.');
  expect(screen.getAllByText('Say what you personally did, with a number.')).toHaveLength(1);
});

test('a comment on text changed since the export is marked outdated and shows what it was written against; it can be resolved', async () => {
  const { app, bytes } = lockedSample();
  const reviewText = await mentorReviews(JSON.stringify(serializeApplication(app, bytes)));
  await cleanWorkbook();
  const original = app.roles[0]!.achievements;
  await store({ ...app, roles: [{ ...app.roles[0]!, achievements: 'I rewrote this after the review.' }, app.roles[1]!] }, bytes);
  renderExchange(app.id);
  chooseFile(await screen.findByLabelText("Import a mentor's review"), reviewText, 'review.json');

  const list = await screen.findByRole('list', { name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Personal Achievements' });
  expect(list.textContent).toContain('Outdated: the text has changed since this comment was written');
  expect(within(list).getByText(original)).toBeTruthy();
  // The competence comment still stands: the evidence for C1 did not change.
  expect(screen.getByRole('list', { name: 'Mentor comments on Competence C1' }).textContent).not.toContain('Outdated');

  await act(async () => {
    fireEvent.click(within(list).getByRole('button', { name: /^Resolve comment: Say what you personally did/ }));
  });
  await waitFor(() => expect(screen.queryByText('Say what you personally did, with a number.')).toBeNull());
  const [stored] = (await db.comments.toArray()).filter((c) => (c.data as { comment: { text: string } }).comment.text.startsWith('Say'));
  expect((stored!.data as { resolvedAt: string | null }).resolvedAt).not.toBeNull();
  fireEvent.click(screen.getByLabelText('Show resolved comments too'));
  await screen.findByText('Say what you personally did, with a number.');
  expect(screen.getByRole('button', { name: /^Reopen comment: Say what/ })).toBeTruthy();
});

test('a review of another application is refused with a message and nothing is stored', async () => {
  const { app, bytes } = lockedSample();
  const reviewText = await mentorReviews(JSON.stringify(serializeApplication(app, bytes)));
  await cleanWorkbook();
  await store({ ...app, id: 'different' }, bytes);
  renderExchange('different');
  chooseFile(await screen.findByLabelText("Import a mentor's review"), reviewText, 'review.json');
  expect((await screen.findByRole('alert')).textContent).toMatch(/review is of another application/);
  expect(await db.comments.count()).toBe(0);
});

test('a workbook backup cannot be opened in mentor mode', async () => {
  renderReviews();
  chooseFile(
    screen.getByLabelText('Open an application to review'),
    '{"format":"proreg-companion/workbook","version":2,"exportedAt":"2026-11-28T12:00:00.000Z","exportedBy":{"app":"x","version":"1"},"applications":[]}',
    'b.json',
  );
  expect((await screen.findByRole('alert')).textContent).toMatch(/backup of a whole workbook/);
  expect(await db.reviews.count()).toBe(0);
});

test('other screens can show the open comments on one part with CommentsFor', async () => {
  const { app, bytes } = lockedSample();
  await store(app, bytes);
  const anchor = { kind: 'role' as const, roleId: 'r1', field: 'responsibilities' as const };
  const review = {
    format: 'proreg-companion/review' as const,
    version: 1,
    exportedAt: '2026-11-28T12:00:00.000Z',
    exportedBy: { app: 'ProReg Companion', version: '0.1.0' },
    review: {
      id: 'rev',
      mentor: 'Morgan Mentor',
      createdAt: '2026-11-28T12:00:00.000Z',
      application: { id: app.id, name: app.name, category: app.category, route: app.route },
      comments: [
        { id: 'a', anchor, text: 'Use "I".', at: '2026-11-28T12:00:00.000Z', against: againstOf(app, anchor) },
        {
          id: 'b',
          anchor: { kind: 'application' as const },
          text: 'Elsewhere.',
          at: '2026-11-28T12:00:00.000Z',
          against: againstOf(app, { kind: 'application' }),
        },
      ],
    },
  };
  await importReview(review, app);
  render(<CommentsFor app={app} anchor={anchor} />);
  const list = await screen.findByRole('list', { name: 'Mentor comments on Lead Engineer at Grid Systems Ltd: Responsibilities' });
  expect(list.textContent).toContain('Use "I".');
  expect(list.textContent).not.toContain('Elsewhere.');
});
