// Panelling Information: record the sector and specialism lists the page offers (the IET's list
// is not public), and say what the interview location should be for the linked category.
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { h } from '../dom.ts';
import { readFields } from '../extract.ts';
import type { Feature } from './feature.ts';

function options(select: HTMLSelectElement | undefined): string[] {
  if (!select) return [];
  return [...select.options].map((o) => o.text.trim()).filter((t) => t !== '' && !/^please select/i.test(t));
}

export const panelling: Feature = {
  id: 'panelling',
  pages: ['panelling'],
  run(ctx) {
    const fields = readFields(ctx.doc);
    const select = (pattern: RegExp) =>
      fields.find((f) => pattern.test(f.label) && f.control.tagName === 'SELECT')?.control as HTMLSelectElement | undefined;
    const sectors = options(select(/sector/i));
    const specialisms = options(select(/specialism/i));
    if (sectors.length) void ctx.observe('sectors', { sectors, specialisms });
    const category = ctx.linked ? CATEGORIES[ctx.linked.category] : undefined;
    return ctx.panel.addSection({
      id: 'panelling',
      order: 10,
      title: 'Sector and interview location',
      render: () => [
        h(
          'p',
          null,
          'Pick the sector and specialisms that describe your day-to-day engineering: Career Manager uses them to send your application to assessors who know that field.',
        ),
        h(
          'p',
          null,
          category
            ? category.interviewRequired
              ? `Your workbook application is for ${category.id}, which includes an interview: pick where it should take place.`
              : `Your workbook application is for ${category.id}, where an interview happens only by invitation: pick "Not Applicable" as the location.`
            : 'A CEng or IEng application includes an interview, so pick where it should take place; for EngTech and ICTTech the answer is "Not Applicable".',
        ),
        sectors.length > 0 &&
          h('p', { class: 'count' }, `${sectors.length} sectors listed on this page; the list is kept for your workbook.`),
      ],
    });
  },
};
