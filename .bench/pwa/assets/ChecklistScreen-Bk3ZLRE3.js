import { t as i } from './CommentsFor-CYD7rluB.js';
import { t as m } from './ConfirmAction-CWpnJMDC.js';
import { t as _, r as g, n as h } from './edit-B0vVxUDk.js';
import { i as v } from './format-CWqq_xR4.js';
import { D as e, T as n, a as r, S as t } from './gates-BTsHQrib.js';
import { m as d, v as f, S as l, y as p, d as u } from './index-oQTK9Mdi.js';
import { f as a, s as c, h as o, i as s } from './shell-DICWaD9d.js';
function y({ what: e, detail: t, disabled: n, onRemove: r }) {
  let i = a(),
    o = `Remove ${e.toLowerCase()}`,
    s = null;
  return c(`span`, {
    id: i,
    class: `confirm-remove`,
    children: c(m, {
      label: o,
      disabled: n,
      title: `${o}?`,
      confirmLabel: `${o} for good`,
      cancelLabel: `Keep it`,
      onConfirm: () => ((s = document.getElementById(i)?.closest(`li, section`) ?? null), r()),
      focusAfter: () => s?.querySelector(`h3, h2`) ?? document.getElementById(`screen-title`),
      children: c(`p`, { children: t }),
    }),
  });
}
var b = (e) => e.charAt(0).toUpperCase() + e.slice(1);
function x({ draft: e, app: t }) {
  const n = r(t, s.value, v()),
    a = t.stage === `submitted`;
  return c(o, {
    children: [
      c(`p`, {
        children: `Read each item's guidance first. Items marked mandatory must be complete before you can choose panelling information.`,
      }),
      c(`ul`, {
        class: `checklist`,
        children: n.map((n) =>
          c(
            `li`,
            {
              class: `card`,
              children: [
                c(`h3`, {
                  children: [n.item.title, ` `, c(`span`, { class: n.mandatory ? `mandatory` : `optional`, children: n.needed })],
                }),
                n.item.advisory
                  ? c(o, {
                      children: [
                        c(`p`, {
                          class: `state`,
                          children: n.complete
                            ? `Every competence is shown in at least one role.`
                            : `Optional advice: this never holds up your application.`,
                        }),
                        n.missing.map((e, t) => c(`p`, { children: [b(e), `.`] }, t)),
                      ],
                    })
                  : c(`p`, {
                      class: `state`,
                      children: n.complete ? `Complete` : n.mandatory ? `Not complete yet` : `Leave this if it does not apply to you.`,
                    }),
                !n.item.advisory &&
                  !n.complete &&
                  n.missing.length > 0 &&
                  c(`ul`, {
                    class: `missing`,
                    children: n.missing.map((e, t) =>
                      c(`li`, { children: n.mandatory ? `Missing: ${e}` : `If it applies to you, add ${e}` }, t),
                    ),
                  }),
                c(`p`, { class: `guidance`, children: n.item.guidance }),
                n.item.provenance === `assumed` && c(`p`, { class: `assumption`, children: `Assumption: check this in Career Manager.` }),
                c(S, { item: n.item, app: t, draft: e, disabled: a }),
                c(i, { app: t, anchor: { kind: `checklist`, itemId: n.item.id } }),
              ],
            },
            n.item.id,
          ),
        ),
      }),
    ],
  });
}
function S({ item: t, app: r, draft: i, disabled: a }) {
  if (t.completedIn === `career-manager`) return c(C, { item: t, app: r, draft: i, disabled: a });
  switch (t.kind) {
    case `personal`:
      return c(`div`, {
        children: [
          c(p, {
            label: `Full name`,
            autoComplete: `name`,
            value: r.personal.fullName,
            disabled: a,
            onValue: (e) => _(i, (t) => ({ personal: { ...t.personal, fullName: e } })),
          }),
          c(p, {
            label: `Email address`,
            type: `email`,
            autoComplete: `email`,
            value: r.personal.email,
            disabled: a,
            onValue: (e) => _(i, (t) => ({ personal: { ...t.personal, email: e } })),
          }),
        ],
      });
    case `membership`:
      return c(p, {
        label: `IET membership number`,
        value: r.personal.membershipNumber,
        disabled: a,
        onValue: (e) => _(i, (t) => ({ personal: { ...t.personal, membershipNumber: e } })),
      });
    case `qualifications`:
      return c(w, { app: r, draft: i, disabled: a });
    case `development`:
      return c(T, { app: r, draft: i, disabled: a });
    case `pra`:
      return c(`div`, {
        children: [
          c(d, {
            label: `I have consulted a Professional Registration Adviser`,
            checked: r.pra.consulted,
            disabled: a,
            onChange: (e) => _(i, (t) => ({ pra: { ...t.pra, consulted: e } })),
          }),
          c(p, {
            label: `Date of the consultation`,
            type: `date`,
            value: r.pra.date,
            disabled: a,
            onValue: (e) => _(i, (t) => ({ pra: { ...t.pra, date: e } })),
          }),
          c(g, { problems: e(r.pra, n(r, v())) }),
          c(p, {
            label: `Name of the adviser`,
            value: r.pra.adviser,
            disabled: a,
            onValue: (e) => _(i, (t) => ({ pra: { ...t.pra, adviser: e } })),
          }),
        ],
      });
    case `scheme`:
      return c(`div`, {
        children: [
          c(d, {
            label: `I have completed a professional development scheme`,
            checked: r.scheme.completed,
            disabled: a,
            onChange: (e) => _(i, (t) => ({ scheme: { ...t.scheme, completed: e } })),
          }),
          c(p, {
            label: `Name of the scheme`,
            value: r.scheme.name,
            disabled: a,
            onValue: (e) => _(i, (t) => ({ scheme: { ...t.scheme, name: e } })),
          }),
        ],
      });
    case `career`:
      return c(`p`, { children: c(`a`, { href: l({ name: `app`, id: r.id, screen: `career` }), children: `Write your career history` }) });
    case `competences`:
      return c(`p`, {
        children: c(`a`, {
          href: l({ name: `app`, id: r.id, screen: `career` }),
          children: `Link competences to your roles in Career history`,
        }),
      });
    default:
      return c(C, { item: t, app: r, draft: i, disabled: a });
  }
}
function C({ item: e, app: t, draft: n, disabled: r }) {
  const i = t.checklist[e.id] ?? { done: !1, note: `` };
  return c(`div`, {
    children: [
      c(d, {
        label: `${e.title}: done in Career Manager`,
        checked: i.done,
        disabled: r,
        onChange: (t) => _(n, (n) => ({ checklist: { ...n.checklist, [e.id]: { ...(n.checklist[e.id] ?? { note: `` }), done: t } } })),
      }),
      c(p, {
        label: `${e.title}: your note`,
        value: i.note,
        disabled: r,
        onValue: (t) => _(n, (n) => ({ checklist: { ...n.checklist, [e.id]: { ...(n.checklist[e.id] ?? { done: !1 }), note: t } } })),
      }),
    ],
  });
}
function w({ app: e, draft: t, disabled: n }) {
  return c(`div`, {
    children: [
      e.qualifications.map((e, r) => {
        const i = `Qualification ${r + 1}`,
          a = (n) => _(t, (t) => ({ qualifications: h(t.qualifications, e.id, n) }));
        return c(
          `fieldset`,
          {
            'data-item': e.id,
            children: [
              c(`legend`, { children: i }),
              c(p, { label: `${i}: title`, value: e.title, disabled: n, onValue: (e) => a({ title: e }) }),
              c(p, { label: `${i}: institution`, value: e.institution, disabled: n, onValue: (e) => a({ institution: e }) }),
              c(p, { label: `${i}: year`, value: e.year, disabled: n, onValue: (e) => a({ year: e }) }),
              c(d, { label: `${i}: accredited`, checked: e.accredited, disabled: n, onChange: (e) => a({ accredited: e }) }),
              c(y, {
                what: i,
                disabled: n,
                detail: e.title ? `“${e.title}” is removed from the workbook.` : `It is removed from the workbook.`,
                onRemove: () => _(t, (t) => ({ qualifications: t.qualifications.filter((t) => t.id !== e.id) })),
              }),
            ],
          },
          e.id,
        );
      }),
      c(`button`, {
        type: `button`,
        disabled: n,
        onClick: () => {
          const e = crypto.randomUUID();
          _(t, (t) => ({ qualifications: [...t.qualifications, { id: e, title: ``, institution: ``, year: ``, accredited: !1 }] })) &&
            u(() => document.querySelector(`[data-item="${e}"] input`));
        },
        children: `Add a qualification`,
      }),
    ],
  });
}
function T({ app: e, draft: r, disabled: i }) {
  return c(`div`, {
    children: [
      e.development.map((a, o) => {
        const s = `Development record ${o + 1}`,
          l = (e) => _(r, (t) => ({ development: h(t.development, a.id, e) }));
        return c(
          `fieldset`,
          {
            'data-item': a.id,
            children: [
              c(`legend`, { children: s }),
              c(p, { label: `${s}: what you did`, value: a.title, disabled: i, onValue: (e) => l({ title: e }) }),
              c(p, { label: `${s}: date`, type: `date`, value: a.date, disabled: i, onValue: (e) => l({ date: e }) }),
              c(g, { problems: t(a, n(e, v())) }),
              c(f, { label: `${s}: what you took from it`, rows: 3, value: a.notes, disabled: i, onValue: (e) => l({ notes: e }) }),
              c(y, {
                what: s,
                disabled: i,
                detail: a.title ? `“${a.title}” and your notes on it are removed from the workbook.` : `It is removed from the workbook.`,
                onRemove: () => _(r, (e) => ({ development: e.development.filter((e) => e.id !== a.id) })),
              }),
            ],
          },
          a.id,
        );
      }),
      c(`button`, {
        type: `button`,
        disabled: i,
        onClick: () => {
          const e = crypto.randomUUID();
          _(r, (t) => ({ development: [...t.development, { id: e, date: ``, title: ``, notes: `` }] })) &&
            u(() => document.querySelector(`[data-item="${e}"] input`));
        },
        children: `Add a development record`,
      }),
    ],
  });
}
export { x as ChecklistScreen };
