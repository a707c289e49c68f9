// The progress section of the export: the path's steps, blockers and next action.

import { progress } from '../application/progress.ts';
import { STEP_STATE_WORDS } from '../rules/step-words.ts';
import type { Application, RulesInForce } from '../types.ts';
import { el, type Markup } from './markup.ts';

/** Progress along the ten steps, the next action and what blocks it, as core's progress() reports them under these rules. */
export function progressSection(app: Application, rules: RulesInForce): Markup {
  const p = progress(app, rules);
  return el(
    'section',
    null,
    el('h2', null, 'Progress'),
    el('p', null, el('strong', null, 'Next: '), p.nextAction),
    el(
      'ol',
      null,
      p.steps.map((s) =>
        el(
          'li',
          null,
          `${s.title} `,
          el('span', { class: `tag ${s.state === 'done' ? 'done' : s.state === 'blocked' ? 'warn' : 'todo'}` }, STEP_STATE_WORDS[s.state]),
          s.blockers.length
            ? el(
                'ul',
                null,
                s.blockers.map((b) => el('li', null, b.message)),
              )
            : null,
        ),
      ),
    ),
  );
}
