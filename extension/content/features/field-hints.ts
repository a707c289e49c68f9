// A guidance hint beside each long text field on a recognised page.
import { h, render } from 'preact';
import { fieldHint, fieldKind } from '../../../core/pages/fields.ts';
import { readFields } from '../extract.ts';
import { Hint } from '../overlay/Hint.tsx';
import type { Feature } from './feature.ts';

export const fieldHints: Feature = {
  id: 'field-hints',
  pages: 'all',
  hint: true,
  run(ctx) {
    for (const field of readFields(ctx.doc)) {
      if (field.control.tagName !== 'TEXTAREA') continue;
      const label = field.control.labels?.[0];
      if (!label) continue;
      render(h(Hint, { subject: field.label, text: fieldHint(fieldKind(field.label)) }), ctx.place(label, 'afterend'));
    }
  },
};
