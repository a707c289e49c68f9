// On every recognised page: what this step is about, in a sentence or two.
import { h } from 'preact';
import { STEP_GUIDANCE } from '../../../core/index.ts';
import { ruleFor } from '../../../core/pages/index.ts';
import type { Feature } from './feature.ts';

export const stepGuidance: Feature = {
  id: 'step-guidance',
  pages: 'all',
  hint: true,
  run(ctx) {
    const step = ruleFor(ctx.kind).step;
    return ctx.overlay.addSection({
      id: 'step-guidance',
      order: 50,
      title: 'About this step',
      render: () => h('p', null, STEP_GUIDANCE[step]),
    });
  },
};
