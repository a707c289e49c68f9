import { n as e, t } from './database-B77HwGRQ.js';
import {
  n as _,
  S as a,
  u as b,
  x as C,
  b as c,
  f as d,
  g as f,
  m as g,
  l as h,
  O as i,
  c as l,
  k as m,
  D as n,
  _ as o,
  h as p,
  E as r,
  w as S,
  a as s,
  d as u,
  p as v,
  y as w,
  v as x,
  t as y,
} from './dist-rV10dAIq.js';
import { a as T } from './shell-DICWaD9d.js';
import './store-DOvgdwdx.js';
var E = `proreg-workbook`,
  D = `proreg-extension`,
  O = C(r(), u(1e5)),
  k = C(r(), u(2e3)),
  A = C(r(), v(1), u(200)),
  j = C(r(), l()),
  M = o({ title: k, mandatory: _(), statusText: k }),
  N = o({ name: k, status: k, comments: C(y(o({ competence: k, text: O })), u(100)) }),
  P = { id: A, at: j, url: k, applicationId: p(A) },
  F = m(`kind`, [
    o({ ...P, kind: h(`checklist`), data: o({ rows: C(y(M), u(200)) }) }),
    o({ ...P, kind: h(`documents`), data: o({ rows: C(y(M), u(200)) }) }),
    o({ ...P, kind: h(`lock-state`), data: o({ locked: _() }) }),
    o({ ...P, kind: h(`sectors`), data: o({ sectors: C(y(k), u(500)), specialisms: C(y(k), u(500)) }) }),
    o({ ...P, kind: h(`supporter-comments`), data: o({ supporters: C(y(N), u(50)) }) }),
  ]),
  I = b({ id: A, employer: k, title: k, responsibilities: O, achievements: O }),
  L = b({
    id: A,
    name: k,
    category: c([`CEng`, `IEng`, `EngTech`, `ICTTech`]),
    route: c([`standard`, `streamlined`]),
    stage: c([`draft`, `locked`, `submitted`]),
    updatedAt: j,
    roles: C(y(I), u(100)),
    checklist: a(r(), i()),
    documents: a(r(), i()),
    supporters: y(i()),
    panelling: b({ sector: k, specialisms: y(k), interviewLocation: k }),
  }),
  R = C(f(), s(), g(0), d(0xe8d4a51000)),
  z = w(o({ charsPerRole: R, maxPages: R, careerPagesMin: R, careerPagesMax: R, maxFileSize: R, supportersRequired: R, charsPerPage: R }));
function B(e) {
  return { ...T, ...Object.fromEntries(Object.entries(e ?? {}).filter(([, e]) => e !== void 0)) };
}
var V = { source: h(E), v: h(1) },
  H = { source: h(D), v: h(1) };
m(`type`, [
  o({ ...V, type: h(`ready`) }),
  o({ ...V, type: h(`mirror`), at: j, applications: C(y(L), u(100)), limits: x(z) }),
  o({ ...V, type: h(`ack`), ids: C(y(A), u(5e3)) }),
]);
var U = m(`type`, [
  o({ ...H, type: h(`hello`), extensionVersion: k }),
  o({ ...H, type: h(`observations`), observations: C(y(F), u(5e3)) }),
]);
function W(e, t, r) {
  if (typeof r != `object` || !r || r.source !== t) return { ok: !1, error: `not a bridge message` };
  const i = r.v;
  if (i !== 1) return { ok: !1, error: `unsupported bridge version ${String(i)}` };
  const a = S(e, r);
  return a.success ? { ok: !0, message: a.output } : { ok: !1, error: n(a.issues) };
}
function G(e) {
  return W(U, D, e);
}
function K(e) {
  const t = S(F, e);
  return t.success ? t.output : null;
}
function q(e) {
  return { id: e.id, applicationId: e.applicationId, kind: e.kind, at: e.at, data: { url: e.url, ...e.data } };
}
function J(e) {
  if (typeof e.data != `object` || e.data === null) return null;
  const { url: t, ...n } = e.data;
  return K({ id: e.id, applicationId: e.applicationId, kind: e.kind, at: e.at, url: t, data: n });
}
function Y(n) {
  return e(async () =>
    (await t.observations.filter((e) => e.applicationId === n || e.applicationId === null).toArray()).map(J).filter((e) => e !== null),
  );
}
async function X(e) {
  await t.observations.bulkPut(e.map(q));
}
async function Z() {
  return { applications: await t.applications.toArray(), limitOverrides: (await t.settings.get(`limits`))?.value ?? {} };
}
function Q() {
  return e(Z);
}
export { B as c, E as s, G as l, L as a, Q as t, X as i, Y as n, Z as r, z as o };
