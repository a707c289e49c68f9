// The checklist's professional development item reads the CPD log: this year's hours, and a way
// to turn the log's activities into the application's development records (what it submits).
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { emptyDevelopment } from '../../core/development/data.ts';
import { db } from '../../pwa/src/db/database.ts';
import { todayIso } from '../../pwa/src/development/state.ts';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

test('the professional development item shows the CPD log and fills the development records from it, once', async () => {
  const app = await storedApplication();
  const today = todayIso();
  await db.development.put({
    applicationId: app.id,
    data: {
      ...emptyDevelopment(),
      cpd: [
        {
          id: 'c1',
          date: today,
          hours: 4,
          type: 'training',
          planned: true,
          title: 'Protection course',
          did: 'Three-day course.',
          learned: 'Relay grading.',
          apply: 'On the next scheme.',
          competences: ['A1'],
        },
      ],
    },
  });
  renderAt({ name: 'app', id: app.id, screen: 'checklist' });
  const summary = await screen.findByRole('region', { name: 'From your CPD log' });
  expect(summary.textContent).toContain('1 activity');
  expect(summary.textContent).toContain('4 of 30 hours (26 to go)');
  fireEvent.click(screen.getByRole('button', { name: 'Add 1 activity from the CPD log as development records' }));
  await waitFor(() =>
    expect((screen.getByLabelText('Development record 1: what you did') as HTMLInputElement).value).toBe('Protection course'),
  );
  await flushAll();
  const stored = await db.applications.get(app.id);
  expect(stored!.development).toMatchObject([
    {
      date: today,
      title: 'Protection course',
      notes: 'Three-day course.\nWhat I learned: Relay grading.\nHow I will use it: On the next scheme.',
    },
  ]);
  // Already copied: the offer goes.
  await waitFor(() => expect(screen.queryByRole('button', { name: /from the CPD log as development records/ })).toBeNull());
});
