// What our rules suggest about the role text the applicant is writing in Career Manager: the
// competences its words may evidence and the level check's marks, live. Only the applicant's own
// typing (trusted input) asks, after a pause; the rules run in the background (they would not fit
// the page's script budget), which answers with plain sentences drawn here as text.
import { fieldKind } from '../../../core/pages/fields.ts';
import type { EvidenceReply } from '../../background/evidence.ts';
import { api } from '../../shared/api.ts';
import { fill, h } from '../dom.ts';
import { readFields } from '../extract.ts';
import type { Feature } from './feature.ts';

/** How long typing must pause before the text is read again. */
const PAUSE_MS = 400;

export const roleEvidence: Feature = {
  id: 'role-evidence',
  pages: ['role'],
  run(ctx) {
    const fields = readFields(ctx.doc).filter((f) => f.control.tagName === 'TEXTAREA' && fieldKind(f.label) !== 'other');
    if (fields.length === 0) return undefined;
    // Kept across updates, so a screen reader hears the new count once typing pauses.
    const status = h('p', { role: 'status', class: 'count' });
    const shown = h('div', null, h('p', { class: 'count' }, 'Type in a role field to see them.'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    const onInput = (event: Event) => {
      const field = fields.find((f) => f.control === event.target);
      if (!event.isTrusted || !field) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const turn = ++asked;
        const reply = (await api.runtime
          .sendMessage({ type: 'evidence', field: field.label, text: field.control.value })
          .catch(() => null)) as EvidenceReply | null;
        if (turn !== asked || !reply) return;
        status.textContent = reply.status;
        fill(
          shown,
          reply.lines.map((line) => h('p', null, line)),
          reply.lists.map((list) => [
            h('h4', null, list.title),
            list.items.length > 0 &&
              h(
                'ul',
                null,
                list.items.map((i) => h('li', null, i)),
              ),
          ]),
        );
      }, PAUSE_MS);
    };
    for (const f of fields) f.control.addEventListener('input', onInput);
    const remove = ctx.panel.addSection({
      id: 'role-evidence',
      order: 30,
      title: 'Suggestions from our rules',
      render: () => [status, shown],
    });
    return () => {
      clearTimeout(timer);
      asked++;
      for (const f of fields) f.control.removeEventListener('input', onInput);
      remove();
    };
  },
};
