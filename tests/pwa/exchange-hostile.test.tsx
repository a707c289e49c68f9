// Hostile text in every field stays text in the workbook: in mentor mode, in the applicant's
// comment view and in briefings nothing becomes an element, an attribute or a script.

import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { againstOf } from '../../core/exchange/anchors.ts';
import { serializeApplication } from '../../core/exchange/format.ts';
import { serializeReview } from '../../core/exchange/review.ts';
import { hostileSample } from '../core/exchange/sample.ts';
import { chooseFile, cleanWorkbook, renderExchange, renderReviews, store } from './exchange-helpers.tsx';

beforeEach(cleanWorkbook);
afterEach(() => {
  vi.restoreAllMocks();
  expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Nothing in the rendered screen came from user text: no script, frame, svg, link with script, handler attribute, or foreign image. */
function expectNoInjectedMarkup(root: Element) {
  expect(root.querySelectorAll('script, iframe, svg, object, embed').length).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
  }
  for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
  for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\/(png|jpeg|gif|webp);base64,/);
}

test('mentor mode shows a hostile file as plain text', async () => {
  const { app, bytes } = hostileSample();
  const { container } = renderReviews();
  chooseFile(screen.getByLabelText('Open an application to review'), JSON.stringify(serializeApplication(app, bytes)), 'x.json');
  await screen.findByRole('heading', { name: `Reviewing: ${app.name}` });
  // The payloads are visible, as text.
  expect(screen.getAllByText(app.roles[0]!.achievements).length).toBeGreaterThan(0);
  expectNoInjectedMarkup(container);
  // The accountability diagram is a real PNG and is the only image.
  expect(container.querySelectorAll('img').length).toBe(1);
});

test('the applicant view shows hostile mentor comments and names as plain text', async () => {
  const { app, bytes } = hostileSample();
  await store(app, bytes);
  const evil = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
  const review = serializeReview({
    id: 'r',
    mentor: evil,
    createdAt: app.createdAt,
    application: { id: app.id, name: app.name, category: app.category, route: app.route },
    comments: [
      {
        id: 'c1',
        anchor: { kind: 'role', roleId: 'r1', field: 'achievements' },
        text: evil,
        at: app.createdAt,
        against: againstOf(app, { kind: 'role', roleId: 'r1', field: 'achievements' }),
      },
      {
        id: 'c2',
        anchor: { kind: 'checklist', itemId: 'pra-consultation' },
        text: 'javascript:alert(1)',
        at: app.createdAt,
        against: { sha256: '0'.repeat(64), excerpt: evil },
      },
    ],
  });
  const { container } = renderExchange(app.id);
  chooseFile(await screen.findByLabelText("Import a mentor's review"), JSON.stringify(review), 'r.json');
  await screen.findByText(`Imported 2 comments from ${evil}.`);
  // The comment itself, and the text the outdated one was written against, as text.
  expect((await screen.findAllByText(evil)).length).toBeGreaterThanOrEqual(2);
  expectNoInjectedMarkup(container);
});

test('supporter briefings show hostile names and roles as plain text', async () => {
  const { app, bytes } = hostileSample();
  await store(app, bytes);
  const { container } = renderExchange(app.id);
  const show = await screen.findByRole('button', { name: `Show the briefing for ${app.supporters[0]!.name}` });
  await act(async () => {
    fireEvent.click(show);
  });
  expect(container.textContent).toContain(app.roles[0]!.title);
  expectNoInjectedMarkup(container);
});
