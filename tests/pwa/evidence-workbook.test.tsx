// The evidence tools in the workbook: link selected words to competences, take or dismiss a
// suggestion (remembered), act on the level check, and read the coverage map on the Overview.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { flushAll } from '../../pwa/src/state/draft.ts';
import { freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);
// The first test to show the evidence tools waits for their code to load (slow on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const TEXT = 'I planned the commissioning programme and budget for the substation.\nWe tested the relays with the client.';

async function withRole(change: Partial<Application['roles'][number]> = {}) {
  return storedApplication((a) => ({
    ...a,
    roles: [
      {
        id: 'r1',
        employer: 'Grid Co',
        title: 'Lead Engineer',
        start: '2020-01-01',
        end: '',
        current: true,
        responsibilities: TEXT,
        achievements: '',
        competences: ['D1'],
        ...change,
      },
    ],
  }));
}

// The evidence code loads on first use; the first render of a test file may wait for it.
const LOADING = { timeout: 10_000 };

const stored = async (id: string) => (await db.applications.get(id))!;

test('selected words are linked to the competences ticked, and the link is saved', async () => {
  const app = await withRole();
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const box = (await screen.findByLabelText('Role 1: Responsibilities')) as HTMLTextAreaElement;
  const evidence = within((await screen.findByText('Evidence in Role 1: Responsibilities', {}, LOADING)).parentElement!);
  // Nothing selected: the button says how to select.
  fireEvent.click(evidence.getByRole('button', { name: 'Link selected words to competences' }));
  await evidence.findByText(/First select the words in Role 1: Responsibilities/);

  const words = 'I planned the commissioning programme and budget for the substation.';
  box.setSelectionRange(0, words.length);
  fireEvent.click(evidence.getByRole('button', { name: 'Link selected words to competences' }));
  const picker = within(await screen.findByRole('group', { name: 'Link these words to competences' }));
  // What the words suggest starts ticked; the applicant can change it.
  const c1 = picker.getByRole('checkbox', { name: /^C1 / }) as HTMLInputElement;
  expect(c1.checked).toBe(true);
  fireEvent.click(picker.getByRole('checkbox', { name: /^C4 / }));
  fireEvent.click(picker.getByRole('button', { name: /^Link to C1, .*C4/ }));
  await act(async () => {
    await flushAll();
  });
  const links = (await stored(app.id)).evidence.links;
  expect(links).toHaveLength(1);
  expect(links[0]).toMatchObject({ roleId: 'r1', field: 'responsibilities', selector: { exact: words, start: 0 } });
  expect(links[0]!.competences).toContain('C1');
  expect(links[0]!.competences).toContain('C4');
  // Focus goes back to the button that opened the picker.
  await waitFor(() => expect(document.activeElement).toBe(evidence.getByRole('button', { name: 'Link selected words to competences' })));
  await evidence.findByText(/Linked passages \(1\)/);
});

test('a link whose words are deleted is shown as lost, not dropped', async () => {
  const app = await withRole();
  const words = 'We tested the relays with the client.';
  await db.applications.put({
    ...app,
    evidence: {
      links: [
        {
          id: 'l1',
          roleId: 'r1',
          field: 'responsibilities',
          selector: { exact: words, prefix: 'budget for the substation.\n', suffix: '', start: TEXT.indexOf(words) },
          competences: ['D1'],
        },
      ],
      dismissed: {},
    },
  });
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const box = await screen.findByLabelText('Role 1: Responsibilities');
  await screen.findByText(/Linked passages \(1\)/, {}, LOADING);
  await act(() => {
    fireEvent.input(box, { target: { value: 'I planned the commissioning programme and budget for the substation.' } });
  });
  await screen.findByText('These words are no longer in the text: the link is kept until you remove it.');
  await act(async () => {
    await flushAll();
  });
  expect((await stored(app.id)).evidence.links.map((l) => l.id)).toEqual(['l1']);
});

test('a suggestion can be taken as a link or dismissed, and a dismissal is remembered', async () => {
  const app = await withRole();
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const suggestions = within((await screen.findByText(/^Suggested competences/, {}, LOADING)).parentElement!);
  expect(suggestions.getByText(/^C1: you wrote “planned the commissioning programme and budget”/)).toBeTruthy();
  fireEvent.click(suggestions.getByRole('button', { name: 'Link as C1' }));
  await act(async () => {
    await flushAll();
  });
  expect((await stored(app.id)).evidence.links[0]).toMatchObject({ competences: ['C1'], selector: { exact: TEXT.split('\n')[0] } });
  // Taken: no longer suggested.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Link as C1' })).toBeNull());

  const c2 = screen.queryByRole('button', { name: 'Dismiss the suggestion C2' });
  expect(c2).toBeTruthy();
  fireEvent.click(c2!);
  await act(async () => {
    await flushAll();
  });
  expect(Object.keys((await stored(app.id)).evidence.dismissed)).toEqual([
    expect.stringMatching(/^r1\|responsibilities\|suggestion\|C2\|/),
  ]);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Dismiss the suggestion C2' })).toBeNull());
  // Still dismissed after leaving and coming back.
  await go({ name: 'app', id: app.id, screen: 'overview' });
  await go({ name: 'app', id: app.id, screen: 'career' });
  await screen.findByLabelText('Role 1: Responsibilities');
  await screen.findByText(/^Suggested competences|Evidence in Role 1: Responsibilities/);
  expect(screen.queryByRole('button', { name: 'Dismiss the suggestion C2' })).toBeNull();
});

test('the level check marks “we” with why and how to fix it, counts it for the role, and can be dismissed', async () => {
  const app = await withRole();
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const summary = await screen.findByText(/^Level check: 1 mark to look at/, {}, LOADING);
  const marks = within(summary.closest('details')!);
  expect(marks.getByText('“We” instead of “I”')).toBeTruthy();
  expect(marks.getByText(/“We” hides your part/)).toBeTruthy();
  await screen.findByText(/Evidence: 0 linked passages; level check: 1 mark to look at\./);
  fireEvent.click(marks.getByRole('button', { name: 'Show in text (“We” instead of “I”)' }));
  const box = screen.getByLabelText('Role 1: Responsibilities') as HTMLTextAreaElement;
  expect(document.activeElement).toBe(box);
  expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('We');
  fireEvent.click(marks.getByRole('button', { name: 'Dismiss the mark “We” instead of “I”' }));
  await screen.findByText(/Evidence: 0 linked passages; level check: 0 marks to look at\./);
  await screen.findByText(/^Level check: 0 marks to look at \(1 dismissed\)/);
});

test('the Overview shows the coverage map with numbers, flags with reasons, and a cell lists its passages', async () => {
  const app = await withRole();
  const words = 'I planned the commissioning programme and budget for the substation.';
  await db.applications.put({
    ...app,
    evidence: {
      links: [
        {
          id: 'l1',
          roleId: 'r1',
          field: 'responsibilities',
          selector: { exact: words, prefix: '', suffix: '\nWe tested', start: 0 },
          competences: ['C1'],
        },
      ],
      dismissed: {},
    },
  });
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  const cell = await screen.findByRole('button', { name: 'C1 in Role 1 (Grid Co): 1 passage' }, LOADING);
  expect(cell.textContent).toBe('1');
  expect(screen.getByRole('button', { name: 'C2 in Role 1 (Grid Co): 0 passages' })).toBeTruthy();
  // The whole-role tag from before passages counts too.
  expect(screen.getByRole('button', { name: 'D1 in Role 1 (Grid Co): 1 passage' })).toBeTruthy();
  expect(screen.getByText('Nothing in the career history evidences C2 yet.')).toBeTruthy();
  expect(screen.getAllByText(/All the evidence for C1 comes from one role/).length).toBe(1);
  fireEvent.click(cell);
  const panel = within(await screen.findByRole('region', { name: 'C1 in Role 1 (Grid Co)' }));
  expect(panel.getByText(words)).toBeTruthy();
  expect(cell.getAttribute('aria-pressed')).toBe('true');
});
