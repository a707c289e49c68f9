// A name ending in an unclosed right-to-left override ("Ada CEng \u202e"), imported from a file,
// must not reverse the workbook's own words shown after it, in the import preview or the list.

import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { serializeApplication } from '../../core/exchange/format.ts';
import { db } from '../../pwa/src/db/database.ts';
import { sampleApplication } from '../core/exchange/sample.ts';
import { leavesNothingOpen } from '../core/text/bidi-oracle.ts';
import { chooseFile, renderExchange } from './exchange-helpers.tsx';
import { freshWorkbook, renderAt } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

/** The text before `words` in `whole` leaves nothing open, so `words` read in their own order. */
function inOrderAfterName(whole: string, words: string) {
  const at = whole.indexOf(words);
  expect(at).toBeGreaterThan(0);
  expect(leavesNothingOpen(whole.slice(0, at))).toBe(true);
}

test('an imported name that leaves a bidi override open keeps every character, and the words after it read in order', async () => {
  const { app, bytes } = sampleApplication({ name: 'Ada CEng \u202e' });
  renderExchange(null);
  chooseFile(screen.getByLabelText('Choose a file to import'), JSON.stringify(serializeApplication(app, bytes)), 'ada.json');
  const preview = await screen.findByRole('heading', { name: 'Ready to import' });
  inOrderAfterName(preview.parentElement!.textContent!, '(CEng');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  });
  await screen.findByText('Imported:');

  const [stored] = await db.applications.toArray();
  // The author's characters, all kept, with the override closed after them.
  expect(stored!.name).toBe('Ada CEng \u202e\u202c');

  cleanup();
  renderAt({ name: 'applications' });
  const row = (await screen.findByRole('link', { name: stored!.name })).closest('li')!;
  inOrderAfterName(row.textContent!, 'CEng, Standard route');
});

test('a name typed in the workbook with an override left open does not reverse the words after it in the Applications list', async () => {
  const { app } = sampleApplication();
  await db.applications.put({ ...app, name: 'Zed typed \u202e' });
  renderAt({ name: 'applications' });
  const link = await screen.findByRole('link', { name: /^Zed typed/ });
  // What is stored stays as typed; what is shown closes the override before the product's words.
  expect(link.textContent).toBe('Zed typed \u202e\u202c');
  inOrderAfterName(link.closest('li')!.textContent!, 'CEng, Standard route');
});
