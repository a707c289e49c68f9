import { t as p } from './CommentsFor-CYD7rluB.js';
import { t as m } from './ConfirmDialog-B7EzWCiP.js';
import { n as a } from './category-change-CeRYqZFh.js';
import { t as l } from './digest-BosQXNlB.js';
import { i as o, o as s } from './edit-B954PyqS.js';
import { r as _, n as g } from './format-CWqq_xR4.js';
import { o as c } from './gates-BTsHQrib.js';
import { u as h } from './index-oQTK9Mdi.js';
import { c as e, s as i, h as n, i as r, f as t } from './shell-DICWaD9d.js';
import { r as d, u as f, c as u } from './store-DOvgdwdx.js';
var v = 1024,
  y = (e) => [...e].map((e) => e.charCodeAt(0));
function b(e, t, n) {
  return e.length >= t + n.length && n.every((n, r) => e[t + r] === n);
}
function x(e, t, n) {
  const r = Math.min(e.length, t) - n.length;
  for (let t = 0; t <= r; t++) if (b(e, t, n)) return !0;
  return !1;
}
var S = { name: `a PDF`, matches: (e) => x(e, v, y(`%PDF-`)) },
  C = { name: `a PNG image`, matches: (e) => b(e, 0, [137, 80, 78, 71, 13, 10, 26, 10]) },
  w = { name: `a JPEG image`, matches: (e) => b(e, 0, [255, 216, 255]) },
  T = { name: `a GIF image`, matches: (e) => b(e, 0, y(`GIF87a`)) || b(e, 0, y(`GIF89a`)) },
  E = { name: `a WebP image`, matches: (e) => b(e, 0, y(`RIFF`)) && b(e, 8, y(`WEBP`)) },
  D = { name: `an Office or OpenDocument file`, matches: (e) => b(e, 0, [80, 75, 3, 4]) },
  O = { name: `a Word 97–2003 document`, matches: (e) => b(e, 0, [208, 207, 17, 224, 161, 177, 26, 225]) },
  k = {
    'application/pdf': S,
    'image/png': C,
    'image/jpeg': w,
    'image/gif': T,
    'image/webp': E,
    'application/msword': O,
    ...Object.fromEntries(
      [
        `application/vnd.openxmlformats-officedocument.wordprocessingml.document`,
        `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`,
        `application/vnd.openxmlformats-officedocument.presentationml.presentation`,
        `application/vnd.oasis.opendocument.text`,
        `application/vnd.oasis.opendocument.spreadsheet`,
        `application/vnd.oasis.opendocument.presentation`,
      ].map((e) => [e, D]),
    ),
  },
  A = [
    S,
    C,
    w,
    T,
    E,
    D,
    O,
    { name: `a Windows program`, matches: (e) => b(e, 0, y(`MZ`)) },
    { name: `a program`, matches: (e) => b(e, 0, [127, 69, 76, 70]) },
    { name: `a web page`, matches: (e) => /^\s*<(!doctype html|html)/i.test(String.fromCharCode(...e.subarray(0, 64))) },
  ];
function j(e, t, n, r) {
  if (n === 0) return `“${e}” is empty (0 bytes), so it was not added. Choose the file that has your document in it.`;
  const i = k[t];
  if (!i || i.matches(r)) return null;
  const a = A.find((e) => e !== i && e.matches(r)),
    o = a ? ` it looks like ${a.name}` : ` its contents are not in that format`;
  return `“${e}” was not added: it is named as ${i.name}, but${o}. Save or export the document again as ${i.name} and choose that file.`;
}
var M = {
  'application/pdf': { one: `a PDF`, short: `PDF (preferred)` },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { one: `a Word document`, short: `Word` },
  'application/msword': { one: `a Word 97–2003 document`, short: `Word` },
  'image/png': { one: `a PNG image`, short: `PNG` },
  'image/jpeg': { one: `a JPEG image`, short: `JPEG` },
  'image/gif': { one: `a GIF image`, short: `GIF` },
  'image/webp': { one: `a WebP image`, short: `WebP` },
  'image/heic': { one: `an HEIC photo`, short: `HEIC` },
  'image/tiff': { one: `a TIFF image`, short: `TIFF` },
  'text/plain': { one: `a plain text file`, short: `text` },
  'text/html': { one: `a web page`, short: `web page` },
  'application/zip': { one: `a zip archive`, short: `zip` },
  'application/vnd.oasis.opendocument.text': { one: `an OpenDocument text file`, short: `OpenDocument` },
  'application/rtf': { one: `a Rich Text file`, short: `RTF` },
};
function N(e, t = ``) {
  const n = M[e];
  if (n) return n.one;
  const r = /\.([A-Za-z0-9]{1,8})$/.exec(t)?.[1];
  return e.startsWith(`image/`) ? `an image of a kind not accepted here` : r ? `a .${r.toLowerCase()} file` : `a file of unknown type`;
}
function P(e) {
  const t = Object.keys(M),
    n = (e) => (t.includes(e) ? t.indexOf(e) : t.length),
    r = [...new Set([...e].sort((e, t) => n(e) - n(t)).map((e) => M[e]?.short ?? N(e)))];
  return r.length <= 1 ? (r[0] ?? ``) : `${r.slice(0, -1).join(`, `)} or ${r[r.length - 1]}`;
}
function F(e, t, n) {
  return `This kind of file (${N(e, t)}) is not accepted here. Accepted: ${P(n)}.`;
}
function I(e, t, n) {
  return e.map((e) => (e.startsWith(`This kind of file (`) ? F(n.mime, n.name, t.accept) : e));
}
function L({ draft: e, app: t }) {
  const o = c(t, r.value),
    s = a(t);
  return i(n, {
    children: [
      i(`p`, {
        children: [
          `Career Manager takes one file per document type, so merge several certificates into one file first. PDF is preferred. Largest file:`,
          ` `,
          _(r.value.maxFileSize),
          ` (you can change this in Settings).`,
        ],
      }),
      i(`ul`, {
        class: `documents`,
        children: o.map((n) =>
          i(R, { draft: e, app: t, type: n.type, mandatory: n.mandatory, docRef: n.ref, problems: n.problems }, n.type.id),
        ),
      }),
      s.length > 0 &&
        i(`section`, {
          'aria-labelledby': `stray-title`,
          children: [
            i(`h3`, { id: `stray-title`, children: `Not needed for this category` }),
            i(`p`, {
              children: `You added these for another category or route. They are kept on this device but are not part of the application.`,
            }),
            i(`ul`, { class: `documents`, children: s.map((n) => i(V, { draft: e, app: t, stray: n }, n.typeId)) }),
          ],
        }),
    ],
  });
}
function R({ draft: n, app: r, type: a, mandatory: o, docRef: s, problems: c }) {
  const l = e(null),
    u = e(!1),
    d = t(),
    f = r.stage === `submitted` || u.value,
    m = async (e) => {
      const t = e.files?.[0];
      if (((e.value = ``), t)) {
        u.value = !0;
        try {
          l.value = await z(n, a, t);
        } finally {
          u.value = !1;
        }
      }
    };
  return i(`li`, {
    class: `card`,
    children: [
      i(`h3`, {
        children: [
          a.title,
          ` `,
          o ? i(`span`, { class: `mandatory`, children: `Mandatory` }) : i(`span`, { class: `optional`, children: `Optional` }),
        ],
      }),
      i(`p`, { class: `guidance`, children: a.guidance }),
      a.provenance === `assumed` && i(`p`, { class: `assumption`, children: `Assumption: check this in Career Manager.` }),
      i(p, { app: r, anchor: { kind: `document`, typeId: a.id } }),
      s
        ? i(`p`, {
            children: [`Kept: `, i(`strong`, { class: `file-name`, children: s.name }), ` (`, _(s.size), `), added `, g(s.addedAt), `.`],
          })
        : i(`p`, { children: `No file yet.` }),
      s && c.length > 0 && i(`ul`, { class: `problems`, children: I(c, a, s).map((e, t) => i(`li`, { children: e }, t)) }),
      i(`div`, {
        class: `field`,
        children: [
          i(`label`, { for: d, children: s ? `Replace the file for ${a.title}` : `Choose a file for ${a.title}` }),
          i(`p`, { class: `hint`, id: `${d}-kinds`, children: [`Accepted: `, P(a.accept), `.`] }),
          i(`input`, {
            id: d,
            type: `file`,
            accept: a.accept.join(`,`),
            'aria-describedby': `${d}-kinds`,
            disabled: f,
            onChange: (e) => void m(e.currentTarget),
          }),
        ],
      }),
      s &&
        i(`div`, {
          class: `actions`,
          children: [
            i(`button`, { type: `button`, onClick: () => void U(s, `preview`), children: [`Preview `, a.title] }),
            i(`button`, { type: `button`, onClick: () => void U(s, `download`), children: [`Download `, a.title] }),
            i(B, { draft: n, typeId: a.id, title: a.title, fileName: s.name, disabled: f, focusAfter: d, onDone: (e) => (l.value = e) }),
          ],
        }),
      i(`div`, { role: `status`, 'aria-live': `polite`, children: l.value && i(`p`, { class: `message`, children: l.value }) }),
    ],
  });
}
async function z(e, t, n) {
  const i = e.app.value;
  if (!i) return `The application is not loaded.`;
  const a = i.documents[t.id],
    o = {
      typeId: t.id,
      name: n.name,
      mime: n.type,
      size: n.size,
      sha256: ``,
      blobId: crypto.randomUUID(),
      addedAt: new Date().toISOString(),
    },
    f = { ...i, documents: { ...i.documents, [t.id]: o } },
    p = I(c(f, r.value).find((e) => e.type.id === t.id)?.problems ?? [], t, o);
  if (p.length > 0) return `“${n.name}” was not added. ${p.join(` `)}`;
  const m = new Uint8Array(await n.arrayBuffer()),
    h = j(n.name, n.type, m.length, m.subarray(0, v));
  if (h) return h;
  o.sha256 = await l(m);
  const g = new Blob([m], { type: n.type });
  return (await u(o.blobId, g))
    ? !e.apply((e, t) => s(e, o, t)) || !(await e.flush())
      ? (await d(o.blobId), `“${n.name}” was not added.`)
      : (a && (await d(a.blobId)), a ? `Replaced with “${n.name}”.` : `Added “${n.name}”.`)
    : `“${n.name}” could not be saved on this device. Your earlier file, if any, is kept.`;
}
function B(t) {
  const { draft: r, typeId: a, title: o, fileName: s, disabled: c, focusAfter: l, onDone: u } = t,
    d = e(!1);
  return i(n, {
    children: [
      i(`button`, { type: `button`, disabled: c, onClick: () => (d.value = !0), children: [`Remove `, o] }),
      d.value &&
        i(m, {
          title: `Remove ${o}?`,
          confirmLabel: `Remove ${s}`,
          cancelLabel: `Keep the file`,
          onCancel: () => (d.value = !1),
          onConfirm: async () => {
            (d.value = !1), u(await H(r, a)), h(l);
          },
          children: i(`p`, { children: [`“`, s, `” is deleted from this device. Download it first if you have no other copy.`] }),
        }),
    ],
  });
}
function V({ draft: t, app: n, stray: r }) {
  const a = e(null);
  return i(`li`, {
    class: `card`,
    children: [
      i(`h4`, { children: r.title }),
      i(`p`, {
        children: [
          `Kept: `,
          i(`strong`, { class: `file-name`, children: r.ref.name }),
          ` (`,
          _(r.ref.size),
          `), added `,
          g(r.ref.addedAt),
          `.`,
        ],
      }),
      i(`p`, { class: `note`, children: r.message }),
      i(`div`, {
        class: `actions`,
        children: [
          i(`button`, { type: `button`, onClick: () => void U(r.ref, `preview`), children: [`Preview `, r.title] }),
          i(`button`, { type: `button`, onClick: () => void U(r.ref, `download`), children: [`Download `, r.title] }),
          i(B, {
            draft: t,
            typeId: r.typeId,
            title: r.title,
            fileName: r.ref.name,
            disabled: n.stage === `submitted`,
            focusAfter: `screen-title`,
            onDone: (e) => (a.value = e),
          }),
        ],
      }),
      i(`div`, { role: `status`, 'aria-live': `polite`, children: a.value && i(`p`, { class: `message`, children: a.value }) }),
    ],
  });
}
async function H(e, t) {
  const n = e.app.value?.documents[t];
  return n
    ? !e.apply((e, n) => o(e, t, n)) || !(await e.flush())
      ? `“${n.name}” was not removed.`
      : (await d(n.blobId), `Removed “${n.name}”.`)
    : ``;
}
async function U(e, t) {
  const n = await f(e.blobId);
  if (!n) return;
  const r = URL.createObjectURL(n);
  if (t === `preview`) window.open(r, `_blank`, `noopener`);
  else {
    const t = document.createElement(`a`);
    (t.href = r), (t.download = e.name), t.click();
  }
  setTimeout(() => URL.revokeObjectURL(r), 6e4);
}
export { L as DocumentsScreen };
