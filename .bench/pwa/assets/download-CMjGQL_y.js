import { i as o } from './draft-DXcTMzNO.js';
import { n as a } from './format-CWqq_xR4.js';
import { h as i, a as r } from './index-oQTK9Mdi.js';
import { c as e, s as n, h as t } from './shell-DICWaD9d.js';
function s(e, t) {
  return new Promise((n, r) => {
    const i = new FileReader();
    (i.onprogress = (e) => {
      e.lengthComputable && e.total > 0 && t(e.loaded / e.total);
    }),
      (i.onload = () => {
        t(1), n(typeof i.result == `string` ? i.result : ``);
      }),
      (i.onerror = () => r(i.error ?? Error(`The file could not be read.`))),
      i.readAsText(e, `utf-8`);
  });
}
function c(e, t) {
  return new Promise((n, r) => {
    const i = new FileReader();
    (i.onprogress = (e) => {
      e.lengthComputable && e.total > 0 && t(e.loaded / e.total);
    }),
      (i.onload = () => {
        t(1), n(new Uint8Array(i.result));
      }),
      (i.onerror = () => r(i.error ?? Error(`The file could not be read.`))),
      i.readAsArrayBuffer(e);
  });
}
function l(e, t, n) {
  const r = URL.createObjectURL(new Blob([e], { type: n })),
    i = document.createElement(`a`);
  (i.href = r),
    (i.download = t),
    (i.rel = `noopener`),
    document.body.append(i),
    i.click(),
    i.remove(),
    setTimeout(() => URL.revokeObjectURL(r), 6e4);
}
function u(e, t) {
  return (
    e
      .normalize(`NFKD`)
      .replace(/[^\w-]+/g, `-`)
      .replace(/^-+|-+$/g, ``)
      .slice(0, 60) || t
  );
}
var d = (e = new Date()) => e.toISOString().slice(0, 10),
  f = {
    roles: `role`,
    qualifications: `qualification`,
    development: `development record`,
    supporters: `supporter`,
    comments: `comment`,
    applications: `application`,
    specialisms: `specialism`,
    history: `history entry`,
    postSubmission: `after-submission entry`,
  },
  p = { attachments: `attached file`, documents: `document`, checklist: `checklist item` },
  m = (e) => {
    try {
      return String(JSON.parse(e));
    } catch {
      return e;
    }
  },
  h = (e) => e.replace(/([a-z])([A-Z])/g, `$1 $2`).toLowerCase();
function g(e) {
  if (!e) return `the file as a whole`;
  let t = [],
    n = ``;
  for (const r of e.match(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]|[^.[\]]+/g) ?? []) {
    if (/^\[\d+\]$/.test(r)) {
      const e = t.pop() ?? `list`;
      t.push(`${f[n] ?? `${e} entry`} ${Number(r.slice(1, -1)) + 1}`), (n = ``);
      continue;
    }
    const e = r.startsWith(`[`) ? m(r.slice(1, -1)) : r;
    p[n] ? (t.pop(), t.push(`${p[n]} "${e}"`), (n = ``)) : (t.push(h(e)), (n = e));
  }
  return t
    .join(` › `)
    .replace(/^(application \d+) › application\b/, `$1`)
    .replace(/\block › content\b/, `lock snapshot`);
}
function _({ label: e, fraction: t }) {
  const r = Math.round(Math.max(0, Math.min(1, t)) * 100);
  return n(`div`, {
    class: `xc-progress`,
    children: [n(`progress`, { 'aria-label': e, max: 100, value: r }), n(`span`, { children: [e, `: `, r, `%`] })],
  });
}
function v({ issues: e, title: r, tone: i }) {
  if (e.length === 0) return null;
  const a = e.filter((e) => e.path || e.detail);
  return n(`div`, {
    class: i === `error` ? `problem` : `note`,
    role: i === `error` ? `alert` : void 0,
    children: [
      n(`p`, { children: r }),
      n(`ul`, {
        children: e.map((e, r) =>
          n(
            `li`,
            {
              children: [
                e.application && n(`strong`, { children: [e.application, `: `] }),
                e.path ? n(t, { children: [n(`strong`, { children: g(e.path) }), `: `, e.message] }) : e.message,
              ],
            },
            r,
          ),
        ),
      }),
      a.length > 0 &&
        n(`details`, {
          class: `xc-technical`,
          children: [
            n(`summary`, { children: `Technical detail` }),
            n(`ul`, {
              children: a.map((e, t) =>
                n(
                  `li`,
                  { children: [n(`code`, { class: `xc-path`, children: e.path || `(whole file)` }), e.detail ? `: ${e.detail}` : ``] },
                  t,
                ),
              ),
            }),
          ],
        }),
    ],
  });
}
function y({ label: e, hint: t, accept: r, onFile: a, disabled: o }) {
  return n(i, {
    label: e,
    hint: t,
    children: (e, t) =>
      n(`input`, {
        id: e,
        type: `file`,
        accept: r,
        'aria-disabled': o ? `true` : void 0,
        'aria-describedby': t,
        onChange: (e) => {
          const t = e.currentTarget,
            n = t.files?.[0];
          (t.value = ``), n && !o && a(n);
        },
      }),
  });
}
var b = a;
function x(t) {
  const n = e(!1),
    i = e(``),
    a = e([]);
  return {
    busy: n,
    notice: i,
    problems: a,
    run: async (e) => {
      if (!n.value) {
        (n.value = !0), (i.value = t), (a.value = []);
        try {
          await o(),
            await r(async () => {
              const t = await e();
              typeof t == `string` ? (i.value = t) : (a.value = t);
            });
        } finally {
          (n.value = !1), i.value === t && (i.value = ``);
        }
      }
    },
  };
}
export { _ as i, b as a, c as s, d as u, l as o, s as c, u as l, v as r, x as t, y as n };
