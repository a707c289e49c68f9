const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      './review-CdZV7jUz.js',
      './rolldown-runtime-XKyaHtl9.js',
      './dist-rV10dAIq.js',
      './format-BjMXmgXJ.js',
      './hash-ZqfshFzO.js',
      './sha2-HFX2l_mk.js',
      './escape-BjgwEG9x.js',
      './megabytes-DhPoBEiT.js',
      './reviews-DBMJmYnn.js',
      './gates-BTsHQrib.js',
      './index-oQTK9Mdi.js',
      './shell-DICWaD9d.js',
      './index-D7dgJ1U_.css',
      './steps-DdJx-lgL.js',
      './database-B77HwGRQ.js',
      './canonical-C2h3-pTF.js',
      './hashing-CCuCJeWC.js',
      './exportData-Bujim8mI.js',
      './digest-BosQXNlB.js',
      './html-D2VNxU2D.js',
      './submit-Ct7NuoZH.js',
      './step-words-BbxjXgYH.js',
      './exchange-BKzd8hBR.js',
      './store-DOvgdwdx.js',
    ]),
) => i.map((i) => d[i]);
import { t as m, n as p } from './ApplicationReader-BKsDaCvO.js';
import { t as D } from './BackupReminder-CJQNmyf1.js';
import { t as g, n as h } from './CommentItems-CD5AkkTo.js';
import { c as _, n as b, t as C, r as S, i as v, u as w, o as x, l as y } from './download-CMjGQL_y.js';
import { m as f } from './gates-BTsHQrib.js';
import { r as A, t as j, i as k, a as O } from './html-D2VNxU2D.js'; /* empty css                 */
import { c as E, E as T } from './index-oQTK9Mdi.js';
import { t as n } from './live-LaEoI2N9.js';
import { i as c, r as d, m as l, p as u } from './reviews-DBMJmYnn.js';
import { i as a, h as i, l as o, c as r, s } from './shell-DICWaD9d.js';
import { i as e, l as t } from './store-DOvgdwdx.js';
function M({ app: e }) {
  const t = n(() => c(e.id), [e.id], []),
    a = r([]),
    o = r(null),
    f = r(``),
    p = r(!1),
    y = async (t) => {
      (a.value = []), (f.value = ``), (o.value = 0);
      try {
        const n = await _(t, (e) => (o.value = e)),
          { parseReviewFile: r } = await T(
            async () => {
              const { parseReviewFile: e } = await import(`./review-CdZV7jUz.js`).then((e) => e.n);
              return { parseReviewFile: e };
            },
            __vite__mapDeps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]),
            import.meta.url,
          ),
          i = r(n);
        if (!i.ok) {
          a.value = i.errors;
          return;
        }
        const s = await d(i.value, e);
        f.value = `Imported ${s} comment${s === 1 ? `` : `s`} from ${i.value.review.mentor || `your mentor`}.`;
      } catch (e) {
        a.value = [{ path: ``, message: e instanceof Error ? e.message : String(e) }];
      } finally {
        o.value = null;
      }
    },
    x = t.value,
    C = x.filter((e) => e.data.resolvedAt === null),
    w = C.filter((t) => u(e, t.data.comment)),
    E = p.value ? x : C,
    D = E.filter((t) => !N(e, t.data.comment.anchor));
  return s(`section`, {
    'aria-labelledby': `xc-mentor-comments`,
    children: [
      s(`h3`, { id: `xc-mentor-comments`, children: `Comments from your mentor` }),
      s(b, {
        label: `Import a mentor's review`,
        hint: `The review file (.json) your mentor sent back.`,
        accept: `.json,application/json`,
        onFile: y,
        disabled: o.value !== null,
      }),
      o.value !== null && s(v, { label: `Reading the review`, fraction: o.value }),
      s(S, { issues: a.value, title: `The review was not imported. What is wrong, and where:`, tone: `error` }),
      s(`p`, { role: `status`, children: f.value }),
      x.length > 0 &&
        s(i, {
          children: [
            s(`p`, {
              children: [
                C.length,
                ` open comment`,
                C.length === 1 ? `` : `s`,
                `, `,
                w.length,
                ` of them on text you have changed since,`,
                ` `,
                x.length - C.length,
                ` resolved.`,
              ],
            }),
            s(`div`, {
              class: `field check`,
              children: [
                s(`input`, {
                  id: `xc-show-resolved`,
                  type: `checkbox`,
                  checked: p.value,
                  onChange: (e) => (p.value = e.currentTarget.checked),
                }),
                s(`label`, { for: `xc-show-resolved`, children: `Show resolved comments too` }),
              ],
            }),
            D.length > 0 &&
              s(i, {
                children: [
                  s(`h4`, { children: `On parts no longer in the application` }),
                  s(`ul`, { class: `xc-comments`, children: D.map((t) => s(h, { row: t, app: e }, t.id)) }),
                ],
              }),
            s(m, { app: e, comments: (t) => s(g, { app: e, anchor: t, rows: E.filter((e) => l(e.data.comment.anchor, t)) }) }),
          ],
        }),
    ],
  });
}
function N(e, t) {
  const n = f(e.category, e.route);
  switch (t.kind) {
    case `application`:
      return !0;
    case `role`:
      return e.roles.some((e) => e.id === t.roleId);
    case `checklist`:
      return n.checklist.some((e) => e.item.id === t.itemId);
    case `competence`:
      return n.competences.some((e) => e.code === t.code);
    case `document`:
      return n.documents.some((e) => e.type.id === t.typeId);
  }
}
var P = (e) => `${e.title || `Untitled role`}, ${e.employer || `unnamed employer`}`;
function F(e, t, n) {
  const r = n ? e.roles.filter((e) => n.includes(e.id)) : e.roles,
    i = e.personal.fullName || `the applicant`;
  return {
    applicant: i,
    categoryTitle: E[e.category].title,
    category: e.category,
    supporter: { name: t.name, relationship: t.relationship, registration: t.registration },
    roles: r.map((e) => ({ label: P(e), dates: `${e.start || `?`} to ${e.current ? `present` : e.end || `?`}` })),
    competences: f(e.category, e.route).competences.map((e) => ({
      code: e.code,
      summary: e.summary,
      roles: r.filter((t) => t.competences.includes(e.code)).map(P),
    })),
    steps: [
      `${i} locks the application in the IET's Career Manager and adds you as a supporter. Only a locked application can have supporters.`,
      `You are then asked to sign in to Career Manager (or create an account; you need not be an IET member) and read the locked application.`,
      `For each competence of the standard there is a box. You write in it yourself, in your own words, what you have seen the applicant do. Leave a box short or empty where you have no first-hand knowledge.`,
      `You then validate the application, or say what needs changing. If changes are needed the applicant must unlock the application, which clears every supporter comment, and you will be asked again after it is locked again.`,
      `Assessors give little weight to supporter statements written by the applicant, so this briefing suggests no wording: what you write must be your own view.`,
      `How many supporters are needed and at what registration level is our assumption (two); check it in Career Manager.`,
    ],
  };
}
function I(e) {
  return `<!doctype html>\n${
    k(
      `html`,
      { lang: `en-GB` },
      k(
        `head`,
        null,
        O(`meta`, { charset: `utf-8` }),
        O(`meta`, { 'http-equiv': `Content-Security-Policy`, content: j }),
        k(`title`, null, `Supporter briefing for ${e.supporter.name}`),
        new A(
          `<style>body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1.25rem;color:#1b1b1b}h1{font-size:1.5rem;color:#123a6b}h2{font-size:1.15rem;border-bottom:2px solid #1d4f91;margin-top:1.75rem}.box{border:1px solid #8a96a8;min-height:5.5rem;margin:.25rem 0 1rem;border-radius:.25rem}.meta{color:#4a5563}.comp{break-inside:avoid}@media print{body{margin:0;max-width:none;font-size:11pt}}</style>`,
        ),
      ),
      k(
        `body`,
        null,
        k(
          `main`,
          null,
          k(`h1`, null, `Supporting ${e.applicant}'s ${e.categoryTitle} application`),
          k(
            `p`,
            null,
            `A briefing for ${e.supporter.name || `a supporter`}${e.supporter.relationship ? ` (${e.supporter.relationship})` : ``}.`,
          ),
          k(`h2`, null, `What Career Manager will ask of you`),
          k(
            `ol`,
            null,
            e.steps.map((e) => k(`li`, null, e)),
          ),
          k(`h2`, null, `The roles you can speak to`),
          e.roles.length
            ? k(
                `ul`,
                null,
                e.roles.map((e) => k(`li`, null, `${e.label} (${e.dates})`)),
              )
            : k(`p`, { class: `meta` }, `No roles chosen.`),
          k(`h2`, null, `The competences, one box each`),
          k(
            `p`,
            { class: `meta` },
            `In Career Manager you fill in one box per competence. The boxes below are for your own notes if you print this page; the applicant has written nothing in them.`,
          ),
          e.competences.map((e) =>
            k(
              `div`,
              { class: `comp` },
              k(`h3`, null, `${e.code}: ${e.summary}`),
              k(
                `p`,
                { class: `meta` },
                e.roles.length
                  ? `The application gives evidence for this in: ${e.roles.join(`; `)}.`
                  : `None of the roles above is given as evidence for this.`,
              ),
              k(`div`, { class: `box`, role: `presentation` }),
            ),
          ),
        ),
      ),
    ).html
  }\n`;
}
function L({ app: e }) {
  return s(`section`, {
    'aria-labelledby': `xc-briefings`,
    children: [
      s(`h3`, { id: `xc-briefings`, children: `Briefings for your supporters` }),
      s(`p`, {
        children: `A page for each supporter to print or send: what Career Manager will ask of them, and which of your roles and competences they can speak to. It contains no wording for them, on purpose: supporters write their statements themselves.`,
      }),
      e.supporters.length === 0
        ? s(`p`, {
            class: `hint`,
            children: `No supporters yet. Supporters can be added once the application is locked (Validate and verify).`,
          })
        : e.supporters.map((t) => s(B, { app: e, supporter: t }, t.id)),
    ],
  });
}
var R = o(null);
function z(e) {
  (R.value = e),
    requestAnimationFrame(() => {
      typeof window.print == `function` && window.print(), (R.value = null);
    });
}
function B({ app: e, supporter: t }) {
  const n = r(e.roles.map((e) => e.id)),
    i = r(!1),
    a = t.name || `Unnamed supporter`,
    o = F(e, t, n.value),
    c = (e, t) => {
      n.value = t ? [...n.value, e] : n.value.filter((t) => t !== e);
    };
  return s(`div`, {
    class: `card`,
    children: [
      s(`h4`, { children: a }),
      s(`fieldset`, {
        children: [
          s(`legend`, { children: [`Roles `, a, ` knows first-hand`] }),
          e.roles.map((e) =>
            s(
              `div`,
              {
                class: `field check`,
                children: [
                  s(`input`, {
                    id: `xc-b-${t.id}-${e.id}`,
                    type: `checkbox`,
                    checked: n.value.includes(e.id),
                    onChange: (t) => c(e.id, t.currentTarget.checked),
                  }),
                  s(`label`, { for: `xc-b-${t.id}-${e.id}`, children: p(e) }),
                ],
              },
              e.id,
            ),
          ),
        ],
      }),
      s(`button`, {
        type: `button`,
        onClick: () => x(I(o), `briefing-${y(a, `supporter`)}.html`, `text/html`),
        children: [`Download the briefing for `, a],
      }),
      s(`button`, {
        type: `button`,
        'aria-expanded': i.value,
        onClick: () => (i.value = !i.value),
        children: [i.value ? `Hide` : `Show`, ` the briefing for `, a],
      }),
      s(`button`, {
        type: `button`,
        onClick: () => {
          (i.value = !0), z(t.id);
        },
        children: [`Print the briefing for `, a],
      }),
      i.value &&
        s(`div`, {
          class: R.value === null || R.value === t.id ? `xc-briefing xc-print` : `xc-briefing`,
          children: [
            s(`p`, {
              class: `xc-briefing-title`,
              children: s(`strong`, { children: [`Supporting `, o.applicant, `'s `, o.categoryTitle, ` application: briefing for `, a] }),
            }),
            s(`h5`, { children: [`What Career Manager will ask of `, a] }),
            s(`ol`, { children: o.steps.map((e, t) => s(`li`, { children: e }, t)) }),
            s(`h5`, { children: `Competences, one box each in Career Manager` }),
            s(`ul`, {
              children: o.competences.map((e) =>
                s(
                  `li`,
                  {
                    children: [
                      s(`strong`, { children: e.code }),
                      ` `,
                      e.summary,
                      ` `,
                      s(`span`, {
                        class: `hint`,
                        children: e.roles.length ? `Evidence in: ${e.roles.join(`; `)}` : `Not in the roles chosen.`,
                      }),
                    ],
                  },
                  e.code,
                ),
              ),
            }),
          ],
        }),
    ],
  });
}
function V({ app: e }) {
  const { busy: n, notice: r, problems: i, run: o } = C(`Preparing the file…`),
    c = () =>
      o(async () => {
        const { applicationHtml: n } = await T(
            async () => {
              const { applicationHtml: e } = await import(`./exportData-Bujim8mI.js`);
              return { applicationHtml: e };
            },
            __vite__mapDeps([17, 9, 10, 11, 12, 13, 7, 3, 4, 5, 1, 6, 2, 8, 14, 15, 16, 18, 19, 20, 21, 22, 23]),
            import.meta.url,
          ),
          r = (await t(e.id)) ?? e,
          i = await n(r, a.value);
        return i.ok
          ? (x(i.blob, `${y(r.name, `application`)}-${r.category}-${w()}.html`, `text/html`),
            `Downloaded. Open the file in any browser to read or print it, send it to your mentor, or import it here again.`)
          : i.problems;
      });
  return s(`section`, {
    'aria-labelledby': `xc-export`,
    children: [
      s(`h3`, { id: `xc-export`, children: `Export this application` }),
      s(`p`, {
        children: `One .html file that opens in any browser with nothing installed and prints as a tidy document: progress, checklist, career history with character counts, documents, panelling, the lock snapshot and supporters. It also carries the complete data, documents included, so importing it gives back exactly this application.`,
      }),
      s(`button`, {
        type: `button`,
        onClick: () => void c(),
        'aria-disabled': n.value ? `true` : void 0,
        'aria-busy': n.value ? `true` : void 0,
        children: `Download this application (.html)`,
      }),
      s(S, {
        issues: i.value,
        title: `Nothing was downloaded: ProReg Companion could not read this file back. Fix these, then export again:`,
        tone: `error`,
      }),
      s(`p`, { role: `status`, 'aria-live': `polite`, children: r.value }),
    ],
  });
}
function H({ app: { id: t } }) {
  const r = n(() => e(t), [t], void 0);
  return r.value === void 0
    ? s(`p`, { children: `Loading…` })
    : r.value === null
      ? s(`p`, { children: `This application is not in the workbook.` })
      : s(`div`, {
          class: `xc`,
          children: [s(D, { withButton: !0 }), s(V, { app: r.value }), s(M, { app: r.value }), s(L, { app: r.value })],
        });
}
export { H as ApplicationExchange };
