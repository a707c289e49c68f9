// The draft picker names each workbook role so the applicant can tell them apart.
import { expect, test } from 'vitest';
import { roleOptionLabel } from '../../extension/content/features/role-option.ts';

test('a role is named by title and employer, and by its number while either is still blank', () => {
  expect(roleOptionLabel({ title: 'Protection Engineer', employer: 'Southgate Power' }, 0)).toBe('Protection Engineer at Southgate Power');
  expect(roleOptionLabel({ title: '', employer: '' }, 2)).toBe('Role 3 (no title or employer yet)');
  expect(roleOptionLabel({ title: '  ', employer: ' ' }, 0)).toBe('Role 1 (no title or employer yet)');
  expect(roleOptionLabel({ title: 'Graduate Engineer', employer: '' }, 1)).toBe('Graduate Engineer (no employer yet)');
  expect(roleOptionLabel({ title: '', employer: 'Acme Ltd' }, 3)).toBe('Role 4 at Acme Ltd (no title yet)');
});
