import { m as i, f as n, k as r } from './gates-BTsHQrib.js';
import { c as e, l as t } from './index-oQTK9Mdi.js';
import { t as a } from './steps-DdJx-lgL.js';
function o(e, n) {
  return `${e} on the ${t[n].title.toLowerCase()}`;
}
function s(e) {
  return r.find((t) => t.id === e)?.title ?? e;
}
function c(e) {
  const t = new Set(i(e.category, e.route).documents.map((e) => e.type.id));
  return Object.entries(e.documents)
    .filter(([e]) => !t.has(e))
    .map(([t, n]) => ({
      typeId: t,
      title: s(t),
      ref: n,
      message: `Not used for ${o(e.category, e.route)}, so it is not part of the application. Remove it, or keep it in case you change back.`,
    }));
}
function l(e, t, n, r) {
  const i = [],
    a = new Map(t.documents.map((e) => [e.type.id, e.mandatory])),
    o = new Map(n.documents.map((e) => [e.type.id, e.mandatory]));
  for (const [t, n] of Object.entries(e.documents))
    a.has(t) &&
      !o.has(t) &&
      i.push(
        `Your ${s(t)} (${n.name}) is not used for ${r}: it stays under Supporting documents, where you can remove it, but is no longer part of the application.`,
      );
  for (const { type: t, mandatory: r } of n.documents) {
    const n = a.get(t.id);
    r && n !== !0
      ? i.push(`${t.title} becomes required${e.documents[t.id] ? `` : ` (you have no file for it yet)`}.`)
      : !r && n === !0 && i.push(`${t.title} becomes optional.`);
  }
  for (const { type: n } of t.documents) !o.has(n.id) && !e.documents[n.id] && i.push(`${n.title} is no longer asked for.`);
  return i;
}
function u(e, t) {
  const n = [],
    r = new Map(e.checklist.map((e) => [e.item.id, e.mandatory])),
    i = new Set(t.checklist.map((e) => e.item.id));
  for (const { item: e, mandatory: i } of t.checklist) {
    const t = r.get(e.id);
    t === void 0
      ? n.push(`Checklist: “${e.title}” is added${i ? ` (mandatory)` : ``}.`)
      : i !== t && n.push(`Checklist: “${e.title}” becomes ${i ? `mandatory` : `optional`}.`);
  }
  for (const { item: t } of e.checklist) i.has(t.id) || n.push(`Checklist: “${t.title}” no longer applies.`);
  return n;
}
function d(t, n) {
  const r = e[t.category].interviewRequired,
    i = e[n].interviewRequired,
    o = t.panelling.interviewLocation.trim();
  return r && !i && o !== `` && o !== `Not applicable`
    ? [`Interview location: “${o}” is replaced by “${a}” (${n} applicants do not choose one).`]
    : !r && i
      ? [`Interview location: becomes required for ${n}; choose one under Panelling.`]
      : [];
}
function f(e, t, r) {
  if (t === e.category) return [];
  const i = new Set(r.competences.map((e) => e.code)),
    a = e.roles.flatMap((e, t) => e.competences.filter((e) => !i.has(e)).map((r) => `${r} (${n(e, t)})`)),
    o = [`Competences: described at the ${t} level (${r.standard.title}); check your evidence against them.`];
  return (
    a.length > 0 && o.push(`Competences you linked that the ${t} standard does not have, so they no longer count: ${a.join(`, `)}.`), o
  );
}
function p(e, t, n) {
  if (t === e.category && n === e.route) return [];
  const r = i(e.category, e.route),
    a = i(t, n);
  return [...l(e, r, a, o(t, n)), ...d(e, t), ...f(e, t, a), ...u(r, a)];
}
export { c as n, p as t };
