// The "works offline" message: announced politely, dismissible, gone on the next screen, and
// said only once per device.

import { act, cleanup, screen } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { offlineReady } from '../../pwa/src/sw/update.ts';
import { freshWorkbook, go, renderAt } from './workbook-helpers.tsx';

const MESSAGE = 'The workbook now works offline on this device.';

beforeEach(async () => {
  await freshWorkbook();
  localStorage.clear();
  offlineReady.value = false;
});

test('the message appears in a polite live region that was already on the page, and can be dismissed', async () => {
  renderAt({ name: 'applications' });
  await screen.findByRole('heading', { level: 2 });
  const region = screen.getAllByRole('status').find((el) => el.closest('.offline-ready'));
  expect(region?.textContent).toBe('');
  await act(() => {
    offlineReady.value = true;
  });
  expect(region?.textContent).toBe(MESSAGE);
  await act(() => {
    screen.getByRole('button', { name: 'Dismiss offline message' }).click();
  });
  expect(screen.queryByText(MESSAGE)).toBeNull();
  expect(screen.queryByRole('button', { name: 'Dismiss offline message' })).toBeNull();
});

test('the message goes when the user moves to another screen, and is not shown again on a later visit', async () => {
  renderAt({ name: 'applications' });
  await act(() => {
    offlineReady.value = true;
  });
  expect(screen.getByText(MESSAGE)).toBeTruthy();
  await go({ name: 'settings' });
  expect(screen.queryByText(MESSAGE)).toBeNull();
  // A later visit (a new page) where the service worker reports ready again.
  cleanup();
  offlineReady.value = false;
  renderAt({ name: 'applications' });
  await act(() => {
    offlineReady.value = true;
  });
  expect(screen.queryByText(MESSAGE)).toBeNull();
});
