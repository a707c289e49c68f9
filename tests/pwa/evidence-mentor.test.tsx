// A mentor comments on one cell of the coverage table; the comment travels in the review file
// and the applicant finds it on that cell of the Overview's coverage map.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { App } from '../../pwa/src/App.tsx';
import { route } from '../../pwa/src/state/route.ts';
import { lockedSample } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderExchange, renderReviews, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());
vi.setConfig({ testTimeout: 30_000 });
const LOADING = { timeout: 10_000 };

test('a comment on a coverage cell round-trips from mentor to applicant', async () => {
  const { app, bytes } = lockedSample();
  const downloads = captureDownloads();
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(serializeApplication(app, bytes)), 'ada.json');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  // The mentor sees the counts: the sample links one passage of role 1 to C3.
  const table = await screen.findByRole('table', { name: 'Passages evidencing each competence, by role' }, LOADING);
  const c3 = within(table).getByRole('rowheader', { name: 'C3' }).closest('tr')!;
  expect([...c3.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)).toEqual(['1', '0']);

  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about a cell of the coverage table' }));
  const select = screen.getByLabelText('What the comment is about') as HTMLSelectElement;
  const option = [...select.options].find((o) => o.text.startsWith('C3 in role 2'))!;
  fireEvent.change(select, { target: { value: option.value } });
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Your STEM club mentoring could evidence C3 too.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByText('Your STEM club mentoring could evidence C3 too.', {}, LOADING);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Download review (1 comment)' }));
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  const reviewText = await downloads.files[0]!.text();
  expect(JSON.parse(reviewText).review.comments[0].anchor).toEqual({ kind: 'coverage', code: 'C3', roleId: 'r2' });

  await cleanWorkbook();
  await store(app, bytes);
  renderExchange(app.id);
  chooseFile(await screen.findByLabelText("Import a mentor's review"), reviewText, 'review.json');
  await screen.findByText('Imported 1 comment from Morgan Mentor.', {}, LOADING);

  // On the Overview, the cell opens with the comment beside its passages.
  route.value = { name: 'app', id: app.id, screen: 'overview' };
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'C3 in Role 2 (Volunteer STEM Club): 0 passages' }, LOADING));
  const panel = within(await screen.findByRole('region', { name: 'C3 in Role 2 (Volunteer STEM Club)' }));
  const comments = await panel.findByRole('list', { name: 'Mentor comments on Coverage: C3 in Mentor at Volunteer STEM Club' }, LOADING);
  expect(comments.textContent).toContain('Your STEM club mentoring could evidence C3 too.');
});
