import { t as de } from './canonical-C2h3-pTF.js';
import {
  x as _,
  b as a,
  h as c,
  l as d,
  p as ee,
  m as f,
  w as g,
  v as h,
  T as i,
  i as l,
  o as m,
  E as n,
  t as ne,
  d as o,
  n as p,
  S as r,
  g as s,
  C as t,
  r as te,
  k as u,
} from './dist-rV10dAIq.js';
import { i as ae, t as ce, f as ie, l as oe, d as re, r as se } from './format-BjMXmgXJ.js';
import { t as le } from './hash-ZqfshFzO.js';
import { t as fe } from './hashing-CCuCJeWC.js';
import { t as e } from './megabytes-DhPoBEiT.js';
import { g as ue, _ as v, h as y } from './reviews-DBMJmYnn.js';
function b(e, t, n) {
  return { ok: !1, errors: [n === void 0 ? { path: e, message: t } : { path: e, message: t, detail: n }] };
}
function x(e, t) {
  if (typeof t == `number`) return `${e}[${t}]`;
  const n = /^[A-Za-z_$][\w$]*$/.test(t) ? t : JSON.stringify(t);
  return n === t ? (e ? `${e}.${t}` : t) : `${e}[${n}]`;
}
var S = 1048576,
  C = 25 * S,
  pe = 1e5,
  w = (e) => Math.ceil(e / 3) * 4,
  T = {
    maxFileChars: 300 * S,
    maxDepth: 32,
    maxStringChars: w(C),
    maxTextChars: pe,
    maxArrayItems: 5e3,
    maxNodes: 5e5,
    maxAttachmentBytes: C,
  };
function E(t) {
  return t > 0 && t < 0.05 * S ? `under 0.1 MB` : e(t);
}
function me(e, t) {
  if (e.length <= t) return e.length;
  let n = 0;
  for (const t of e) n++;
  return n;
}
var he = (e) => Math.floor((e * 3) / 4);
function D(e, t) {
  const n = E(e);
  return e > t && n === E(t) && !n.startsWith(`under`) ? `just over ${n}` : n;
}
function O(e, t) {
  return {
    path: ``,
    message: `The file is too large: it is ${D(e, t.maxFileChars)}, and ProReg Companion reads files of up to ${E(t.maxFileChars)}.`,
    detail: `${e.toLocaleString(`en-GB`)} characters; the limit is ${t.maxFileChars.toLocaleString(`en-GB`)}.`,
  };
}
function k(e, t, n, r) {
  return {
    path: e,
    message: `${r ? `The document "${r}"` : `This document`} is ${D(t, n.maxAttachmentBytes)}; documents of up to ${E(n.maxAttachmentBytes)} each can be carried in a file.`,
  };
}
var A = 1e3,
  ge = new Set([`__proto__`, `constructor`, `prototype`]);
function _e(e, t) {
  let n = 0;
  for (let r = t - 1; r >= 0 && e.charCodeAt(r) === 92; r--) n++;
  return n % 2 == 1;
}
function ve(e) {
  let t = 0,
    n = 0;
  for (let r = 0; r < e.length; r++) {
    const i = e.charCodeAt(r);
    if (i === 34) {
      let t = r;
      do if (((t = e.indexOf(`"`, t + 1)), t < 0)) return n;
      while (_e(e, t));
      r = t;
    } else i === 123 || i === 91 ? (t++, t > n && (n = t)) : (i === 125 || i === 93) && t--;
  }
  return n;
}
function j(e, t = T) {
  if (e.length > t.maxFileChars) return { ok: !1, issue: O(e.length, t) };
  const n = ve(e);
  if (n > t.maxDepth)
    return {
      ok: !1,
      issue: { path: ``, message: `The data is nested ${n} levels deep; a ProReg Companion file never goes deeper than ${t.maxDepth}.` },
    };
  try {
    return { ok: !0, value: JSON.parse(e) };
  } catch (t) {
    const n = t instanceof Error ? t.message : String(t);
    return { ok: !1, issue: { path: ``, message: ye(e), detail: n } };
  }
}
function ye(e) {
  return e.trim() === `` || be(e) > 0
    ? `This file is incomplete or damaged: it ends part-way through. It may not have finished downloading or copying; take the file again from where it came from.`
    : `This file is damaged: part of its data is not written the way ProReg Companion writes it, perhaps because it was edited by hand. Use the file as it was exported.`;
}
function be(e) {
  let t = 0,
    n = !1;
  for (let r = 0; r < e.length; r++) {
    const i = e.charCodeAt(r);
    n ? (i === 92 ? r++ : i === 34 && (n = !1)) : i === 34 ? (n = !0) : i === 123 || i === 91 ? t++ : (i === 125 || i === 93) && t--;
  }
  return n ? Math.max(t, 1) : t;
}
function M(e, t = T, n = () => !1) {
  let r = [],
    i = [{ value: e, path: ``, depth: 0 }],
    a = 0;
  for (; i.length > 0 && r.length < 20; ) {
    const { value: e, path: o, depth: s } = i.pop();
    if (++a > t.maxNodes) {
      r.push({
        path: ``,
        message: `The file holds more than ${t.maxNodes.toLocaleString(`en-GB`)} values; that is more than any workbook needs.`,
      });
      break;
    }
    if (s > t.maxDepth) r.push({ path: o, message: `This is nested more than ${t.maxDepth} levels deep.` });
    else if (typeof e == `string`) {
      if (n(o)) e.length > t.maxStringChars && r.push(k(o.replace(/\.base64$/, ``), he(e.length), t));
      else {
        const n = me(e, t.maxTextChars);
        n > t.maxTextChars &&
          r.push({
            path: o,
            message: `This text is ${n.toLocaleString(`en-GB`)} characters long; a field can hold up to ${t.maxTextChars.toLocaleString(`en-GB`)} characters.`,
          });
      }
    } else if (Array.isArray(e)) {
      if (e.length > t.maxArrayItems) {
        r.push({
          path: o,
          message: `This list has ${e.length.toLocaleString(`en-GB`)} entries; the limit is ${t.maxArrayItems.toLocaleString(`en-GB`)}.`,
        });
        continue;
      }
      for (let t = e.length - 1; t >= 0; t--) i.push({ value: e[t], path: x(o, t), depth: s + 1 });
    } else if (typeof e == `object` && e) {
      const n = Object.keys(e);
      if (n.length > t.maxArrayItems) {
        r.push({
          path: o,
          message: `This has ${n.length.toLocaleString(`en-GB`)} entries; the limit is ${t.maxArrayItems.toLocaleString(`en-GB`)}.`,
        });
        continue;
      }
      for (let t = n.length - 1; t >= 0; t--) {
        const a = n[t];
        if (a.length > A) {
          r.push({ path: o, message: `A field name here is ${a.length.toLocaleString(`en-GB`)} characters long; names are at most ${A}.` });
          continue;
        }
        const c = x(o, a);
        ge.has(a)
          ? r.push({ path: c, message: `The name "${a}" is not allowed as a field or key in a ProReg Companion file.` })
          : i.push({ value: e[a], path: c, depth: s + 1 });
      }
    }
  }
  return r;
}
function xe(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return e;
  const t = e,
    n = { ...t };
  `history` in t || (n.history = typeof t.createdAt == `string` ? [{ type: `created`, at: t.createdAt }] : []),
    `postSubmission` in t || (n.postSubmission = []);
  const r = t.panelling;
  if (typeof r == `object` && r && !Array.isArray(r)) {
    const e = r;
    typeof e.specialisms == `string` &&
      (n.panelling = {
        ...e,
        specialisms: e.specialisms
          .split(`,`)
          .map((e) => e.trim())
          .filter((e) => e.length > 0),
      });
  }
  return n;
}
function Se(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return e;
  const t = e;
  return `application` in t ? { ...t, application: xe(t.application) } : t;
}
function Ce(e) {
  const t = { ...e, version: 2 };
  return (
    `application` in e && (t.application = xe(e.application)), Array.isArray(e.applications) && (t.applications = e.applications.map(Se)), t
  );
}
var we = { 1: Ce };
function Te(e, t, n) {
  let r = e;
  for (let e = t; e < n; e++) {
    const t = we[e];
    if (!t) throw Error(`No migration from format version ${e}.`);
    r = t(r);
  }
  return r;
}
var N = T.maxTextChars,
  Ee = T.maxArrayItems,
  De = `Too long: a field can hold up to ${N.toLocaleString(`en-GB`)} characters.`,
  P = _(
    n(`Expected text.`),
    te((e) => me(e, N) <= N, De),
  ),
  F = P,
  I = _(
    n(`Expected an identifier.`),
    ee(1, `An identifier cannot be empty.`),
    o(200, `An identifier is at most 200 characters.`),
    t(/^[^\u0000-\u001f]+$/, `An identifier cannot contain control characters.`),
  ),
  L = _(n(`Expected a date.`), t(/^(\d{4}-\d{2}-\d{2})?$/, `Expected a date written as YYYY-MM-DD, or nothing.`)),
  Oe = _(n(`Expected a date.`), t(/^\d{4}-\d{2}-\d{2}$/, `Expected a date written as YYYY-MM-DD.`)),
  R = _(
    n(`Expected a date and time.`),
    t(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
      `Expected a date and time such as 2026-01-31T09:30:00.000Z.`,
    ),
  ),
  z = _(n(`Expected a SHA-256 hash.`), t(/^[0-9a-f]{64}$/, `Expected a SHA-256 hash: 64 lower-case hexadecimal characters.`)),
  B = l((e) => typeof e == `string` && /^[A-E][1-9]\d?$/.test(e), `Expected a competence code such as C2.`),
  V = a([`CEng`, `IEng`, `EngTech`, `ICTTech`], `Expected a category: CEng, IEng, EngTech or ICTTech.`),
  H = a([`standard`, `streamlined`], `Expected a route: standard or streamlined.`),
  ke = a([`draft`, `locked`, `submitted`], `Expected a stage: draft, locked or submitted.`),
  U = p(`Expected true or false.`),
  W = _(s(`Expected a number.`), m(`Expected a whole number.`), f(0, `Cannot be negative.`));
function G(e) {
  return _(ne(e, `Expected a list.`), o(Ee, `Too many entries: at most ${Ee}.`));
}
var Ae = l((e) => typeof e == `object` && !!e && !Array.isArray(e), `Expected a set of named entries.`);
function K(e) {
  return _(Ae, r(I, e, `Expected a set of named entries.`));
}
function q(e) {
  return i(e, `Expected a group of fields.`);
}
var je = q({ fullName: F, email: F, membershipNumber: F }),
  Me = q({ id: I, title: F, institution: F, year: F, accredited: U }),
  Ne = q({ id: I, employer: F, title: F, start: L, end: L, current: U, responsibilities: P, achievements: P, competences: G(B) }),
  Pe = q({ id: I, date: L, title: F, notes: P }),
  Fe = q({ consulted: U, date: L, adviser: F }),
  Ie = q({ completed: U, name: F }),
  Le = q({ typeId: I, name: F, mime: F, size: W, sha256: z, blobId: I, addedAt: R }),
  Re = q({ sector: F, specialisms: G(F), interviewLocation: F }),
  J = q({
    id: I,
    name: F,
    relationship: F,
    registration: F,
    email: F,
    status: a(
      [`invited`, `validated`, `changes-requested`, `declined`],
      `Expected a supporter status: invited, validated, changes-requested or declined.`,
    ),
    comments: G(q({ at: R, text: P, competence: h(B) })),
  }),
  Y = {
    personal: je,
    checklist: K(q({ done: U, note: P })),
    qualifications: G(Me),
    roles: G(Ne),
    development: G(Pe),
    pra: Fe,
    scheme: Ie,
    documents: K(Le),
    panelling: Re,
  },
  ze = q({ at: R, sha256: z, content: q({ category: V, route: H, ...Y }) }),
  Be = a(
    [`staff-check`, `assessment`, `interview`, `final-review`, `decision`, `fees`, `registered`],
    `Expected a stage after submission such as staff-check or assessment.`,
  ),
  Ve = u(
    `type`,
    [
      q({ type: d(`created`), at: R }),
      q({ type: d(`locked`), at: R, sha256: z }),
      q({ type: d(`unlocked`), at: R, reason: P, snapshot: ze, supporters: G(J) }),
      q({ type: d(`submitted`), at: R, sha256: z }),
    ],
    `Expected a history event of type created, locked, unlocked or submitted.`,
  ),
  He = q({
    id: I,
    name: F,
    category: V,
    route: H,
    createdAt: R,
    updatedAt: R,
    stage: ke,
    ...Y,
    lock: c(ze),
    supporters: G(J),
    submittedAt: c(R),
    postSubmission: G(q({ stage: Be, date: Oe, note: P })),
    history: G(Ve),
  }),
  Ue = q({ name: F, mime: F, size: W, sha256: z, base64: n(`Expected the file bytes as base64 text.`) }),
  X = q({ app: F, version: F }),
  We = q({
    id: I,
    anchor: u(
      `kind`,
      [
        q({ kind: d(`application`) }),
        q({ kind: d(`role`), roleId: I, field: a(v, `Expected one of: ${v.join(`, `)}.`) }),
        q({ kind: d(`checklist`), itemId: I }),
        q({ kind: d(`competence`), code: B }),
        q({ kind: d(`document`), typeId: I }),
      ],
      `Expected what the comment is about: application, role, checklist, competence or a document type.`,
    ),
    text: P,
    at: R,
    against: q({ sha256: z, excerpt: _(n(`Expected text.`), o(y + 1, `Too long: at most ${y + 1} characters.`)) }),
  }),
  Ge = q({ id: I, mentor: F, createdAt: R, application: q({ id: I, name: F, category: V, route: H }), comments: G(We) }),
  Ke = q({ reviewId: I, mentor: F, exportedAt: R, comment: We, resolvedAt: c(R) }),
  qe = q({ application: He, attachments: K(Ue), comments: h(G(Ke)) }),
  Je = _(s(`Expected a number.`), m(`Expected a whole number.`)),
  Ye = q({ format: d(ce), version: Je, exportedAt: R, exportedBy: X, ...qe.entries }),
  Xe = q({ id: I, updatedAt: R, source: Ye, review: Ge }),
  Ze = q({ format: d(se), version: Je, exportedAt: R, exportedBy: X, applications: G(qe), reviews: h(G(Xe)) });
function Qe(e) {
  return fe(de(e));
}
var Z = `<script type="application/json" id="proreg-data">`;
function $e(e) {
  const t = e.replace(/^\uFEFF/, ``).trimStart();
  if (t.startsWith(`{`)) return { ok: !0, value: t, warnings: [] };
  const n = e.indexOf(Z);
  if (n < 0) return et();
  const r = n + Z.length,
    i = e.indexOf(`</script>`, r);
  return i < 0 ? tt() : { ok: !0, value: e.slice(r, i), warnings: [] };
}
var et = () =>
    b(``, `This is not a ProReg Companion file: it is neither a workbook backup nor an application exported from ProReg Companion.`),
  tt = () =>
    b(
      ``,
      `This file is incomplete or damaged: it ends part-way through its data. It may not have finished downloading or copying; take the file again from where it came from.`,
      `The closing tag of the embedded data block is missing.`,
    ),
  nt = (e) => Uint8Array.from(e, (e) => e.charCodeAt(0)),
  rt = nt(Z),
  it = nt(`</script>`);
function at(e, t, n = 0) {
  const r = e.length - t.length;
  for (let i = e.indexOf(t[0], n); i >= 0 && i <= r; i = e.indexOf(t[0], i + 1)) {
    let n = 1;
    for (; n < t.length && e[i + n] === t[n]; ) n++;
    if (n === t.length) return i;
  }
  return -1;
}
function ot(e) {
  let t = e[0] === 239 && e[1] === 187 && e[2] === 191 ? 3 : 0;
  for (; t < e.length && (e[t] === 32 || e[t] === 9 || e[t] === 10 || e[t] === 13); ) t++;
  if (e[t] === 123) return { ok: !0, value: e.subarray(t), warnings: [] };
  const n = at(e, rt);
  if (n < 0) return et();
  const r = n + rt.length,
    i = at(e, it, r);
  return i < 0 ? tt() : { ok: !0, value: e.subarray(r, i), warnings: [] };
}
function Q(e, t = ``) {
  return e.slice(0, 20).map((e) => {
    let n = t;
    for (const t of e.path ?? []) n = x(n, t.key);
    const r = `Expected ${e.expected ?? `something else`}, found ${e.received}.`;
    return e.expected === `never`
      ? { path: n, message: `This field is not part of the format: the file was changed by hand or made by another program.`, detail: r }
      : e.received === `undefined` && e.type.endsWith(`object`)
        ? { path: n, message: `This field is missing.`, detail: r }
        : { path: n, message: e.message, detail: r };
  });
}
function st(e) {
  return /attachments(\.[A-Za-z_$][\w$]*|\[".*"\])\.base64$/.test(e);
}
function ct(e, t) {
  if (e.length > t.maxFileChars) return { ok: !1, errors: [O(e.length, t)] };
  const n = $e(e);
  if (!n.ok) return n;
  const r = j(n.value, t);
  if (!r.ok) return { ok: !1, errors: [r.issue] };
  const i = M(r.value, t, st);
  if (i.length > 0) return { ok: !1, errors: i };
  const a = r.value;
  if (typeof a != `object` || !a || Array.isArray(a))
    return b(``, `This is not a ProReg Companion file: the data is not a group of fields.`);
  const o = a,
    s = o.format;
  if (s === `proreg-companion/review`) return { ok: !1, errors: [{ path: ``, message: lt, detail: `format: ${ue}` }] };
  if (s !== `proreg-companion/application` && s !== `proreg-companion/workbook`)
    return b(
      ``,
      `This is not a ProReg Companion application or backup: its data is of another kind.`,
      `The "format" field is ${typeof s == `string` ? JSON.stringify(s.slice(0, 80)) : `missing`}.`,
    );
  const c = o.version;
  return typeof c != `number` || !Number.isInteger(c) || c < 1
    ? b(
        ``,
        `This file does not say which version of the format it uses, so it cannot be read safely.`,
        `The "version" field must be a whole number from 1 up.`,
      )
    : c > 2
      ? b(
          ``,
          `This file was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to open it.`,
          `Format version ${c}; this workbook reads up to 2.`,
        )
      : { ok: !0, value: { format: s, data: Te(o, c, 2), from: c }, warnings: [] };
}
var lt = `This is a mentor's review file, not an application or a backup. Its comments are imported into the application they are about: open that application, go to Export and review, and use Import a mentor's review.`,
  ut = (e) => e.length === 1 && e[0].message === lt;
function $(e, t, n, r = `now`) {
  const i = [],
    a = [],
    o = e.application,
    s = ae(o);
  for (const [a, o] of Object.entries(e.attachments)) {
    const e = x(x(t, `attachments`), a);
    if (!s.has(a)) {
      i.push({ path: e, message: `No document of the application uses this attachment.` });
      continue;
    }
    const c = typeof r == `object` ? r.get(o.base64) : void 0;
    if (!c && !(r === `later` ? o.base64.length % 4 == 0 : ie(o.base64))) {
      i.push({ path: x(e, `base64`), message: `The file bytes are not valid base64 text.` });
      continue;
    }
    const l = c ? c.size : re(o.base64);
    l > n.maxAttachmentBytes
      ? i.push(k(e, l, n, o.name))
      : l === o.size
        ? r === `now` &&
          le(oe(o.base64)) !== o.sha256 &&
          i.push({
            path: x(e, `sha256`),
            message: `The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.`,
          })
        : i.push({
            path: x(e, `size`),
            message: `The document "${o.name}" is damaged: it is not the size it was when exported.`,
            detail: `The attachment says it is ${o.size} bytes but holds ${l}.`,
          });
  }
  const c = (t, n) => {
      for (const [r, o] of Object.entries(t)) {
        const t = x(n, r);
        o.typeId !== r &&
          i.push({ path: x(t, `typeId`), message: `The document is filed under "${r}" but says its type is "${o.typeId}".` });
        const s = e.attachments[o.blobId];
        !s || !Object.hasOwn(e.attachments, o.blobId)
          ? a.push({ path: t, message: `The bytes of "${o.name}" are not in this file; the document will be listed without its file.` })
          : (s.sha256 !== o.sha256 || s.size !== o.size) &&
            i.push({ path: t, message: `The document "${o.name}" does not match the attachment it points to (hash or size differ).` });
      }
    },
    l = x(t, `application`);
  return (
    c(o.documents, x(l, `documents`)),
    o.lock && (c(o.lock.content.documents, x(x(x(l, `lock`), `content`), `documents`)), a.push(...dt(o.lock, x(l, `lock`)))),
    o.history.forEach((e, t) => {
      e.type === `unlocked` && a.push(...dt(e.snapshot, x(x(x(l, `history`), t), `snapshot`)));
    }),
    { errors: i, warnings: a }
  );
}
function dt(e, t) {
  return Qe(e.content) === e.sha256
    ? []
    : [
        {
          path: x(t, `sha256`),
          message: `The locked snapshot does not match its recorded hash: its content was changed after locking, or the file was edited.`,
        },
      ];
}
function ft(e, t = T, n = {}) {
  const r = n.attachments ?? `now`,
    i = ct(e, t);
  if (!i.ok) return i;
  const { format: a, data: o, from: s } = i.value;
  if (a === `proreg-companion/application`) {
    const e = g(Ye, o);
    if (!e.success) return { ok: !1, errors: Q(e.issues) };
    const n = e.output,
      { errors: i, warnings: a } = $(n, ``, t, r);
    return i.length > 0 ? { ok: !1, errors: i } : { ok: !0, value: { kind: `application`, file: n, migratedFrom: s }, warnings: a };
  }
  const c = g(Ze, o);
  if (!c.success) return { ok: !1, errors: Q(c.issues) };
  const l = c.output,
    u = [],
    d = [],
    f = (e) => {
      u.push(...e.errors), d.push(...e.warnings);
    },
    p = new Set();
  l.applications.forEach((e, n) => {
    const i = x(`applications`, n);
    p.has(e.application.id) && u.push({ path: x(x(i, `application`), `id`), message: `Two applications in this backup have the same id.` }),
      p.add(e.application.id),
      f($(e, i, t, r));
  });
  const m = new Set();
  return (
    (l.reviews ?? []).forEach((e, n) => {
      const i = x(`reviews`, n);
      m.has(e.id) && u.push({ path: x(i, `id`), message: `Two reviews in this backup have the same id.` }),
        m.add(e.id),
        f($(e.source, x(i, `source`), t, r === `later` ? `now` : r));
    }),
    u.length > 0 ? { ok: !1, errors: u } : { ok: !0, value: { kind: `workbook`, file: l, migratedFrom: s }, warnings: d }
  );
}
function pt(e) {
  return e.replace(/[&<>"']/g, (e) => `&#${e.charCodeAt(0)};`);
}
var mt = (e) => `\\u${e.charCodeAt(0).toString(16).padStart(4, `0`)}`;
function ht(e) {
  return JSON.stringify(e).replace(/[\u007f-\uffff]/g, mt);
}
function gt(e) {
  return ht(e).replace(/[<>&]/g, mt);
}
var _t = new Set([`image/png`, `image/jpeg`, `image/gif`, `image/webp`]);
export {
  _t as t,
  b as S,
  D as b,
  E as v,
  ft as l,
  Ge as p,
  gt as r,
  ht as n,
  j as y,
  M as g,
  O as _,
  ot as s,
  pt as i,
  Q as o,
  Qe as u,
  R as f,
  T as m,
  ut as c,
  w as h,
  X as d,
  x,
  Z as a,
};
