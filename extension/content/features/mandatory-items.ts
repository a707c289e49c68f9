// Checklist and Supporting Documents: what is still to do on this page, as the page shows it,
// with counts; and the rows as shown are recorded for the workbook.
import { summariseRows } from '../../../core/pages/rows.ts';
import { h } from '../dom.ts';
import { readRows } from '../extract.ts';
import type { Feature } from './feature.ts';

export const mandatoryItems: Feature = {
  id: 'mandatory-items',
  pages: ['checklist', 'documents'],
  run(ctx) {
    const rows = readRows(ctx.doc);
    const summary = summariseRows(rows);
    const noun = ctx.kind === 'checklist' ? 'mandatory items' : 'mandatory documents';
    const left = summary.incomplete.length;
    const remove = ctx.panel.addSection({
      id: 'mandatory-items',
      order: 10,
      title: 'Still to do on this page',
      render: () => [
        h(
          'p',
          { class: 'count' },
          left === 0 ? `All ${summary.mandatory} ${noun} are complete.` : `${left} of ${summary.mandatory} ${noun} still incomplete`,
        ),
        left > 0 &&
          h(
            'ul',
            null,
            summary.incomplete.map((row) => h('li', null, `${row.title} (${row.statusText})`)),
          ),
        summary.optional > 0 &&
          h(
            'p',
            { class: 'count' },
            `${summary.optional} other ${summary.optional === 1 ? 'item' : 'items'}: optional, needed only where they apply to you.`,
          ),
      ],
    });
    void ctx.observe(ctx.kind === 'checklist' ? 'checklist' : 'documents', {
      rows: rows.map(({ title, mandatory, statusText }) => ({ title, mandatory, statusText })),
    });
    return remove;
  },
};
