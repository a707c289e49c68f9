// The mentor's Reviews screens: with 50 mentees' files the list puts what needs the mentor first
// and stays readable; leaving a review asks only while comments are not downloaded; the name is
// remembered; only a file that passes the import checks is ever kept as a review.

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { formatMoment } from '../../core/design/dates.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { parseExchangeFile } from '../../core/exchange/parse.ts';
import { RULE_DEFAULTS, rulesInForce } from '../../core/rules/adjustable.ts';
import { db } from '../../pwa/src/db/database.ts';
import { markDownloaded, openReview, saveComments, saveTyping } from '../../pwa/src/db/reviews.ts';
import { MentorScreens } from '../../pwa/src/mentor/MentorScreens.tsx';
import { navigate, route } from '../../pwa/src/state/route.ts';
import { lockedSample, sampleApplication } from '../core/exchange/sample.ts';
import { captureDownloads, chooseFile, cleanWorkbook, renderReviews } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => vi.restoreAllMocks());

/** An exported file of one mentee's application, made by core's own exporter and read by the import checks. */
function menteeFile(i: number) {
  const { app, bytes } = sampleApplication({
    id: `app-${i}`,
    name: `Mentee ${String(i).padStart(2, '0')} CEng`,
    personal: { fullName: `Applicant ${i}`, email: '', membershipNumber: '' },
  });
  const parsed = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
  if (!parsed.ok || parsed.value.kind !== 'application') throw new Error('the sample must pass the import checks');
  return parsed.value.file;
}

const comment = (text: string, at: string) => ({
  id: crypto.randomUUID(),
  anchor: { kind: 'application' as const },
  text,
  at,
  against: { sha256: 'a'.repeat(64), excerpt: '' },
});
const minute = (n: number) => new Date(Date.UTC(2026, 10, 1, 9, n)).toISOString();

test('50 reviews: those with comments not downloaded (or half typed) come first, most recent first; then the rest, most recent first', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) ids.push((await openReview(menteeFile(i), db, minute(i))).id);
  // Commented, never downloaded: 10, 20, 30 (30 most recently).
  for (const i of [10, 20, 30]) await saveComments(ids[i]!, [comment(`On ${i}`, minute(60 + i))], { now: minute(60 + i) });
  // Commented and downloaded since: 40 (its last change is the latest of all, but nothing is waiting).
  await saveComments(ids[40]!, [comment('On 40', minute(150))], { now: minute(150) });
  await markDownloaded(ids[40]!, db, minute(151));
  // Downloaded, then changed: 5.
  await saveComments(ids[5]!, [comment('On 5', minute(100))], { now: minute(100) });
  await markDownloaded(ids[5]!, db, minute(101));
  await saveComments(ids[5]!, [comment('On 5', minute(100)), comment('Again', minute(102))], { now: minute(102) });
  // A comment half typed: 7.
  await saveTyping(ids[7]!, 'the application as a whole', { choice: '0', text: 'Half a thought' });

  renderReviews();
  const list = await screen.findByRole('list', { name: 'Reviews in progress' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(50);
  const names = items.map((li) => within(li).getByRole('link').textContent);
  // Waiting: 5 (changed at 102), 30 (90), 20 (80), 10 (70), then the half-typed 7 (opened at minute 7).
  expect(names.slice(0, 5)).toEqual([
    'Mentee 05 CEng (CEng)',
    'Mentee 30 CEng (CEng)',
    'Mentee 20 CEng (CEng)',
    'Mentee 10 CEng (CEng)',
    'Mentee 07 CEng (CEng)',
  ]);
  // Then the downloaded one (changed most recently), then the untouched ones, newest opened first.
  expect(names.slice(5, 8)).toEqual(['Mentee 40 CEng (CEng)', 'Mentee 49 CEng (CEng)', 'Mentee 48 CEng (CEng)']);
  expect(names.at(-1)).toBe('Mentee 00 CEng (CEng)');
  expect(new Set(names).size).toBe(50);
  // Each says where it stands, in words.
  expect(within(items[0]!).getByText('Changed since you downloaded it')).toBeTruthy();
  expect(within(items[1]!).getByText('Not downloaded yet')).toBeTruthy();
  expect(within(items[1]!).getByText(/^Applicant 30 · exported .* · 1 comment · last changed/)).toBeTruthy();
  expect(within(items[4]!).getByText('A comment is not saved yet')).toBeTruthy();
  expect(within(items[5]!).getByText(/^Downloaded /)).toBeTruthy();
  expect(within(items[6]!).getByText('No comments yet')).toBeTruthy();
  expect(screen.getByText('50 reviews; 4 with changes the applicant has not been sent (listed first).')).toBeTruthy();
  // The list reads the small status rows only, never the 50 files.
  const toArray = vi.spyOn(db.reviews, 'toArray');
  const bulkGet = vi.spyOn(db.reviews, 'bulkGet');
  await act(async () => {
    await saveTyping(ids[49]!, 'the checklist', { choice: '0', text: 'x' });
  });
  await waitFor(() => expect(within(list).getAllByRole('listitem')[4]!.textContent).toContain('Mentee 49'));
  expect(toArray).not.toHaveBeenCalled();
  expect(bulkGet.mock.calls.every(([keys]) => keys.length === 0)).toBe(true);
});

test('a review kept without its status row (an older or other path) is still listed, as not downloaded', async () => {
  const { id } = await openReview(menteeFile(1), db, minute(1));
  await saveComments(id, [comment('Kept', minute(2))], { now: minute(2) });
  await db.reviewStatus.clear();
  renderReviews();
  const list = await screen.findByRole('list', { name: 'Reviews in progress' });
  expect(within(list).getByRole('link', { name: 'Mentee 01 CEng (CEng)' })).toBeTruthy();
  expect(within(list).getByText('Not downloaded yet')).toBeTruthy();
});

/** Opens the sample for review through the screen and saves one comment. */
async function reviewWithOneComment() {
  const { app, bytes } = lockedSample();
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(serializeApplication(app, bytes)), 'a.html');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about the application as a whole' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your comment' }), { target: { value: 'Strong overall.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByRole('button', { name: 'Download review (1 comment)' });
}

const unloadPrevented = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

test('leaving a review asks first only while comments are not downloaded: on reload or tab close, and inside the workbook', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = lockedSample();
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(serializeApplication(app, bytes)), 'a.html');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  // No comments yet: nothing to lose, nothing asked.
  expect(unloadPrevented()).toBe(false);
  const reviewRoute = route.value;

  fireEvent.input(screen.getByLabelText('Your name, as the applicant will see it'), { target: { value: 'Morgan Mentor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about the application as a whole' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your comment' }), { target: { value: 'Strong overall.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByRole('button', { name: 'Download review (1 comment)' });
  await waitFor(() => expect(unloadPrevented()).toBe(true));

  // The Applications link (or Back): held, and asked in the page.
  await act(async () => {
    location.hash = '#/';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  const ask = await screen.findByRole('alertdialog', { name: 'Leave without downloading the review?' });
  expect(ask.textContent).toContain('1 comment in this review is not in a downloaded review file yet.');
  expect(route.value).toEqual(reviewRoute);
  expect(location.hash).toBe(`#/reviews/${(reviewRoute as { id: string }).id}`);
  await act(async () => {
    fireEvent.click(within(ask).getByRole('button', { name: 'Stay' }));
  });
  expect(screen.getByRole('heading', { name: 'Reviewing: CEng 2027' })).toBeTruthy();

  // Close the review: asked too; leaving goes where the mentor meant to go.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Close the review' }));
  });
  await act(async () => {
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave the review' }));
  });
  await screen.findByRole('heading', { name: 'Reviews in progress' });
  expect(unloadPrevented()).toBe(false);

  // Back in, download: from then on nothing is asked.
  fireEvent.click(await screen.findByRole('link', { name: 'CEng 2027 (CEng)' }));
  await act(async () => {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  const download = await screen.findByRole('button', { name: 'Download review (1 comment)' });
  await waitFor(() => expect(unloadPrevented()).toBe(true));
  await act(async () => {
    fireEvent.click(download);
  });
  await waitFor(() => expect(downloads.files).toHaveLength(1));
  await screen.findByText(/^Downloaded .*, with every comment\.$/);
  await waitFor(() => expect(unloadPrevented()).toBe(false));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Close the review' }));
  });
  await screen.findByRole('heading', { name: 'Reviews in progress' });
  expect(screen.queryByRole('alertdialog')).toBeNull();
});

test("the mentor's name is remembered for the next review", async () => {
  await reviewWithOneComment();
  await waitFor(async () => expect((await db.settings.get('mentor:name'))?.value).toBe('Morgan Mentor'));
  navigate({ name: 'reviews' }, true);
  const other = sampleApplication({ id: 'other', name: 'IEng 2028' });
  chooseFile(
    await screen.findByLabelText('Open an application to review'),
    JSON.stringify(serializeApplication(other.app, other.bytes)),
    'b.html',
  );
  await screen.findByRole('heading', { name: 'Reviewing: IEng 2028' });
  expect((screen.getByLabelText('Your name, as the applicant will see it') as HTMLInputElement).value).toBe('Morgan Mentor');
});

test('a file that fails the import checks (a "PNG" that is a web page) is refused and nothing is kept', async () => {
  const { app, bytes } = lockedSample();
  const page = new TextEncoder().encode('<html><script>parent.__pwned=1</script></html>');
  const file = serializeApplication(app, new Map([...bytes, ['blob-png', { name: 'diagram.png', mime: 'image/png', bytes: page }]]));
  render(<MentorScreens />);
  navigate({ name: 'reviews' }, true);
  chooseFile(await screen.findByLabelText('Open an application to review'), JSON.stringify(file), 'evil.html');
  expect((await screen.findByRole('alert')).textContent).toMatch(/This file cannot be reviewed/);
  expect(await db.reviews.count()).toBe(0);
  expect(await db.reviewStatus.count()).toBe(0);
});

test('what is kept is the file as the import checks returned it', async () => {
  const { app, bytes } = lockedSample();
  const text = JSON.stringify(serializeApplication(app, bytes));
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), text, 'a.json');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  const [row] = await db.reviews.toArray();
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) throw new Error('sample');
  expect((row!.data as { source: unknown }).source).toEqual(parsed.value.file);
});

test("a review reads the file against the applicant's rules as it records them, and says which they changed", async () => {
  const theirs = rulesInForce(RULE_DEFAULTS, {
    switches: { 'document:development-action-plan': false, 'document:accountability-diagram': true },
    limits: { supportersRequired: 3 },
  });
  const { app, bytes } = sampleApplication({ documents: {} });
  renderReviews();
  chooseFile(
    screen.getByLabelText('Open an application to review'),
    JSON.stringify(serializeApplication(app, bytes, undefined, [], undefined, theirs)),
    'a.html',
  );
  await screen.findByRole('heading', { name: `Reviewing: ${app.name}` });
  const note = screen.getByText('The applicant changed these rules, and the mandatory marks below follow them:').parentElement!;
  const changed = within(note)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(changed).toEqual([
    expect.stringMatching(/^Accountability diagram: Mandatory \(/),
    expect.stringMatching(/^Development Action Plan \(DAP\): Not mandatory \(/),
    expect.stringMatching(/: 3 \(/),
  ]);
  // The marks follow the file's rules, not this workbook's defaults.
  const documents = screen.getByRole('region', { name: 'Supporting documents' });
  const mark = (title: string) => within(documents).getByText(title).closest('li')!.querySelector('span')!.textContent;
  expect(mark('Accountability diagram')).toBe('Mandatory');
  expect(mark('Development Action Plan (DAP)')).toBe('Optional');
});

test("a file that does not record the applicant's rules is read against the defaults, and says so", async () => {
  const { app, bytes } = sampleApplication({ documents: {} });
  const { rules: _dropped, ...older } = serializeApplication(app, bytes);
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(older), 'a.html');
  await screen.findByRole('heading', { name: `Reviewing: ${app.name}` });
  expect(screen.getByText(/did not record the applicant's rules: the marks below follow your workbook's defaults/)).toBeTruthy();
  const documents = screen.getByRole('region', { name: 'Supporting documents' });
  const mark = (title: string) => within(documents).getByText(title).closest('li')!.querySelector('span')!.textContent;
  expect(mark('Development Action Plan (DAP)')).toBe('Mandatory');
});

test('a review asks for the name before downloading; a comment and then the whole review can be deleted, the review only after asking', async () => {
  const downloads = captureDownloads();
  const { app, bytes } = lockedSample();
  renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(serializeApplication(app, bytes)), 'a.html');
  await screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about the application as a whole' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your comment' }), { target: { value: 'Too long by half.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  const download = await screen.findByRole('button', { name: 'Download review (1 comment)' });
  await act(async () => {
    fireEvent.click(download);
  });
  expect(screen.getByText('Add your name first: the applicant sees it with every comment.')).toBeTruthy();
  expect(downloads.files).toHaveLength(0);

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete comment: Too long by half.' }));
  });
  await screen.findByRole('button', { name: 'Download review (0 comments)' });
  expect(screen.queryByText('Too long by half.')).toBeNull();

  navigate({ name: 'reviews' }, true);
  const list = await screen.findByRole('list', { name: 'Reviews in progress' });
  fireEvent.click(within(list).getByRole('button', { name: 'Delete review of CEng 2027 (CEng)' }));
  const ask = await screen.findByRole('alertdialog', { name: 'Delete the review of CEng 2027 (CEng)?' });
  await act(async () => {
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
  });
  expect(await db.reviews.count()).toBe(1);
  fireEvent.click(within(list).getByRole('button', { name: 'Delete review of CEng 2027 (CEng)' }));
  const sure = await screen.findByRole('alertdialog');
  await act(async () => {
    fireEvent.click(within(sure).getByRole('button', { name: 'Delete review' }));
  });
  await screen.findByText('None yet. Open an application above to start one.');
  expect(await db.reviews.count()).toBe(0);
  expect(await db.reviewStatus.count()).toBe(0);
});

test('the same file opened again opens the review the mentor has (comments intact), never a copy; a newer export is a review of its own, told apart by when it was exported', async () => {
  const { app, bytes } = lockedSample();
  const first = JSON.stringify(serializeApplication(app, bytes, '2026-11-28T10:00:00.000Z'));
  const newer = JSON.stringify(serializeApplication(app, bytes, '2026-12-05T16:30:00.000Z'));
  const open = async (text: string) => {
    navigate({ name: 'reviews' }, true);
    chooseFile(await screen.findByLabelText('Open an application to review'), text, 'CEng 2027.html');
    return screen.findByRole('heading', { name: 'Reviewing: CEng 2027' });
  };
  renderReviews();
  await open(first);
  expect(screen.queryByText(/You already have a review of this file/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment about the application as a whole' }));
  fireEvent.input(screen.getByRole('textbox', { name: 'Your comment' }), { target: { value: 'Strong overall.' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
  });
  await screen.findByRole('button', { name: 'Download review (1 comment)' });

  // Opened again (and again): the same review, with the comment, said plainly.
  for (let i = 0; i < 3; i++) {
    await open(first);
    expect((await screen.findByText(/You already have a review of this file/)).textContent).toContain(
      `exported ${formatMoment('2026-11-28T10:00:00.000Z')}): opened it, with your comments as you left them`,
    );
    expect(screen.getByText('Strong overall.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download review (1 comment)' })).toBeTruthy();
  }
  expect(await db.reviews.count()).toBe(1);

  // The applicant sent a newer export: a review of its own, empty.
  await open(newer);
  await screen.findByRole('button', { name: 'Download review (0 comments)' });
  expect(screen.queryByText(/You already have a review of this file/)).toBeNull();
  expect(await db.reviews.count()).toBe(2);

  // The list tells the two apart by the export's own date.
  navigate({ name: 'reviews' }, true);
  const list = await screen.findByRole('list', { name: 'Reviews in progress' });
  const hints = within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.hint')!.textContent);
  expect(hints).toEqual([
    expect.stringContaining(`exported ${formatMoment('2026-11-28T10:00:00.000Z')} · 1 comment`),
    expect.stringContaining(`exported ${formatMoment('2026-12-05T16:30:00.000Z')} · 0 comments`),
  ]);
});

test('a review whose status was kept before it said which export it is of: listed with its export date, and the same file opens it', async () => {
  const file = menteeFile(3);
  const { id } = await openReview(file, db, minute(1));
  await saveComments(id, [comment('Kept', minute(2))], { now: minute(2) });
  await markDownloaded(id, db, minute(3));
  const { applicationId: _a, exportedAt: _e, ...older } = (await db.reviewStatus.get(id))!;
  await db.reviewStatus.put(older);

  renderReviews();
  const list = await screen.findByRole('list', { name: 'Reviews in progress' });
  expect(
    within(list).getByText(`Applicant 3 · exported ${formatMoment(file.exportedAt)} · 1 comment · last changed ${formatMoment(minute(2))}`),
  ).toBeTruthy();
  // What only the status knew (downloaded) is kept.
  expect(within(list).getByText(/^Downloaded /)).toBeTruthy();

  expect(await openReview(file, db, minute(4))).toEqual({ id, already: true });
  expect(await db.reviews.count()).toBe(1);
  expect(await db.reviewStatus.get(id)).toMatchObject({ applicationId: 'app-3', exportedAt: file.exportedAt, downloadedAt: minute(3) });
});

test('a file that keeps an export’s application and time but holds other content is a review of its own, never the first one’s', async () => {
  const file = { ...menteeFile(4), exportedAt: '2026-11-28T10:00:00.000Z' };
  const { id } = await openReview(file, db, minute(1));
  await saveComments(id, [comment('On the real text', minute(2))], { now: minute(2) });
  // Edited by hand (or crafted): same id and export time, another name and applicant.
  const other = {
    ...file,
    application: { ...file.application, name: 'Someone else', personal: { ...file.application.personal, fullName: 'Other' } },
  };
  const opened = await openReview(other, db, minute(3));
  expect(opened.already).toBe(false);
  expect(opened.id).not.toBe(id);
  expect(await db.reviews.count()).toBe(2);
  // The same moment written another way is still the same export of the same content.
  expect(await openReview({ ...file, exportedAt: '2026-11-28T10:00:00Z' }, db, minute(4))).toEqual({ id, already: true });
});
