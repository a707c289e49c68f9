import { t as m } from './digest-BosQXNlB.js';
import { _ as a, h as c, n as d, v as f, l, b as o, x as p, g as s, m as u } from './escape-BjgwEG9x.js';
import { n as _, i as g, o as v, r as y } from './exchange-BKzd8hBR.js';
import { s as i, i as n, o as r, c as t } from './format-BjMXmgXJ.js';
import { m as e } from './gates-BTsHQrib.js';
import { n as h } from './html-D2VNxU2D.js';
function b(t, n) {
  return e(t.category, t.route).documents.find((e) => e.type.id === n)?.type.title ?? n;
}
function x(e, t) {
  for (const [n, r] of Object.entries(e.documents)) if (r.blobId === t) return { path: p(`documents`, n), title: b(e, n) };
  for (const [n, r] of Object.entries(e.lock?.content.documents ?? {}))
    if (r.blobId === t) return { path: p(`lock.content.documents`, n), title: `${b(e, n)} (kept in the lock snapshot)` };
  return { path: `history`, title: `an earlier document kept in the application history` };
}
function S(e, t, r = u) {
  let i = [],
    a = new Set(),
    l = 0,
    d = 0;
  for (const c of e) {
    const e = c.name || `Untitled application`;
    for (const t of s(c, r)) i.push({ ...t, application: e, message: `${t.message} Shorten it in the workbook, then export again.` });
    for (const s of n(c)) {
      const n = t.get(s);
      if (n && (a.has(s) || (l += n.size), a.add(s), n.size > r.maxAttachmentBytes)) {
        const t = x(c, s);
        i.push({
          application: e,
          path: t.path,
          message: `"${n.name}" (${t.title}) is ${o(n.size, r.maxAttachmentBytes)}; a file can carry documents of up to ${f(r.maxAttachmentBytes)} each. Compress it or scan it at a lower resolution, then add it again under Supporting documents.`,
        });
      }
    }
    d += JSON.stringify(c).length;
  }
  if (c(l) + d > r.maxFileChars) {
    const t = Math.max(0, Math.floor(((r.maxFileChars - d) * 3) / 4)),
      n = e.length > 1 ? `Export the applications one at a time (Export this application), or remove` : `Remove`;
    i.push({
      application: ``,
      path: ``,
      message: `The documents total ${o(l, t)}; one file can carry about ${f(t)} of documents and still be read back. ${n} documents you no longer need (documents kept in a lock snapshot or its history count too).`,
    });
  }
  return i;
}
function C(e, t = u, n = new Map()) {
  const r = l(e, t, { attachments: n.size > 0 ? n : `later` });
  return r.ok ? [] : r.errors;
}
var w = 786432;
async function T(e, n = i.encode) {
  const r = [];
  for (let i = 0; i < e.bytes.length; i += w) {
    const a = e.bytes.subarray(i, i + w);
    r.push(n ? n.call(a) : t(a));
  }
  return { record: { name: e.name, mime: e.mime, size: e.bytes.length, sha256: await m(e.bytes) }, parts: r };
}
function E() {
  const e = new Uint32Array(4);
  return (globalThis.crypto.getRandomValues(e), Array.from(e, (e) => e.toString(36)).join(``));
}
function D(e) {
  const t = E(),
    n = [...e.keys()],
    r = (e) => `@proreg-attachment-${t}-${e}@`;
  return {
    prepared: { record: (t) => e.get(t)?.record, base64: (e) => r(n.indexOf(e)) },
    byToken: new Map(n.map((t, n) => [r(n), e.get(t)])),
    pattern: RegExp(`@proreg-attachment-${t}-\\d+@`, `g`),
  };
}
function O(e, t) {
  let n = [],
    r = 0,
    i = 0;
  for (const a of e.matchAll(t.pattern)) {
    const o = t.byToken.get(a[0]);
    n.push(e.slice(i, a.index)), n.push(...o.parts), (r += a.index - i + c(o.record.size)), (i = a.index + a[0].length);
  }
  n.push(e.slice(i)), (r += e.length - i);
  const a = new Map([...t.byToken].map(([e, t]) => [e, { size: t.record.size }]));
  return { parts: n, chars: r, text: e, known: a };
}
function k(e, t, n = {}) {
  const r = D(t);
  return O(h(e, r.prepared, n), r);
}
function A(e, t, n, i = {}) {
  const a = D(t);
  return O(d(r(e, a.prepared, n, i)), a);
}
var j = (e) => new Map([...e].map(([e, t]) => [e, { name: t.name, size: t.blob.size }]));
async function M(e) {
  const t = new Map();
  for (const [n, r] of e) t.set(n, await T({ name: r.name, mime: r.mime, bytes: new Uint8Array(await r.blob.arrayBuffer()) }));
  return t;
}
function N(e, t) {
  if (e.chars > u.maxFileChars) return { ok: !1, problems: [a(e.chars, u)] };
  const n = C(e.text, u, e.known);
  return n.length > 0
    ? { ok: !1, problems: n.map((e) => ({ ...e, message: `${e.message} (found when checking the file before saving it)` })) }
    : { ok: !0, blob: new Blob(e.parts, { type: t }) };
}
async function P(e, t) {
  const n = (await y()).get(e.id) ?? [],
    r = await g([e]),
    i = S([e], j(r));
  return i.length > 0 ? { ok: !1, problems: i } : N(k(e, await M(r), { limits: t, comments: n }), `text/html`);
}
async function F(e = new Date()) {
  const { applications: t, ...n } = await _(),
    r = await g(t),
    i = S(t, j(r));
  if (i.length > 0) return { ok: !1, problems: i };
  const a = N(A(t, await M(r), e.toISOString(), n), `application/json`);
  return (a.ok && (await v(e.toISOString())), a);
}
export { F as workbookBackup, P as applicationHtml };
