// The Rules screen: every assumed or disputed rule listed with where it comes from, each one
// switchable, stored so only the changes are kept, and followed by the workbook's gates.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { canLock } from '../../core/application/lock.ts';
import { RULE_SWITCHES } from '../../core/rules/adjustable.ts';
import { CATEGORIES, CATEGORY_IDS, ROUTE_IDS } from '../../core/rules/categories.ts';
import { DOCUMENT_TYPES } from '../../core/rules/documents.ts';
import { ruleRows } from '../../core/rules/rule-list.ts';
import { inScope } from '../../core/rules/scope.ts';
import { SWITCH_SOURCES } from '../../core/rules/sources.ts';
import { NOT_APPLICABLE } from '../../core/rules/steps.ts';
import type { Application } from '../../core/types.ts';
import { db } from '../../pwa/src/db/database.ts';
import { rules } from '../../pwa/src/state/rules.ts';
import { complete, freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

const checkbox = (title: string) => screen.getByRole('checkbox', { name: `${title} is mandatory` }) as HTMLInputElement;

test('every switchable rule is listed with where it applies, its provenance and its source; the numbers too', async () => {
  renderAt({ name: 'rules' });
  await screen.findByRole('heading', { name: 'Rules' });
  for (const s of RULE_SWITCHES) {
    const box = checkbox(s.title);
    expect(box.checked, s.id).toBe(s.rule.default);
    const source = document.getElementById(box.getAttribute('aria-describedby')!)!.textContent!;
    expect(source).toContain(SWITCH_SOURCES[s.id]);
    expect(source).toMatch(s.rule.provenance === 'assumed' ? /Our assumption/ : /Public, but sources disagree/);
  }
  for (const row of ruleRows(rules.value).filter((r) => r.kind === 'limit')) {
    const field = screen.getByLabelText(new RegExp(`^${row.title.replace(/[()]/g, '\\$&')}`));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toContain(row.source);
  }
});

test('showing the rules for one category and route lists only those that apply there', async () => {
  renderAt({ name: 'rules' });
  fireEvent.change(await screen.findByLabelText('Show the rules for'), { target: { value: 'ICTTech/standard' } });
  await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Qualifications is mandatory' })).toBeNull());
  expect(screen.queryByRole('checkbox', { name: 'Accountability diagram is mandatory' })).toBeNull();
  expect(screen.queryByRole('checkbox', { name: 'Further and higher education certificates is mandatory' })).toBeNull();
  expect(checkbox('Development Action Plan (DAP)')).toBeTruthy();
});

/** An application of a category and route where the switch applies, complete but for the switch's subject. */
function missingOnly(app: Application, subject: string, kind: 'checklist' | 'document'): Application {
  const base = complete(app);
  const doc = (typeId: string) => ({ ...Object.values(base.documents)[0]!, typeId, name: `${typeId}.pdf`, blobId: `blob-${typeId}` });
  const done = {
    ...base,
    documents: Object.fromEntries(DOCUMENT_TYPES.filter((t) => inScope(t.applies, app.category, app.route)).map((t) => [t.id, doc(t.id)])),
    checklist: { apprenticeship: { done: true, note: '' } },
  };
  if (kind === 'document') {
    const { [subject]: _gone, ...documents } = done.documents;
    return { ...done, documents };
  }
  switch (subject) {
    case 'personal-details':
      return { ...done, personal: { ...done.personal, fullName: '' } };
    case 'membership':
      return { ...done, personal: { ...done.personal, membershipNumber: '' } };
    case 'qualifications':
      return { ...done, qualifications: [] };
    case 'professional-development':
      return { ...done, development: [] };
    default:
      return { ...done, checklist: { ...done.checklist, [subject]: { done: false, note: '' } } };
  }
}

for (const s of RULE_SWITCHES.filter((x) => x.subjectId !== 'competence-evidence')) {
  test(`${s.title}: switched on the Rules screen, stored as a change, and the lock follows`, async () => {
    const [category, route] = CATEGORY_IDS.flatMap((c) => ROUTE_IDS.map((r) => [c, r] as const)).find(([c, r]) =>
      inScope(s.rule.scope, c, r),
    )!;
    const app = await storedApplication((a) => ({
      ...missingOnly({ ...a, category, route }, s.subjectId, s.subject),
      panelling: {
        sector: 'Energy',
        specialisms: [],
        interviewLocation: CATEGORIES[category].interviewRequired ? 'Online' : NOT_APPLICABLE,
      },
    }));
    renderAt({ name: 'rules' });
    const box = await screen.findByRole('checkbox', { name: `${s.title} is mandatory` });
    await act(async () => {
      fireEvent.click(box);
    });
    const on = !s.rule.default;
    await waitFor(async () => expect((await db.settings.get('rules'))?.value).toEqual({ switches: { [s.id]: on } }));
    await waitFor(() => expect(rules.value.switches[s.id]).toBe(on));
    expect((box as HTMLInputElement).checked).toBe(on);
    expect(box.closest('li')!.textContent).toMatch(/you changed this/);
    await go({ name: 'app', id: app.id, screen: 'validate' });
    if (on) {
      const reasons = await screen.findByText('You cannot lock yet:');
      expect(reasons.parentElement!.textContent).toContain(s.title);
    } else {
      await screen.findByRole('button', { name: "I've locked it in Career Manager — record it" });
    }
    expect(canLock(app, rules.value).length > 0).toBe(on);
    // Back to the default: the stored change goes.
    await go({ name: 'rules' });
    await act(async () => {
      fireEvent.click(await screen.findByRole('checkbox', { name: `${s.title} is mandatory` }));
    });
    await waitFor(async () => expect((await db.settings.get('rules'))?.value).toEqual({ switches: {} }));
  });
}

test('restoring every rule clears the switches and the limits', async () => {
  await act(async () => {
    await db.settings.put({ key: 'rules', value: { switches: { 'document:development-action-plan': false } } });
    await db.settings.put({ key: 'limits', value: { supportersRequired: 3 } });
  });
  renderAt({ name: 'rules' });
  await waitFor(() => expect(checkbox('Development Action Plan (DAP)').checked).toBe(false));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Restore every rule to its default' }));
  });
  await screen.findByText('Every rule is back to its default.');
  await waitFor(() => expect(rules.value.switches['document:development-action-plan']).toBe(true));
  await waitFor(() => expect(rules.value.supportersRequired).toBe(2));
});

test('a stored row from another version is repaired on reading: unknown switches and bad values are ignored', async () => {
  await act(async () => {
    await db.settings.put({ key: 'rules', value: { switches: { 'document:nonsense': true, 'checklist:membership': 'no' }, extra: 1 } });
  });
  renderAt({ name: 'rules' });
  await screen.findByRole('heading', { name: 'Rules' });
  expect(rules.value.switches).not.toHaveProperty('document:nonsense');
  expect(rules.value.switches['checklist:membership']).toBe(true);
  expect(within(screen.getByRole('main')).getByRole('checkbox', { name: 'IET membership is mandatory' })).toBeTruthy();
});

test('a switch turned here keeps the switch another tab saved a moment before (written on top of what is stored)', async () => {
  renderAt({ name: 'rules' });
  const dap = await screen.findByRole('checkbox', { name: 'Development Action Plan (DAP) is mandatory' });
  await act(async () => {
    // Another tab turns a switch; this tab has not heard of it when the applicant clicks here.
    await db.settings.put({ key: 'rules', value: { switches: { 'document:accountability-diagram': true } } });
    fireEvent.click(dap);
  });
  await waitFor(async () =>
    expect((await db.settings.get('rules'))?.value).toEqual({
      switches: { 'document:accountability-diagram': true, 'document:development-action-plan': false },
    }),
  );
});
