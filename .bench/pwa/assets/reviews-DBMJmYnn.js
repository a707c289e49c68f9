import { n, t as r } from './database-B77HwGRQ.js';
import { m as e } from './gates-BTsHQrib.js';
import { n as t } from './hash-ZqfshFzO.js';
var i = `proreg-companion/review`,
  a = 1e4,
  o = [`employer`, `title`, `dates`, `responsibilities`, `achievements`, `competences`],
  s = (e) =>
    e
      .filter((e) => e.length > 0)
      .join(`
`),
  c = (e) => (e ? `yes` : `no`);
function l(t, n) {
  const r = e(t.category, t.route).checklist.find((e) => e.item.id === n)?.item,
    i = t.checklist[n],
    a = i ? `Done: ${c(i.done)}${i.note ? `\n${i.note}` : ``}` : ``;
  switch (r?.kind) {
    case `personal`:
      return s([t.personal.fullName, t.personal.email, a]);
    case `membership`:
      return s([t.personal.membershipNumber, a]);
    case `qualifications`:
      return s([...t.qualifications.map((e) => `${e.title}, ${e.institution}, ${e.year}${e.accredited ? ` (accredited)` : ``}`), a]);
    case `career`:
      return s([...t.roles.map((e) => `${e.title}, ${e.employer}`), a]);
    case `development`:
      return s([...t.development.map((e) => `${e.date} ${e.title}: ${e.notes}`), a]);
    case `pra`:
      return s([`Consulted: ${c(t.pra.consulted)}`, t.pra.date, t.pra.adviser, a]);
    case `scheme`:
      return s([`Completed: ${c(t.scheme.completed)}`, t.scheme.name, a]);
    default:
      return a;
  }
}
function u(e, t) {
  switch (t.kind) {
    case `application`:
      return ``;
    case `role`: {
      const n = e.roles.find((e) => e.id === t.roleId);
      return n
        ? t.field === `dates`
          ? `${n.start} to ${n.current ? `present` : n.end}`
          : t.field === `competences`
            ? n.competences.join(`, `)
            : n[t.field]
        : null;
    }
    case `checklist`:
      return l(e, t.itemId);
    case `competence`:
      return s(e.roles.filter((e) => e.competences.includes(t.code)).map((e) => `${e.title}, ${e.employer}`));
    case `document`: {
      const n = e.documents[t.typeId];
      return n ? `${n.name} (SHA-256 ${n.sha256})` : null;
    }
  }
}
function d(e, n) {
  const r = u(e, n) ?? ``;
  return { sha256: t(r), excerpt: r.length > 1e4 ? `${r.slice(0, a)}…` : r };
}
function f(e, n) {
  const r = u(e, n.anchor);
  return r === null || t(r) !== n.against.sha256;
}
function p(e, t) {
  switch (e.kind) {
    case `application`:
      return t.kind === `application`;
    case `role`:
      return t.kind === `role` && e.roleId === t.roleId && e.field === t.field;
    case `checklist`:
      return t.kind === `checklist` && e.itemId === t.itemId;
    case `competence`:
      return t.kind === `competence` && e.code === t.code;
    case `document`:
      return t.kind === `document` && e.typeId === t.typeId;
  }
}
function m(t, n) {
  switch (n.kind) {
    case `application`:
      return `The application as a whole`;
    case `role`: {
      const e = t?.roles.find((e) => e.id === n.roleId),
        r = {
          employer: `employer`,
          title: `job title`,
          dates: `dates`,
          responsibilities: `Responsibilities`,
          achievements: `Personal Achievements`,
          competences: `competences claimed`,
        }[n.field];
      return e ? `${e.title || `Untitled role`} at ${e.employer || `unnamed employer`}: ${r}` : `A role no longer in the application: ${r}`;
    }
    case `checklist`:
      return `Checklist: ${(t ? e(t.category, t.route).checklist.find((e) => e.item.id === n.itemId)?.item : void 0)?.title ?? n.itemId}`;
    case `competence`:
      return `Competence ${n.code}`;
    case `document`:
      return `Document: ${(t ? e(t.category, t.route).documents.find((e) => e.type.id === n.typeId)?.type : void 0)?.title ?? n.typeId}`;
  }
}
var h = (e) => e;
async function g(e, t, n = r, i = new Date().toISOString()) {
  const a = e.application,
    o = {
      id: crypto.randomUUID(),
      mentor: t,
      createdAt: i,
      application: { id: a.id, name: a.name, category: a.category, route: a.route },
      comments: [],
    };
  return (await n.reviews.put({ id: o.id, updatedAt: i, data: { source: e, review: o } }), o.id);
}
async function _(e, t, n = r) {
  await n.reviews.put({ id: e.id, updatedAt: new Date().toISOString(), data: { source: e.data.source, review: t } });
}
function v(e = r) {
  return n(async () => (await e.reviews.orderBy(`updatedAt`).reverse().toArray()).map(h));
}
function y(e, t = r) {
  return n(async () => {
    const n = await t.reviews.get(e);
    return n ? h(n) : null;
  });
}
function b(e, t = r) {
  return t.reviews.delete(e);
}
var x = (e, t, n) => `${e}/${t}/${n}`;
async function S(e, t, n = r) {
  const i = e.review.application;
  if (i.id !== t.id)
    throw Error(
      `This review is of another application ("${i.name}", ${i.category}), not of "${t.name}". Open that application and import it there.`,
    );
  const a = e.review.comments.map((n) => ({
    id: x(t.id, e.review.id, n.id),
    applicationId: t.id,
    data: { reviewId: e.review.id, mentor: e.review.mentor, exportedAt: e.exportedAt, comment: n, resolvedAt: null },
  }));
  return (
    await n.transaction(`rw`, n.comments, async () => {
      const e = await n.comments.bulkGet(a.map((e) => e.id)),
        t = a.map((t, n) => {
          const r = e[n];
          return r ? { ...t, data: { ...t.data, resolvedAt: r.data.resolvedAt } } : t;
        });
      await n.comments.bulkPut(t);
    }),
    a.length
  );
}
function C(e, t = r) {
  return n(async () => await t.comments.where(`applicationId`).equals(e).toArray());
}
async function w(e, t, n = r, i = new Date().toISOString()) {
  await n.comments.put({ ...e, data: { ...e.data, resolvedAt: t ? i : null } });
}
export {
  _ as s,
  a as h,
  b as n,
  C as i,
  d as u,
  f as p,
  g as l,
  i as g,
  m as d,
  o as _,
  p as m,
  S as r,
  u as f,
  v as o,
  w as c,
  x as t,
  y as a,
};
