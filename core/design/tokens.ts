// The design system's tokens (colour, spacing, type, shape) as plain data. The workbook, the
// .html export and the companion overlay all draw with these, as CSS custom properties
// (`--pr-<group>-<name>`), so the three look alike. Colours are chosen for WCAG AA contrast:
// every `*-text` colour reads at 4.5:1 or more on white and on its own tint.

/** Colours by role, never by hue, so a change of palette is one edit here. */
export const COLOURS = {
  /** Body text. */
  text: '#0b0c0c',
  /** Secondary text: hints, metadata. */
  'text-secondary': '#484f53',
  /** The product's own blue: header, links, the current step. */
  brand: '#1d4f91',
  'brand-dark': '#123a6b',
  'brand-tint': '#dbe7f4',
  link: '#1d4f91',
  /** Keyboard focus: a yellow highlight with a dark bar, visible on white and on the brand colour. */
  focus: '#ffdd00',
  'focus-text': '#0b0c0c',
  surface: '#ffffff',
  'surface-alt': '#f3f2f1',
  border: '#b1b4b6',
  'border-strong': '#0b0c0c',
  /** Primary action (Continue, Create) and "done". */
  success: '#00703c',
  'success-dark': '#005a30',
  'success-tint': '#cce2d8',
  /** Errors and destructive actions. */
  error: '#c0341d',
  'error-dark': '#942514',
  'error-tint': '#f6d7d2',
  /** Things to look at: missing items, over a guide. */
  warning: '#8a4100',
  'warning-tint': '#fcd6c3',
  'warning-text': '#6e3619',
  /** Neutral tags: not started, optional. */
  neutral: '#505a5f',
  'neutral-tint': '#e5e6e7',
  'neutral-text': '#383f43',
  /** What happens in Career Manager, not in the workbook. */
  external: '#4c2c92',
  'external-tint': '#e3dcf1',
  'external-text': '#3d2375',
  /** In progress, information. */
  info: '#1d4f91',
  'info-tint': '#d2e2f1',
  'info-text': '#0c2d4a',
  /** Notes that need reading: assumptions, the lock. */
  notice: '#fff7bf',
  'notice-border': '#b58800',
} as const;

/** The spacing scale, smallest first. */
export const SPACE = {
  1: '0.25rem',
  2: '0.5rem',
  3: '0.75rem',
  4: '1rem',
  5: '1.5rem',
  6: '2rem',
  7: '3rem',
} as const;

/** Type: one family, a small set of sizes, two weights. */
export const TYPE = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  s: '0.875rem',
  m: '1rem',
  l: '1.1875rem',
  xl: '1.5rem',
  xxl: '2rem',
  line: '1.5',
  bold: '700',
  normal: '400',
} as const;

/** Shape: borders, corners, widths. */
export const SHAPE = {
  radius: '0.25rem',
  'border-width': '1px',
  'focus-width': '3px',
  'bar-height': '0.75rem',
  measure: '48rem',
  page: '72rem',
} as const;

export type ColourName = keyof typeof COLOURS;

const GROUPS = { color: COLOURS, space: SPACE, font: TYPE, shape: SHAPE } as const;

/**
 * The tokens as CSS custom properties on `selector` (":root" by default). `only` keeps just the
 * colours listed, for the companion overlay, which carries as little as it can.
 */
export function tokensCss(selector = ':root', only?: readonly ColourName[]): string {
  const lines: string[] = [];
  if (only) {
    for (const name of only) lines.push(`--pr-color-${name}:${COLOURS[name]};`);
  } else {
    for (const [group, values] of Object.entries(GROUPS)) {
      for (const [name, value] of Object.entries(values)) lines.push(`--pr-${group}-${name}:${value};`);
    }
  }
  return `${selector}{${lines.join('')}}`;
}
