// Checklist and Supporting Documents: every mandatory row as read, with the status understood, so
// a misreading shows at a glance; the count never says "all complete" unless the page said so for
// every row. A row can be marked "I've done this" (kept for this page and row title, counted
// apart). The rows as read are recorded for the workbook.
import { countLine, summariseRows } from '../../../core/pages/rows.ts';
import { h } from '../dom.ts';
import type { Feature } from './feature.ts';

const UNDERSTOOD = { complete: 'complete', open: 'still to do', unknown: 'could not read' };

export const mandatoryItems: Feature = {
  id: 'mandatory-items',
  pages: ['checklist', 'documents'],
  run(ctx) {
    const rows = ctx.rows;
    const noun = ctx.kind === 'checklist' ? 'items' : 'documents';
    let marked = new Set(ctx.marks);
    // The toggles are drawn again on each change: keep focus on the one just pressed.
    const toggles = new Map<string, HTMLButtonElement>();
    const toggle = (title: string) => {
      marked = new Set(marked);
      if (marked.has(title)) marked.delete(title);
      else marked.add(title);
      ctx.mark([...marked]);
      ctx.panel.draw();
      toggles.get(title)?.focus();
    };
    const remove = ctx.panel.addSection({
      id: 'mandatory-items',
      order: 10,
      title: 'Still to do on this page',
      render: () => {
        const summary = summariseRows(rows, marked);
        toggles.clear();
        return [
          h('p', { class: 'count' }, countLine(summary, noun)),
          h(
            'ul',
            null,
            rows
              .filter((r) => r.mandatory)
              .map((row) => {
                const done = row.status !== 'complete' && marked.has(row.title);
                const item = h(
                  'li',
                  null,
                  `${row.title} — ${done ? 'you marked this done' : UNDERSTOOD[row.status]}`,
                  row.status !== 'complete' && ` (${row.statusText || 'no status shown'})`,
                );
                if (row.status !== 'complete') {
                  const button = h(
                    'button',
                    {
                      type: 'button',
                      'aria-label': `${done ? 'Not done yet' : "I've done this"}: ${row.title}`,
                      onClick: () => toggle(row.title),
                    },
                    done ? 'Not done yet' : "I've done this",
                  );
                  toggles.set(row.title, button);
                  item.append(' ', button);
                }
                return item;
              }),
          ),
          summary.optional > 0 &&
            h(
              'p',
              { class: 'count' },
              `${summary.optional} other ${summary.optional === 1 ? 'item' : 'items'}: optional, needed only where they apply to you.`,
            ),
        ];
      },
    });
    void ctx.observe(ctx.kind === 'checklist' ? 'checklist' : 'documents', {
      rows: rows.map(({ title, mandatory, statusText, status }) => ({ title, mandatory, statusText, status })),
    });
    return remove;
  },
};
