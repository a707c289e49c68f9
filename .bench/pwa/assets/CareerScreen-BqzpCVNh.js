import { t as p } from './CommentsFor-CYD7rluB.js';
import { t as m } from './ConfirmAction-CWpnJMDC.js';
import { t as _, r as g, n as h } from './edit-B0vVxUDk.js';
import { i as S } from './format-CWqq_xR4.js';
import { T as a, f as c, s as d, u as f, O as i, l, c as o, d as s, p as u } from './gates-BTsHQrib.js';
import { v as b, d as v, y as x, m as y } from './index-oQTK9Mdi.js';
import { h as e, s as n, v as r, i as t } from './shell-DICWaD9d.js';
var C = new Intl.NumberFormat(`en-GB`);
function w({ draft: r, app: i }) {
  const s = t.value,
    c = l(i, s),
    u = f(i, s),
    d = i.stage === `submitted`,
    p = a(i, S());
  return n(e, {
    children: [
      n(`p`, { children: `Write in the first person about what you did. Your work is saved on this device as you type.` }),
      n(`div`, {
        class: `estimates`,
        role: `status`,
        'aria-live': `polite`,
        'aria-atomic': `true`,
        children: [
          n(`p`, { children: [`Whole application: `, o(c.total), ` when printed (no more than `, s.maxPages, ` pages).`] }),
          n(`p`, { children: [`Career history: `, o(c.career), ` (guide: `, s.careerPagesMin, `–`, s.careerPagesMax, ` pages).`] }),
        ],
      }),
      u.length > 0 && n(`ul`, { class: `warnings`, children: u.map((e, t) => n(`li`, { children: e.message }, t)) }),
      i.roles.length === 0 && n(`p`, { children: `No roles yet. Start with your current or most recent role.` }),
      i.roles.map((e, t) => n(E, { role: e, index: t, draft: r, disabled: d, app: i, latestDate: p }, e.id)),
      n(`button`, {
        type: `button`,
        disabled: d,
        onClick: () => {
          const e = crypto.randomUUID();
          _(r, (t) => ({
            roles: [
              ...t.roles,
              { id: e, employer: ``, title: ``, start: ``, end: ``, current: !1, responsibilities: ``, achievements: ``, competences: [] },
            ],
          })) && v(() => document.querySelector(`[data-role="${e}"] input`));
        },
        children: `Add a role`,
      }),
      n(k, { app: i }),
    ],
  });
}
var T = (e, t) =>
    e.id === t.id &&
    e.employer === t.employer &&
    e.title === t.title &&
    e.start === t.start &&
    e.end === t.end &&
    e.current === t.current &&
    e.responsibilities === t.responsibilities &&
    e.achievements === t.achievements &&
    e.competences.join() === t.competences.join(),
  E = class extends r {
    shouldComponentUpdate(e) {
      const t = this.props;
      return !(
        T(t.role, e.role) &&
        t.index === e.index &&
        t.draft === e.draft &&
        t.disabled === e.disabled &&
        t.latestDate === e.latestDate &&
        t.app.category === e.app.category
      );
    }
    render() {
      return n(D, { ...this.props });
    }
  };
function D({ role: e, index: r, draft: a, disabled: o, app: l, latestDate: u }) {
  const f = `Role ${r + 1}`,
    v = (t) => _(a, (n) => ({ roles: h(n.roles, e.id, t) })),
    S = s(e),
    w = t.value.charsPerRole,
    T = S > w,
    E = i(e, u),
    D = (t) => n(p, { app: l, anchor: { kind: `role`, roleId: e.id, field: t } });
  return n(`fieldset`, {
    class: `role card`,
    'data-role': e.id,
    children: [
      n(`legend`, { children: c(e, r) }),
      n(x, { label: `${f}: employer`, value: e.employer, disabled: o, onValue: (e) => v({ employer: e }) }),
      D(`employer`),
      n(x, { label: `${f}: job title`, value: e.title, disabled: o, onValue: (e) => v({ title: e }) }),
      D(`title`),
      n(x, { label: `${f}: start date`, type: `date`, value: e.start, disabled: o, onValue: (e) => v({ start: e }) }),
      n(g, { problems: E.filter((e) => e.field === `start`) }),
      n(y, { label: `${f}: I still work here`, checked: e.current, disabled: o, onChange: (t) => v({ current: t, end: t ? `` : e.end }) }),
      !e.current && n(x, { label: `${f}: end date`, type: `date`, value: e.end, disabled: o, onValue: (e) => v({ end: e }) }),
      n(g, { problems: E.filter((e) => e.field === `end`) }),
      D(`dates`),
      n(b, {
        label: `${f}: Responsibilities`,
        value: e.responsibilities,
        disabled: o,
        onValue: (e) => v({ responsibilities: e }),
        status: `${C.format(d(e.responsibilities))} characters`,
      }),
      D(`responsibilities`),
      n(b, {
        label: `${f}: Personal Achievements`,
        value: e.achievements,
        disabled: o,
        onValue: (e) => v({ achievements: e }),
        status: `${C.format(d(e.achievements))} characters`,
      }),
      D(`achievements`),
      n(`p`, {
        class: T ? `count over` : `count`,
        children: [f, ` in all: `, C.format(S), ` of about `, C.format(w), ` characters`, T ? ` — over the guide` : ``, `.`],
      }),
      n(O, { n: f, role: e, category: l.category, disabled: o, onChange: (e) => v({ competences: e }) }),
      D(`competences`),
      n(m, {
        label: `Remove ${f.toLowerCase()}`,
        disabled: o,
        title: `Remove ${c(e, r).replace(/^Role/, `role`)}?`,
        confirmLabel: `Remove ${f.toLowerCase()} for good`,
        cancelLabel: `Keep the role`,
        onConfirm: () => _(a, (t) => ({ roles: t.roles.filter((t) => t.id !== e.id) })),
        focusAfter: () => document.getElementById(`screen-title`),
        children: n(`p`, { children: `Its Responsibilities and Personal Achievements go with it.` }),
      }),
    ],
  });
}
function O({ n: e, role: t, category: r, disabled: i, onChange: a }) {
  const o = u(r),
    s = new Set(t.competences),
    c = (e, t) => a(o.map((e) => e.code).filter((n) => (n === e ? t : s.has(n))));
  return n(`details`, {
    children: [
      n(`summary`, { children: [e, `: competences it shows (`, t.competences.length ? t.competences.join(`, `) : `none chosen yet`, `)`] }),
      n(`fieldset`, {
        children: [
          n(`legend`, { children: [e, `: competences this role gives evidence for`] }),
          o.map((t) =>
            n(y, { label: `${e}: ${t.code} — ${t.summary}`, checked: s.has(t.code), disabled: i, onChange: (e) => c(t.code, e) }, t.code),
          ),
        ],
      }),
    ],
  });
}
function k({ app: e }) {
  const t = u(e.category);
  return t.length === 0
    ? null
    : n(`section`, {
        'aria-labelledby': `competence-coverage`,
        children: [
          n(`h3`, { id: `competence-coverage`, children: `Competences across your roles` }),
          n(`ul`, {
            class: `coverage`,
            children: t.map((t) => {
              const r = e.roles.map((e, t) => ({ r: e, i: t })).filter(({ r: e }) => e.competences.includes(t.code));
              return n(
                `li`,
                {
                  children: [
                    n(`strong`, { children: t.code }),
                    ` `,
                    t.summary,
                    `:`,
                    ` `,
                    r.length ? r.map(({ r: e, i: t }) => c(e, t)).join(`; `) : `no role chosen yet`,
                    n(p, { app: e, anchor: { kind: `competence`, code: t.code } }),
                  ],
                },
                t.code,
              );
            }),
          }),
        ],
      });
}
export { w as CareerScreen };
