import { expect, test } from 'vitest';
import { checkLevel } from '../core/evidence/level.ts';
import { suggestCompetences } from '../core/evidence/suggest.ts';
import type { CategoryId } from '../core/types.ts';
import { HELD_OUT } from '../tests/core/evidence/samples/held-out.ts';
import { TUNING } from '../tests/core/evidence/samples/tuning.ts';
import { quality, qualityLine } from './evidence-quality.ts';
import { medianMs, report } from './measure.ts';

const CATEGORIES: CategoryId[] = ['CEng', 'IEng', 'EngTech', 'ICTTech'];

test('suggestion precision and recall on the labelled sample paragraphs', () => {
  const lines = ['\nevidence: suggestion quality (aim: precision ≥ 0.70 at recall ≥ 0.60)'];
  lines.push(qualityLine('tuning set', quality(TUNING)));
  lines.push(qualityLine('held-out set (never tuned on)', quality(HELD_OUT)));
  lines.push(qualityLine('held-out, weak hints shown too', quality(HELD_OUT, 1)));
  for (const category of CATEGORIES) {
    lines.push(qualityLine(`held-out, ${category}`, quality(HELD_OUT.filter((s) => s.category === category))));
  }
  console.log(lines.join('\n'));
  expect(quality(HELD_OUT).paragraphs).toBeGreaterThan(0);
});

/** A role of about `length` characters, made of sample paragraphs of that category. */
function role(category: CategoryId, length: number): string {
  const texts = [...TUNING, ...HELD_OUT].filter((s) => s.category === category).map((s) => s.text);
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${texts[i % texts.length]}\n\n`;
  return out.slice(0, length);
}

test('suggestions and the level check on a 3,000-character role, against reading its words once', () => {
  const text = role('CEng', 3000);
  const long = role('EngTech', 100_000);
  const floor = medianMs(() => text.match(/[\p{L}\p{N}]+/gu), 101, 10);
  const both = medianMs(() => [suggestCompetences(text, 'CEng'), checkLevel(text, 'CEng')], 101, 10);
  report('evidence: speed', 'one Unicode word scan of the 3,000 characters', floor, {
    'suggestCompetences, 3,000 characters': medianMs(() => suggestCompetences(text, 'CEng'), 101, 10),
    'checkLevel, 3,000 characters': medianMs(() => checkLevel(text, 'CEng'), 101, 10),
    'both together (what runs after a pause in typing)': both,
    'both on 100,000 characters (hostile paste)': medianMs(() => [suggestCompetences(long, 'EngTech'), checkLevel(long, 'EngTech')], 7, 1),
  });
  console.log(`  both together on 3,000 characters: ${both.toFixed(2)} ms (one frame is 16 ms)`);
  expect(suggestCompetences(text, 'CEng').length).toBeGreaterThan(0);
});
