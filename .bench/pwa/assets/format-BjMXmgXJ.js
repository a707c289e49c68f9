import { t as e } from './hash-ZqfshFzO.js';
var t = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`,
  n = new Int16Array(256).fill(-1);
for (let e = 0; e < 64; e++) n[t.charCodeAt(e)] = e;
var r = Uint8Array.from(t, (e) => e.charCodeAt(0)),
  i = 61,
  a = { encode: Uint8Array.prototype.toBase64, decode: Uint8Array.fromBase64 };
function o(e) {
  let t = new Uint8Array(Math.ceil(e.length / 3) * 4),
    n = 0,
    a = 0;
  for (; a + 2 < e.length; a += 3) {
    const i = (e[a] << 16) | (e[a + 1] << 8) | e[a + 2];
    (t[n++] = r[i >> 18]), (t[n++] = r[(i >> 12) & 63]), (t[n++] = r[(i >> 6) & 63]), (t[n++] = r[i & 63]);
  }
  const o = e.length - a;
  if (o > 0) {
    const s = (e[a] << 16) | (o === 2 ? e[a + 1] << 8 : 0);
    (t[n++] = r[s >> 18]), (t[n++] = r[(s >> 12) & 63]), (t[n++] = o === 2 ? r[(s >> 6) & 63] : i), (t[n++] = i);
  }
  return t;
}
var s = new TextDecoder();
function c(e, t = a.encode) {
  return t ? t.call(e) : s.decode(o(e));
}
function l(e) {
  return e.length % 4 == 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(e);
}
function u(e) {
  if (e.length === 0) return 0;
  const t = e.endsWith(`==`) ? 2 : +!!e.endsWith(`=`);
  return (e.length / 4) * 3 - t;
}
var d = (e, t) => n[e.charCodeAt(t) & 65535] ?? -1;
function f(e) {
  let t = new Uint8Array(u(e)),
    n = e.length - 4,
    r = 0;
  for (let a = 0; a < e.length; a += 4) {
    const o = d(e, a),
      s = d(e, a + 1);
    if (o < 0 || s < 0) return null;
    if (((t[r++] = (o << 2) | (s >> 4)), e.charCodeAt(a + 2) === i)) {
      if (a !== n || e.charCodeAt(a + 3) !== i || s & 15) return null;
      break;
    }
    const c = d(e, a + 2);
    if (c < 0) return null;
    if (((t[r++] = ((s & 15) << 4) | (c >> 2)), e.charCodeAt(a + 3) === i)) {
      if (a !== n || c & 3) return null;
      break;
    }
    const l = d(e, a + 3);
    if (l < 0) return null;
    t[r++] = ((c & 3) << 6) | l;
  }
  return r === t.length ? t : null;
}
function p(e, t = a.decode) {
  if (e.length % 4 != 0) return null;
  if (!t) return f(e);
  try {
    const n = t(e, { lastChunkHandling: `strict` });
    return n.length === u(e) ? n : null;
  } catch {
    return null;
  }
}
function m(e) {
  const t = p(e);
  if (!t) throw Error(`Not valid base64.`);
  return t;
}
var h = `proreg-companion/application`,
  g = `proreg-companion/workbook`,
  _ = { app: `ProReg Companion`, version: `0.1.0` };
function v(e) {
  const t = new Set();
  for (const n of Object.values(e.documents)) t.add(n.blobId);
  for (const n of Object.values(e.lock?.content.documents ?? {})) t.add(n.blobId);
  for (const n of e.history) if (n.type === `unlocked`) for (const e of Object.values(n.snapshot.content.documents)) t.add(e.blobId);
  return t;
}
function y(t) {
  const n = new Map();
  return {
    record(r) {
      const i = t.get(r);
      if (!i) return;
      let a = n.get(r);
      return (a || ((a = { name: i.name, mime: i.mime, size: i.bytes.length, sha256: e(i.bytes) }), n.set(r, a)), a);
    },
    base64: (e) => c(t.get(e).bytes),
  };
}
var b = (e) => (typeof e.base64 == `function` ? e : y(e));
function x(e, t) {
  const n = Object.create(null);
  for (const r of [...v(e)].sort()) {
    const e = t.record(r);
    e && (n[r] = { ...e, base64: t.base64(r) });
  }
  return { ...n };
}
function S(e, t, n) {
  const r = { application: e, attachments: x(e, t) };
  return n.length > 0 ? { ...r, comments: [...n] } : r;
}
function C(e, t, n = new Date().toISOString(), r = []) {
  const i = b(t);
  return { format: h, version: 2, exportedAt: n, exportedBy: { ..._ }, ...S(e, i, r) };
}
function w(e, t, n = new Date().toISOString(), r = {}) {
  const i = b(t),
    a = { format: g, version: 2, exportedAt: n, exportedBy: { ..._ }, applications: e.map((e) => S(e, i, r.comments?.get(e.id) ?? [])) };
  return r.reviews && r.reviews.length > 0 ? { ...a, reviews: [...r.reviews] } : a;
}
export { _ as n, a as s, C as a, g as r, h as t, l as f, m as l, o as c, p as u, u as d, v as i, w as o };
