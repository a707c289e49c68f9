// Precision and recall of suggestCompetences on labelled paragraphs: a suggestion is right when
// a reviewer tagged that competence for the paragraph (counted per paragraph and competence).
import { suggestCompetences } from '../core/evidence/suggest.ts';
import type { Sample } from '../tests/core/evidence/samples/sample.ts';

export interface Quality {
  paragraphs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Micro-averaged precision and recall over (paragraph, competence) pairs. */
export function quality(samples: readonly Sample[], threshold?: number): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of samples) {
    const got = new Set(suggestCompetences(s.text, s.category, threshold).map((x) => x.code));
    const want = new Set(s.codes);
    for (const c of got)
      if (want.has(c)) tp++;
      else fp++;
    for (const c of want) if (!got.has(c)) fn++;
  }
  return {
    paragraphs: samples.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** One line per set: "held-out (26 paragraphs)  precision 0.80  recall 0.70  (tp 21, fp 5, fn 9)". */
export function qualityLine(label: string, q: Quality): string {
  return `  ${`${label} (${q.paragraphs} paragraphs)`.padEnd(40)} precision ${q.precision.toFixed(2)}  recall ${q.recall.toFixed(2)}  (tp ${q.truePositives}, fp ${q.falsePositives}, fn ${q.falseNegatives})`;
}
