import { r as a, n as i, t as o, i as r, y as s } from './gates-BTsHQrib.js';
import { i as e, r as n, n as t } from './steps-DdJx-lgL.js';
import { d as c, t as d, r as l, s as u } from './submit-Ct7NuoZH.js';
var f = s(`not-locked`, `Lock the application first: supporters come after the lock.`, `lock`),
  p = s(`not-submitted`, `This follows once the application is submitted.`, `submit`),
  m = t.length - 1,
  h = {
    category: [],
    route: [`category`],
    checklist: [`route`],
    documents: [`route`],
    panelling: [`checklist`, `documents`],
    lock: [`panelling`],
    supporters: [`lock`],
    validation: [`supporters`],
    submit: [`validation`],
    'after-submission': [`submit`],
  };
function g(e, t, n, s) {
  const l = e.stage === `draft`,
    u = e.stage === `submitted`;
  switch (n) {
    case `category`:
    case `route`:
      return [];
    case `checklist`:
      return l ? o(e, t, s) : [];
    case `documents`:
      return l ? i(e, t) : [];
    case `panelling`:
      return l ? [...a(e, t, s), ...r(e)] : [];
    case `lock`:
      return l ? c(e, t, s) : [];
    case `supporters`:
      return u ? [] : l ? [f] : d(e, t).filter((e) => e.step === `supporters`);
    case `validation`:
      return u ? [] : l ? [f] : d(e, t).filter((e) => e.step !== `supporters`);
    case `submit`:
      return u ? [] : d(e, t);
    case `after-submission`:
      return u ? [] : [p];
  }
}
function _(e, t, n) {
  return t === `after-submission`
    ? e.stage === `submitted` && l(e) >= m
    : t === `lock`
      ? e.stage !== `draft`
      : t === `submit`
        ? e.stage === `submitted`
        : n.length === 0;
}
function v(n, r, i) {
  const a = i[0];
  if (a) return a.message;
  switch (r) {
    case `panelling`:
      return `Choose your panelling sector and specialisms, and an interview location if your category needs one.`;
    case `lock`:
      return `Everything is ready: lock the application on the Validate / Verify tab in Career Manager, and record the lock here.`;
    case `submit`:
      return u(n).length > 0
        ? `Your supporters have validated, but you have changed the application since the lock: decide whether to unlock and lock again, or submit the snapshot as it is.`
        : `Your supporters have validated: submit the application.`;
    case `after-submission`: {
      const e = t[l(n) + 1];
      return e ? `Submitted. Record news from the IET as it comes; the next stage is “${e.title}”.` : `You are registered: well done.`;
    }
    default:
      return `Continue with “${e[r]}”.`;
  }
}
function y(t, r, i) {
  let a = null,
    o = new Set(),
    s = n.map((n) => {
      let s = g(t, r, n, i),
        c;
      return (
        _(t, n, s)
          ? ((c = `done`), o.add(n))
          : a === null
            ? ((a = n), (c = `current`))
            : (c = h[n].every((e) => o.has(e)) ? `todo` : `blocked`),
        { id: n, title: e[n], state: c, blockers: c === `done` ? [] : s }
      );
    }),
    l = a ?? `after-submission`,
    f = s.find((e) => e.id === l)?.blockers ?? [],
    p = t.stage === `draft` ? c(t, r, i) : t.stage === `locked` ? d(t, r) : [],
    m = u(t),
    y = v(t, l, f);
  return {
    steps: s,
    current: l,
    nextAction:
      m.length > 0 && l !== `submit`
        ? `${y} Note: you have changed the application since the lock; those changes are not in what your supporters see.`
        : y,
    blockers: p,
    warnings: m,
  };
}
var b = { done: `Done`, current: `In progress`, blocked: `Not available yet`, todo: `To do` };
export { b as t, y as n };
