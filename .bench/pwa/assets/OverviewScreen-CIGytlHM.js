import { t as C } from './CommentsFor-CYD7rluB.js';
import { t as D } from './ConfirmDialog-B7EzWCiP.js';
import { t as w } from './category-change-CeRYqZFh.js';
import { t as _ } from './connected-BVZ3us7a.js';
import { c as E, a as T } from './edit-B954PyqS.js';
import { i as O } from './format-CWqq_xR4.js';
import { m as c } from './gates-BTsHQrib.js';
import { c as a, b as i, S as n, l as o, _ as r, x as s } from './index-oQTK9Mdi.js';
import { t as A, n as k } from './limitLabels-CIvMHvdM.js';
import { t as g } from './live-LaEoI2N9.js';
import { i as S } from './reviews-DBMJmYnn.js';
import { h as d, i as f, a as l, s as m, o as p, c as u } from './shell-DICWaD9d.js';
import { n as e, t } from './step-words-BbxjXgYH.js';
import { r as b, i as v, t as x, n as y } from './steps-D0sI2dC8.js';
import { i as h } from './store-DOvgdwdx.js';
var j = {
  category: `Pick the category that matches the level of your work: CEng leads, IEng manages, EngTech and ICTTech apply proven methods with personal responsibility.`,
  route: `Most people use the standard route. Choose streamlined only if you have been told you qualify, for example through an approved apprenticeship.`,
  checklist: `Start with the guidance linked above the checklist. Items in orange are required; the rest only when they apply to you, such as a finished development scheme.`,
  documents: `Upload each required document: Career Manager keeps one file per type, so merge several certificates into one PDF and keep it under the size limit.`,
  panelling: `Becomes available once every mandatory item and document is done. Pick the sector and specialisms that send your application to the right assessors; CEng and IEng also choose an interview location.`,
  lock: `Once everything is complete, lock on the Validate / Verify tab. From then on Career Manager works from a frozen copy: anything you change afterwards stays out of it unless you unlock and lock again.`,
  supporters: `Only a locked application can have supporters. Choose people who know your work first hand, ideally registered engineers; they need not be IET members.`,
  validation: `Supporters write their own comments against each competence; do not write them for them. If a supporter asks for changes you must unlock, which loses their comments.`,
  submit: `Once your supporters have validated, submit. The application then becomes read-only.`,
  'after-submission': `Staff check, assessment panel, interview (CEng/IEng always, EngTech/ICTTech if invited), final review, decision, then Engineering Council fees and your registration number.`,
};
function M(e, t) {
  if (!e) return null;
  const n = t.history.filter((e) => e.type !== `created`).map((e) => Date.parse(e.at)),
    r = Math.max(-1 / 0, ...n.filter(Number.isFinite));
  return Date.parse(e.at) <= r
    ? null
    : e.locked && t.stage === `draft`
      ? { kind: `locked-in-career-manager`, seenAt: e.at }
      : !e.locked && t.stage !== `draft`
        ? { kind: `unlocked-in-career-manager`, seenAt: e.at, stage: t.stage }
        : null;
}
var N = /^(complete|completed|done|uploaded|provided|yes)\b/i;
function P(e) {
  return N.test(e.trim()) ? `complete` : `incomplete`;
}
function F(e) {
  const t = e.filter((e) => e.mandatory),
    n = t.filter((e) => P(e.statusText) === `incomplete`);
  return { mandatory: t.length, mandatoryComplete: t.length - n.length, incomplete: n, optional: e.length - t.length };
}
function I({ mismatch: e, applicationId: t }) {
  const r = n({ name: `app`, id: t, screen: `validate` }),
    i =
      e.kind === `locked-in-career-manager`
        ? `Career Manager showed this application locked on ${b(e.seenAt)}, but the workbook still says it is being prepared. Lock it here too, so the workbook keeps the snapshot and tracks your supporters.`
        : `Career Manager showed this application unlocked on ${b(e.seenAt)}, but the workbook says it is ${e.stage === `locked` ? `locked` : `submitted`}. If you unlocked it there, unlock it here too, so the workbook keeps the old snapshot and the supporters’ comments; if not, check Career Manager.`;
  return m(`div`, {
    class: `note`,
    role: `note`,
    'aria-label': `Career Manager and the workbook disagree`,
    children: [m(`p`, { children: i }), m(`p`, { children: m(`a`, { href: r, children: `Open Validate and verify in the workbook` }) })],
  });
}
function L({ o: e, noun: t }) {
  const n = F(e.data.rows);
  return m(d, {
    children: [
      m(`p`, { children: [n.mandatoryComplete, ` of `, n.mandatory, ` mandatory `, t, ` complete, as shown on `, b(e.at), `.`] }),
      m(`ul`, {
        children: e.data.rows.map((e) =>
          m(
            `li`,
            { children: [e.title, e.mandatory ? ` (mandatory)` : ``, `: `, e.statusText, P(e.statusText) === `complete` ? ` ✓` : ``] },
            e.title,
          ),
        ),
      }),
    ],
  });
}
function R({ applicationId: e }) {
  const t = v(e),
    n = g(() => h(e), [e], void 0).value,
    r = y(t, `checklist`),
    i = y(t, `documents`),
    a = y(t, `lock-state`),
    o = y(t, `sectors`),
    s = t.filter((e) => e.kind === `supporter-comments`).sort((e, t) => t.at.localeCompare(e.at)),
    c = n && a ? M({ locked: a.data.locked, at: a.at }, n) : null;
  return m(`section`, {
    'aria-labelledby': `observations-heading`,
    children: [
      m(`h3`, { id: `observations-heading`, children: `Seen in Career Manager` }),
      t.length === 0
        ? m(`p`, {
            children: [
              `Nothing yet. With the ProReg Companion extension, what Career Manager shows you (checklist state, lock, sector list, supporter comments) appears here. `,
              _.value ? `The extension is connected.` : ``,
            ],
          })
        : m(d, {
            children: [
              c && m(I, { mismatch: c, applicationId: e }),
              a &&
                m(`p`, {
                  children: [`Application `, a.data.locked ? `locked` : `not locked`, ` in Career Manager, as shown on `, b(a.at), `.`],
                }),
              r && m(d, { children: [m(`h4`, { children: `Registration Check List` }), m(L, { o: r, noun: `items` })] }),
              i && m(d, { children: [m(`h4`, { children: `Supporting Documents` }), m(L, { o: i, noun: `documents` })] }),
              o &&
                m(d, {
                  children: [
                    m(`h4`, { children: `Sectors offered` }),
                    m(`p`, { children: [`As listed on `, b(o.at), `: `, o.data.sectors.join(`, `), `.`] }),
                  ],
                }),
              s.map((e) =>
                m(
                  `div`,
                  {
                    children: [
                      m(`h4`, { children: [`Supporter comments saved `, b(e.at)] }),
                      e.data.supporters.map((e) =>
                        m(
                          `div`,
                          {
                            children: [
                              m(`p`, { children: [m(`strong`, { children: e.name }), e.status ? ` (${e.status})` : ``] }),
                              m(`dl`, {
                                children: e.comments.map((e, t) =>
                                  m(`div`, { children: [m(`dt`, { children: e.competence }), m(`dd`, { children: e.text })] }, t),
                                ),
                              }),
                            ],
                          },
                          e.name,
                        ),
                      ),
                    ],
                  },
                  e.id,
                ),
              ),
            ],
          }),
    ],
  });
}
function z({ draft: e, app: t, disabled: n }) {
  const i = u(null),
    s = (t, n) =>
      e.apply(
        (e, r) => {
          const i = T(e, t, r);
          return i.ok ? E(i.value, n, r) : i;
        },
        { immediate: !0 },
      ),
    c = (e, n) => {
      const r = w(t, e, n);
      r.length === 0 ? s(e, n) : (i.value = { category: e, route: n, effects: r });
    },
    l = i.value;
  return m(d, {
    children: [
      m(r, {
        label: `Registration category`,
        value: t.category,
        disabled: n,
        onValue: (e) => c(e, t.route),
        options: Object.values(a).map((e) => ({ value: e.id, label: e.title })),
      }),
      m(r, {
        label: `Route`,
        value: t.route,
        disabled: n,
        onValue: (e) => c(t.category, e),
        options: Object.values(o).map((e) => ({ value: e.id, label: e.title })),
      }),
      l &&
        m(D, {
          title: l.category === t.category ? `Change to the ${o[l.route].title.toLowerCase()}?` : `Change to ${l.category}?`,
          confirmLabel: `Change it`,
          cancelLabel: `Keep ${t.category}, ${o[t.route].title.toLowerCase()}`,
          onCancel: () => (i.value = null),
          onConfirm: () => {
            (i.value = null), s(l.category, l.route);
          },
          children: [
            m(`p`, { children: `This is what changes:` }),
            m(`ul`, { children: l.effects.map((e, t) => m(`li`, { children: e }, t)) }),
          ],
        }),
    ],
  });
}
function B(e, t) {
  const n = c(e.category, e.route);
  switch (t.kind) {
    case `application`:
      return `overview`;
    case `role`:
      return e.roles.some((e) => e.id === t.roleId) ? `career` : `exchange`;
    case `competence`:
      return n.competences.some((e) => e.code === t.code) ? `career` : `exchange`;
    case `checklist`:
      return n.checklist.some((e) => e.item.id === t.itemId) ? `checklist` : `exchange`;
    case `document`:
      return n.documents.some((e) => e.type.id === t.typeId) ? `documents` : `exchange`;
  }
}
function V(e, t, n) {
  const r = new Map();
  for (const n of t) {
    const t = B(e, n);
    r.set(t, (r.get(t) ?? 0) + 1);
  }
  return n.filter((e) => r.has(e)).map((e) => ({ screen: e, count: r.get(e) }));
}
function H({ draft: r, app: i }) {
  const o = e(i, f.value, O()),
    s = i.stage === `draft`;
  return m(d, {
    children: [
      m(`h3`, { children: `Next action` }),
      m(`p`, { class: `next-action`, children: o.nextAction }),
      m(`p`, { class: `guidance`, children: j[o.current] }),
      o.warnings.length > 0 &&
        m(`section`, {
          'aria-labelledby': `overview-warnings-title`,
          children: [
            m(`h3`, { id: `overview-warnings-title`, children: `Changed since the lock` }),
            m(`ul`, {
              class: `warnings`,
              children: o.warnings.map((e, t) =>
                m(
                  `li`,
                  {
                    children: [
                      e.message,
                      ` `,
                      m(`a`, { href: n({ name: `app`, id: i.id, screen: `validate` }), children: `See the changes on Validate / Verify` }),
                    ],
                  },
                  t,
                ),
              ),
            }),
          ],
        }),
      o.blockers.length > 0 &&
        m(d, {
          children: [
            m(`h3`, { children: `What is in the way` }),
            m(`ul`, {
              class: `blockers`,
              children: o.blockers.map((e, t) =>
                m(
                  `li`,
                  {
                    children: [
                      e.message,
                      ` `,
                      m(`a`, { href: n({ name: `app`, id: i.id, screen: x[e.step] }), children: [`Go to `, W(o, e.step)] }),
                    ],
                  },
                  t,
                ),
              ),
            }),
          ],
        }),
      m(U, { app: i }),
      m(`h3`, { children: `Your path` }),
      m(`ol`, {
        class: `path`,
        'aria-label': `Steps of the application`,
        children: o.steps.map((e) =>
          m(
            `li`,
            {
              class: `step ${e.state}`,
              'aria-current': e.id === o.current ? `step` : void 0,
              children: [
                m(`a`, { href: n({ name: `app`, id: i.id, screen: x[e.id] }), children: e.title }),
                m(`span`, { class: `state`, children: [` — `, e.id === o.current ? `Current step` : t[e.state]] }),
              ],
            },
            e.id,
          ),
        ),
      }),
      m(`h3`, { children: `Category and route` }),
      m(`p`, { children: a[i.category].benchmark }),
      !s &&
        m(`p`, {
          class: `note`,
          children: `The category and route can be changed only while the application is being prepared (not locked or submitted).`,
        }),
      m(z, { draft: r, app: i, disabled: !s }),
      m(`h3`, { children: `Assumptions` }),
      m(`p`, {
        children: `Nobody could confirm these; they are our best guess. Check this in Career Manager, and change them in Settings if Career Manager says otherwise.`,
      }),
      m(`ul`, {
        class: `assumptions`,
        children: Object.keys(p)
          .filter((e) => p[e] === `assumed`)
          .map((e) =>
            m(
              `li`,
              {
                children: [
                  A[e],
                  `: `,
                  k(e, f.value[e]),
                  f.value[e] === l[e] ? `` : ` (your setting)`,
                  ` — `,
                  m(`em`, { children: `assumption: check this in Career Manager` }),
                ],
              },
              e,
            ),
          ),
      }),
      m(R, { applicationId: i.id }),
    ],
  });
}
function U({ app: e }) {
  const t = g(() => S(e.id), [e.id], []).value.filter((e) => e.data.resolvedAt === null);
  if (t.length === 0) return null;
  const r = V(
    e,
    t.map((e) => e.data.comment.anchor),
    i,
  );
  return m(`section`, {
    'aria-labelledby': `mentor-comments-title`,
    children: [
      m(`h3`, { id: `mentor-comments-title`, children: `Comments from your mentor` }),
      m(`p`, {
        children: [
          t.length,
          ` open comment`,
          t.length === 1 ? `` : `s`,
          ` from your mentor. Each one is shown beside the part it is about:`,
        ],
      }),
      m(`ul`, {
        'aria-label': `Where the open mentor comments are`,
        children: r.map(({ screen: t, count: r }) =>
          m(
            `li`,
            {
              children:
                t === `overview`
                  ? `${r} on the application as a whole (below)`
                  : m(`a`, {
                      href: n({ name: `app`, id: e.id, screen: t }),
                      children: [r, ` on `, t === `exchange` ? `parts no longer in the application (see Export and review)` : s[t]],
                    }),
            },
            t,
          ),
        ),
      }),
      m(C, { app: e, anchor: { kind: `application` } }),
    ],
  });
}
function W(e, t) {
  return e.steps.find((e) => e.id === t)?.title ?? t;
}
export { H as OverviewScreen };
