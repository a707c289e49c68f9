// A live character count on a role's Responsibilities and Personal Achievements against the
// per-role guide (the two fields together), updated as the applicant types in Career Manager.
import { countChars } from '../../../core/application/text.ts';
import { fieldKind } from '../../../core/pages/fields.ts';
import { fill, h } from '../dom.ts';
import { readFields } from '../extract.ts';
import type { Feature } from './feature.ts';

/** "3,000", as en-GB writes whole numbers (an Intl.NumberFormat costs tens of ms to create in a fresh content-script world). */
const fmt = { format: (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') };

export const roleLength: Feature = {
  id: 'role-length',
  pages: ['role'],
  run(ctx) {
    const fields = readFields(ctx.doc).filter((f) => f.control.tagName === 'TEXTAREA' && fieldKind(f.label) !== 'other');
    if (fields.length === 0) return undefined;
    // The workbook's guide where it sent one (the applicant may have changed it in Settings).
    const guide = ctx.limits.charsPerRole;
    const mounts = fields.map((f) => ({ field: f, mount: ctx.place(f.control, 'afterend', 'below') }));
    const update = () => {
      const role = fields.reduce((sum, f) => sum + countChars(f.control.value), 0);
      const over = role - guide;
      for (const { field, mount } of mounts) {
        fill(
          mount,
          h(
            'p',
            { class: 'count' },
            `${field.label}: ${fmt.format(countChars(field.control.value))} characters. This role: ${fmt.format(role)} of about ${fmt.format(guide)}`,
            over > 0 && h('span', { class: 'over' }, ` (${fmt.format(over)} over the guide)`),
          ),
        );
      }
    };
    update();
    for (const f of fields) f.control.addEventListener('input', update);
    return () => {
      for (const f of fields) f.control.removeEventListener('input', update);
    };
  },
};
