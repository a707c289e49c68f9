import { s as c } from './edit-B954PyqS.js';
import { i as b } from './format-CWqq_xR4.js';
import { i as l, r as u } from './gates-BTsHQrib.js';
import { S as d, c as f, y as h, x as m, g as p } from './index-oQTK9Mdi.js';
import { p as a, c as e, i, f as n, s as o, h as r, u as s, d as t } from './shell-DICWaD9d.js';
import { a as _, r as v, t as y } from './steps-D0sI2dC8.js';
import { t as g } from './steps-DdJx-lgL.js';
function x({ applicationId: e, value: t, disabled: r, onValue: i }) {
  const c = n(),
    l = a(null),
    u = _(e);
  return (
    s(() => {
      const e = l.current?.querySelector(`input`);
      e && (u ? e.setAttribute(`list`, c) : e.removeAttribute(`list`));
    }, [u !== null, c]),
    o(`div`, {
      ref: l,
      children: [
        o(h, {
          label: `Sector`,
          value: t,
          disabled: r,
          onValue: i,
          hint: u ? `Suggestions: the ${u.sectors.length} sectors listed in Career Manager, as seen on ${v(u.at)}.` : void 0,
        }),
        u && o(`datalist`, { id: c, children: u.sectors.map((e) => o(`option`, { value: e }, e)) }),
      ],
    })
  );
}
function S({ draft: e, app: t }) {
  const n = u(t, i.value, b());
  return n.length > 0
    ? o(r, {
        children: [
          o(`p`, {
            children: `Panelling becomes available once every mandatory checklist item and supporting document is complete. Still to do:`,
          }),
          o(`ul`, {
            class: `blockers`,
            children: n.map((e, n) =>
              o(
                `li`,
                {
                  children: [
                    e.message,
                    ` `,
                    o(`a`, { href: d({ name: `app`, id: t.id, screen: y[e.step] }), children: [`Go to `, m[y[e.step]]] }),
                  ],
                },
                n,
              ),
            ),
          }),
        ],
      })
    : o(w, { draft: e, app: t });
}
var C = (e) => JSON.stringify(e);
function w({ draft: n, app: r }) {
  const s = e(r.panelling.sector),
    u = e(r.panelling.specialisms.length ? r.panelling.specialisms : [``]),
    d = e(r.panelling.interviewLocation),
    m = a(C(r.panelling)),
    _ = f[r.category].interviewRequired,
    v = r.stage === `submitted`,
    y = C(r.panelling);
  t(() => {
    y !== m.current &&
      ((m.current = y),
      (s.value = r.panelling.sector),
      (u.value = r.panelling.specialisms.length ? r.panelling.specialisms : [``]),
      (d.value = r.panelling.interviewLocation));
  }, [y]);
  const b = () => {
      const e = { sector: s.value, specialisms: u.value, interviewLocation: _ ? d.value : g };
      n.apply((t, n) => c(t, e, i.value, n), { place: `panelling` }) && (m.current = C(n.app.value.panelling));
    },
    S = (e) => {
      e(), b();
    },
    w = n.refusedAt.value === `panelling` ? n.refused.value : [];
  return o(`form`, {
    onSubmit: (e) => e.preventDefault(),
    children: [
      o(`p`, {
        children: `Choose the sector and specialisms that fit your work, so your application reaches the right assessors. The IET's lists are not public: use the names Career Manager shows you. Your answers are saved on this device as you type.`,
      }),
      r.stage === `locked` &&
        o(`p`, {
          class: `note`,
          children: `The application is locked: changes you make now are not in the snapshot, and are listed under Validate and verify.`,
        }),
      o(x, { applicationId: r.id, value: s.value, disabled: v, onValue: (e) => S(() => (s.value = e)) }),
      o(`fieldset`, {
        children: [
          o(`legend`, { children: `Specialisms` }),
          u.value.map((e, t) =>
            o(
              `div`,
              {
                class: `row`,
                children: [
                  o(h, {
                    label: `Specialism ${t + 1}`,
                    value: e,
                    disabled: v,
                    onValue: (e) => S(() => (u.value = u.value.map((n, r) => (r === t ? e : n)))),
                  }),
                  o(`button`, {
                    type: `button`,
                    disabled: v,
                    onClick: () => S(() => (u.value = u.value.filter((e, n) => n !== t))),
                    children: [`Remove specialism `, t + 1],
                  }),
                ],
              },
              t,
            ),
          ),
          o(`button`, { type: `button`, disabled: v, onClick: () => (u.value = [...u.value, ``]), children: `Add a specialism` }),
        ],
      }),
      _
        ? o(h, {
            label: `Interview location`,
            hint: `An interview location is required for ${r.category}.`,
            value: d.value === `Not applicable` ? `` : d.value,
            disabled: v,
            onValue: (e) => S(() => (d.value = e)),
          })
        : o(`p`, {
            children: [
              `Interview location: `,
              o(`strong`, { children: g }),
              ` — `,
              r.category,
              ` applicants choose “`,
              g,
              `” in Career Manager.`,
            ],
          }),
      o(`div`, {
        role: `status`,
        class: w.length > 0 ? `form-error` : void 0,
        children: [
          o(p, { reasons: w, title: `Not saved yet (what you typed stays here):` }),
          w.length === 0 && o(p, { reasons: l(r), title: `Your answers are saved. Still to choose before you can lock:` }),
        ],
      }),
    ],
  });
}
export { S as PanellingScreen };
