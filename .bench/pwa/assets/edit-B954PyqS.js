import { n as d } from './create-BKwVklTC.js';
import { g as a, v as c, b as i, y as l, E as n, k as o, _ as r, r as s } from './gates-BTsHQrib.js';
import { c as t } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { t as u } from './steps-DdJx-lgL.js';
var f = e({ editApplication: () => _ }),
  p = [`name`, `personal`, `checklist`, `qualifications`, `roles`, `development`, `pra`, `scheme`, `documents`];
function m(e) {
  return e.stage === `submitted`;
}
var h = [
  [`roles`, `roles`],
  [`qualifications`, `qualifications`],
  [`development`, `development records`],
];
function g(e) {
  const t = [];
  for (const [n, r] of h) {
    const i = e[n]?.map((e) => e.id);
    i &&
      (i.some((e) => e.trim() === ``) || new Set(i).size !== i.length) &&
      t.push(l(`duplicate-id`, `Two ${r} share an id (or one has none); nothing was changed.`, `checklist`));
  }
  for (const [n, r] of Object.entries(e.documents ?? {}))
    r.typeId !== n &&
      t.push(l(`document-key-mismatch`, `A file filed under “${n}” says it is a “${r.typeId}”; nothing was changed.`, `documents`));
  return t;
}
function _(e, t, n) {
  if (m(e)) return i([a]);
  const r = g(t);
  if (r.length > 0) return i(r);
  const o = {};
  for (const e of p) t[e] !== void 0 && Object.assign(o, { [e]: structuredClone(t[e]) });
  return { ok: !0, value: { ...e, ...o, updatedAt: n } };
}
function v(e, t) {
  return e.stage === `submitted`
    ? [a]
    : e.stage === `locked`
      ? [l(`locked-unlock-first`, `The application is locked: unlock it before changing the ${t}.`, `lock`)]
      : [];
}
function y(e, n, i) {
  return r(v(e, `registration category`), () => {
    if (n === e.category) return e;
    const r = t[n].interviewRequired && e.panelling.interviewLocation !== `Not applicable` ? e.panelling.interviewLocation : d(n);
    return { ...e, category: n, panelling: { ...e.panelling, interviewLocation: r }, updatedAt: i };
  });
}
function b(e, t, n) {
  return r(v(e, `route`), () => (t === e.route ? e : { ...e, route: t, updatedAt: n }));
}
function x(e, n) {
  const r = [...new Set(n.specialisms.map((e) => e.trim()).filter((e) => e !== ``))],
    i = t[e].interviewRequired ? n.interviewLocation.trim() : u;
  return { sector: n.sector.trim(), specialisms: r, interviewLocation: i };
}
function S(e, t, r, o) {
  if (m(e)) return i([a]);
  const l = s(e, r, n(void 0, o));
  return l.length > 0 ? i(l) : c({ ...e, panelling: x(e.category, t), updatedAt: o });
}
function C(e, t, n) {
  return m(e)
    ? i([a])
    : o.some((e) => e.id === t.typeId)
      ? _(e, { documents: { ...e.documents, [t.typeId]: t } }, n)
      : i([l(`document-type-unknown`, `That is not one of the supporting document types.`, `documents`)]);
}
function w(e, t, n) {
  if (m(e)) return i([a]);
  const { [t]: r, ...o } = e.documents;
  return _(e, { documents: o }, n);
}
export { _ as t, b as c, C as o, f as n, m as r, S as s, w as i, y as a };
