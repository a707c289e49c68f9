// One build in the worker: compose the pages as they are; if that is over the limit, reduce the
// pictures step by step (SHRINK_STEPS) and keep the first result that fits, or the one at the
// legibility floor. The result is never larger than the pages put together as they are.
import type { BuiltPage } from '../../../core/types.ts';
import { compose } from './compose.ts';
import { describeStep, SHRINK_STEPS } from './ladder.ts';
import type { BuildOutcome, SourceFile } from './protocol.ts';
import { applyReplacements, findPictures, type Replacement, reencode } from './shrink.ts';

export type Progress = (fraction: number, text: string) => void;

const COMPOSE_SHARE = 0.2;

export async function build(
  sources: readonly SourceFile[],
  pages: readonly BuiltPage[],
  limit: number,
  progress: Progress,
): Promise<BuildOutcome> {
  progress(0, 'Putting the pages together');
  const { doc, photos } = await compose(sources, pages, (done) =>
    progress((COMPOSE_SHARE * done) / pages.length, `Putting the pages together: page ${done} of ${pages.length}`),
  );
  const plain = await doc.save();
  const base = { plainSize: plain.length, notes: [] as string[] };
  if (plain.length <= limit) {
    return { ...base, bytes: plain, step: null, fits: true, reducedImages: 0 };
  }
  const { pictures, kept } = findPictures(doc, photos);
  // The first step that fits, found by halving (a later step never makes a file larger): a few
  // trial encodings instead of one per step. Without a fit, the floor's result is kept.
  const tried = new Map<number, { bytes: Uint8Array; reduced: number }>();
  const attempt = async (k: number) => {
    const step = SHRINK_STEPS[k]!;
    const replacements: Replacement[] = [];
    for (const [i, picture] of pictures.entries()) {
      progress(
        COMPOSE_SHARE + (1 - COMPOSE_SHARE) * Math.min(0.95, (tried.size + i / Math.max(1, pictures.length)) / 3),
        `Trying pictures at ${describeStep(step)}: picture ${i + 1} of ${pictures.length}`,
      );
      const replacement = await reencode(picture, step);
      if (replacement) replacements.push(replacement);
    }
    const undo = applyReplacements(doc, replacements);
    const bytes = await doc.save();
    undo();
    const result = { bytes, reduced: replacements.length };
    tried.set(k, result);
    return result;
  };
  let low = 0;
  let high = SHRINK_STEPS.length - 1;
  let fit: number | null = null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if ((await attempt(middle)).bytes.length <= limit) {
      fit = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  const chosen = fit ?? SHRINK_STEPS.length - 1;
  const best = { ...(tried.get(chosen) ?? (await attempt(chosen))), step: chosen };
  progress(1, 'Done');
  if (kept > 0) {
    base.notes.push(
      `${kept} ${kept === 1 ? 'picture is' : 'pictures are'} of a kind this cannot reduce (such as black-and-white fax or JPEG 2000 scans, or printing colours), so ${kept === 1 ? 'it is' : 'they are'} kept as ${kept === 1 ? 'it is' : 'they are'}.`,
    );
  }
  // Never larger than the pages as they were.
  if (best.reduced === 0 || best.bytes.length >= plain.length) {
    base.notes.push('No picture in these pages could be made smaller, so the file is as large as the pages put together.');
    return { ...base, bytes: plain, step: null, fits: false, reducedImages: 0 };
  }
  return { ...base, bytes: best.bytes, step: best.step, fits: best.bytes.length <= limit, reducedImages: best.reduced };
}
