import { r as a, t as o } from './format-CWqq_xR4.js';
import { d as e, m as t } from './gates-BTsHQrib.js';
import { l as i, c as r } from './index-oQTK9Mdi.js';
import { f as n } from './reviews-DBMJmYnn.js';
import { s } from './shell-DICWaD9d.js';
var c = {
    employer: `Employer`,
    title: `Job title`,
    dates: `Dates`,
    responsibilities: `Responsibilities`,
    achievements: `Personal Achievements`,
    competences: `Competences claimed`,
  },
  l = [`responsibilities`, `achievements`, `competences`, `title`, `employer`, `dates`],
  u = (e) => `${e.title || `Untitled role`}, ${e.employer || `unnamed employer`}`;
function d({ text: e }) {
  return e ? s(`p`, { class: `xc-prose`, children: e }) : s(`p`, { class: `hint`, children: `Nothing written.` });
}
function f(e, t) {
  const n = e.development.map((e) => [e.date, e.title].filter(Boolean).join(` `) + (e.notes ? `: ${e.notes}` : ``)),
    r = e.checklist[t],
    i = r ? `Done: ${r.done ? `yes` : `no`}${r.note ? `\n${r.note}` : ``}` : ``;
  return [...n, i]
    .filter((e) => e.length > 0)
    .join(`
`);
}
function p({ app: p, comments: m, composer: h, imageFor: g }) {
  const _ = t(p.category, p.route),
    v = { kind: `application` };
  return s(`div`, {
    class: `xc-reader`,
    children: [
      s(`section`, {
        'aria-labelledby': `xc-whole`,
        children: [
          s(`h4`, { id: `xc-whole`, children: p.name || `Untitled application` }),
          s(`p`, { children: [r[p.category].title, `, `, i[p.route].title, `. Stage: `, p.stage, `.`] }),
          m(v),
          h?.(`the application as a whole`, [{ anchor: v, label: `The application as a whole` }]),
        ],
      }),
      s(`section`, {
        'aria-labelledby': `xc-checklist`,
        children: [
          s(`h4`, { id: `xc-checklist`, children: `Registration checklist` }),
          s(`ul`, {
            class: `xc-parts`,
            children: _.checklist.map(({ item: e, mandatory: t }) => {
              const r = { kind: `checklist`, itemId: e.id };
              return s(
                `li`,
                {
                  children: [
                    s(`strong`, { children: e.title }),
                    ` `,
                    s(`span`, { class: t ? `mandatory` : `optional`, children: t ? `mandatory` : `if relevant` }),
                    s(d, { text: e.kind === `development` ? f(p, e.id) : n(p, r) }),
                    m(r),
                  ],
                },
                e.id,
              );
            }),
          }),
          h?.(
            `the checklist`,
            _.checklist.map(({ item: e }) => ({ anchor: { kind: `checklist`, itemId: e.id }, label: e.title })),
          ),
        ],
      }),
      s(`section`, {
        'aria-labelledby': `xc-career`,
        children: [
          s(`h4`, { id: `xc-career`, children: `Career history` }),
          p.roles.length === 0 && s(`p`, { class: `hint`, children: `No roles yet.` }),
          p.roles.map((t, n) => {
            const r = (e) => ({ kind: `role`, roleId: t.id, field: e });
            return s(
              `article`,
              {
                class: `xc-role`,
                'aria-label': `Role ${n + 1}: ${u(t)}`,
                children: [
                  s(`h5`, { children: [`Role `, n + 1, `: `, u(t)] }),
                  m(r(`title`)),
                  m(r(`employer`)),
                  s(`p`, {
                    children: [
                      t.start ? o(t.start) : `?`,
                      ` to `,
                      t.current ? `present` : t.end ? o(t.end) : `?`,
                      ` ·`,
                      ` `,
                      e(t).toLocaleString(`en-GB`),
                      ` characters`,
                    ],
                  }),
                  m(r(`dates`)),
                  s(`h6`, { children: `Responsibilities` }),
                  s(d, { text: t.responsibilities }),
                  m(r(`responsibilities`)),
                  s(`h6`, { children: `Personal Achievements` }),
                  s(d, { text: t.achievements }),
                  m(r(`achievements`)),
                  s(`p`, { children: [`Competences claimed: `, t.competences.join(`, `) || `none`] }),
                  m(r(`competences`)),
                  h?.(
                    `Role ${n + 1}: ${u(t)}`,
                    l.map((e) => ({ anchor: r(e), label: c[e] })),
                  ),
                ],
              },
              t.id,
            );
          }),
        ],
      }),
      s(`section`, {
        'aria-labelledby': `xc-competences`,
        children: [
          s(`h4`, { id: `xc-competences`, children: `Competences` }),
          s(`ul`, {
            class: `xc-parts`,
            children: _.competences.map((e) => {
              const t = { kind: `competence`, code: e.code },
                n = p.roles.filter((t) => t.competences.includes(e.code));
              return s(
                `li`,
                {
                  children: [
                    s(`strong`, { children: e.code }),
                    ` `,
                    e.summary,
                    s(`p`, {
                      class: `hint`,
                      children: n.length ? `Evidence in: ${n.map(u).join(`; `)}` : `No role gives evidence for this yet.`,
                    }),
                    m(t),
                  ],
                },
                e.code,
              );
            }),
          }),
          h?.(
            `the competences`,
            _.competences.map((e) => ({ anchor: { kind: `competence`, code: e.code }, label: `${e.code}: ${e.summary}` })),
          ),
        ],
      }),
      s(`section`, {
        'aria-labelledby': `xc-documents`,
        children: [
          s(`h4`, { id: `xc-documents`, children: `Supporting documents` }),
          s(`ul`, {
            class: `xc-parts`,
            children: _.documents.map(({ type: e, mandatory: t }) => {
              const n = p.documents[e.id],
                r = { kind: `document`, typeId: e.id },
                i = n ? g?.(n) : null;
              return s(
                `li`,
                {
                  children: [
                    s(`strong`, { children: e.title }),
                    ` `,
                    s(`span`, { class: t ? `mandatory` : `optional`, children: t ? `required` : `optional` }),
                    s(`p`, { children: n ? `${n.name} (${n.mime || `unknown type`}, ${a(n.size)})` : `No file.` }),
                    i && s(`img`, { class: `xc-image`, src: i, alt: `${e.title}: ${n.name}` }),
                    m(r),
                  ],
                },
                e.id,
              );
            }),
          }),
          h?.(
            `the documents`,
            _.documents.map(({ type: e }) => ({ anchor: { kind: `document`, typeId: e.id }, label: e.title })),
          ),
        ],
      }),
    ],
  });
}
export { p as t, u as n };
