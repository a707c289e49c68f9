// Typing stays cheap: a key typed in a role's text redraws that field (with its evidence tools),
// its role and the length meter, and nothing else (no other field or its evidence tools, no other
// role, no error message, not the rail, the sections or the frame). Counted with Preact's render
// hook; no timing is measured here (see `npm run bench`, bench/typing.bench-run.ts).
import { act, fireEvent, screen } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Role } from '../../core/types.ts';
import { freshWorkbook, renderAt, storedApplication } from './workbook-helpers.tsx';

// Preact calls this hook (`options._render`, "__r" once built) just before a component renders.
type Hooks = { __r?: (vnode: VNode) => void };
const hooks = options as unknown as Hooks;
const before = hooks.__r;
let rendered: { name: string; label?: string }[] = [];

beforeEach(async () => {
  await freshWorkbook();
  hooks.__r = (vnode) => {
    const type = vnode.type as { displayName?: string; name?: string } | string;
    if (typeof type !== 'string')
      rendered.push({ name: type.displayName ?? type.name ?? '?', label: (vnode.props as { label?: string }).label });
    before?.(vnode);
  };
});
afterEach(() => {
  hooks.__r = before;
});

const role = (id: string, employer: string): Role => ({
  id,
  employer,
  title: 'Engineer',
  start: '2015-01-01',
  end: '2016-01-01',
  current: false,
  responsibilities: 'x'.repeat(3000),
  achievements: '',
  competences: ['A1'],
});

test('a key typed in a role’s Responsibilities redraws that field, its role and the meter, nothing else', async () => {
  const app = await storedApplication((a) => ({ ...a, roles: [role('a', 'Grid Co'), role('b', 'Rail Co'), role('c', 'Wind Co')] }));
  renderAt({ name: 'app', id: app.id, screen: 'career' });
  const field = (await screen.findByLabelText('Role 1: Responsibilities')) as HTMLTextAreaElement;
  await screen.findByRole('button', { name: 'Continue' });
  // The evidence tools (loaded on first use) are on screen for both texts.
  await screen.findByText('Evidence in Role 1: Personal Achievements');

  rendered = [];
  await act(() => {
    fireEvent.input(field, { target: { value: `${field.value}y` } });
  });
  const count = (name: string) => rendered.filter((r) => r.name === name).length;

  // The field typed in, once; none of the role's other fields, none of the other roles.
  expect(rendered.filter((r) => r.name === 'TextAreaBase').map((r) => r.label)).toEqual(['Role 1: Responsibilities']);
  expect(count('TextFieldBase')).toBe(0);
  expect(rendered.filter((r) => r.name === 'FieldEvidence').map((r) => r.label)).toEqual(['Role 1: Responsibilities']);
  expect(count('CheckboxBase')).toBe(0);
  expect(count('RoleEditorBody')).toBe(1);
  // The meter follows every key; the coverage list, the rail, the sections and the frame do not.
  expect(count('Meters')).toBe(1);
  for (const name of [
    'Refusal',
    'FormError',
    'CoverageList',
    'ApplicationScreens',
    'ApplicationSide',
    'ProgressRail',
    'SectionNav',
    'LockedNotice',
    'App',
  ]) {
    expect(count(name), name).toBe(0);
  }
  // What was typed is on screen and in the meter.
  expect(screen.getByText('Role 1: 3,001 of about 3,000 characters — over the guide')).toBeTruthy();
});
