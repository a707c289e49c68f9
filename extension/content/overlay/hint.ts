// One guidance hint placed beside something on a Career Manager page; closed until asked for.
import { h } from '../dom.ts';

export function hint(subject: string, text: string, assumed = false): HTMLElement {
  return h(
    'details',
    null,
    h('summary', null, 'Guidance', h('span', { class: 'sr' }, ` on ${subject}`)),
    h('p', { class: 'hint' }, text, assumed && ' (Our assumption: check this in Career Manager.)'),
  );
}
