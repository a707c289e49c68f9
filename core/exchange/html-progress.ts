// The progress section of the export: the ten steps drawn as the workbook's rail draws them
// (each with its state in words), the mandatory items as a bar, blockers and the next action.

import { mandatoryProgress } from '../application/parts.ts';
import { progress } from '../application/progress.ts';
import { STEP_TONE, stepOfWords } from '../design/vocabulary.ts';
import { stepStateWords } from '../rules/step-words.ts';
import { STEP_IDS } from '../rules/steps.ts';
import type { Application, RulesInForce } from '../types.ts';
import { el, type Markup } from './markup.ts';

/** A bar drawn to `share` (0–1) of its length, with its words beside it for every reader. */
function barLine(share: number, words: string): Markup {
  const percent = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return el(
    'div',
    { class: 'bar-line' },
    el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'bar-fill', style: `width:${percent}%` })),
    el('span', null, words),
  );
}

/** Progress along the ten steps, the next action and what blocks it, as core's progress() reports them under these rules. */
export function progressSection(app: Application, rules: RulesInForce): Markup {
  const p = progress(app, rules);
  const index = STEP_IDS.indexOf(p.current);
  const items = mandatoryProgress(app, rules);
  return el(
    'section',
    null,
    el('h2', null, 'Progress'),
    el('p', { class: 'rail-where' }, el('strong', null, stepOfWords(index, STEP_IDS.length)), `: ${p.steps[index]?.title ?? ''}`),
    el('p', null, el('strong', null, 'Next: '), p.nextAction),
    barLine(items.total ? items.done / items.total : 1, `${items.done} of ${items.total} mandatory items done`),
    el(
      'ol',
      { class: 'rail-steps is-listed', 'aria-label': 'Steps of the application' },
      p.steps.map((s) =>
        el(
          'li',
          { class: `rail-step is-${s.state}` },
          el('span', { class: 'rail-mark', 'aria-hidden': 'true' }),
          el('span', { class: 'rail-label' }, s.title),
          el('span', { class: `tag tag-${STEP_TONE[s.state]}` }, stepStateWords(s)),
          s.blockers.length
            ? el(
                'ul',
                { class: 'rail-blockers' },
                s.blockers.map((b) => el('li', null, b.message)),
              )
            : null,
        ),
      ),
    ),
  );
}
