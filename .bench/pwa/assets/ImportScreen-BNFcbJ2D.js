import { t as K } from './ApplicationReader-BKsDaCvO.js'; /* empty css                 */
import { t as r } from './BackupButton-mj1fO3pV.js';
import { t as i } from './BackupReminder-CJQNmyf1.js';
import { t as G } from './ConfirmDialog-B7EzWCiP.js';
import { t as H } from './digest-BosQXNlB.js';
import { a, l as c, r as d, s as f, n as l, c as o, u as p, i as s, o as u } from './download-CMjGQL_y.js';
import { i as B, t as V } from './draft-DXcTMzNO.js';
import { c as b, s as C, m as S, x as T, t as w, l as x, _ as y } from './escape-BjgwEG9x.js';
import { a as E, t as ee } from './exchange-BKzd8hBR.js';
import { u as re } from './format-BjMXmgXJ.js';
import { i as F, o as I, r as L, S as N, _ as P, v as R, y as z } from './index-oQTK9Mdi.js';
import { t as n } from './live-LaEoI2N9.js';
import { r as U, t as W } from './review-CdZV7jUz.js';
import { r as A, m as D, s as j, o as k, u as M, l as ne, n as O, a as te } from './reviews-DBMJmYnn.js';
import { s as _, p as g, h, c as m, u as v } from './shell-DICWaD9d.js';
import { a as e, l as t } from './store-DOvgdwdx.js';
function q() {
  const t = n(e, [], null);
  return _(`section`, {
    'aria-labelledby': `xc-backup`,
    children: [
      _(`h3`, { id: `xc-backup`, children: `Backup of the whole workbook` }),
      _(`p`, {
        children: [
          `One plain JSON file with every application and all its documents, in the documented ProReg Companion format. Import it here to restore. Last backup: `,
          t.value?.last ? a(t.value.last) : `never`,
          `.`,
        ],
      }),
      _(i, {}),
      _(r, {}),
    ],
  });
}
async function J(e, t) {
  const n = re(e.base64);
  return n
    ? n.length === e.size
      ? (await H(n)) === e.sha256
        ? { ok: !0, bytes: n }
        : {
            ok: !1,
            issue: {
              path: T(t, `sha256`),
              message: `The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.`,
            },
          }
      : {
          ok: !1,
          issue: {
            path: T(t, `size`),
            message: `The document "${e.name}" is damaged: it is not the size it was when exported.`,
            detail: `The attachment says it is ${e.size} bytes but holds ${n.length}.`,
          },
        }
    : { ok: !1, issue: { path: T(t, `base64`), message: `The file bytes are not valid base64 text.` } };
}
var Y = class extends Error {
    issue;
    name = `AttachmentRefused`;
    constructor(e) {
      super(e.message), (this.issue = e);
    }
  },
  X = () => new Promise((e) => setTimeout(e, 0));
async function ie(e, t) {
  let n = e.reduce((e, t) => e + Object.values(t.attachments).reduce((e, t) => e + t.base64.length, 0), 0) || 1,
    r = 0,
    i = new Map();
  for (const { attachments: a, path: o } of e)
    for (const [e, s] of Object.entries(a)) {
      const a = s.base64.length;
      if (!i.has(e)) {
        const t = await J(s, T(o, e));
        if (!t.ok) throw new Y(t.issue);
        i.set(e, new Blob([t.bytes], { type: s.mime }));
      }
      (s.base64 = ``), (r += a), t(r / n), await X();
    }
  return (t(1), i);
}
function Z(e) {
  return e.kind === `application` ? [e.file] : e.file.applications;
}
function Q(e) {
  return e.kind === `workbook` ? (e.file.reviews ?? []) : [];
}
var ae = (e, t) => e.updatedAt > t.updatedAt;
function oe(e) {
  return e.kind === `application`
    ? [{ attachments: e.file.attachments, path: `attachments` }]
    : e.file.applications.map((e, t) => ({ attachments: e.attachments, path: T(T(`applications`, t), `attachments`) }));
}
async function se(e, t) {
  let n;
  {
    const r = C(await f(e, t));
    if (!r.ok) return r;
    n = new TextDecoder().decode(r.value);
  }
  const r = x(n, S, { attachments: `later` });
  if (!r.ok && b(r.errors)) {
    const e = W(n);
    if (e.ok) return { ok: !1, review: e.value };
  }
  return r.ok ? { ok: !0, parsed: r.value, warnings: r.warnings } : r;
}
async function ce(e, t, n) {
  const r = await ie(oe(e), n);
  return ee(Z(e), r, t, Q(e));
}
function le() {
  const e = m({ name: `idle` }),
    n = m([]),
    r = m(`keep-both`),
    i = g(null),
    o = g(null),
    c = g(null);
  v(() => {
    c.current === `outcome` && o.current?.focus(),
      c.current === `picker` && i.current?.querySelector(`input[type="file"]`)?.focus(),
      (c.current = null);
  });
  const u = () => {
      (e.value = { name: `idle` }), (c.current = `picker`);
    },
    f = async (r) => {
      if (((n.value = []), r.size > 3 * S.maxFileChars)) n.value = [y(r.size, S)];
      else {
        e.value = { name: `reading`, fraction: 0 };
        try {
          const i = await se(r, (t) => (e.value = { name: `reading`, fraction: t }));
          if (`review` in i) {
            const n = (await t(i.review.review.application.id)) ?? null;
            e.value = { name: `review`, file: i.review, app: n, imported: null };
            return;
          }
          if (!i.ok) {
            (n.value = i.errors), (e.value = { name: `idle` });
            return;
          }
          e.value = { name: `checked`, parsed: i.parsed, warnings: i.warnings, clashes: await E(Z(i.parsed)) };
        } catch (t) {
          (n.value = [
            {
              path: ``,
              message: `The file could not be read. Nothing was changed. Try choosing it again; if it still fails, take a fresh copy of the file.`,
              detail: t instanceof Error ? t.message : String(t),
            },
          ]),
            (e.value = { name: `idle` });
        }
      }
    },
    p = async () => {
      const t = e.value;
      if (t.name !== `checked`) return;
      const i = Z(t.parsed);
      if (I.value) n.value = [{ path: ``, message: new L().message }];
      else {
        c.current = `outcome`;
        try {
          await B(), (e.value = { name: `writing`, fraction: 0 });
          const n = await ce(t.parsed, r.value, (t) => (e.value = { name: `writing`, fraction: t }));
          if (r.value === `replace`) for (const e of t.clashes) V(e.id);
          e.value = { name: `done`, ids: n.ids, names: i.map((e) => e.application.name) };
        } catch (t) {
          if (t instanceof Y) n.value = [{ ...t.issue, message: `${t.issue.message} Nothing was changed in your workbook.` }];
          else {
            const e = t instanceof Error && t.name === `Error` ? t.message : F(t);
            n.value = [{ path: ``, message: `${e} Nothing was changed in your workbook.` }];
          }
          e.value = { name: `idle` };
        }
      }
    },
    h = async (t, r) => {
      c.current = `outcome`;
      try {
        const n = await A(t, r);
        e.value = { name: `review`, file: t, app: r, imported: n };
      } catch (e) {
        n.value = [{ path: ``, message: `${F(e)} Nothing was changed in your workbook.` }];
      }
    },
    b = e.value;
  return _(`section`, {
    'aria-labelledby': `xc-import`,
    ref: i,
    children: [
      _(`h3`, { id: `xc-import`, children: `Import an application or a backup` }),
      _(`p`, {
        children: `Choose an application you exported (.html or .json) or a workbook backup (.json). The file is checked first; nothing in it runs, and nothing changes unless the whole file can be imported.`,
      }),
      _(l, {
        label: `Choose a file to import`,
        accept: `.html,.htm,.json,text/html,application/json`,
        onFile: f,
        disabled: b.name === `reading` || b.name === `writing`,
      }),
      b.name === `reading` && _(s, { label: `Reading the file`, fraction: b.fraction }),
      _(`div`, {
        ref: o,
        tabIndex: -1,
        children: [
          b.name === `writing` && _(s, { label: `Importing the documents`, fraction: b.fraction }),
          _(d, { issues: n.value, title: `This file was not imported. What is wrong, and where:`, tone: `error` }),
          b.name === `checked` &&
            _(`div`, {
              class: `card`,
              role: `group`,
              'aria-labelledby': `xc-import-summary`,
              children: [
                _(`h4`, { id: `xc-import-summary`, children: `Ready to import` }),
                b.parsed.migratedFrom < b.parsed.file.version &&
                  _(`p`, {
                    class: `note`,
                    children: `This file was made by an earlier version of ProReg Companion; it has been updated to the current format.`,
                  }),
                _(`ul`, {
                  children: [
                    Z(b.parsed).map((e) =>
                      _(
                        `li`,
                        {
                          children: [
                            e.application.name,
                            ` (`,
                            e.application.category,
                            `): `,
                            e.application.roles.length,
                            ` role`,
                            e.application.roles.length === 1 ? `` : `s`,
                            `, `,
                            Object.keys(e.application.documents).length,
                            ` document`,
                            Object.keys(e.application.documents).length === 1 ? `` : `s`,
                            e.comments?.length ? `, ${e.comments.length} mentor comment${e.comments.length === 1 ? `` : `s`}` : ``,
                            `, last changed`,
                            ` `,
                            a(e.application.updatedAt),
                          ],
                        },
                        e.application.id,
                      ),
                    ),
                    Q(b.parsed).length > 0 && _(`li`, { children: [Q(b.parsed).length, ` review(s) you made in mentor mode`] }),
                  ],
                }),
                _(d, { issues: b.warnings, title: `Please look at these before importing:`, tone: `warning` }),
                b.clashes.length > 0 &&
                  _(`fieldset`, {
                    children: [
                      _(`legend`, {
                        children: [
                          `Already in your workbook: `,
                          b.clashes.map((e) => `${e.name} (last changed ${a(e.updatedAt)})`).join(`; `),
                        ],
                      }),
                      b.clashes
                        .map((e) => ({ stored: e, incoming: Z(b.parsed).find((t) => t.application.id === e.id).application }))
                        .filter(({ stored: e, incoming: t }) => ae(e, t))
                        .map(({ stored: e, incoming: t }) =>
                          _(
                            `p`,
                            {
                              class: `problem`,
                              children: [
                                `Your workbook's copy of `,
                                e.name,
                                ` is newer than the one in this file: yours was last changed`,
                                ` `,
                                a(e.updatedAt),
                                `, the file's `,
                                a(t.updatedAt),
                                `. Replacing it would overwrite your later changes; choose Keep both unless you mean to go back to the file's version.`,
                              ],
                            },
                            e.id,
                          ),
                        ),
                      _(`div`, {
                        class: `field check`,
                        children: [
                          _(`input`, {
                            type: `radio`,
                            id: `xc-clash-replace`,
                            name: `xc-clash`,
                            checked: r.value === `replace`,
                            onChange: () => (r.value = `replace`),
                          }),
                          _(`label`, { for: `xc-clash-replace`, children: `Replace it with the file's version` }),
                        ],
                      }),
                      _(`div`, {
                        class: `field check`,
                        children: [
                          _(`input`, {
                            type: `radio`,
                            id: `xc-clash-keep`,
                            name: `xc-clash`,
                            checked: r.value === `keep-both`,
                            onChange: () => (r.value = `keep-both`),
                          }),
                          _(`label`, { for: `xc-clash-keep`, children: `Keep both (the imported one is added as a copy)` }),
                        ],
                      }),
                    ],
                  }),
                _(`button`, { type: `button`, onClick: () => void p(), children: b.warnings.length > 0 ? `Import anyway` : `Import` }),
                _(`button`, { type: `button`, onClick: u, children: `Cancel` }),
              ],
            }),
          b.name === `review` && _($, { file: b.file, app: b.app, imported: b.imported, onImport: (e) => void h(b.file, e), onCancel: u }),
          b.name === `done` &&
            _(`div`, {
              class: `update`,
              role: `status`,
              children: [
                _(`p`, { children: `Imported:` }),
                _(`ul`, {
                  children: b.ids.map((e, t) =>
                    _(
                      `li`,
                      { children: _(`a`, { href: N({ name: `app`, id: e, screen: `overview` }), children: [`Open `, b.names[t]] }) },
                      e,
                    ),
                  ),
                }),
              ],
            }),
        ],
      }),
    ],
  });
}
function $({ file: e, app: t, imported: n, onImport: r, onCancel: i }) {
  const { review: a } = e,
    o = a.comments.length,
    s = `${a.application.name} (${a.application.category})`,
    c = a.mentor || `a mentor`;
  return n !== null && t
    ? _(`div`, {
        class: `update`,
        role: `status`,
        children: _(`p`, {
          children: [
            `Imported `,
            n,
            ` comment`,
            n === 1 ? `` : `s`,
            ` from `,
            c,
            ` into `,
            t.name,
            `.`,
            ` `,
            _(`a`, { href: N({ name: `app`, id: t.id, screen: `exchange` }), children: [`See the comments for `, t.name] }),
          ],
        }),
      })
    : _(`div`, {
        class: `card`,
        role: `group`,
        'aria-labelledby': `xc-review-chosen`,
        children: [
          _(`h4`, { id: `xc-review-chosen`, children: `This is a mentor's review, not an application` }),
          _(`p`, {
            children: [
              c,
              ` wrote `,
              o,
              ` comment`,
              o === 1 ? `` : `s`,
              ` on `,
              s,
              `. Reviews are imported into the application they are about, under its Export and review screen.`,
            ],
          }),
          t
            ? _(h, {
                children: [
                  _(`button`, {
                    type: `button`,
                    onClick: () => r(t),
                    children: [`Import the `, o, ` comment`, o === 1 ? `` : `s`, ` into `, t.name],
                  }),
                  _(`button`, { type: `button`, onClick: i, children: `Cancel` }),
                ],
              })
            : _(`p`, {
                class: `problem`,
                children: `That application is not in this workbook. Import the application (or restore your backup) first, then import the review again.`,
              }),
        ],
      });
}
function ue({ section: e, options: t, onAdd: n, drafts: r, onClose: i }) {
  const a = m(!1),
    o = m(`0`),
    s = m(``),
    c = g(null),
    l = g(null),
    u = g(null),
    d = () => c.current?.querySelector(`textarea`) ?? null;
  v(() => {
    const e = u.current === `field` ? d() : u.current === `opener` ? l.current : null;
    e && (e.focus(), (u.current = null));
  });
  const f = a.value && s.value.trim().length > 0;
  v(() => {
    if (!f) return;
    r.set(e, { focus: () => d()?.focus() });
    const t = (e) => e.preventDefault();
    return (
      window.addEventListener(`beforeunload`, t),
      () => {
        r.delete(e), window.removeEventListener(`beforeunload`, t);
      }
    );
  }, [f, e, r]);
  const p = () => {
    (s.value = ``), (a.value = !1), (u.current = `opener`), i?.();
  };
  return a.value
    ? _(`form`, {
        class: `card`,
        ref: c,
        onSubmit: async (e) => {
          e.preventDefault();
          const r = t[Number(o.value)];
          r && s.value.trim() && (await n(r.anchor, s.value.trim()), p());
        },
        'aria-label': `New comment about ${e}`,
        children: [
          t.length > 1 &&
            _(P, {
              label: `What the comment is about`,
              value: o.value,
              onValue: (e) => (o.value = e),
              options: t.map((e, t) => ({ value: String(t), label: e.label })),
            }),
          _(R, { label: `Your comment`, value: s.value, onValue: (e) => (s.value = e), rows: 4 }),
          _(`button`, { type: `submit`, disabled: !s.value.trim(), children: `Save comment` }),
          _(`button`, { type: `button`, onClick: p, children: `Cancel` }),
        ],
      })
    : _(`p`, {
        children: _(`button`, {
          type: `button`,
          ref: l,
          onClick: () => {
            (a.value = !0), (u.current = `field`);
          },
          children: [`Add a comment about `, e],
        }),
      });
}
function de() {
  const e = m(null),
    t = m(null),
    r = m([]),
    i = n(() => k(), [], []);
  return e.value
    ? _(pe, { id: e.value, onClose: () => (e.value = null) })
    : _(`section`, {
        'aria-labelledby': `xc-mentor`,
        children: [
          _(`h3`, { id: `xc-mentor`, children: `Mentor mode: review someone else's application` }),
          _(`p`, {
            children: `Open the file an applicant sent you. It opens read-only and is kept apart from your own applications. Add your comments, then send back the small review file.`,
          }),
          _(l, {
            label: `Open an application to review`,
            hint: `An exported application (.html or .json).`,
            accept: `.html,.htm,.json,text/html,application/json`,
            onFile: async (n) => {
              (r.value = []), (t.value = 0);
              try {
                const a = await o(n, (e) => (t.value = e)),
                  s = x(a);
                if (!s.ok) {
                  r.value = s.errors;
                  return;
                }
                if (s.value.kind !== `application`) {
                  r.value = [
                    {
                      path: ``,
                      message: `This is a backup of a whole workbook. Ask for the export of the one application you are to review (an .html file).`,
                    },
                  ];
                  return;
                }
                e.value = await ne(s.value.file, i.value[0]?.data.review.mentor ?? ``);
              } catch (e) {
                r.value = [
                  {
                    path: ``,
                    message: `The file could not be opened. Try choosing it again; if it still fails, ask for a fresh copy of the file.`,
                    detail: e instanceof Error ? e.message : String(e),
                  },
                ];
              } finally {
                t.value = null;
              }
            },
            disabled: t.value !== null,
          }),
          t.value !== null && _(s, { label: `Reading the file`, fraction: t.value }),
          _(d, { issues: r.value, title: `This file cannot be reviewed:`, tone: `error` }),
          i.value.length > 0 &&
            _(h, {
              children: [
                _(`h4`, { children: `Your reviews` }),
                _(`ul`, { children: i.value.map((t) => _(fe, { row: t, onOpen: () => (e.value = t.id) }, t.id)) }),
              ],
            }),
        ],
      });
}
function fe({ row: e, onOpen: t }) {
  const n = m(!1),
    { review: r } = e.data,
    i = `${r.application.name} (${r.application.category})`;
  return _(`li`, {
    children: [
      `Review of `,
      i,
      `: `,
      r.comments.length,
      ` comment`,
      r.comments.length === 1 ? `` : `s`,
      `, last changed `,
      a(e.updatedAt),
      ` `,
      _(`button`, { type: `button`, 'aria-label': `Open review of ${i}`, onClick: t, children: `Open` }),
      _(`button`, { type: `button`, 'aria-label': `Delete review of ${i}`, onClick: () => (n.value = !0), children: `Delete` }),
      n.value &&
        _(G, {
          title: `Delete the review of ${i}?`,
          confirmLabel: `Delete review`,
          onConfirm: () => void O(e.id),
          onCancel: () => (n.value = !1),
          children: _(`p`, { children: `Your comments in it are removed from this device. The applicant's file is not affected.` }),
        }),
    ],
  });
}
function pe({ id: e, onClose: t }) {
  const r = n(() => te(e), [e], void 0),
    i = m(``),
    o = m(``),
    s = g(new Map()).current,
    l = m(null),
    d = r.value;
  if (d === void 0) return _(`p`, { children: `Loading…` });
  if (d === null)
    return _(`p`, {
      children: [`This review is no longer here.`, ` `, _(`button`, { type: `button`, onClick: t, children: `Back to mentor mode` })],
    });
  const { source: f, review: h } = d.data,
    v = f.application,
    y = (e) => j(d, { ...e, mentor: l.value ?? e.mentor }),
    b = async (e, t) => {
      await y({
        ...h,
        comments: [...h.comments, { id: crypto.randomUUID(), anchor: e, text: t, at: new Date().toISOString(), against: M(v, e) }],
      });
    },
    x = (e) => {
      const [t] = s;
      if (!t) return !1;
      const [n, r] = t;
      return ((i.value = ``), (o.value = `Your comment about ${n} is not saved yet: save or cancel it first, then ${e}.`), r.focus(), !0);
    };
  return _(`section`, {
    'aria-labelledby': `xc-review-title`,
    children: [
      _(`h3`, { id: `xc-review-title`, children: [`Reviewing: `, v.name || `Untitled application`] }),
      _(`p`, {
        class: `note`,
        children: `Read-only: you are looking at the applicant's exported file. Only your comments are saved, in this review.`,
      }),
      _(z, {
        label: `Your name, as the applicant will see it`,
        value: l.value ?? h.mentor,
        onValue: (e) => {
          (l.value = e), y(h);
        },
        autoComplete: `name`,
      }),
      _(`p`, {
        children: [
          _(`button`, {
            type: `button`,
            onClick: () => {
              if (x(`download the review file`)) return;
              o.value = ``;
              const e = l.value ?? h.mentor;
              e.trim()
                ? (u(JSON.stringify(U({ ...h, mentor: e }), null, 1), `review-${c(v.name, `application`)}-${p()}.json`, `application/json`),
                  (i.value = `Review file downloaded with ${h.comments.length} comment${h.comments.length === 1 ? `` : `s`}. Send it to the applicant.`))
                : (i.value = `Add your name first: the applicant sees it with every comment.`);
            },
            children: `Download the review file`,
          }),
          _(`button`, {
            type: `button`,
            onClick: () => {
              x(`close the review`) || t();
            },
            children: `Close the review`,
          }),
        ],
      }),
      _(`p`, { role: `status`, children: i.value }),
      o.value && _(`p`, { class: `problem`, role: `alert`, children: o.value }),
      _(K, {
        app: v,
        imageFor: (e) => {
          const t = f.attachments[e.blobId];
          return t && w.has(t.mime) ? `data:${t.mime};base64,${t.base64}` : null;
        },
        comments: (e) => {
          const t = h.comments.filter((t) => D(t.anchor, e));
          return t.length === 0
            ? null
            : _(`ul`, {
                class: `xc-comments`,
                'aria-label': `Your comments here`,
                children: t.map((e) =>
                  _(
                    `li`,
                    {
                      children: [
                        _(`p`, { class: `xc-prose`, children: e.text }),
                        _(`p`, {
                          class: `hint`,
                          children: [
                            (l.value ?? h.mentor) || `You`,
                            `, `,
                            a(e.at),
                            ` `,
                            _(`button`, {
                              type: `button`,
                              'aria-label': `Delete comment: ${e.text.slice(0, 40)}`,
                              onClick: () => void y({ ...h, comments: h.comments.filter((t) => t.id !== e.id) }),
                              children: `Delete`,
                            }),
                          ],
                        }),
                      ],
                    },
                    e.id,
                  ),
                ),
              });
        },
        composer: (e, t) => _(ue, { section: e, options: t, onAdd: b, drafts: s, onClose: () => (o.value = ``) }),
      }),
    ],
  });
}
function me() {
  return _(`section`, {
    'aria-labelledby': `import-title`,
    children: [
      _(`h2`, { id: `import-title`, children: `Import or review` }),
      _(`p`, { children: `Open an exported workbook file, or review someone else's application as their mentor.` }),
      _(`div`, { class: `xc`, children: [_(le, {}), _(q, {}), _(de, {})] }),
    ],
  });
}
export { me as ImportScreen };
