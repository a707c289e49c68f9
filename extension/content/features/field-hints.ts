// A guidance hint beside each long text field on a recognised page.
import { fieldHint, fieldKind } from '../../../core/pages/fields.ts';
import { readFields } from '../extract.ts';
import { hint } from '../overlay/hint.ts';
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
      ctx.place(label, 'afterend').append(hint(field.label, fieldHint(fieldKind(field.label))));
    }
    return undefined;
  },
};
