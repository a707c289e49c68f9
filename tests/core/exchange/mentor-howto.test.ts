// The exported file tells a mentor, inside it and in plain words, how to review it: where the
// workbook is, and the names of what to choose there (the same words the workbook's screens use).
import { expect, test } from 'vitest';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { downloadLabel, MENTOR_WORDS, mentorSteps } from '../../../core/exchange/mentor-words.ts';
import { REVIEWS_NAV } from '../../../core/exchange/reviews-nav.ts';
import { lockedSample } from './sample.ts';

/** The visible text of the page (tags dropped, the embedded data left out). */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('the export names the workbook address it was made at, and what to choose there', () => {
  const { app, bytes } = lockedSample();
  const text = visibleText(renderApplicationHtml(app, bytes, { workbookUrl: 'https://proreg.example.org/workbook/' }));
  expect(text).toContain('For a mentor: how to review this file');
  expect(text).toContain('Open ProReg Companion at https://proreg.example.org/workbook/ in your browser');
  expect(text).toContain('Choose “Reviews” at the top of the page, then “Open an application to review”, and pick this file.');
  expect(text).toContain('choose “Download review” and send the small review file');
  // The address is text, never a link: the export opens nothing.
  expect(renderApplicationHtml(app, bytes, { workbookUrl: 'https://proreg.example.org/' })).not.toMatch(/<a\s/);
});

test('without a known address the export does not invent one', () => {
  const { app, bytes } = lockedSample();
  const text = visibleText(renderApplicationHtml(app, bytes));
  expect(text).toContain('Open ProReg Companion in your browser (nothing to install');
  expect(text).not.toMatch(/Open ProReg Companion at /);
});

test("the steps use the workbook's own names for its controls", () => {
  expect(MENTOR_WORDS.nav).toBe(REVIEWS_NAV);
  const steps = mentorSteps(null).join(' ');
  for (const word of [MENTOR_WORDS.nav, MENTOR_WORDS.open, MENTOR_WORDS.download]) expect(steps).toContain(`“${word}”`);
  expect(downloadLabel(1)).toBe('Download review (1 comment)');
  expect(downloadLabel(2).startsWith(MENTOR_WORDS.download)).toBe(true);
});

test('an address on the applicant’s own computer is not given as where the mentor opens the workbook', () => {
  for (const url of ['http://127.0.0.1:47321/', 'http://localhost:4173/']) {
    const first = mentorSteps(url)[0]!;
    expect(first).not.toMatch(/^Open ProReg Companion at /);
    expect(first).toContain(`runs on their own computer (${url}), so that address will not open on yours`);
  }
  expect(mentorSteps('https://proreg.example.org/')[0]).toMatch(
    /^Open ProReg Companion at https:\/\/proreg\.example\.org\/ in your browser/,
  );
});
