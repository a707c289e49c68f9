import { t as _, r as g, i as h, a as m, u as v } from './escape-BjgwEG9x.js';
import { a as y } from './format-BjMXmgXJ.js';
import { k as a, d as i, a as n, l as o, c as r, o as s } from './gates-BTsHQrib.js';
import { c, l } from './index-oQTK9Mdi.js';
import { t } from './megabytes-DhPoBEiT.js';
import { d as f, p } from './reviews-DBMJmYnn.js';
import { a as u } from './shell-DICWaD9d.js';
import { n as b, t as x } from './step-words-BbxjXgYH.js';
import { n as d } from './steps-DdJx-lgL.js';
import { m as e } from './submit-Ct7NuoZH.js';
var S = new Intl.DateTimeFormat(`en-GB`, { day: `numeric`, month: `short`, year: `numeric`, timeZone: `UTC` }),
  C = new Intl.DateTimeFormat(`en-GB`, {
    day: `numeric`,
    month: `short`,
    year: `numeric`,
    hour: `2-digit`,
    minute: `2-digit`,
    timeZone: `UTC`,
  });
function w(e) {
  if (!e) return `—`;
  const t = new Date(/^\d{4}-\d{2}-\d{2}$/.test(e) ? `${e}T00:00:00Z` : e);
  return Number.isNaN(t.getTime()) ? e : S.format(t);
}
function T(e) {
  const t = new Date(e);
  return Number.isNaN(t.getTime()) ? e : `${C.format(t)} UTC`;
}
var E = class {
  html;
  constructor(e) {
    this.html = e;
  }
};
function D(e) {
  return e == null || e === !1 ? `` : e instanceof E ? e.html : Array.isArray(e) ? e.map(D).join(``) : h(String(e));
}
function O(e, t, ...n) {
  let r = `<${e}`;
  for (const [e, n] of Object.entries(t ?? {})) n !== !1 && n != null && (r += n === !0 ? ` ${e}` : ` ${e}="${h(String(n))}"`);
  return new E(`${r}>${n.map(D).join(``)}</${e}>`);
}
function k(e, t) {
  const n = O(e, t).html;
  return new E(n.slice(0, n.length - `</${e}>`.length));
}
function A(...e) {
  return new E(e.map(D).join(``));
}
function j(e, t) {
  const n = b(e, t);
  return O(
    `section`,
    null,
    O(`h2`, null, `Progress`),
    O(`p`, null, O(`strong`, null, `Next: `), n.nextAction),
    O(
      `ol`,
      null,
      n.steps.map((e) =>
        O(
          `li`,
          null,
          `${e.title} `,
          O(`span`, { class: `tag ${e.state === `done` ? `done` : e.state === `blocked` ? `warn` : `todo`}` }, x[e.state]),
          e.blockers.length
            ? O(
                `ul`,
                null,
                e.blockers.map((e) => O(`li`, null, e.message)),
              )
            : null,
        ),
      ),
    ),
  );
}
var M = `default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src data:`,
  N = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; color: #123a6b; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1d4f91; color: #123a6b; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d5dbe3; }
th { background: #eef2f7; }
.meta { color: #4a5563; }
.prose { white-space: pre-wrap; overflow-wrap: anywhere; background: #f7f9fb; border-left: 3px solid #c4cfdc; padding: .5rem .75rem; margin: .25rem 0 .75rem; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: .3rem; background: #eef2f7; }
.done { background: #dff3e4; } .todo { background: #fdecd2; } .warn { background: #fbdada; }
.hash { font-family: ui-monospace, monospace; font-size: .8rem; overflow-wrap: anywhere; }
img.doc { max-width: 100%; max-height: 24rem; border: 1px solid #d5dbe3; display: block; margin: .5rem 0; }
td, li, p, h1, h2, h3 { overflow-wrap: break-word; }
td { min-width: 4.5rem; }
@media screen and (max-width: 40rem) {
  /* Narrow screens: each row becomes a small card, each cell labelled with its column. */
  body { padding: 0 .75rem; }
  table, tbody, tr, td { display: block; width: auto; min-width: 0; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border-bottom: 2px solid #d5dbe3; padding: .25rem 0; }
  td { border: 0; padding: .15rem .25rem; }
  td::before { content: attr(data-label) ": "; font-weight: 600; color: #4a5563; }
}
footer { margin-top: 3rem; font-size: .85rem; color: #4a5563; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  .role, tr, img.doc { break-inside: avoid; }
  .prose { background: none; }
  footer { break-before: avoid; }
}
@page { margin: 18mm 16mm; }
`,
  P = (e) => (e < 1024 ? `${e} bytes` : e < 1048576 ? `${(e / 1024).toFixed(1)} KB` : t(e)),
  F = w,
  I = (e) => (e ? `Yes` : `No`),
  L = { draft: `Being prepared`, locked: `Locked`, submitted: `Submitted` };
function R(e, t) {
  return O(
    `table`,
    null,
    O(
      `thead`,
      null,
      O(
        `tr`,
        null,
        e.map((e) => O(`th`, { scope: `col` }, e)),
      ),
    ),
    O(
      `tbody`,
      null,
      t.map((t) =>
        O(
          `tr`,
          null,
          t.map((t, n) => O(`td`, { 'data-label': e[n] ?? `` }, t)),
        ),
      ),
    ),
  );
}
function z(e) {
  return e.trim() ? O(`div`, { class: `prose` }, e) : O(`p`, { class: `meta` }, `Not written yet.`);
}
function B(e, t, n) {
  const r = i(e),
    a = r > n.charsPerRole;
  return O(
    `section`,
    { class: `role` },
    O(`h3`, null, `${t + 1}. ${e.title || `Untitled role`}, ${e.employer || `unnamed employer`}`),
    O(
      `p`,
      { class: `meta` },
      `${F(e.start)} to ${e.current ? `present` : F(e.end)}`,
      ` · `,
      O(
        `span`,
        { class: `tag ${a ? `warn` : `done`}` },
        `${r.toLocaleString(`en-GB`)} of about ${n.charsPerRole.toLocaleString(`en-GB`)} characters`,
      ),
    ),
    e.competences.length ? O(`p`, null, `Evidence for: `, e.competences.join(`, `)) : null,
    O(`h4`, null, `Responsibilities`),
    z(e.responsibilities),
    O(`h4`, null, `Personal Achievements`),
    z(e.achievements),
  );
}
var V = (e) => a.find((t) => t.id === e)?.title ?? e;
function H(e, t, n) {
  const r = s(e, n),
    i = new Set(r.map((e) => e.type.id)),
    a = Object.values(e.documents).filter((e) => !i.has(e.typeId)),
    o = (e, n, r, i) => {
      const a = r ? t.attachments[r.blobId] : void 0,
        o =
          r && a && _.has(a.mime) && a.mime === r.mime
            ? k(`img`, { class: `doc`, alt: `${e}: ${r.name}`, src: `data:${a.mime};base64,${a.base64}` })
            : null;
      return O(
        `li`,
        null,
        O(`strong`, null, e),
        ` `,
        O(`span`, { class: `tag` }, n),
        r
          ? O(
              `div`,
              null,
              `${r.name} · ${r.mime || `unknown type`} · ${P(r.size)} · added ${F(r.addedAt)}`,
              a ? `` : ` · file not included`,
            )
          : O(`div`, { class: `meta` }, `No file yet.`),
        r ? O(`div`, { class: `hash` }, `SHA-256 ${r.sha256}`) : null,
        i.length
          ? O(
              `ul`,
              null,
              i.map((e) => O(`li`, null, e)),
            )
          : null,
        o,
      );
    };
  return O(
    `section`,
    null,
    O(`h2`, null, `Supporting documents`),
    O(
      `ul`,
      null,
      r.map((e) => o(e.type.title, e.mandatory ? `required` : `optional`, e.ref, e.problems)),
      a.map((e) => o(V(e.typeId), `not needed for this category and route`, e, [])),
    ),
  );
}
function U(e) {
  return O(
    `section`,
    null,
    O(`h2`, null, `Registration checklist`),
    R(
      [`Item`, `Needed`, `State`, `Notes`],
      n(e).map((t) => [
        t.item.title,
        t.needed,
        O(`span`, { class: `tag ${t.complete ? `done` : `todo`}` }, t.complete ? `Complete` : `Not yet`),
        A(
          t.missing.length
            ? O(
                `ul`,
                null,
                t.missing.map((e) => O(`li`, null, t.mandatory ? `Missing: ${e}` : t.item.advisory ? e : `If it applies to you: ${e}`)),
              )
            : null,
          e.checklist[t.item.id]?.note ? O(`div`, { class: `prose` }, e.checklist[t.item.id].note) : null,
        ),
      ]),
    ),
  );
}
function W(e) {
  return O(
    `section`,
    null,
    O(`h2`, null, `Personal details and qualifications`),
    R(
      [`Detail`, `Value`],
      [
        [`Full name`, e.personal.fullName || `—`],
        [`Email`, e.personal.email || `—`],
        [`IET membership number`, e.personal.membershipNumber || `—`],
        [
          `Professional Registration Adviser consulted`,
          e.pra.consulted ? `Yes, ${F(e.pra.date)}, ${e.pra.adviser || `adviser not named`}` : `No`,
        ],
        [`Completed professional development scheme`, e.scheme.completed ? `Yes: ${e.scheme.name}` : `No`],
      ],
    ),
    O(`h3`, null, `Qualifications`),
    e.qualifications.length
      ? R(
          [`Qualification`, `Institution`, `Year`, `Accredited`],
          e.qualifications.map((e) => [e.title, e.institution, e.year, I(e.accredited)]),
        )
      : O(`p`, { class: `meta` }, `None listed.`),
    O(`h3`, null, `Professional development`),
    e.development.length
      ? R(
          [`Date`, `What`, `Notes`],
          e.development.map((e) => [F(e.date), e.title, O(`div`, { class: `prose` }, e.notes)]),
        )
      : O(`p`, { class: `meta` }, `None listed.`),
  );
}
var G = T;
function K(t) {
  const n = t.lock,
    r = e(t),
    i = n
      ? A(
          O(`p`, null, `Locked ${G(n.at)}.`),
          O(`p`, { class: `hash` }, `Snapshot SHA-256 ${n.sha256}`),
          v(n.content) === n.sha256
            ? O(`p`, null, O(`span`, { class: `tag done` }, `The snapshot matches its hash.`))
            : O(`p`, null, O(`span`, { class: `tag warn` }, `Warning: the snapshot does not match its hash.`)),
          r.length
            ? A(
                O(`p`, null, `Changed since the lock (not in the snapshot):`),
                O(
                  `ul`,
                  null,
                  r.map((e) => O(`li`, null, e.label)),
                ),
              )
            : O(`p`, null, `No changes since the lock.`),
        )
      : O(`p`, { class: `meta` }, `Not locked.`);
  return O(`section`, null, O(`h2`, null, `Lock snapshot`), i);
}
function q(e) {
  return e.history.length === 0
    ? null
    : O(
        `section`,
        null,
        O(`h2`, null, `History`),
        O(
          `ul`,
          null,
          e.history.map((e) => {
            switch (e.type) {
              case `created`:
                return O(`li`, null, `${G(e.at)}: created.`);
              case `locked`:
                return O(`li`, null, `${G(e.at)}: locked (snapshot SHA-256 `, O(`span`, { class: `hash` }, e.sha256), `).`);
              case `submitted`:
                return O(`li`, null, `${G(e.at)}: submitted (snapshot SHA-256 `, O(`span`, { class: `hash` }, e.sha256), `).`);
              case `unlocked`:
                return O(
                  `li`,
                  null,
                  `${G(e.at)}: unlocked${e.reason ? `: ${e.reason}` : ``}. Career Manager discarded the supporters' comments; kept here:`,
                  e.supporters.length
                    ? O(
                        `ul`,
                        null,
                        e.supporters.map((e) =>
                          O(
                            `li`,
                            null,
                            `${e.name || `Unnamed supporter`} (${e.status})`,
                            e.comments.length
                              ? O(
                                  `ul`,
                                  null,
                                  e.comments.map((e) => O(`li`, null, `${F(e.at)}${e.competence ? ` (${e.competence})` : ``}: `, e.text)),
                                )
                              : null,
                          ),
                        ),
                      )
                    : ` none.`,
                );
            }
          }),
        ),
      );
}
function J(e) {
  const t = e.supporters.map((e) =>
    O(
      `li`,
      null,
      O(`strong`, null, e.name || `Unnamed supporter`),
      ` · ${e.relationship || `relationship not given`} · ${e.registration || `registration not given`} · `,
      O(`span`, { class: `tag` }, e.status),
      e.comments.length
        ? O(
            `ul`,
            null,
            e.comments.map((e) =>
              O(`li`, null, `${F(e.at)}${e.competence ? ` (${e.competence})` : ``}: `, O(`span`, { class: `prose` }, e.text)),
            ),
          )
        : null,
    ),
  );
  return O(
    `section`,
    null,
    O(`h2`, null, `Supporters and their comments`),
    t.length ? O(`ul`, null, t) : O(`p`, { class: `meta` }, `No supporters yet.`),
  );
}
function Y(e, t) {
  if (t.length === 0) return null;
  const n = t.map((t) =>
    O(
      `li`,
      null,
      O(`strong`, null, f(e, t.comment.anchor)),
      O(
        `div`,
        { class: `meta` },
        `${t.mentor || `Mentor`}, ${F(t.comment.at)}`,
        t.resolvedAt ? ` · resolved ${F(t.resolvedAt)}` : ` · open`,
        p(e, t.comment) ? ` · written against an earlier text` : ``,
      ),
      O(`div`, { class: `prose` }, t.comment.text),
    ),
  );
  return O(`section`, null, O(`h2`, null, `Mentor comments`), O(`ul`, null, n));
}
function X(e) {
  if (!e.submittedAt && e.postSubmission.length === 0) return null;
  const t = (e) => d.find((t) => t.id === e)?.title ?? e;
  return O(
    `section`,
    null,
    O(`h2`, null, `After submission`),
    O(`p`, null, `Submitted ${F(e.submittedAt ?? ``)}.`),
    R(
      [`Date`, `Stage`, `Note`],
      e.postSubmission.map((e) => [F(e.date), t(e.stage), e.note]),
    ),
  );
}
function Z(e, t, n = {}) {
  const i = n.exportedAt ?? new Date().toISOString(),
    a = n.limits ?? u,
    s = y(e, t, i, n.comments ?? []),
    d = o(e, a),
    f = c[e.category],
    p = O(
      `body`,
      null,
      O(
        `main`,
        null,
        O(`h1`, null, e.name || `Untitled application`),
        O(`p`, null, `${f.title} · ${l[e.route].title} · ${L[e.stage]}`),
        O(
          `p`,
          { class: `meta` },
          `Exported ${G(i)} from ProReg Companion. Estimated length when printed: ${r(d.total)} (career history ${r(d.career)}).`,
        ),
        j(e, a),
        U(e),
        W(e),
        O(
          `section`,
          null,
          O(`h2`, null, `Career history`),
          e.roles.length ? e.roles.map((e, t) => B(e, t, a)) : O(`p`, { class: `meta` }, `No roles yet.`),
        ),
        H(e, s, a),
        O(
          `section`,
          null,
          O(`h2`, null, `Panelling`),
          R(
            [`Detail`, `Value`],
            [
              [`Sector`, e.panelling.sector || `—`],
              [`Specialisms`, e.panelling.specialisms.join(`, `) || `—`],
              [`Interview location`, e.panelling.interviewLocation || `—`],
            ],
          ),
        ),
        K(e),
        J(e),
        Y(e, n.comments ?? []),
        X(e),
        q(e),
      ),
      O(
        `footer`,
        null,
        `This page holds the complete application as data, in the ProReg Companion exchange format (`,
        s.format,
        `, version `,
        s.version,
        `). Import it into ProReg Companion to continue or to review it; opening it here runs nothing.`,
      ),
      new E(`${m}${g(s)}</script>`),
    );
  return `<!doctype html>\n<html lang="en-GB">${O(`head`, null, k(`meta`, { charset: `utf-8` }), k(`meta`, { 'http-equiv': `Content-Security-Policy`, content: M }), k(`meta`, { name: `viewport`, content: `width=device-width, initial-scale=1` }), k(`meta`, { name: `generator`, content: `${s.exportedBy.app} ${s.exportedBy.version}` }), O(`title`, null, `${e.name || `Application`}: ${e.category} application`), new E(`<style>${N}</style>`)).html}${p.html}</html>\n`;
}
export { E as r, k as a, M as t, O as i, Z as n };
