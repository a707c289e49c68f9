// The development screens as the applicant uses them: found by role and name, saved to the
// workbook's storage, and imports that are all or nothing.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { selectPassage } from '../../core/evidence/anchor.ts';
import { COMPETENCES } from '../../core/rules/standards.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { readDevelopment } from '../../pwa/src/db/development.ts';
import { storageProblem } from '../../pwa/src/db/status.ts';
import { DevelopmentScreen, InterviewScreen } from '../../pwa/src/development/DevelopmentScreen.tsx';
import { todayIso } from '../../pwa/src/development/state.ts';
import { chooseFile } from './exchange-helpers.tsx';

let app: Application;

beforeEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
  storageProblem.value = null;
  app = { ...newApplication({ id: 'app-1', name: 'Mine', category: 'CEng', route: 'standard', now: '2026-01-01T00:00:00.000Z' }) };
  app.roles = [
    {
      id: 'r1',
      employer: 'Grid Ltd',
      title: 'Senior engineer',
      start: '2022-01-01',
      end: '',
      current: true,
      responsibilities: 'I run substation projects.',
      achievements: 'I managed a £2m substation upgrade.',
      competences: ['C2'],
    },
  ];
  await db.applications.put(app);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Waits for storage and signals to settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
}

async function openDevelopment() {
  render(<DevelopmentScreen app={app} />);
  await screen.findByRole('button', { name: 'CPD log' });
}

describe('CPD log', () => {
  test('an activity added through the form is stored and counted against this year’s target', async () => {
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Add an activity' }));
    const form = screen.getByRole('form', { name: 'New activity' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Hours' }), { target: { value: '2.5' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Activity' }), { target: { value: 'Arc flash course' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Activity type' }), { target: { value: 'events' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /E2/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await settle();
    const stored = await readDevelopment('app-1');
    expect(stored.cpd).toMatchObject([{ hours: 2.5, type: 'events', title: 'Arc flash course', competences: ['E2'], date: todayIso() }]);
    expect(screen.getByText(/2\.5 of 30 hours \(27\.5 to go\), 1 activity/)).toBeTruthy();
    const typeTable = screen.getByRole('table', { name: /Hours by activity type/ });
    expect(within(typeTable).getByRole('row', { name: 'Events 2.5' })).toBeTruthy();
  });

  test('a bad activity is not saved and the problems are shown', async () => {
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Add an activity' }));
    const form = screen.getByRole('form', { name: 'New activity' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Hours' }), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await settle();
    expect(within(form).getByRole('alert').textContent).toContain('Hours must be more than 0.');
    expect((await readDevelopment('app-1')).cpd).toEqual([]);
  });

  test('CSV import lists bad rows, adds nothing until confirmed, then adds every good row', async () => {
    await openDevelopment();
    const csv = 'Date,Hours,Activity type,Activity\n2025-01-02,2,Events,Talk\n2025-02-30,1,Events,Bad date\n2025-03-01,3,Training,Course\n';
    chooseFile(screen.getByLabelText('Import activities from a CSV file'), csv, 'cpd.csv', 'text/csv');
    const region = await screen.findByRole('region', { name: 'CSV import to confirm' });
    expect(region.textContent).toContain('2 activities can be added; 1 row cannot');
    expect(within(region).getByRole('row', { name: /^3 Date/ })).toBeTruthy();
    expect((await readDevelopment('app-1')).cpd).toEqual([]);
    fireEvent.click(within(region).getByRole('button', { name: 'Add 2 activities' }));
    await settle();
    expect((await readDevelopment('app-1')).cpd.map((e) => e.title)).toEqual(['Talk', 'Course']);
    // Each activity's date reads as the product writes dates, not as the field stores them.
    const talk = screen.getByText('Talk').closest('li')!;
    expect(talk.textContent).toContain('2 January 2025 · 2 h');
    expect(talk.textContent).not.toContain('2025-01-02');
    expect(within(talk).getByRole('button', { name: 'Edit Talk of 2 January 2025' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('2 activities added from cpd.csv');
  });

  test('CSV import is all or nothing: when storage refuses the write, no row is added and the problem is shown', async () => {
    await openDevelopment();
    chooseFile(
      screen.getByLabelText('Import activities from a CSV file'),
      'Date,Hours,Activity type,Activity\n2025-01-02,2,Events,Talk\n2025-01-03,2,Events,Other\n',
      'cpd.csv',
      'text/csv',
    );
    const region = await screen.findByRole('region', { name: 'CSV import to confirm' });
    vi.spyOn(db.development, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Add 2 activities' }));
    await settle();
    vi.restoreAllMocks();
    expect((await readDevelopment('app-1')).cpd).toEqual([]);
    expect(storageProblem.value).toContain('out of storage space');
    expect(screen.getByRole('region', { name: 'CSV import to confirm' })).toBeTruthy();
  });

  test('a file that is not a CPD spreadsheet is refused whole', async () => {
    await openDevelopment();
    chooseFile(screen.getByLabelText('Import activities from a CSV file'), 'Name,Email\nA,b@c', 'contacts.csv', 'text/csv');
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing was added');
  });
});

describe('Development Action Plan, feedback and advice', () => {
  test('panel feedback becomes goals in the plan and an entry in the advice log', async () => {
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Panel feedback' }));
    const form = screen.getByRole('form', { name: 'Panel feedback' });
    fireEvent.click(within(form).getByRole('checkbox', { name: /^C3/ }));
    fireEvent.input(within(form).getByLabelText('What the panel wrote'), { target: { value: 'Show team leadership.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save feedback and draft the plan' }));
    await settle();
    const stored = await readDevelopment('app-1');
    expect(stored.plan.goals.map((g) => g.competences)).toEqual([['C3']]);
    expect(stored.advice[0]).toMatchObject({ who: 'panel', advice: 'Develop C3: Show team leadership.' });
    fireEvent.click(screen.getByRole('button', { name: 'Action plan' }));
    expect(await screen.findByRole('heading', { name: /Develop C3/ })).toBeTruthy();
  });

  test('an action past its target date shows as overdue, and the plan prints as a document', async () => {
    await db.development.put({
      applicationId: 'app-1',
      data: {
        ...(await readDevelopment('app-1')),
        plan: {
          since: '',
          achievements: 'Chartered course finished.',
          goals: [
            {
              id: 'g1',
              title: 'Lead a work package',
              competences: ['C2'],
              dropped: false,
              source: { kind: 'own' },
              actions: [
                {
                  id: 'a1',
                  what: 'Plan the 2025 outage',
                  targetDate: '2020-01-01',
                  evidence: 'The outage plan',
                  status: 'in-progress',
                  doneOn: '',
                },
              ],
            },
          ],
        },
      },
    });
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Action plan' }));
    await screen.findByText(/1 goal: 0 done, 1 overdue/);
    const print = vi.fn();
    window.print = print;
    fireEvent.click(screen.getByRole('button', { name: 'Print the Development Action Plan' }));
    expect(print).toHaveBeenCalledOnce();
    const doc = screen.getByRole('heading', { name: 'Development Action Plan' }).parentElement!;
    expect(
      within(doc).getByRole('row', { name: /C: Responsibility.*Plan the 2025 outage.*2020-01-01.*The outage plan.*Overdue/ }),
    ).toBeTruthy();
  });

  test('a mentor comment appears in the advice log by itself, and the applicant’s answer is kept with it', async () => {
    await db.comments.put({
      id: 'app-1/r1/c1',
      applicationId: 'app-1',
      data: {
        reviewId: 'r1',
        mentor: 'Sam Mentor',
        exportedAt: '2026-01-05T10:00:00.000Z',
        comment: {
          id: 'c1',
          anchor: { kind: 'competence', code: 'C2' },
          text: 'Name the budget you ran.',
          at: '2026-01-04T10:00:00.000Z',
          against: { sha256: 'a'.repeat(64), excerpt: '' },
        },
        resolvedAt: null,
      },
    });
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Advice log' }));
    expect(await screen.findByText(/Name the budget you ran\./)).toBeTruthy();
    const entry = screen.getByText(/Name the budget you ran\./).closest('li')!;
    expect(entry.textContent).toMatch(/ · 4 January 2026 · about /);
    const answer = screen.getByLabelText(/What you did about it \(Mentor/);
    fireEvent.focus(answer);
    fireEvent.input(answer, { target: { value: 'Added the £40k budget.' } });
    fireEvent.blur(answer);
    await settle();
    expect((await readDevelopment('app-1')).advice).toMatchObject([
      { who: 'mentor', name: 'Sam Mentor', response: 'Added the £40k budget.', source: { kind: 'review', commentId: 'c1' } },
    ]);
  });
});

describe('Coverage from the evidence matrix', () => {
  const below = 'I helped the site manager with the budget.';
  const reason = 'Every passage for C1 reads below the CEng level (see the level flags on those passages).';

  /** Two roles tagging every competence but C1, which each evidences only with a below-level passage. */
  async function belowLevelC1() {
    const tags = COMPETENCES.CEng.map((c) => c.code).filter((c) => c !== 'C1');
    const role = (id: string, employer: string) => ({ ...app.roles[0]!, id, employer, responsibilities: below, competences: tags });
    const link = (id: string, roleId: string) => ({
      id,
      roleId,
      field: 'responsibilities' as const,
      selector: selectPassage(below, { start: 0, end: below.length }),
      competences: ['C1' as const],
    });
    app = {
      ...app,
      roles: [role('r1', 'Grid Ltd'), role('r2', 'Acme Water')],
      evidence: { links: [link('a', 'r1'), link('b', 'r2')], dismissed: {} },
    };
    await db.applications.put(app);
  }

  test('a new goal offers first what the matrix flags, with its reason; a competence evidenced in two roles is not marked', async () => {
    await belowLevelC1();
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Action plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    const boxes = within(form).getAllByRole('checkbox');
    expect(boxes[0]).toBe(within(form).getByRole('checkbox', { name: /^C1 .* below level$/ }));
    expect(document.getElementById(boxes[0]!.getAttribute('aria-describedby')!)!.textContent).toBe(reason);
    const c2 = within(form).getByRole('checkbox', { name: /^C2 / });
    expect(c2.closest('li')!.textContent).not.toMatch(/evidence|below level/);
    expect(c2.hasAttribute('aria-describedby')).toBe(false);
  });

  test('the interview deck tests a below-level competence at the category’s level and says why as the matrix does', async () => {
    await belowLevelC1();
    render(<InterviewScreen app={app} />);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Questions to practise' }), { target: { value: 'competence' } });
    expect(screen.getByRole('combobox', { name: 'Questions to practise' }).textContent).toContain('Competences to test (2)');
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    const question = screen.getByRole('heading', { level: 4, name: /^At CEng level, C1 expects work you led/ });
    expect(question.parentElement!.textContent).toContain(reason);
  });
});

describe('Interview preparation', () => {
  test('practice: one question at a time, a self-rating, and low ratings join the revisit list', async () => {
    render(<InterviewScreen app={app} />);
    const heading = await screen.findByRole('heading', { level: 4, name: /Senior engineer at Grid Ltd/ });
    expect(heading).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '1: not ready' }));
    await settle();
    expect((await readDevelopment('app-1')).practice).toMatchObject([{ questionId: 'role:r1:overview', rating: 1 }]);
    expect(screen.getByRole('heading', { name: 'To revisit' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('heading', { level: 4, name: /You wrote: “I managed a £2m substation upgrade\.”/ })).toBeTruthy();
  });

  test('with no roles yet the presentation planner says why the introduction holds the time, and how to plan the middle', async () => {
    render(<InterviewScreen app={{ ...app, roles: [] }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Presentation' }));
    expect(screen.getByText(/No roles yet, so the middle of the talk, your career, cannot be planned/)).toBeTruthy();
    cleanup();
    // With a role, the note is gone.
    render(<InterviewScreen app={app} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Presentation' }));
    expect(screen.queryByText(/No roles yet, so the middle of the talk/)).toBeNull();
  });

  test('the remote checklist keeps its ticks', async () => {
    render(<InterviewScreen app={app} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remote interview' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Do a test call/ }));
    await settle();
    expect((await readDevelopment('app-1')).remote).toEqual(['test-call']);
  });
});
