// The design system as data: every text colour reads (WCAG AA) where it is used, every token
// reaches the CSS the workbook, the export and the companion draw with, and dates are written
// one way everywhere.
import { describe, expect, test } from 'vitest';
import { formatLongDate } from '../../core/application/dates.ts';
import { designCss } from '../../core/design/css.ts';
import { formatDay, formatMoment } from '../../core/design/dates.ts';
import { COLOURS, type ColourName, SHAPE, SPACE, TYPE, tokensCss } from '../../core/design/tokens.ts';
import { exportDate, exportDateTime } from '../../core/exchange/dates.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colours', () => {
  // [text, background] pairs the CSS uses: body text, tags on their tints, buttons' labels.
  const pairs: [ColourName, ColourName][] = [
    ['text', 'surface'],
    ['text-secondary', 'surface'],
    ['text-secondary', 'surface-alt'],
    ['link', 'surface'],
    ['brand-dark', 'surface'],
    ['surface', 'brand'],
    ['surface', 'success'],
    ['surface', 'error'],
    ['error', 'surface'],
    ['error-dark', 'error-tint'],
    ['success-dark', 'success-tint'],
    ['warning-text', 'warning-tint'],
    ['warning', 'surface'],
    ['neutral-text', 'neutral-tint'],
    ['external-text', 'external-tint'],
    ['info-text', 'info-tint'],
    ['text', 'notice'],
    ['focus-text', 'focus'],
    ['text', 'brand-tint'],
  ];
  test.each(pairs)('%s on %s reads at 4.5:1 or more', (fg, bg) => {
    expect(contrast(COLOURS[fg], COLOURS[bg])).toBeGreaterThanOrEqual(4.5);
  });

  test('controls and the step rail stand out from the page at 3:1 (non-text contrast)', () => {
    for (const c of ['border-strong', 'neutral', 'success', 'brand', 'error'] as const) {
      expect(contrast(COLOURS[c], COLOURS.surface), c).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('tokens as CSS', () => {
  test('every token becomes a custom property', () => {
    const css = tokensCss();
    for (const name of Object.keys(COLOURS)) expect(css).toContain(`--pr-color-${name}:${COLOURS[name as ColourName]};`);
    for (const [name, v] of Object.entries(SPACE)) expect(css).toContain(`--pr-space-${name}:${v};`);
    for (const [name, v] of Object.entries(TYPE)) expect(css).toContain(`--pr-font-${name}:${v};`);
    for (const [name, v] of Object.entries(SHAPE)) expect(css).toContain(`--pr-shape-${name}:${v};`);
    expect(css.startsWith(':root{')).toBe(true);
  });

  test('the companion can take just the colours it uses, on its own host', () => {
    const css = tokensCss(':host', ['text', 'brand', 'focus']);
    expect(css).toBe(`:host{--pr-color-text:${COLOURS.text};--pr-color-brand:${COLOURS.brand};--pr-color-focus:${COLOURS.focus};}`);
  });

  test('the shared CSS only uses tokens that exist', () => {
    const css = designCss();
    const defined = new Set([...css.matchAll(/(--pr-[a-z0-9-]+):/g)].map((m) => m[1]));
    const used = new Set([...css.matchAll(/var\((--pr-[a-z0-9-]+)\)/g)].map((m) => m[1]));
    for (const name of used) expect(defined.has(name), name).toBe(true);
    expect(used.size).toBeGreaterThan(10);
  });
});

describe('one date format', () => {
  test('days and moments as GOV.UK writes them, the same in the export, the workbook and core messages', () => {
    expect(formatDay('2026-03-01')).toBe('1 March 2026');
    expect(formatLongDate('2026-03-01')).toBe(formatDay('2026-03-01'));
    expect(exportDate('2026-03-01')).toBe('1 March 2026');
    expect(formatMoment('2026-11-28T19:05:00.000Z', 'UTC')).toBe('28 November 2026 at 19:05 UTC');
    expect(exportDateTime('2026-11-28T19:05:00.000Z')).toBe('28 November 2026 at 19:05 UTC');
    expect(formatMoment('2026-11-28T19:05:00.000Z')).toMatch(/^\d{1,2} [A-Z][a-z]+ 2026 at \d\d:\d\d$/);
  });

  test('a calendar day never shifts with the time zone; what is not a date is shown as it is', () => {
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    expect(formatDay('')).toBe('—');
    expect(formatDay('soon')).toBe('soon');
    expect(formatMoment('soon')).toBe('soon');
  });
});
