// On every recognised page: what this step is about, in a sentence or two.
import { ruleFor } from '../../../core/pages/recognise.ts';
import { STEP_GUIDANCE } from '../../../core/rules/guidance.ts';
import { h } from '../dom.ts';
import type { Feature } from './feature.ts';

export const stepGuidance: Feature = {
  id: 'step-guidance',
  pages: 'all',
  hint: true,
  run(ctx) {
    const step = ruleFor(ctx.kind).step;
    return ctx.panel.addSection({
      id: 'step-guidance',
      order: 50,
      title: 'About this step',
      render: () => h('p', null, STEP_GUIDANCE[step]),
    });
  },
};
