// The exported page reads well for people: document titles rather than ids, tables that stack on
// a narrow screen, dates as the workbook writes them.
import { describe, expect, test } from 'vitest';
import { progress } from '../../../core/application/progress.ts';
import { describePages, estimatePages } from '../../../core/application/text.ts';
import { exportDate, exportDateTime } from '../../../core/exchange/dates.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { DEFAULT_RULES } from '../../../core/rules/adjustable.ts';
import { STEP_STATE_WORDS } from '../../../core/rules/step-words.ts';
import { formatDate } from '../../../pwa/src/ui/format.ts';
import { sampleApplication } from './sample.ts';

const section = (html: string, title: string) => {
  const start = html.indexOf(`<h2>${title}</h2>`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('the exported page', () => {
  test('a document whose type no longer applies shows its type title and says it is not needed, never the raw id', () => {
    const { app, bytes } = sampleApplication();
    // EngTech has no accountability diagram; the uploaded one stays in the application.
    const html = renderApplicationHtml({ ...app, category: 'EngTech' }, bytes);
    const docs = section(html, 'Supporting documents');
    expect(docs).toContain(
      '<strong>Accountability diagram</strong> <span class="tag tag-neutral">not needed for this category and route</span>',
    );
    expect(docs).not.toMatch(/>accountability-diagram</);
  });

  test('the competence advice item reads as optional advice, not as a list of missing requirements', () => {
    const { app, bytes } = sampleApplication();
    const checklist = section(renderApplicationHtml(app, bytes), 'Registration checklist');
    const row = checklist.slice(checklist.indexOf('Evidence for every competence'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('Optional advice');
    expect(row.slice(0, row.indexOf('</tr>'))).not.toContain('Missing:');
  });

  test('an optional item that does not apply is never shown as missing', () => {
    const { app, bytes } = sampleApplication();
    const checklist = section(renderApplicationHtml(app, bytes), 'Registration checklist');
    const row = checklist.slice(checklist.indexOf('Completed professional development scheme'));
    expect(row.slice(0, row.indexOf('</tr>'))).not.toContain('Missing:');
  });

  test('every table cell carries its column name, so narrow screens can stack rows', () => {
    const { app, bytes } = sampleApplication();
    const html = renderApplicationHtml(app, bytes);
    const checklist = section(html, 'Registration checklist');
    const cells = checklist.match(/<td[^>]*>/g) ?? [];
    expect(cells.length).toBeGreaterThan(4);
    for (const cell of cells) expect(cell).toMatch(/^<td data-label="(Item|Needed|State|Notes)">$/);
    expect(html).toContain('@media screen and (max-width: 40rem)');
  });

  test('dates read as the workbook writes them (one format, from core), times in UTC and said so', () => {
    expect(exportDate('2026-11-28')).toBe('28 November 2026');
    expect(exportDate('2026-11-28T23:30:00.000Z')).toBe('28 November 2026');
    expect(exportDate('')).toBe('—');
    expect(exportDateTime('2026-11-28T19:05:00.000Z')).toBe('28 November 2026 at 19:05 UTC');
    expect(exportDate('2026-03-01')).toBe(formatDate('2026-03-01'));
    const { app, bytes } = sampleApplication();
    const html = renderApplicationHtml(app, bytes, { exportedAt: '2026-11-28T19:05:00.000Z' });
    expect(html).toContain('Exported 28 November 2026 at 19:05 UTC from ProReg Companion.');
    expect(html).toContain('Being prepared');
    expect(html).not.toContain('stage: draft');
  });

  test('the estimated length is in the workbook\'s words: a short application is "less than a page", never "about 0 pages"', () => {
    const { app, bytes } = sampleApplication({ roles: [] });
    const html = renderApplicationHtml(app, bytes);
    expect(html).toContain('Estimated length when printed: less than a page (career history less than a page).');
    expect(html).not.toMatch(/about 0(\.\d)? (printed )?pages?/);
    const longer = sampleApplication();
    const roles = Array.from({ length: 12 }, (_, i) => ({
      ...longer.app.roles[0]!,
      id: `r${i}`,
      responsibilities: 'Designed it. '.repeat(300),
    }));
    const pages = estimatePages({ ...longer.app, roles }, DEFAULT_RULES);
    expect(pages.total).toBeGreaterThan(1);
    expect(renderApplicationHtml({ ...longer.app, roles }, longer.bytes)).toContain(
      `Estimated length when printed: ${describePages(pages.total)} (career history ${describePages(pages.career)}).`,
    );
  });

  test('each step\'s state uses the same words as the workbook and the extension: "In progress", "Not available yet"', () => {
    const { app, bytes } = sampleApplication();
    const steps = section(renderApplicationHtml(app, bytes), 'Progress');
    const states = progress(app, DEFAULT_RULES).steps.map((s) => s.state);
    expect(states).toContain('current');
    expect(STEP_STATE_WORDS.current).toBe('In progress');
    expect(STEP_STATE_WORDS.blocked).toBe('Not available yet');
    for (const state of states) expect(steps).toContain(`>${STEP_STATE_WORDS[state]}</span>`);
    expect(steps).not.toMatch(/current step|>blocked</);
  });
});
