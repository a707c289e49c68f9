import { n as r } from './format-CWqq_xR4.js';
import { c as e, p as n, d as t } from './reviews-DBMJmYnn.js';
import { s as i } from './shell-DICWaD9d.js';
function a({ app: e, anchor: n, rows: r }) {
  return r.length === 0
    ? null
    : i(`ul`, {
        class: `xc-comments`,
        'aria-label': `Mentor comments on ${t(e, n)}`,
        children: r.map((t) => i(o, { row: t, app: e }, t.id)),
      });
}
function o({ row: a, app: o }) {
  const { comment: s, mentor: c, resolvedAt: l } = a.data,
    u = n(o, s);
  return i(`li`, {
    class: `xc-comment${u ? ` outdated` : ``}${l ? ` resolved` : ``}`,
    children: [
      i(`p`, {
        class: `hint`,
        children: [
          c || `Mentor`,
          `, `,
          r(s.at),
          ` · `,
          t(o, s.anchor),
          u && i(`strong`, { class: `xc-flag`, children: ` · Outdated: the text has changed since this comment was written` }),
          l && i(`span`, { children: [` · Resolved `, r(l)] }),
        ],
      }),
      i(`p`, { class: `xc-prose`, children: s.text }),
      u &&
        i(`details`, {
          children: [
            i(`summary`, { children: `The text it was written against` }),
            i(`p`, { class: `xc-prose xc-against`, children: s.against.excerpt || `(empty)` }),
          ],
        }),
      i(`button`, {
        type: `button`,
        'aria-label': `${l ? `Reopen` : `Resolve`} comment: ${s.text.slice(0, 40)}`,
        onClick: () => void e(a, l === null),
        children: l ? `Reopen` : `Resolve`,
      }),
    ],
  });
}
export { a as t, o as n };
