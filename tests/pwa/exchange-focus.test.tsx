// Exchange screens keep the user's place: the comment form takes and gives back focus, a comment
// still being written is never left out of the review silently, and an import's buttons hand
// focus on when they go away. Also: the mentor's reading of development records and the heading
// of the import page reached from the applications list.

import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { lockedSample, sampleApplication } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderExchange, renderReviews } from './exchange-helpers.tsx';
import { freshWorkbook, renderAt } from './workbook-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

const ROLE_1 = 'Add a comment about Role 1: Lead Engineer, Grid Systems Ltd';

/** Opens an exported application in mentor mode. */
async function openForReview(app = lockedSample().app, bytes = lockedSample().bytes) {
  renderReviews();
  chooseFile(
    screen.getByLabelText('Open an application to review'),
    JSON.stringify(serializeApplication(app, bytes)),
    'ada.html',
    'text/html',
  );
  await screen.findByRole('heading', { name: /^Reviewing: / });
  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
}

test('the comment form takes focus to what the comment is about (nothing chosen for the mentor) and gives it back to its button on Cancel and on Save', async () => {
  await openForReview();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: ROLE_1 }));
  });
  const about = screen.getByLabelText('What the comment is about') as HTMLSelectElement;
  expect(document.activeElement).toBe(about);
  expect(about.selectedOptions[0]!.text).toBe('Choose…');

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  });
  expect(document.activeElement).toBe(screen.getByRole('button', { name: ROLE_1 }));

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: ROLE_1 }));
  });
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Say what you did.' } });
  // Saved without saying what it is about: refused at the field, nothing saved.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  expect(screen.getByText('Choose what the comment is about')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByLabelText(/What the comment is about/));
  fireEvent.change(screen.getByLabelText(/What the comment is about/), { target: { value: '0' } });
  expect(screen.queryByText('Choose what the comment is about')).toBeNull();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByText('Say what you did.');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: ROLE_1 })));
});

test('a comment still being written stops the download with a message, keeps the text and takes the mentor to it; once saved it is in the file', async () => {
  const downloads = captureDownloads();
  await openForReview();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: ROLE_1 }));
  });
  fireEvent.change(screen.getByLabelText('What the comment is about'), { target: { value: '0' } });
  fireEvent.input(screen.getByLabelText('Your comment'), { target: { value: 'Not saved yet.' } });
  screen.getByRole('button', { name: /^Download review \(/ }).focus();

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Download review \(/ }));
  });
  expect(downloads.files).toHaveLength(0);
  expect(screen.getByRole('alert').textContent).toBe(
    'Your comment about Role 1: Lead Engineer, Grid Systems Ltd is not saved yet: save or cancel it first, then download the review file.',
  );
  const field = screen.getByLabelText('Your comment') as HTMLTextAreaElement;
  expect(field.value).toBe('Not saved yet.');
  expect(document.activeElement).toBe(field);

  // Closing the review keeps the text (it is saved as typed): it is there, in its open form, when the review is opened again.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Close the review' }));
  });
  await screen.findByRole('heading', { name: 'Reviews in progress' });
  fireEvent.click(await screen.findByRole('link', { name: /^CEng 2027/ }));
  await screen.findByRole('heading', { name: /^Reviewing: / });
  expect(((await screen.findByLabelText('Your comment')) as HTMLTextAreaElement).value).toBe('Not saved yet.');

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByText('Not saved yet.');
  expect(screen.queryByRole('alert')).toBeNull();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Download review \(/ }));
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  const review = JSON.parse(await downloads.files[0]!.text()) as { review: { comments: { text: string }[] } };
  expect(review.review.comments.map((c) => c.text)).toEqual(['Not saved yet.']);
});

test('an opened but empty comment form does not stop the download', async () => {
  const downloads = captureDownloads();
  await openForReview();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: ROLE_1 }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^Download review \(/ }));
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  expect(screen.queryByRole('alert')).toBeNull();
});

test('after Import, focus moves to what was imported; after Cancel, back to the file picker', async () => {
  const { app, bytes } = sampleApplication();
  const text = JSON.stringify(serializeApplication(app, bytes));
  renderExchange(null);
  const picker = screen.getByLabelText('Choose a file to import');
  chooseFile(picker, text, 'a.json');
  await screen.findByRole('heading', { name: 'Ready to import' });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  });
  const done = await screen.findByText('Imported:');
  await waitFor(() => expect(document.activeElement?.contains(done)).toBe(true));

  chooseFile(picker, text, 'a.json');
  await screen.findByRole('heading', { name: 'Ready to import' });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  });
  expect(document.activeElement).toBe(picker);
});

test('the mentor reads a development record without a note as date and title, with no dangling colon', async () => {
  const { app, bytes } = lockedSample();
  const development = [...app.development, { id: 'd2', date: '2024-03-01', title: '18th Edition wiring regs', notes: '' }];
  await openForReview({ ...app, development }, bytes);
  expect(
    screen.getByText((_, el) => el?.tagName === 'P' && /(^|\n)1 March 2024 18th Edition wiring regs(\n|$)/.test(el.textContent ?? '')),
  ).toBeTruthy();
  expect(screen.queryByText(/18th Edition wiring regs:/)).toBeNull();
  // Records with a note still read "date title: note".
  expect(screen.getByText(/1 May 2025 Protection course: Distance protection\./)).toBeTruthy();
});

test('the import page reached from the applications list is headed "Import or review"', async () => {
  await freshWorkbook();
  renderAt({ name: 'import' });
  expect(await screen.findByRole('heading', { level: 2, name: 'Import or review' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Export and review' })).toBeNull();
});
