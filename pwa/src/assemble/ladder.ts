// The steps pictures are reduced in, until a built file fits the size limit, and the floor below
// which small print stops being readable. Like Stirling-PDF: 150, then 100, then 72 dots per inch.

export interface ShrinkStep {
  /** Dots per inch of the page a picture is reduced to (never enlarged). */
  dpi: number;
  /** JPEG quality, 0–1. */
  quality: number;
}

/** Tried in order; the last is the legibility floor: nothing is made smaller than that. */
export const SHRINK_STEPS: readonly ShrinkStep[] = [
  { dpi: 150, quality: 0.8 },
  { dpi: 150, quality: 0.65 },
  { dpi: 120, quality: 0.6 },
  { dpi: 100, quality: 0.6 },
  { dpi: 100, quality: 0.5 },
  { dpi: 85, quality: 0.5 },
  { dpi: 72, quality: 0.45 },
];

export const LEGIBILITY_FLOOR: ShrinkStep = SHRINK_STEPS[SHRINK_STEPS.length - 1]!;

/** A step in words: "100 dpi at 60 % JPEG quality". */
export function describeStep(step: ShrinkStep): string {
  return `${step.dpi} dpi at ${Math.round(step.quality * 100)} % JPEG quality`;
}

/**
 * The pixel size a picture of `width`×`height` pixels is reduced to so that, filling a page of
 * `pageWidth`×`pageHeight` points, it has `dpi` dots per inch; never larger than it is.
 */
export function targetSize(
  width: number,
  height: number,
  pageWidth: number,
  pageHeight: number,
  dpi: number,
): { width: number; height: number } {
  const long = (Math.max(pageWidth, pageHeight) / 72) * dpi;
  const short = (Math.min(pageWidth, pageHeight) / 72) * dpi;
  const scale = Math.min(1, long / Math.max(width, height), short / Math.min(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
