// On every recognised page: what this step is about, in a sentence or two.
import { h } from '../dom.ts';
import type { Feature } from './feature.ts';

export const stepGuidance: Feature = {
  id: 'step-guidance',
  pages: 'all',
  hint: true,
  run(ctx) {
    return ctx.panel.addSection({
      id: 'step-guidance',
      order: 50,
      title: 'About this step',
      render: () => h('p', null, ctx.guidance),
    });
  },
};
