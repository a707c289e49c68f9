import { t as s } from './CommentItems-CD5AkkTo.js'; /* empty css                 */
import { t as o } from './live-LaEoI2N9.js';
import { m as a, i } from './reviews-DBMJmYnn.js';
import { _ as e, p as n, s as r, m as t } from './shell-DICWaD9d.js';
var c = e(null);
function l({ applicationId: e, children: t }) {
  const n = o(() => i(e), [e], []);
  return r(c.Provider, { value: n, children: t });
}
function u({ app: e, anchor: n }) {
  const i = t(c);
  return i ? r(f, { app: e, anchor: n, rows: i.value }) : r(d, { app: e, anchor: n });
}
function d({ app: e, anchor: t }) {
  const n = o(() => i(e.id), [e.id], []);
  return r(f, { app: e, anchor: t, rows: n.value });
}
function f({ app: e, anchor: t, rows: i }) {
  const o = n(new Set()).current,
    c = i.filter((e) => a(e.data.comment.anchor, t));
  for (const e of c) e.data.resolvedAt === null && o.add(e.id);
  return r(s, { app: e, anchor: t, rows: c.filter((e) => o.has(e.id)) });
}
export { l as n, u as t };
