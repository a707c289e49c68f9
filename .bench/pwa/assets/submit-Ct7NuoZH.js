import { t as h } from './canonical-C2h3-pTF.js';
import { _ as a, h as c, r as d, w as f, E as i, i as l, y as m, f as o, x as p, C as r, g as s, k as u } from './gates-BTsHQrib.js';
import { r as _, n as g, t as v } from './hashing-CCuCJeWC.js';
import { c as e, l as t } from './index-oQTK9Mdi.js';
import { n } from './steps-DdJx-lgL.js';
var y = (e, t) => h(e) === h(t),
  ee = { fullName: `Full name`, email: `Email address`, membershipNumber: `Membership number` },
  b = {
    employer: `Employer`,
    title: `Job title`,
    start: `Start date`,
    end: `End date`,
    current: `Current role`,
    responsibilities: `Responsibilities`,
    achievements: `Personal Achievements`,
    competences: `Competences evidenced`,
  },
  x = { title: `Title`, institution: `Institution`, year: `Year`, accredited: `Accredited` },
  S = { date: `Date`, title: `Title`, notes: `Notes` },
  C = { consulted: `Consulted`, date: `Date`, adviser: `Adviser` },
  w = { completed: `Completed`, name: `Scheme name` },
  T = { sector: `Sector`, specialisms: `Specialisms`, interviewLocation: `Interview location` };
function E(e, t, n, r, i) {
  return Object.keys(n)
    .filter((n) => !y(e[n], t[n]))
    .map((e) => ({ path: `${r}.${e}`, label: `${i}: ${n[e]}` }));
}
function D(e, t, n, r, i, a) {
  const o = [],
    s = new Map(e.map((e) => [e.id, e])),
    c = new Set(t.map((e) => e.id));
  return (
    t.forEach((e, t) => {
      const a = s.get(e.id),
        c = i(e, t);
      a ? o.push(...E(a, e, r, `${n}.${e.id}`, c)) : o.push({ path: `${n}.${e.id}`, label: `${c}: added` });
    }),
    e.forEach((e, t) => {
      c.has(e.id) || o.push({ path: `${n}.${e.id}`, label: `${i(e, t)}: removed` });
    }),
    y(
      e.map((e) => e.id).filter((e) => c.has(e)),
      t.map((e) => e.id).filter((e) => s.has(e)),
    ) || o.push({ path: n, label: `${a}: order changed` }),
    o
  );
}
function O(e, t) {
  return e.trim() ? `${t} (${e.trim()})` : t;
}
function k(n, r) {
  const i = [];
  n.category !== r.category && i.push({ path: `category`, label: `Registration category: now ${e[r.category].title}` }),
    n.route !== r.route && i.push({ path: `route`, label: `Route: now ${t[r.route].title}` }),
    i.push(...E(n.personal, r.personal, ee, `personal`, `Personal details`));
  const a = new Set([...Object.keys(n.checklist), ...Object.keys(r.checklist)]);
  for (const e of [...a].sort())
    if (!y(n.checklist[e], r.checklist[e])) {
      const t = c.find((t) => t.id === e)?.title ?? e;
      i.push({ path: `checklist.${e}`, label: `Checklist: ${t}` });
    }
  i.push(
    ...D(n.qualifications, r.qualifications, `qualifications`, x, (e, t) => O(e.title, `Qualification ${t + 1}`), `Qualifications`),
    ...D(n.roles, r.roles, `roles`, b, o, `Career history`),
    ...D(n.development, r.development, `development`, S, (e, t) => O(e.title, `Development record ${t + 1}`), `Professional development`),
    ...E(n.pra, r.pra, C, `pra`, `Professional Registration Adviser`),
    ...E(n.scheme, r.scheme, w, `scheme`, `Professional development scheme`),
  );
  const s = new Set([...Object.keys(n.documents), ...Object.keys(r.documents)]);
  for (const e of [...s].sort())
    if (!y(n.documents[e], r.documents[e])) {
      const t = u.find((t) => t.id === e)?.title ?? e;
      i.push({ path: `documents.${e}`, label: `Supporting documents: ${t}` });
    }
  return (i.push(...E(n.panelling, r.panelling, T, `panelling`, `Panelling`)), i);
}
function A(e) {
  return e.lock === null ? [] : k(e.lock.content, g(e));
}
function j(e, t, n) {
  return e.stage === `submitted`
    ? [s]
    : e.stage === `locked`
      ? [m(`already-locked`, `The application is already locked.`, `lock`)]
      : [...d(e, t, n), ...l(e)];
}
function M(e, t) {
  const n = g(e);
  return { at: t, sha256: v(h(n)), content: n };
}
function N(e, t, n) {
  return a(j(e, n, i(void 0, t)), () => {
    const n = M(e, t);
    return { ...e, stage: `locked`, lock: n, updatedAt: t, history: [...e.history, { type: `locked`, at: t, sha256: n.sha256 }] };
  });
}
function P(e) {
  return e.stage === `submitted`
    ? [s]
    : e.stage !== `locked` || e.lock === null
      ? [m(`not-locked`, `The application is not locked, so there is nothing to unlock.`, `lock`)]
      : [];
}
function F(e, t, n) {
  return a(P(e), () => ({
    ...e,
    stage: `draft`,
    lock: null,
    supporters: [],
    updatedAt: t,
    history: [
      ...e.history,
      { type: `unlocked`, at: t, reason: n, snapshot: structuredClone(e.lock), supporters: structuredClone(e.supporters) },
    ],
  }));
}
function I(e, t) {
  return e.stage === `submitted`
    ? [s]
    : e.stage === `locked`
      ? []
      : [m(`not-locked`, `Lock the application before you ${t}: only a locked application has supporters.`, `lock`)];
}
function L(e) {
  let t = new Set(e.supporters.map((e) => e.id)),
    n = e.supporters.length + 1;
  for (; t.has(`supporter-${n}`); ) n++;
  return `supporter-${n}`;
}
function R(e, t) {
  const n = [];
  t.name.trim() === `` && n.push(m(`supporter-name-missing`, `Give the supporter’s name.`, `supporters`));
  const r = t.email.trim().toLowerCase();
  return (
    r !== `` &&
      e.supporters.some((e) => e.email.trim().toLowerCase() === r) &&
      n.push(m(`supporter-duplicate`, `A supporter with this email address is already on the application.`, `supporters`)),
    t.id !== void 0 &&
      e.supporters.some((e) => e.id === t.id) &&
      n.push(m(`supporter-duplicate`, `A supporter with this id is already on the application.`, `supporters`)),
    n
  );
}
function z(e, t, n) {
  const r = I(e, `add supporters`);
  return a(r.length > 0 ? r : R(e, t), () => {
    const r = {
      id: t.id ?? L(e),
      name: t.name.trim(),
      relationship: t.relationship.trim(),
      registration: t.registration.trim(),
      email: t.email.trim(),
      status: `invited`,
      comments: [],
    };
    return { ...e, supporters: [...e.supporters, r], updatedAt: n };
  });
}
function B(e, t) {
  return e.supporters.some((e) => e.id === t) ? [] : [m(`supporter-not-found`, `That supporter is not on this application.`, `supporters`)];
}
function V(e, t, n, r) {
  const i = I(e, `change supporters`);
  return a(i.length > 0 ? i : B(e, t), () => ({
    ...e,
    supporters: e.supporters.map((e) => (e.id === t ? { ...e, ...structuredClone(n), id: t } : e)),
    updatedAt: r,
  }));
}
function H(e, t, n) {
  const r = I(e, `remove supporters`);
  return a(r.length > 0 ? r : B(e, t), () => ({ ...e, supporters: e.supporters.filter((e) => e.id !== t), updatedAt: n }));
}
function U(e) {
  return e.supporters.filter((e) => e.status === `validated`);
}
function W(e, t) {
  return `${e} ${t}${e === 1 ? `` : `s`}`;
}
function G(e, t) {
  if (e.stage === `submitted`) return [m(`already-submitted`, `The application has already been submitted.`, `submit`)];
  if (e.stage !== `locked` || e.lock === null)
    return [m(`not-locked`, `Lock the application first: only a locked application can be submitted.`, `lock`)];
  const n = [];
  _(e.lock) ||
    n.push(
      m(
        `snapshot-altered`,
        `The locked snapshot no longer matches its fingerprint (was the file edited by hand?). Unlock and lock again.`,
        `lock`,
      ),
    );
  const r = t.supportersRequired,
    i = e.supporters.filter((e) => e.status !== `declined`);
  i.length < r &&
    n.push(
      m(
        `supporters-missing`,
        `Add ${W(r - i.length, `more supporter`)}: ${r} are needed and ${i.length} ${i.length === 1 ? `is` : `are`} on the application.`,
        `supporters`,
      ),
    );
  for (const t of e.supporters.filter((e) => e.status === `changes-requested`))
    n.push(
      m(
        `supporter-requested-changes`,
        `${t.name} asked for changes. Unlock the application, make them, lock it again and ask your supporters to validate again (their current comments leave the live application; the workbook keeps a copy).`,
        `validation`,
      ),
    );
  const a = U(e).length;
  return (
    a < r &&
      n.push(
        m(
          `supporters-not-validated`,
          `${a} of the ${r} required supporters ${a === 1 ? `has` : `have`} validated the application so far.`,
          `validation`,
        ),
      ),
    n
  );
}
function K(e) {
  if (e.stage !== `locked`) return [];
  const t = A(e);
  return t.length === 0
    ? []
    : [
        m(
          `changed-since-lock`,
          `${W(t.length, `change`)} since the lock ${t.length === 1 ? `is` : `are`} not in the snapshot your supporters and assessors see: ${t.map((e) => e.label).join(`; `)}. Career Manager submits the snapshot as it was locked. If ${t.length === 1 ? `this change matters` : `these changes matter`}, unlock, and lock again (your supporters then validate again).`,
          `submit`,
        ),
      ];
}
function q(e, t, n) {
  return a(G(e, n), () => ({
    ...e,
    stage: `submitted`,
    submittedAt: t,
    updatedAt: t,
    history: [...e.history, { type: `submitted`, at: t, sha256: e.lock?.sha256 ?? `` }],
  }));
}
var J = n.map((e) => e.id);
function Y(e) {
  return J.indexOf(e);
}
function X(e) {
  return e.postSubmission.reduce((e, t) => Math.max(e, Y(t.stage)), -1);
}
function Z(e, t, r, i) {
  if (e.stage !== `submitted`)
    return [m(`not-submitted`, `Submit the application before recording what happens after submission.`, `submit`)];
  const a = [],
    o = Y(t.stage);
  if (o < 0) a.push(m(`stage-unknown`, `That is not one of the stages after submission.`, `after-submission`));
  else if (o < X(e)) {
    const t = n[X(e)]?.title ?? ``;
    a.push(
      m(
        `stage-out-of-order`,
        `You have already recorded “${t}”, which comes after this stage. If that was a mistake, remove it first.`,
        `after-submission`,
      ),
    );
  }
  return (a.push(...Q(e, t, r, i)), a);
}
function Q(e, t, a, o) {
  const s = (e, t) => [m(e, t, `after-submission`)];
  if (!f(t.date)) return s(`date-invalid`, `Enter the date as shown in the box: day, month and year.`);
  if (t.date > i(o, a)) return s(`date-in-future`, `The date (${r(t.date)}) is in the future: record a stage once it has happened.`);
  const c = e.submittedAt?.slice(0, 10);
  if (c && t.date < p(c, -1)) return s(`date-before-submission`, `The date cannot be before you submitted (${r(c)}).`);
  const l = $(e);
  return l && f(l.date) && t.date < l.date
    ? s(
        `date-before-previous-stage`,
        `The date cannot be before the last stage you recorded (“${n[Y(l.stage)]?.title ?? l.stage}”, ${r(l.date)}).`,
      )
    : [];
}
function te(e, t, n, r) {
  return a(Z(e, t, n, r), () => ({ ...e, postSubmission: [...e.postSubmission, { ...t }], updatedAt: n }));
}
function $(e) {
  const t = X(e);
  return [...e.postSubmission].reverse().find((e) => Y(e.stage) === t) ?? null;
}
function ne(e, t) {
  const n = $(e),
    r =
      e.stage === `submitted`
        ? n === null
          ? [m(`no-stage-recorded`, `No stage has been recorded yet, so there is nothing to remove.`, `after-submission`)]
          : []
        : [m(`not-submitted`, `The application has not been submitted, so there is no stage to remove.`, `after-submission`)];
  return a(r, () => ({ ...e, postSubmission: e.postSubmission.filter((e) => e !== n), updatedAt: t }));
}
export { $ as n, A as m, F as p, G as t, H as l, j as d, K as s, N as f, ne as a, q as o, te as i, V as u, X as r, z as c };
