// The tab's title names the screen on show, after leaving an application too (screen readers
// announce it; WCAG 2.4.2), never the screen left behind.

import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { freshWorkbook, go, renderAt, storedApplication } from './workbook-helpers.tsx';

beforeEach(freshWorkbook);

test('each screen names itself in the title, whichever screen came before', async () => {
  const app = await storedApplication();
  renderAt({ name: 'app', id: app.id, screen: 'overview' });
  await waitFor(() => expect(document.title).toBe('Overview — ProReg Companion'));
  const visits: [Parameters<typeof go>[0], string][] = [
    [{ name: 'applications' }, 'Your applications — ProReg Companion'],
    [{ name: 'settings' }, 'Settings — ProReg Companion'],
    [{ name: 'import' }, 'Import or review — ProReg Companion'],
    [{ name: 'reviews' }, 'Reviews — ProReg Companion'],
    [{ name: 'rules' }, 'Rules — ProReg Companion'],
  ];
  for (const [at, title] of visits) {
    await go(at);
    await waitFor(() => expect(document.title).toBe(title));
  }
  await go({ name: 'app', id: app.id, screen: 'career' });
  await screen.findByRole('heading', { level: 2, name: 'Career history' });
  await waitFor(() => expect(document.title).toBe('Career history — ProReg Companion'));
});
