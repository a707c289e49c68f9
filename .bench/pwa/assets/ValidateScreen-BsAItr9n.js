import { t as v } from './ConfirmAction-CWpnJMDC.js';
import { t as E, n as T, i as w } from './format-CWqq_xR4.js';
import { f as b, y as C, v as S, g as x, _ as y } from './index-oQTK9Mdi.js';
import { c as e, i as n, s as r, h as t } from './shell-DICWaD9d.js';
import { n as _ } from './steps-DdJx-lgL.js';
import { c as a, i as c, n as d, o as f, u as g, t as h, a as i, l, s as m, d as o, p, f as s, m as u } from './submit-Ct7NuoZH.js';
var D = { invited: `Invited`, validated: `Validated`, 'changes-requested': `Asked for changes`, declined: `Declined` };
function O({ draft: e, app: n }) {
  return r(t, {
    children: [
      n.stage === `draft` && r(k, { draft: e, app: n }),
      n.stage !== `draft` && n.lock && r(A, { app: n }),
      n.stage === `locked` && r(t, { children: [r(j, { draft: e, app: n }), r(F, { draft: e, app: n }), r(I, { draft: e, app: n })] }),
      n.stage === `submitted` && r(L, { draft: e, app: n }),
      r(R, { app: n }),
    ],
  });
}
function k({ draft: e, app: t }) {
  const i = o(t, n.value, w());
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { id: `lock-title`, children: `Lock the application` }),
      r(`p`, {
        children: `In Career Manager you lock the application on the Validate / Verify tab once everything is complete. Only a locked application can have supporters.`,
      }),
      i.length > 0
        ? r(x, { reasons: i, title: `You cannot lock yet:` })
        : r(v, {
            label: `Lock application`,
            title: `Lock and take a snapshot?`,
            confirmLabel: `Lock and take a snapshot`,
            onConfirm: () => e.apply((e, t) => s(e, t, n.value), { immediate: !0 }),
            focusAfter: () => document.getElementById(`snapshot-title`),
            children: r(`p`, {
              children: `Locking keeps a snapshot of the application as it is now, with the time and a fingerprint (SHA-256) of its content. Career Manager's snapshot works the same way: changes you make to your records after locking are not in it. The workbook will list any change you make after the lock so you can tell whether to unlock.`,
            }),
          }),
    ],
  });
}
function A({ app: e }) {
  const n = e.lock,
    i = e.stage === `locked` ? u(e) : [];
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { id: `snapshot-title`, children: `Snapshot` }),
      r(`p`, { children: [`Locked on `, T(n.at), `. Fingerprint (SHA-256): `, r(`code`, { class: `hash`, children: n.sha256 })] }),
      e.stage === `locked` &&
        (i.length === 0
          ? r(`p`, { children: `No changes since the lock: the snapshot matches the application.` })
          : r(t, {
              children: [
                r(`p`, { children: `Changed since the lock (not in the snapshot):` }),
                r(`ul`, { children: i.map((e) => r(`li`, { children: e.label }, e.path)) }),
              ],
            })),
    ],
  });
}
function j({ draft: t, app: i }) {
  const o = e(``),
    s = e(``),
    c = e(``),
    l = e(``);
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { id: `supporters-title`, children: `Supporters` }),
      r(`p`, {
        children: [
          `You need `,
          n.value.supportersRequired,
          ` supporters to validate the application (an assumption: check this in Career Manager). Supporters write their own comments in Career Manager; do not write them for them.`,
        ],
      }),
      i.supporters.length === 0
        ? r(`p`, { children: `No supporters yet.` })
        : r(`ul`, { class: `supporters`, children: i.supporters.map((e) => r(P, { draft: t, supporter: e }, e.id)) }),
      i.stage === `locked` && r(N, { draft: t, app: i }),
      r(`form`, {
        onSubmit: (e) => {
          e.preventDefault(),
            t.apply((e, t) => a(e, { name: o.value, relationship: s.value, registration: c.value, email: l.value }, t), {
              immediate: !0,
              place: `add-supporter`,
            }) && (o.value = s.value = c.value = l.value = ``);
        },
        'aria-labelledby': `add-supporter-title`,
        children: [
          r(`h4`, { id: `add-supporter-title`, children: `Add a supporter` }),
          r(C, { label: `Supporter's name`, value: o.value, onValue: (e) => (o.value = e) }),
          r(C, { label: `How they know your work`, value: s.value, onValue: (e) => (s.value = e) }),
          r(C, { label: `Their professional registration (e.g. CEng MIET)`, value: c.value, onValue: (e) => (c.value = e) }),
          r(C, { label: `Their email address`, type: `email`, value: l.value, onValue: (e) => (l.value = e) }),
          r(`button`, { type: `submit`, children: `Add supporter` }),
          r(b, { draft: t, place: `add-supporter`, title: `The supporter was not added:` }),
        ],
      }),
    ],
  });
}
function M(e) {
  const t = [...e.history].reverse().find((e) => e.type === `unlocked`);
  if (t?.type !== `unlocked`) return [];
  const n = (e, t) => e.name === t.name && e.email === t.email;
  return t.supporters.filter((t) => !e.supporters.some((e) => n(t, e)));
}
function N({ draft: e, app: t }) {
  const n = M(t);
  return n.length === 0
    ? null
    : r(`div`, {
        children: [
          r(`h4`, { children: `Supporters before you unlocked` }),
          r(`ul`, {
            children: n.map((t) =>
              r(
                `li`,
                {
                  children: [
                    t.name,
                    ` — `,
                    t.relationship,
                    ` `,
                    r(`button`, {
                      type: `button`,
                      onClick: () =>
                        e.apply(
                          (e, n) => a(e, { name: t.name, relationship: t.relationship, registration: t.registration, email: t.email }, n),
                          { immediate: !0 },
                        ),
                      children: [`Add `, t.name, ` again`],
                    }),
                  ],
                },
                t.id,
              ),
            ),
          }),
        ],
      });
}
function P({ draft: t, supporter: n }) {
  const i = e(``);
  return r(`li`, {
    children: [
      r(`p`, {
        children: [
          r(`strong`, { children: n.name }),
          ` — `,
          n.relationship,
          n.registration ? `, ${n.registration}` : ``,
          n.email ? ` (${n.email})` : ``,
        ],
      }),
      r(y, {
        label: `Status of ${n.name}`,
        value: n.status,
        onValue: (e) => t.apply((t, r) => g(t, n.id, { status: e }, r), { immediate: !0 }),
        options: Object.keys(D).map((e) => ({ value: e, label: D[e] })),
      }),
      n.comments.length > 0 &&
        r(`ul`, {
          class: `comments`,
          'aria-label': `Comments from ${n.name}`,
          children: n.comments.map((e, t) => r(`li`, { children: [T(e.at), `: `, e.text] }, t)),
        }),
      r(`form`, {
        onSubmit: (e) => {
          e.preventDefault();
          const r = i.value.trim();
          r && t.apply((e, t) => g(e, n.id, { comments: [...n.comments, { at: t, text: r }] }, t), { immediate: !0 }) && (i.value = ``);
        },
        children: [
          r(S, { label: `Comment ${n.name} gave (copy it from Career Manager)`, rows: 3, value: i.value, onValue: (e) => (i.value = e) }),
          r(`button`, { type: `submit`, children: [`Keep comment from `, n.name] }),
        ],
      }),
      r(v, {
        label: `Remove supporter ${n.name}`,
        title: `Remove ${n.name}?`,
        confirmLabel: `Remove ${n.name}`,
        cancelLabel: `Keep them`,
        onConfirm: () => t.apply((e, t) => l(e, n.id, t), { immediate: !0 }),
        focusAfter: () => document.getElementById(`supporters-title`),
        children: r(`p`, {
          children: [`Their status and the comments you kept from them (`, n.comments.length, `) are removed from the workbook.`],
        }),
      }),
    ],
  });
}
function F({ draft: e, app: t }) {
  const i = h(t, n.value),
    a = m(t);
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { children: `Submit` }),
      i.length > 0
        ? r(x, { reasons: i, title: `You cannot submit yet:` })
        : a.length === 0
          ? r(`p`, {
              children: `Everything is in place. Submit in Career Manager, then record it here; the workbook copy becomes read-only.`,
            })
          : r(`p`, {
              children: `Your supporters have validated. Submit in Career Manager, then record it here; the workbook copy becomes read-only.`,
            }),
      r(`div`, { class: `warnings`, children: r(x, { reasons: a, title: `Before you submit:` }) }),
      r(v, {
        label: `Submit application`,
        disabled: i.length > 0,
        title: `Record the submission?`,
        confirmLabel: `Record the submission`,
        cancelLabel: `Not yet`,
        onConfirm: () => e.apply((e, t) => f(e, t, n.value), { immediate: !0 }),
        focusAfter: () => document.getElementById(`after-title`),
        children: [
          r(`p`, {
            children: `This records that you have submitted the application in Career Manager; do that there first. From now on the workbook copy is read-only: you can still read, export and print it, and record the stages after submission, but not change it. This cannot be undone.`,
          }),
          r(x, { reasons: a, title: `Before you submit:` }),
        ],
      }),
    ],
  });
}
function I({ draft: t, app: n }) {
  const i = e(``);
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { children: `Unlock` }),
      r(`p`, { children: `Unlock only if supporter feedback means you must change the application.` }),
      r(v, {
        label: `Unlock…`,
        title: `Unlock the application?`,
        confirmLabel: `Unlock application`,
        cancelLabel: `Keep it locked`,
        onConfirm: () => t.apply((e, t) => p(e, t, i.value), { immediate: !0, place: `unlock` }),
        refusalInDialog: !0,
        onClose: () => (i.value = ``),
        focusAfter: () => document.getElementById(`lock-title`),
        children: [
          r(`p`, {
            children: [
              r(`strong`, { children: `Career Manager discards your supporters' comments when you unlock.` }),
              ` The workbook keeps the snapshot, the supporters and their comments (`,
              n.supporters.reduce((e, t) => e + t.comments.length, 0),
              ` kept) in this application's history. Afterwards you lock again and your supporters validate again.`,
            ],
          }),
          r(C, { label: `Why you are unlocking`, value: i.value, onValue: (e) => (i.value = e) }),
          r(b, { draft: t, place: `unlock`, title: `The application was not unlocked:` }),
        ],
      }),
    ],
  });
}
function L({ draft: n, app: a }) {
  const o = e(_[0].id),
    s = e(w()),
    l = e(``),
    u = (e) => {
      e.preventDefault(),
        n.apply((e, t) => c(e, { stage: o.value, date: s.value, note: l.value }, t, w()), { immediate: !0, place: `record-stage` }) &&
          (l.value = ``);
    },
    f = new Map(a.postSubmission.map((e) => [e.stage, e])),
    p = d(a),
    m = _.find((e) => e.id === p?.stage)?.title;
  return r(`div`, {
    class: `card`,
    children: [
      r(`h3`, { id: `after-title`, children: `After submission` }),
      r(`p`, { children: [`Submitted on `, a.submittedAt ? T(a.submittedAt) : `—`, `. Record each stage as you hear about it.`] }),
      r(`ol`, {
        class: `stages`,
        children: _.map((e) => {
          const t = f.get(e.id);
          return r(
            `li`,
            {
              children: [
                r(`strong`, { children: e.title }),
                `: `,
                t ? `reached on ${E(t.date)}${t.note ? ` — ${t.note}` : ``}` : `not yet`,
                r(`br`, {}),
                r(`span`, { class: `hint`, children: e.summary }),
              ],
            },
            e.id,
          );
        }),
      }),
      p &&
        m &&
        r(`p`, {
          children: [
            `Recorded a stage by mistake?`,
            ` `,
            r(v, {
              label: `Remove ${m}`,
              title: `Remove ${m}?`,
              confirmLabel: `Remove ${m} for good`,
              cancelLabel: `Keep it`,
              fallbackFocusId: `after-title`,
              onConfirm: () => n.apply((e, t) => i(e, t), { immediate: !0, place: `record-stage` }),
              focusAfter: () => document.getElementById(`after-title`),
              children: r(`p`, {
                children: [
                  `The stage “`,
                  m,
                  `” (`,
                  E(p.date),
                  `)`,
                  p.note ? r(t, { children: [` and its note “`, p.note, `”`] }) : null,
                  ` are removed from the workbook. Record it again if you removed it by mistake.`,
                ],
              }),
            }),
          ],
        }),
      r(`form`, {
        onSubmit: u,
        'aria-labelledby': `record-stage-title`,
        children: [
          r(`h4`, { id: `record-stage-title`, children: `Record a stage` }),
          r(y, {
            label: `Stage reached`,
            value: o.value,
            onValue: (e) => (o.value = e),
            options: _.map((e) => ({ value: e.id, label: e.title })),
          }),
          r(C, { label: `Date reached`, type: `date`, value: s.value, onValue: (e) => (s.value = e) }),
          r(C, { label: `Note (optional)`, value: l.value, onValue: (e) => (l.value = e) }),
          r(b, { draft: n, place: `record-stage`, title: `That stage was not recorded:` }),
          r(`button`, { type: `submit`, children: `Record stage` }),
        ],
      }),
    ],
  });
}
function R({ app: e }) {
  const t = e.history.filter((e) => e.type === `unlocked`);
  return t.length === 0
    ? null
    : r(`div`, {
        class: `card`,
        children: [
          r(`h3`, { children: `Earlier locks` }),
          r(`ul`, {
            children: t.map((e, t) =>
              r(
                `li`,
                {
                  children: [
                    `Unlocked on `,
                    T(e.at),
                    e.reason ? ` (${e.reason})` : ``,
                    `; snapshot of `,
                    T(e.snapshot.at),
                    ` kept.`,
                    e.supporters.length > 0 &&
                      r(`ul`, {
                        children: e.supporters.map((e) =>
                          r(
                            `li`,
                            {
                              children: [
                                e.name,
                                ` (`,
                                D[e.status],
                                `)`,
                                e.comments.length > 0 ? `: ` : ``,
                                e.comments.map((e) => e.text).join(` · `),
                              ],
                            },
                            e.id,
                          ),
                        ),
                      }),
                  ],
                },
                t,
              ),
            ),
          }),
        ],
      });
}
export { O as ValidateScreen };
