import { n as e, t } from './shell-Ds3IR5hN.js';
var n = Object.create,
  r = Object.defineProperty,
  i = Object.getOwnPropertyDescriptor,
  a = Object.getOwnPropertyNames,
  o = Object.getPrototypeOf,
  s = Object.prototype.hasOwnProperty,
  c = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports),
  l = (e, t) => {
    const n = {};
    for (var i in e) r(n, i, { get: e[i], enumerable: !0 });
    return (t || r(n, Symbol.toStringTag, { value: `Module` }), n);
  },
  u = (e, t, n, o) => {
    if ((t && typeof t == `object`) || typeof t == `function`)
      for (var c = a(t), l = 0, u = c.length, d; l < u; l++)
        (d = c[l]), !s.call(e, d) && d !== n && r(e, d, { get: ((e) => t[e]).bind(null, d), enumerable: !(o = i(t, d)) || o.enumerable });
    return e;
  },
  d = (e, t, i) => (
    (i = e == null ? {} : n(o(e))),
    u(t || !e || !e.__esModule || !s.call(e, `default`) ? r(i, `default`, { value: e, enumerable: !0 }) : i, e)
  ),
  f = { lang: void 0, message: void 0, abortEarly: void 0, abortPipeEarly: void 0 };
function p(e) {
  return e
    ? { lang: e?.lang ?? void 0, message: e?.message, abortEarly: e?.abortEarly ?? void 0, abortPipeEarly: e?.abortPipeEarly ?? void 0 }
    : f;
}
function m(e) {
  const t = typeof e;
  return t === `string`
    ? `"${e}"`
    : t === `number` || t === `bigint` || t === `boolean`
      ? `${e}`
      : t === `object` || t === `function`
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? `null`)
        : t;
}
function h(e, t, n, r, i) {
  const a = i && `input` in i ? i.input : n.value,
    o = i?.expected ?? e.expects ?? null,
    s = i?.received ?? m(a),
    c = {
      kind: e.kind,
      type: e.type,
      input: a,
      expected: o,
      received: s,
      message: `Invalid ${t}: ${o ? `Expected ${o} but r` : `R`}eceived ${s}`,
      requirement: e.requirement,
      path: i?.path,
      issues: i?.issues,
      lang: r.lang,
      abortEarly: r.abortEarly,
      abortPipeEarly: r.abortPipeEarly,
    },
    l = e.kind === `schema`,
    u = i?.message ?? e.message ?? (e.reference, c.lang, void 0) ?? (l ? (c.lang, void 0) : null) ?? r.message ?? (c.lang, void 0);
  u !== void 0 && (c.message = typeof u == `function` ? u(c) : u), l && (n.typed = !1), n.issues ? n.issues.push(c) : (n.issues = [c]);
}
function g(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function _(e, t) {
  return Object.hasOwn(e, t) && t !== `__proto__` && t !== `prototype` && t !== `constructor`;
}
function v(e, t) {
  const n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? `never`);
}
function y(e) {
  return ((e[`~standard`] = { version: 1, vendor: `valibot`, validate: (t) => e[`~run`]({ value: t }, p()) }), e);
}
function b(e, t) {
  return {
    kind: `validation`,
    type: `check`,
    reference: b,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && !this.requirement(e.value) && h(this, `input`, e, t), e);
    },
  };
}
function x(e) {
  return {
    kind: `validation`,
    type: `integer`,
    reference: x,
    async: !1,
    expects: null,
    requirement: Number.isInteger,
    message: e,
    '~run'(e, t) {
      return (e.typed && !this.requirement(e.value) && h(this, `integer`, e, t), e);
    },
  };
}
function S(e, t) {
  return {
    kind: `validation`,
    type: `max_length`,
    reference: S,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && e.value.length > this.requirement && h(this, `length`, e, t, { received: `${e.value.length}` }), e);
    },
  };
}
function C(e, t) {
  return {
    kind: `validation`,
    type: `min_length`,
    reference: C,
    async: !1,
    expects: `>=${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && e.value.length < this.requirement && h(this, `length`, e, t, { received: `${e.value.length}` }), e);
    },
  };
}
function w(e, t) {
  return {
    kind: `validation`,
    type: `min_value`,
    reference: w,
    async: !1,
    expects: `>=${e instanceof Date ? e.toJSON() : m(e)}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (
        e.typed &&
          !(e.value >= this.requirement) &&
          h(this, `value`, e, t, { received: e.value instanceof Date ? e.value.toJSON() : m(e.value) }),
        e
      );
    },
  };
}
function ee(e, t) {
  return {
    kind: `validation`,
    type: `regex`,
    reference: ee,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && !this.requirement.test(e.value) && h(this, `format`, e, t), e);
    },
  };
}
var te = { abortEarly: !0 };
function ne(e, t, n) {
  return typeof e.fallback == `function` ? e.fallback(t, n) : e.fallback;
}
function re(e, t, n) {
  return typeof e.default == `function` ? e.default(t, n) : e.default;
}
function ie(e, t) {
  return y({
    kind: `schema`,
    type: `array`,
    reference: ie,
    expects: `Array`,
    async: !1,
    item: e,
    message: t,
    '~run'(e, t) {
      const n = e.value;
      if (Array.isArray(n)) {
        (e.typed = !0), (e.value = []);
        for (let r = 0; r < n.length; r++) {
          const i = n[r],
            a = this.item[`~run`]({ value: i }, t);
          if (a.issues) {
            const o = { type: `array`, origin: `value`, input: n, key: r, value: i };
            for (const t of a.issues) t.path ? t.path.unshift(o) : (t.path = [o]), e.issues?.push(t);
            if (((e.issues ||= a.issues), t.abortEarly)) {
              e.typed = !1;
              break;
            }
          }
          a.typed || (e.typed = !1), e.value.push(a.value);
        }
      } else h(this, `type`, e, t);
      return e;
    },
  });
}
function ae(e) {
  return y({
    kind: `schema`,
    type: `boolean`,
    reference: ae,
    expects: `boolean`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `boolean` ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function oe(e, t) {
  return y({
    kind: `schema`,
    type: `custom`,
    reference: oe,
    expects: `unknown`,
    async: !1,
    check: e,
    message: t,
    '~run'(e, t) {
      return (this.check(e.value) ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function T(e, t) {
  return y({
    kind: `schema`,
    type: `literal`,
    reference: T,
    expects: m(e),
    async: !1,
    literal: e,
    message: t,
    '~run'(e, t) {
      return (g(e.value, this.literal) ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function se(e, t) {
  return y({
    kind: `schema`,
    type: `nullable`,
    reference: se,
    expects: `(${e.expects} | null)`,
    async: !1,
    wrapped: e,
    default: t,
    '~run'(e, t) {
      return e.value === null && (this.default !== void 0 && (e.value = re(this, e, t)), e.value === null)
        ? ((e.typed = !0), e)
        : this.wrapped[`~run`](e, t);
    },
  });
}
function ce(e) {
  return y({
    kind: `schema`,
    type: `number`,
    reference: ce,
    expects: `number`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `number` && !isNaN(e.value) ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function le(e, t) {
  return y({
    kind: `schema`,
    type: `optional`,
    reference: le,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    '~run'(e, t) {
      return e.value === void 0 && (this.default !== void 0 && (e.value = re(this, e, t)), e.value === void 0)
        ? ((e.typed = !0), e)
        : this.wrapped[`~run`](e, t);
    },
  });
}
function ue(e, t) {
  return y({
    kind: `schema`,
    type: `picklist`,
    reference: ue,
    expects: v(e.map(m), `|`),
    async: !1,
    options: e,
    message: t,
    '~run'(e, t) {
      return (this.options.includes(e.value) ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function de(e, t, n) {
  return y({
    kind: `schema`,
    type: `record`,
    reference: de,
    expects: `Object`,
    async: !1,
    key: e,
    value: t,
    message: n,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        (e.typed = !0), (e.value = {});
        for (const r in n)
          if (_(n, r)) {
            const i = n[r],
              a = this.key[`~run`]({ value: r }, t);
            if (a.issues) {
              const o = { type: `object`, origin: `key`, input: n, key: r, value: i };
              for (const t of a.issues) (t.path = [o]), e.issues?.push(t);
              if (((e.issues ||= a.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            const o = this.value[`~run`]({ value: i }, t);
            if (o.issues) {
              const a = { type: `object`, origin: `value`, input: n, key: r, value: i };
              for (const t of o.issues) t.path ? t.path.unshift(a) : (t.path = [a]), e.issues?.push(t);
              if (((e.issues ||= o.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            (a.typed && o.typed) || (e.typed = !1), a.typed && (e.value[a.value] = o.value);
          }
      } else h(this, `type`, e, t);
      return e;
    },
  });
}
function fe(e, t) {
  return y({
    kind: `schema`,
    type: `strict_object`,
    reference: fe,
    expects: `Object`,
    async: !1,
    entries: e,
    message: t,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        (e.typed = !0), (e.value = {});
        for (const r in this.entries) {
          const i = this.entries[r];
          if (r in n || ((i.type === `exact_optional` || i.type === `optional` || i.type === `nullish`) && i.default !== void 0)) {
            const a = r in n ? n[r] : re(i),
              o = i[`~run`]({ value: a }, t);
            if (o.issues) {
              const i = { type: `object`, origin: `value`, input: n, key: r, value: a };
              for (const t of o.issues) t.path ? t.path.unshift(i) : (t.path = [i]), e.issues?.push(t);
              if (((e.issues ||= o.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            o.typed || (e.typed = !1), (e.value[r] = o.value);
          } else if (i.fallback !== void 0) e.value[r] = ne(i);
          else if (
            i.type !== `exact_optional` &&
            i.type !== `optional` &&
            i.type !== `nullish` &&
            (h(this, `key`, e, t, {
              input: void 0,
              expected: `"${r}"`,
              path: [{ type: `object`, origin: `key`, input: n, key: r, value: n[r] }],
            }),
            t.abortEarly)
          )
            break;
        }
        if (!e.issues || !t.abortEarly) {
          for (const r in n)
            if (!Object.hasOwn(this.entries, r)) {
              h(this, `key`, e, t, {
                input: r,
                expected: `never`,
                path: [{ type: `object`, origin: `key`, input: n, key: r, value: n[r] }],
              });
              break;
            }
        }
      } else h(this, `type`, e, t);
      return e;
    },
  });
}
function E(e) {
  return y({
    kind: `schema`,
    type: `string`,
    reference: E,
    expects: `string`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `string` ? (e.typed = !0) : h(this, `type`, e, t), e);
    },
  });
}
function pe(e, t, n) {
  return y({
    kind: `schema`,
    type: `variant`,
    reference: pe,
    expects: `Object`,
    async: !1,
    key: e,
    options: t,
    message: n,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        let r,
          i = 0,
          a = this.key,
          o = [],
          s = (e, c) => {
            for (const l of e.options) {
              if (l.type === `variant`) s(l, new Set(c).add(l.key));
              else {
                let e = !0,
                  s = 0;
                for (const t of c) {
                  const r = l.entries[t];
                  if (
                    t in n
                      ? r[`~run`]({ typed: !1, value: n[t] }, te).issues
                      : r.type !== `exact_optional` && r.type !== `optional` && r.type !== `nullish`
                  ) {
                    (e = !1),
                      a !== t && (i < s || (i === s && t in n && !(a in n))) && ((i = s), (a = t), (o = [])),
                      a === t && o.push(l.entries[t].expects);
                    break;
                  }
                  s++;
                }
                if (e) {
                  const e = l[`~run`]({ value: n }, t);
                  (!r || (!r.typed && e.typed)) && (r = e);
                }
              }
              if (r && !r.issues) break;
            }
          };
        if ((s(this, new Set([this.key])), r)) return r;
        h(this, `type`, e, t, {
          input: n[a],
          expected: v(o, `|`),
          path: [{ type: `object`, origin: `value`, input: n, key: a, value: n[a] }],
        });
      } else h(this, `type`, e, t);
      return e;
    },
  });
}
function D(...e) {
  return y({
    ...e[0],
    pipe: e,
    '~run'(t, n) {
      for (const r of e)
        if (r.kind !== `metadata`) {
          if (t.issues && (r.kind === `schema` || r.kind === `transformation`)) {
            t.typed = !1;
            break;
          }
          (t.issues && (n.abortEarly || n.abortPipeEarly)) || (t = r[`~run`](t, n));
        }
      return t;
    },
  });
}
function me(e, t, n) {
  const r = e[`~run`]({ value: t }, p(n));
  return { typed: r.typed, success: !r.issues, output: r.value, issues: r.issues };
}
var he = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`,
  ge = new Int16Array(256).fill(-1);
for (let e = 0; e < 64; e++) ge[he.charCodeAt(e)] = e;
var _e = Uint8Array.from(he, (e) => e.charCodeAt(0)),
  ve = 61,
  ye = { encode: Uint8Array.prototype.toBase64, decode: Uint8Array.fromBase64 };
function be(e) {
  let t = new Uint8Array(Math.ceil(e.length / 3) * 4),
    n = 0,
    r = 0;
  for (; r + 2 < e.length; r += 3) {
    const i = (e[r] << 16) | (e[r + 1] << 8) | e[r + 2];
    (t[n++] = _e[i >> 18]), (t[n++] = _e[(i >> 12) & 63]), (t[n++] = _e[(i >> 6) & 63]), (t[n++] = _e[i & 63]);
  }
  const i = e.length - r;
  if (i > 0) {
    const a = (e[r] << 16) | (i === 2 ? e[r + 1] << 8 : 0);
    (t[n++] = _e[a >> 18]), (t[n++] = _e[(a >> 12) & 63]), (t[n++] = i === 2 ? _e[(a >> 6) & 63] : ve), (t[n++] = ve);
  }
  return t;
}
var xe = new TextDecoder();
function Se(e, t = ye.encode) {
  return t ? t.call(e) : xe.decode(be(e));
}
function Ce(e) {
  return e.length % 4 == 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(e);
}
function we(e) {
  if (e.length === 0) return 0;
  const t = e.endsWith(`==`) ? 2 : +!!e.endsWith(`=`);
  return (e.length / 4) * 3 - t;
}
var O = (e, t) => ge[e.charCodeAt(t) & 65535] ?? -1;
function Te(e) {
  let t = new Uint8Array(we(e)),
    n = e.length - 4,
    r = 0;
  for (let i = 0; i < e.length; i += 4) {
    const a = O(e, i),
      o = O(e, i + 1);
    if (a < 0 || o < 0) return null;
    if (((t[r++] = (a << 2) | (o >> 4)), e.charCodeAt(i + 2) === ve)) {
      if (i !== n || e.charCodeAt(i + 3) !== ve || o & 15) return null;
      break;
    }
    const s = O(e, i + 2);
    if (s < 0) return null;
    if (((t[r++] = ((o & 15) << 4) | (s >> 2)), e.charCodeAt(i + 3) === ve)) {
      if (i !== n || s & 3) return null;
      break;
    }
    const c = O(e, i + 3);
    if (c < 0) return null;
    t[r++] = ((s & 3) << 6) | c;
  }
  return r === t.length ? t : null;
}
function Ee(e, t = ye.decode) {
  if (e.length % 4 != 0) return null;
  if (!t) return Te(e);
  try {
    const n = t(e, { lastChunkHandling: `strict` });
    return n.length === we(e) ? n : null;
  } catch {
    return null;
  }
}
function De(e) {
  const t = Ee(e);
  if (!t) throw Error(`Not valid base64.`);
  return t;
}
var k = BigInt(2 ** 32 - 1),
  Oe = BigInt(32);
function ke(e, t = !1) {
  return t ? { h: Number(e & k), l: Number((e >> Oe) & k) } : { h: Number((e >> Oe) & k) | 0, l: Number(e & k) | 0 };
}
function Ae(e, t = !1) {
  const n = e.length,
    r = new Uint32Array(n),
    i = new Uint32Array(n);
  for (let a = 0; a < n; a++) {
    const { h: n, l: o } = ke(e[a], t);
    [r[a], i[a]] = [n, o];
  }
  return [r, i];
}
var je = (e) => (e / 2 ** 32) | 0,
  Me = (e) => e >>> 0;
function Ne(e, t, n, r) {
  const i = je(n),
    a = Me(n);
  e.setUint32(t, r ? a : i, r), e.setUint32(t + 4, r ? i : a, r);
}
var Pe = (e, t, n) => e >>> n,
  Fe = (e, t, n) => (e << (32 - n)) | (t >>> n),
  A = (e, t, n) => (e >>> n) | (t << (32 - n)),
  Ie = (e, t, n) => (e << (32 - n)) | (t >>> n),
  Le = (e, t, n) => (e << (64 - n)) | (t >>> (n - 32)),
  Re = (e, t, n) => (e >>> (n - 32)) | (t << (64 - n));
function ze(e, t, n, r) {
  const i = (t >>> 0) + (r >>> 0);
  return { h: (e + n + ((i / 2 ** 32) | 0)) | 0, l: i | 0 };
}
var Be = (e, t, n) => (e >>> 0) + (t >>> 0) + (n >>> 0),
  Ve = (e, t, n, r) => (t + n + r + ((e / 2 ** 32) | 0)) | 0,
  He = (e, t, n, r) => (e >>> 0) + (t >>> 0) + (n >>> 0) + (r >>> 0),
  Ue = (e, t, n, r, i) => (t + n + r + i + ((e / 2 ** 32) | 0)) | 0,
  We = (e, t, n, r, i) => (e >>> 0) + (t >>> 0) + (n >>> 0) + (r >>> 0) + (i >>> 0),
  Ge = (e, t, n, r, i, a) => (t + n + r + i + a + ((e / 2 ** 32) | 0)) | 0,
  Ke = l({
    abool: () => Xe,
    abytes: () => Ze,
    aexists: () => tt,
    ahash: () => $e,
    anumber: () => Ye,
    aoutput: () => nt,
    asyncLoop: () => F,
    byteSwap: () => ct,
    byteSwap32: () => ut,
    bytesToHex: () => mt,
    checkOpts: () => xt,
    clean: () => it,
    concatBytes: () => yt,
    copyBytes: () => Qe,
    createHasher: () => I,
    createView: () => at,
    hexToBytes: () => gt,
    isBytes: () => qe,
    isLE: () => st,
    kdfInputToBytes: () => vt,
    nextTick: () => P,
    oidNist: () => L,
    randomBytes: () => St,
    rotl: () => ot,
    rotr: () => N,
    swap32IfBE: () => dt,
    swap8IfBE: () => lt,
    u32: () => rt,
    u8: () => M,
    utf8ToBytes: () => _t,
    validateObject: () => bt,
  });
function qe(e) {
  return (
    e instanceof Uint8Array ||
    (ArrayBuffer.isView(e) && e.constructor.name === `Uint8Array` && `BYTES_PER_ELEMENT` in e && e.BYTES_PER_ELEMENT === 1)
  );
}
var Je = (e) => (e ? `"${e}" ` : ``);
function Ye(e, t = ``) {
  if (typeof e != `number`) throw TypeError(Je(t) + `expected number, got ` + typeof e);
  if (!Number.isSafeInteger(e) || e < 0) throw RangeError(Je(t) + `expected integer >= 0, got ` + e);
  return e;
}
function Xe(e, t = ``) {
  if (typeof e != `boolean`) throw TypeError(Je(t) + `expected boolean, got type=` + typeof e);
  return e;
}
function Ze(e, t, n = ``) {
  if (qe(e) && (t === void 0 || e.length === t)) return e;
  t !== void 0 && Ye(t, `length`);
  const r = qe(e),
    i = t === void 0 ? `` : ` of length ${t}`,
    a = r ? `length=${e.length}` : `type=${typeof e}`,
    o = Je(n) + `expected Uint8Array` + i + `, got ` + a;
  throw r ? RangeError(o) : TypeError(o);
}
function Qe(e) {
  return Uint8Array.from(Ze(e));
}
function $e(e) {
  if (typeof e != `function` || typeof e.create != `function`) throw TypeError(`expected hash wrapped by utils.createHasher`);
  if ((Ye(e.outputLen), Ye(e.blockLen), e.outputLen < 1 || e.blockLen < 1)) throw Error(`hash blockLen / outputLen must be >= 1`);
}
var j = (e, t) => {
    if (typeof e != `object` || !e || Array.isArray(e))
      throw TypeError((t === `object` ? `` : `"${t}" `) + `expected object, got type=` + typeof e);
  },
  et = (e, t) => {
    j(e, t);
    const n = Object.getPrototypeOf(e);
    if (n !== Object.prototype && n !== null) throw TypeError(`"${t}" expected plain object`);
    if (Object.hasOwn(e, `__proto__`)) throw TypeError(`"${t}.__proto__" is not allowed`);
  };
function tt(e, t = !0) {
  if (e.destroyed) throw Error(`hash was destroyed`);
  if (t && e.finished) throw Error(`digest() was already called`);
}
function nt(e, t) {
  Ze(e, void 0, `output`);
  const n = t.outputLen;
  if (!(e.length >= n)) throw RangeError(`"output" expected length >= ` + n);
}
function M(e) {
  return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
}
function rt(e) {
  return new Uint32Array(e.buffer, e.byteOffset, Math.floor(e.byteLength / 4));
}
function it(...e) {
  for (let t = 0; t < e.length; t++) e[t].fill(0);
}
function at(e) {
  return new DataView(e.buffer, e.byteOffset, e.byteLength);
}
function N(e, t) {
  return (e << (32 - t)) | (e >>> t);
}
function ot(e, t) {
  return (e << t) | ((e >>> (32 - t)) >>> 0);
}
var st = new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68;
function ct(e) {
  return ((e << 24) & 4278190080) | ((e << 8) & 16711680) | ((e >>> 8) & 65280) | ((e >>> 24) & 255);
}
var lt = st ? (e) => e : (e) => ct(e) >>> 0;
function ut(e) {
  for (let t = 0; t < e.length; t++) e[t] = ct(e[t]);
  return e;
}
var dt = st ? (e) => e : ut,
  ft = typeof Uint8Array.from([]).toHex == `function` && typeof Uint8Array.fromHex == `function`,
  pt = Array.from({ length: 256 }, (e, t) => t.toString(16).padStart(2, `0`));
function mt(e) {
  if ((Ze(e), ft)) return e.toHex();
  let t = ``;
  for (let n = 0; n < e.length; n++) t += pt[e[n]];
  return t;
}
function ht(e) {
  return e >= 48 && e <= 57 ? e - 48 : e >= 65 && e <= 70 ? e - 55 : e >= 97 && e <= 102 ? e - 87 : void 0;
}
function gt(e) {
  if (typeof e != `string`) throw TypeError(`hex string expected, got ` + typeof e);
  if (ft)
    try {
      return Uint8Array.fromHex(e);
    } catch (e) {
      throw e instanceof SyntaxError ? RangeError(e.message) : e;
    }
  const t = e.length,
    n = t / 2;
  if (t % 2) throw RangeError(`hex string expected, got unpadded hex of length ` + t);
  const r = new Uint8Array(n);
  for (let t = 0, i = 0; t < n; t++, i += 2) {
    const n = ht(e.charCodeAt(i)),
      a = ht(e.charCodeAt(i + 1));
    if (n === void 0 || a === void 0) {
      const t = e[i] + e[i + 1];
      throw RangeError(`hex string expected, got non-hex character "` + t + `" at index ` + i);
    }
    r[t] = n * 16 + a;
  }
  return r;
}
function P(e) {
  const t = globalThis;
  if (typeof t.scheduler?.yield == `function`) {
    const n = t.scheduler.yield();
    return (e && n.catch(e), n);
  }
  return new Promise((e) => t.setTimeout(e, 0));
}
async function F(e, t, n, r) {
  if ((Ye(e, `iters`), Ye(t, `tick`), typeof n != `function`)) throw TypeError(`callback must be a function`);
  let i = Date.now();
  for (let a = 0; a < e; a++) {
    n(a);
    const e = Date.now() - i;
    (e >= 0 && e < t) || (await P(r), (i = Date.now()));
  }
}
function _t(e) {
  if (typeof e != `string`) throw TypeError(`string expected`);
  const t = new TextEncoder().encode(e);
  try {
    return new Uint8Array(t);
  } finally {
    it(t);
  }
}
function vt(e, t = ``) {
  return typeof e == `string` ? _t(e) : Ze(e, void 0, t);
}
function yt(...e) {
  let t = 0;
  for (let n = 0; n < e.length; n++) {
    const r = e[n];
    Ze(r), (t += r.length);
  }
  const n = new Uint8Array(t);
  for (let t = 0, r = 0; t < e.length; t++) {
    const i = e[t];
    n.set(i, r), (r += i.length);
  }
  return n;
}
var bt = (e, t = {}, n = {}, r = `object`) => {
  j(e, r), j(t, `fields`), j(n, `optFields`);
  function i(t, n, i) {
    const a = r === `object` ? `param "${String(t)}"` : `"${r}.${String(t)}"`,
      o = e[t];
    if (!Object.hasOwn(e, t) && (i ? o !== void 0 : n !== `function`)) throw TypeError(`${a} is invalid: expected own property`);
    if (i && o === void 0) return;
    const s = typeof o;
    if (s !== n || o === null) throw TypeError(`${a} is invalid: expected ${n}, got ${s}`);
  }
  const a = (e, t) => Object.entries(e).forEach(([e, n]) => i(e, n, t));
  a(t, !1), a(n, !0);
};
function xt(e, t, n = `opts`) {
  return (et(e, `defaults`), t !== void 0 && et(t, n), Object.assign(Object.create(null), e, t));
}
function I(e, t = {}) {
  if (typeof e != `function`) throw TypeError(`"hashCons" expected function, got type=` + typeof e);
  t = xt({}, t, `info`);
  const n = (t, n) => e(n).update(t).digest(),
    r = e(void 0);
  return (
    (n.outputLen = r.outputLen),
    (n.blockLen = r.blockLen),
    (n.canXOF = r.canXOF),
    (n.create = (t) => e(t)),
    Object.assign(n, t),
    Object.freeze(n)
  );
}
function St(e = 32) {
  Ye(e, `bytesLength`);
  const t = typeof globalThis == `object` ? globalThis.crypto : null;
  if (typeof t?.getRandomValues != `function`) throw Error(`crypto.getRandomValues must be defined`);
  if (e > 65536) throw RangeError(`"bytesLength" expected <= 65536, got ${e}`);
  return t.getRandomValues(new Uint8Array(e));
}
var L = (e) => ({ oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, e]) });
function Ct(e, t, n) {
  return (e & t) ^ (~e & n);
}
function wt(e, t, n) {
  return (e & t) ^ (e & n) ^ (t & n);
}
var Tt = class {
    blockLen;
    outputLen;
    canXOF = !1;
    padOffset;
    isLE;
    buffer;
    view;
    finished = !1;
    length = 0;
    pos = 0;
    destroyed = !1;
    constructor(e, t, n, r) {
      (this.blockLen = e),
        (this.outputLen = t),
        (this.padOffset = n),
        (this.isLE = r),
        (this.buffer = new Uint8Array(e)),
        (this.view = at(this.buffer));
    }
    update(e) {
      tt(this), Ze(e);
      let { view: t, buffer: n, blockLen: r } = this,
        i = e.length,
        a = !1;
      for (let o = 0; o < i; ) {
        const s = Math.min(r - this.pos, i - o);
        if (s === r) {
          const t = at(e);
          for (; r <= i - o; o += r) this.process(t, o);
          a = !0;
        } else
          n.set(o === 0 && s === i ? e : e.subarray(o, o + s), this.pos),
            (this.pos += s),
            (o += s),
            this.pos === r && (this.process(t, 0), (this.pos = 0), (a = !0));
      }
      return ((this.length += e.length), a && this.roundClean(), this);
    }
    digestInto(e) {
      tt(this), nt(e, this), (this.finished = !0);
      let { buffer: t, view: n, blockLen: r, isLE: i } = this,
        { pos: a } = this;
      (t[a++] = 128),
        t.fill(0, a),
        this.padOffset > r - a && (this.process(n, 0), t.fill(0)),
        Ne(n, r - 8, this.length * 8, i),
        this.process(n, 0),
        this.roundClean();
      const o = e === t ? n : at(e),
        s = this.outputLen,
        c = s / 4,
        l = this.get();
      if (s % 4 || c > l.length) throw Error(`invalid outputLen`);
      for (let e = 0; e < c; e++) o.setUint32(4 * e, l[e], i);
    }
    digest() {
      const { buffer: e, outputLen: t } = this;
      this.digestInto(e);
      const n = e.slice(0, t);
      return (this.destroy(), n);
    }
    _cloneIntoMeta(e) {
      const { buffer: t, length: n, finished: r, destroyed: i, pos: a } = this;
      return ((e.destroyed = i), (e.finished = r), (e.length = n), (e.pos = a), a && e.buffer.set(t), e);
    }
    clone() {
      return this._cloneInto();
    }
  },
  Et = Uint32Array.from([1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]),
  Dt = Uint32Array.from([3238371032, 914150663, 812702999, 4144912697, 4290775857, 1750603025, 1694076839, 3204075428]),
  Ot = Uint32Array.from([
    3418070365, 3238371032, 1654270250, 914150663, 2438529370, 812702999, 355462360, 4144912697, 1731405415, 4290775857, 2394180231,
    1750603025, 3675008525, 1694076839, 1203062813, 3204075428,
  ]),
  kt = Uint32Array.from([
    1779033703, 4089235720, 3144134277, 2227873595, 1013904242, 4271175723, 2773480762, 1595750129, 1359893119, 2917565137, 2600822924,
    725511199, 528734635, 4215389547, 1541459225, 327033209,
  ]),
  At = l({
    _SHA224: () => Pt,
    _SHA256: () => Nt,
    _SHA384: () => Ht,
    _SHA512: () => Vt,
    _SHA512_224: () => z,
    _SHA512_256: () => Gt,
    sha224: () => qt,
    sha256: () => Kt,
    sha384: () => Yt,
    sha512: () => Jt,
    sha512_224: () => Zt,
    sha512_256: () => Xt,
  }),
  R = Uint32Array.from([
    1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278,
    1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122,
    1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205,
    773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771,
    3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063,
    1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
  ]),
  jt = new Uint32Array(64),
  Mt = class extends Tt {
    A = 0;
    B = 0;
    C = 0;
    D = 0;
    E = 0;
    F = 0;
    G = 0;
    H = 0;
    constructor(e, t) {
      super(64, e, 8, !1),
        (this.A = t[0] | 0),
        (this.B = t[1] | 0),
        (this.C = t[2] | 0),
        (this.D = t[3] | 0),
        (this.E = t[4] | 0),
        (this.F = t[5] | 0),
        (this.G = t[6] | 0),
        (this.H = t[7] | 0);
    }
    get() {
      const { A: e, B: t, C: n, D: r, E: i, F: a, G: o, H: s } = this;
      return [e, t, n, r, i, a, o, s];
    }
    set(e, t, n, r, i, a, o, s) {
      (this.A = e | 0),
        (this.B = t | 0),
        (this.C = n | 0),
        (this.D = r | 0),
        (this.E = i | 0),
        (this.F = a | 0),
        (this.G = o | 0),
        (this.H = s | 0);
    }
    _cloneInto(e) {
      return ((e ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(e));
    }
    process(e, t) {
      for (let n = 0; n < 16; n++, t += 4) jt[n] = e.getUint32(t, !1);
      for (let e = 16; e < 64; e++) {
        const t = jt[e - 15],
          n = jt[e - 2],
          r = N(t, 7) ^ N(t, 18) ^ (t >>> 3),
          i = N(n, 17) ^ N(n, 19) ^ (n >>> 10);
        jt[e] = (i + jt[e - 7] + r + jt[e - 16]) | 0;
      }
      let { A: n, B: r, C: i, D: a, E: o, F: s, G: c, H: l } = this;
      for (let e = 0; e < 64; e++) {
        const t = N(o, 6) ^ N(o, 11) ^ N(o, 25),
          u = (l + t + Ct(o, s, c) + R[e] + jt[e]) | 0,
          d = ((N(n, 2) ^ N(n, 13) ^ N(n, 22)) + wt(n, r, i)) | 0;
        (l = c), (c = s), (s = o), (o = (a + u) | 0), (a = i), (i = r), (r = n), (n = (u + d) | 0);
      }
      (n = (n + this.A) | 0),
        (r = (r + this.B) | 0),
        (i = (i + this.C) | 0),
        (a = (a + this.D) | 0),
        (o = (o + this.E) | 0),
        (s = (s + this.F) | 0),
        (c = (c + this.G) | 0),
        (l = (l + this.H) | 0),
        this.set(n, r, i, a, o, s, c, l);
    }
    roundClean() {
      it(jt);
    }
    destroy() {
      (this.destroyed = !0), this.set(0, 0, 0, 0, 0, 0, 0, 0), it(this.buffer);
    }
  },
  Nt = class extends Mt {
    constructor() {
      super(32, Et);
    }
  },
  Pt = class extends Mt {
    constructor() {
      super(28, Dt);
    }
  },
  Ft = Ae(
    `0x428a2f98d728ae22.0x7137449123ef65cd.0xb5c0fbcfec4d3b2f.0xe9b5dba58189dbbc.0x3956c25bf348b538.0x59f111f1b605d019.0x923f82a4af194f9b.0xab1c5ed5da6d8118.0xd807aa98a3030242.0x12835b0145706fbe.0x243185be4ee4b28c.0x550c7dc3d5ffb4e2.0x72be5d74f27b896f.0x80deb1fe3b1696b1.0x9bdc06a725c71235.0xc19bf174cf692694.0xe49b69c19ef14ad2.0xefbe4786384f25e3.0x0fc19dc68b8cd5b5.0x240ca1cc77ac9c65.0x2de92c6f592b0275.0x4a7484aa6ea6e483.0x5cb0a9dcbd41fbd4.0x76f988da831153b5.0x983e5152ee66dfab.0xa831c66d2db43210.0xb00327c898fb213f.0xbf597fc7beef0ee4.0xc6e00bf33da88fc2.0xd5a79147930aa725.0x06ca6351e003826f.0x142929670a0e6e70.0x27b70a8546d22ffc.0x2e1b21385c26c926.0x4d2c6dfc5ac42aed.0x53380d139d95b3df.0x650a73548baf63de.0x766a0abb3c77b2a8.0x81c2c92e47edaee6.0x92722c851482353b.0xa2bfe8a14cf10364.0xa81a664bbc423001.0xc24b8b70d0f89791.0xc76c51a30654be30.0xd192e819d6ef5218.0xd69906245565a910.0xf40e35855771202a.0x106aa07032bbd1b8.0x19a4c116b8d2d0c8.0x1e376c085141ab53.0x2748774cdf8eeb99.0x34b0bcb5e19b48a8.0x391c0cb3c5c95a63.0x4ed8aa4ae3418acb.0x5b9cca4f7763e373.0x682e6ff3d6b2b8a3.0x748f82ee5defb2fc.0x78a5636f43172f60.0x84c87814a1f0ab72.0x8cc702081a6439ec.0x90befffa23631e28.0xa4506cebde82bde9.0xbef9a3f7b2c67915.0xc67178f2e372532b.0xca273eceea26619c.0xd186b8c721c0c207.0xeada7dd6cde0eb1e.0xf57d4f7fee6ed178.0x06f067aa72176fba.0x0a637dc5a2c898a6.0x113f9804bef90dae.0x1b710b35131c471b.0x28db77f523047d84.0x32caab7b40c72493.0x3c9ebe0a15c9bebc.0x431d67c49c100d4c.0x4cc5d4becb3e42b6.0x597f299cfc657e2a.0x5fcb6fab3ad6faec.0x6c44198c4a475817`
      .split(`.`)
      .map((e) => BigInt(e)),
  ),
  It = Ft[0],
  Lt = Ft[1],
  Rt = new Uint32Array(80),
  zt = new Uint32Array(80),
  Bt = class extends Tt {
    Ah = 0;
    Al = 0;
    Bh = 0;
    Bl = 0;
    Ch = 0;
    Cl = 0;
    Dh = 0;
    Dl = 0;
    Eh = 0;
    El = 0;
    Fh = 0;
    Fl = 0;
    Gh = 0;
    Gl = 0;
    Hh = 0;
    Hl = 0;
    constructor(e, t) {
      super(128, e, 16, !1),
        (this.Ah = t[0] | 0),
        (this.Al = t[1] | 0),
        (this.Bh = t[2] | 0),
        (this.Bl = t[3] | 0),
        (this.Ch = t[4] | 0),
        (this.Cl = t[5] | 0),
        (this.Dh = t[6] | 0),
        (this.Dl = t[7] | 0),
        (this.Eh = t[8] | 0),
        (this.El = t[9] | 0),
        (this.Fh = t[10] | 0),
        (this.Fl = t[11] | 0),
        (this.Gh = t[12] | 0),
        (this.Gl = t[13] | 0),
        (this.Hh = t[14] | 0),
        (this.Hl = t[15] | 0);
    }
    get() {
      const { Ah: e, Al: t, Bh: n, Bl: r, Ch: i, Cl: a, Dh: o, Dl: s, Eh: c, El: l, Fh: u, Fl: d, Gh: f, Gl: p, Hh: m, Hl: h } = this;
      return [e, t, n, r, i, a, o, s, c, l, u, d, f, p, m, h];
    }
    set(e, t, n, r, i, a, o, s, c, l, u, d, f, p, m, h) {
      (this.Ah = e | 0),
        (this.Al = t | 0),
        (this.Bh = n | 0),
        (this.Bl = r | 0),
        (this.Ch = i | 0),
        (this.Cl = a | 0),
        (this.Dh = o | 0),
        (this.Dl = s | 0),
        (this.Eh = c | 0),
        (this.El = l | 0),
        (this.Fh = u | 0),
        (this.Fl = d | 0),
        (this.Gh = f | 0),
        (this.Gl = p | 0),
        (this.Hh = m | 0),
        (this.Hl = h | 0);
    }
    _cloneInto(e) {
      return ((e ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(e));
    }
    process(e, t) {
      for (let n = 0; n < 16; n++, t += 4) (Rt[n] = e.getUint32(t)), (zt[n] = e.getUint32((t += 4)));
      for (let e = 16; e < 80; e++) {
        const t = Rt[e - 15] | 0,
          n = zt[e - 15] | 0,
          r = A(t, n, 1) ^ A(t, n, 8) ^ Pe(t, n, 7),
          i = Ie(t, n, 1) ^ Ie(t, n, 8) ^ Fe(t, n, 7),
          a = Rt[e - 2] | 0,
          o = zt[e - 2] | 0,
          s = A(a, o, 19) ^ Le(a, o, 61) ^ Pe(a, o, 6),
          c = He(i, Ie(a, o, 19) ^ Re(a, o, 61) ^ Fe(a, o, 6), zt[e - 7], zt[e - 16]),
          l = Ue(c, r, s, Rt[e - 7], Rt[e - 16]);
        (Rt[e] = l | 0), (zt[e] = c | 0);
      }
      let { Ah: n, Al: r, Bh: i, Bl: a, Ch: o, Cl: s, Dh: c, Dl: l, Eh: u, El: d, Fh: f, Fl: p, Gh: m, Gl: h, Hh: g, Hl: _ } = this;
      for (let e = 0; e < 80; e++) {
        const t = A(u, d, 14) ^ A(u, d, 18) ^ Le(u, d, 41),
          v = Ie(u, d, 14) ^ Ie(u, d, 18) ^ Re(u, d, 41),
          y = (u & f) ^ (~u & m),
          b = (d & p) ^ (~d & h),
          x = We(_, v, b, Lt[e], zt[e]),
          S = Ge(x, g, t, y, It[e], Rt[e]),
          C = x | 0,
          w = A(n, r, 28) ^ Le(n, r, 34) ^ Le(n, r, 39),
          ee = Ie(n, r, 28) ^ Re(n, r, 34) ^ Re(n, r, 39),
          te = (n & i) ^ (n & o) ^ (i & o),
          ne = (r & a) ^ (r & s) ^ (a & s);
        (g = m | 0),
          (_ = h | 0),
          (m = f | 0),
          (h = p | 0),
          (f = u | 0),
          (p = d | 0),
          ({ h: u, l: d } = ze(c | 0, l | 0, S | 0, C | 0)),
          (c = o | 0),
          (l = s | 0),
          (o = i | 0),
          (s = a | 0),
          (i = n | 0),
          (a = r | 0);
        const re = Be(C, ee, ne);
        (n = Ve(re, S, w, te)), (r = re | 0);
      }
      ({ h: n, l: r } = ze(this.Ah | 0, this.Al | 0, n | 0, r | 0)),
        ({ h: i, l: a } = ze(this.Bh | 0, this.Bl | 0, i | 0, a | 0)),
        ({ h: o, l: s } = ze(this.Ch | 0, this.Cl | 0, o | 0, s | 0)),
        ({ h: c, l } = ze(this.Dh | 0, this.Dl | 0, c | 0, l | 0)),
        ({ h: u, l: d } = ze(this.Eh | 0, this.El | 0, u | 0, d | 0)),
        ({ h: f, l: p } = ze(this.Fh | 0, this.Fl | 0, f | 0, p | 0)),
        ({ h: m, l: h } = ze(this.Gh | 0, this.Gl | 0, m | 0, h | 0)),
        ({ h: g, l: _ } = ze(this.Hh | 0, this.Hl | 0, g | 0, _ | 0)),
        this.set(n, r, i, a, o, s, c, l, u, d, f, p, m, h, g, _);
    }
    roundClean() {
      it(Rt, zt);
    }
    destroy() {
      (this.destroyed = !0), it(this.buffer), this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  },
  Vt = class extends Bt {
    constructor() {
      super(64, kt);
    }
  },
  Ht = class extends Bt {
    constructor() {
      super(48, Ot);
    }
  },
  Ut = Uint32Array.from([
    2352822216, 424955298, 1944164710, 2312950998, 502970286, 855612546, 1738396948, 1479516111, 258812777, 2077511080, 2011393907,
    79989058, 1067287976, 1780299464, 286451373, 2446758561,
  ]),
  Wt = Uint32Array.from([
    573645204, 4230739756, 2673172387, 3360449730, 596883563, 1867755857, 2520282905, 1497426621, 2519219938, 2827943907, 3193839141,
    1401305490, 721525244, 746961066, 246885852, 2177182882,
  ]),
  z = class extends Bt {
    constructor() {
      super(28, Ut);
    }
  },
  Gt = class extends Bt {
    constructor() {
      super(32, Wt);
    }
  },
  Kt = I(() => new Nt(), L(1)),
  qt = I(() => new Pt(), L(4)),
  Jt = I(() => new Vt(), L(3)),
  Yt = I(() => new Ht(), L(2)),
  Xt = I(() => new Gt(), L(6)),
  Zt = I(() => new z(), L(5));
function Qt(e) {
  return mt(Kt(e));
}
function $t(e) {
  return mt(Kt(_t(e)));
}
var en = `proreg-companion/application`,
  tn = `proreg-companion/workbook`,
  nn = { app: `ProReg Companion`, version: `0.1.0` };
function B(e) {
  const t = new Set();
  for (const n of Object.values(e.documents)) t.add(n.blobId);
  for (const n of Object.values(e.lock?.content.documents ?? {})) t.add(n.blobId);
  for (const n of e.history) if (n.type === `unlocked`) for (const e of Object.values(n.snapshot.content.documents)) t.add(e.blobId);
  return t;
}
function rn(e) {
  const t = new Map();
  return {
    record(n) {
      const r = e.get(n);
      if (!r) return;
      let i = t.get(n);
      return (i || ((i = { name: r.name, mime: r.mime, size: r.bytes.length, sha256: Qt(r.bytes) }), t.set(n, i)), i);
    },
    base64: (t) => Se(e.get(t).bytes),
  };
}
var an = (e) => (typeof e.base64 == `function` ? e : rn(e));
function on(e, t) {
  const n = Object.create(null);
  for (const r of [...B(e)].sort()) {
    const e = t.record(r);
    e && (n[r] = { ...e, base64: t.base64(r) });
  }
  return { ...n };
}
function sn(e, t, n) {
  const r = { application: e, attachments: on(e, t) };
  return n.length > 0 ? { ...r, comments: [...n] } : r;
}
function cn(e, t, n = new Date().toISOString(), r = []) {
  const i = an(t);
  return { format: en, version: 2, exportedAt: n, exportedBy: { ...nn }, ...sn(e, i, r) };
}
function ln(e, t, n) {
  return { ok: !1, errors: [n === void 0 ? { path: e, message: t } : { path: e, message: t, detail: n }] };
}
function V(e, t) {
  if (typeof t == `number`) return `${e}[${t}]`;
  const n = /^[A-Za-z_$][\w$]*$/.test(t) ? t : JSON.stringify(t);
  return n === t ? (e ? `${e}.${t}` : t) : `${e}[${n}]`;
}
function un(e) {
  const t = e / 1048576;
  return `${t < 10 ? Math.round(t * 10) / 10 : Math.round(t)} MB`;
}
var dn = 1048576,
  fn = 25 * dn,
  pn = 1e5,
  H = (e) => Math.ceil(e / 3) * 4,
  U = {
    maxFileChars: 300 * dn,
    maxDepth: 32,
    maxStringChars: H(fn),
    maxTextChars: pn,
    maxArrayItems: 5e3,
    maxNodes: 5e5,
    maxAttachmentBytes: fn,
  };
function mn(e) {
  return e > 0 && e < 0.05 * dn ? `under 0.1 MB` : un(e);
}
function hn(e, t) {
  if (e.length <= t) return e.length;
  let n = 0;
  for (const t of e) n++;
  return n;
}
var gn = (e) => Math.floor((e * 3) / 4);
function _n(e, t) {
  const n = mn(e);
  return e > t && n === mn(t) && !n.startsWith(`under`) ? `just over ${n}` : n;
}
function vn(e, t) {
  return {
    path: ``,
    message: `The file is too large: it is ${_n(e, t.maxFileChars)}, and ProReg Companion reads files of up to ${mn(t.maxFileChars)}.`,
    detail: `${e.toLocaleString(`en-GB`)} characters; the limit is ${t.maxFileChars.toLocaleString(`en-GB`)}.`,
  };
}
function yn(e, t, n, r) {
  return {
    path: e,
    message: `${r ? `The document "${r}"` : `This document`} is ${_n(t, n.maxAttachmentBytes)}; documents of up to ${mn(n.maxAttachmentBytes)} each can be carried in a file.`,
  };
}
var bn = 1e3,
  xn = new Set([`__proto__`, `constructor`, `prototype`]);
function Sn(e, t) {
  let n = 0;
  for (let r = t - 1; r >= 0 && e.charCodeAt(r) === 92; r--) n++;
  return n % 2 == 1;
}
function Cn(e) {
  let t = 0,
    n = 0;
  for (let r = 0; r < e.length; r++) {
    const i = e.charCodeAt(r);
    if (i === 34) {
      let t = r;
      do if (((t = e.indexOf(`"`, t + 1)), t < 0)) return n;
      while (Sn(e, t));
      r = t;
    } else i === 123 || i === 91 ? (t++, t > n && (n = t)) : (i === 125 || i === 93) && t--;
  }
  return n;
}
function wn(e, t = U) {
  if (e.length > t.maxFileChars) return { ok: !1, issue: vn(e.length, t) };
  const n = Cn(e);
  if (n > t.maxDepth)
    return {
      ok: !1,
      issue: { path: ``, message: `The data is nested ${n} levels deep; a ProReg Companion file never goes deeper than ${t.maxDepth}.` },
    };
  try {
    return { ok: !0, value: JSON.parse(e) };
  } catch (t) {
    const n = t instanceof Error ? t.message : String(t);
    return { ok: !1, issue: { path: ``, message: Tn(e), detail: n } };
  }
}
function Tn(e) {
  return e.trim() === `` || En(e) > 0
    ? `This file is incomplete or damaged: it ends part-way through. It may not have finished downloading or copying; take the file again from where it came from.`
    : `This file is damaged: part of its data is not written the way ProReg Companion writes it, perhaps because it was edited by hand. Use the file as it was exported.`;
}
function En(e) {
  let t = 0,
    n = !1;
  for (let r = 0; r < e.length; r++) {
    const i = e.charCodeAt(r);
    n ? (i === 92 ? r++ : i === 34 && (n = !1)) : i === 34 ? (n = !0) : i === 123 || i === 91 ? t++ : (i === 125 || i === 93) && t--;
  }
  return n ? Math.max(t, 1) : t;
}
function Dn(e, t = U, n = () => !1) {
  let r = [],
    i = [{ value: e, path: ``, depth: 0 }],
    a = 0;
  for (; i.length > 0 && r.length < 20; ) {
    const { value: e, path: o, depth: s } = i.pop();
    if (++a > t.maxNodes) {
      r.push({
        path: ``,
        message: `The file holds more than ${t.maxNodes.toLocaleString(`en-GB`)} values; that is more than any workbook needs.`,
      });
      break;
    }
    if (s > t.maxDepth) r.push({ path: o, message: `This is nested more than ${t.maxDepth} levels deep.` });
    else if (typeof e == `string`) {
      if (n(o)) e.length > t.maxStringChars && r.push(yn(o.replace(/\.base64$/, ``), gn(e.length), t));
      else {
        const n = hn(e, t.maxTextChars);
        n > t.maxTextChars &&
          r.push({
            path: o,
            message: `This text is ${n.toLocaleString(`en-GB`)} characters long; a field can hold up to ${t.maxTextChars.toLocaleString(`en-GB`)} characters.`,
          });
      }
    } else if (Array.isArray(e)) {
      if (e.length > t.maxArrayItems) {
        r.push({
          path: o,
          message: `This list has ${e.length.toLocaleString(`en-GB`)} entries; the limit is ${t.maxArrayItems.toLocaleString(`en-GB`)}.`,
        });
        continue;
      }
      for (let t = e.length - 1; t >= 0; t--) i.push({ value: e[t], path: V(o, t), depth: s + 1 });
    } else if (typeof e == `object` && e) {
      const n = Object.keys(e);
      if (n.length > t.maxArrayItems) {
        r.push({
          path: o,
          message: `This has ${n.length.toLocaleString(`en-GB`)} entries; the limit is ${t.maxArrayItems.toLocaleString(`en-GB`)}.`,
        });
        continue;
      }
      for (let t = n.length - 1; t >= 0; t--) {
        const a = n[t];
        if (a.length > bn) {
          r.push({
            path: o,
            message: `A field name here is ${a.length.toLocaleString(`en-GB`)} characters long; names are at most ${bn}.`,
          });
          continue;
        }
        const c = V(o, a);
        xn.has(a)
          ? r.push({ path: c, message: `The name "${a}" is not allowed as a field or key in a ProReg Companion file.` })
          : i.push({ value: e[a], path: c, depth: s + 1 });
      }
    }
  }
  return r;
}
function On(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return e;
  const t = e,
    n = { ...t };
  `history` in t || (n.history = typeof t.createdAt == `string` ? [{ type: `created`, at: t.createdAt }] : []),
    `postSubmission` in t || (n.postSubmission = []);
  const r = t.panelling;
  if (typeof r == `object` && r && !Array.isArray(r)) {
    const e = r;
    typeof e.specialisms == `string` &&
      (n.panelling = {
        ...e,
        specialisms: e.specialisms
          .split(`,`)
          .map((e) => e.trim())
          .filter((e) => e.length > 0),
      });
  }
  return n;
}
function kn(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return e;
  const t = e;
  return `application` in t ? { ...t, application: On(t.application) } : t;
}
function An(e) {
  const t = { ...e, version: 2 };
  return (
    `application` in e && (t.application = On(e.application)), Array.isArray(e.applications) && (t.applications = e.applications.map(kn)), t
  );
}
var jn = { 1: An };
function Mn(e, t, n) {
  let r = e;
  for (let e = t; e < n; e++) {
    const t = jn[e];
    if (!t) throw Error(`No migration from format version ${e}.`);
    r = t(r);
  }
  return r;
}
var Nn = `proreg-companion/review`,
  Pn = 1e4,
  Fn = [`employer`, `title`, `dates`, `responsibilities`, `achievements`, `competences`],
  In = U.maxTextChars,
  Ln = U.maxArrayItems,
  Rn = `Too long: a field can hold up to ${In.toLocaleString(`en-GB`)} characters.`,
  zn = D(
    E(`Expected text.`),
    b((e) => hn(e, In) <= In, Rn),
  ),
  W = zn,
  G = D(
    E(`Expected an identifier.`),
    C(1, `An identifier cannot be empty.`),
    S(200, `An identifier is at most 200 characters.`),
    ee(/^[^\u0000-\u001f]+$/, `An identifier cannot contain control characters.`),
  ),
  Bn = D(E(`Expected a date.`), ee(/^(\d{4}-\d{2}-\d{2})?$/, `Expected a date written as YYYY-MM-DD, or nothing.`)),
  Vn = D(E(`Expected a date.`), ee(/^\d{4}-\d{2}-\d{2}$/, `Expected a date written as YYYY-MM-DD.`)),
  K = D(
    E(`Expected a date and time.`),
    ee(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
      `Expected a date and time such as 2026-01-31T09:30:00.000Z.`,
    ),
  ),
  Hn = D(E(`Expected a SHA-256 hash.`), ee(/^[0-9a-f]{64}$/, `Expected a SHA-256 hash: 64 lower-case hexadecimal characters.`)),
  Un = oe((e) => typeof e == `string` && /^[A-E][1-9]\d?$/.test(e), `Expected a competence code such as C2.`),
  Wn = ue([`CEng`, `IEng`, `EngTech`, `ICTTech`], `Expected a category: CEng, IEng, EngTech or ICTTech.`),
  Gn = ue([`standard`, `streamlined`], `Expected a route: standard or streamlined.`),
  Kn = ue([`draft`, `locked`, `submitted`], `Expected a stage: draft, locked or submitted.`),
  qn = ae(`Expected true or false.`),
  Jn = D(ce(`Expected a number.`), x(`Expected a whole number.`), w(0, `Cannot be negative.`));
function q(e) {
  return D(ie(e, `Expected a list.`), S(Ln, `Too many entries: at most ${Ln}.`));
}
var Yn = oe((e) => typeof e == `object` && !!e && !Array.isArray(e), `Expected a set of named entries.`);
function Xn(e) {
  return D(Yn, de(G, e, `Expected a set of named entries.`));
}
function J(e) {
  return fe(e, `Expected a group of fields.`);
}
var Zn = J({ fullName: W, email: W, membershipNumber: W }),
  Qn = J({ id: G, title: W, institution: W, year: W, accredited: qn }),
  $n = J({ id: G, employer: W, title: W, start: Bn, end: Bn, current: qn, responsibilities: zn, achievements: zn, competences: q(Un) }),
  er = J({ id: G, date: Bn, title: W, notes: zn }),
  tr = J({ consulted: qn, date: Bn, adviser: W }),
  nr = J({ completed: qn, name: W }),
  rr = J({ typeId: G, name: W, mime: W, size: Jn, sha256: Hn, blobId: G, addedAt: K }),
  ir = J({ sector: W, specialisms: q(W), interviewLocation: W }),
  ar = J({
    id: G,
    name: W,
    relationship: W,
    registration: W,
    email: W,
    status: ue(
      [`invited`, `validated`, `changes-requested`, `declined`],
      `Expected a supporter status: invited, validated, changes-requested or declined.`,
    ),
    comments: q(J({ at: K, text: zn, competence: le(Un) })),
  }),
  or = {
    personal: Zn,
    checklist: Xn(J({ done: qn, note: zn })),
    qualifications: q(Qn),
    roles: q($n),
    development: q(er),
    pra: tr,
    scheme: nr,
    documents: Xn(rr),
    panelling: ir,
  },
  sr = J({ at: K, sha256: Hn, content: J({ category: Wn, route: Gn, ...or }) }),
  cr = ue(
    [`staff-check`, `assessment`, `interview`, `final-review`, `decision`, `fees`, `registered`],
    `Expected a stage after submission such as staff-check or assessment.`,
  ),
  lr = pe(
    `type`,
    [
      J({ type: T(`created`), at: K }),
      J({ type: T(`locked`), at: K, sha256: Hn }),
      J({ type: T(`unlocked`), at: K, reason: zn, snapshot: sr, supporters: q(ar) }),
      J({ type: T(`submitted`), at: K, sha256: Hn }),
    ],
    `Expected a history event of type created, locked, unlocked or submitted.`,
  ),
  ur = J({
    id: G,
    name: W,
    category: Wn,
    route: Gn,
    createdAt: K,
    updatedAt: K,
    stage: Kn,
    ...or,
    lock: se(sr),
    supporters: q(ar),
    submittedAt: se(K),
    postSubmission: q(J({ stage: cr, date: Vn, note: zn })),
    history: q(lr),
  }),
  dr = J({ name: W, mime: W, size: Jn, sha256: Hn, base64: E(`Expected the file bytes as base64 text.`) }),
  fr = J({ app: W, version: W }),
  pr = J({
    id: G,
    anchor: pe(
      `kind`,
      [
        J({ kind: T(`application`) }),
        J({ kind: T(`role`), roleId: G, field: ue(Fn, `Expected one of: ${Fn.join(`, `)}.`) }),
        J({ kind: T(`checklist`), itemId: G }),
        J({ kind: T(`competence`), code: Un }),
        J({ kind: T(`document`), typeId: G }),
      ],
      `Expected what the comment is about: application, role, checklist, competence or a document type.`,
    ),
    text: zn,
    at: K,
    against: J({ sha256: Hn, excerpt: D(E(`Expected text.`), S(Pn + 1, `Too long: at most ${Pn + 1} characters.`)) }),
  }),
  Y = J({ id: G, mentor: W, createdAt: K, application: J({ id: G, name: W, category: Wn, route: Gn }), comments: q(pr) }),
  mr = J({ reviewId: G, mentor: W, exportedAt: K, comment: pr, resolvedAt: se(K) }),
  hr = J({ application: ur, attachments: Xn(dr), comments: le(q(mr)) }),
  gr = D(ce(`Expected a number.`), x(`Expected a whole number.`)),
  _r = J({ format: T(en), version: gr, exportedAt: K, exportedBy: fr, ...hr.entries }),
  vr = J({ id: G, updatedAt: K, source: _r, review: Y }),
  yr = J({ format: T(tn), version: gr, exportedAt: K, exportedBy: fr, applications: q(hr), reviews: le(q(vr)) });
function br(e) {
  if (typeof e != `object` || !e) return JSON.stringify(e) ?? `null`;
  if (Array.isArray(e)) return `[${e.map((e) => br(e)).join(`,`)}]`;
  const t = e;
  return `{${Object.keys(t)
    .filter((e) => t[e] !== void 0 && typeof t[e] != `function`)
    .sort()
    .map((e) => `${JSON.stringify(e)}:${br(t[e])}`)
    .join(`,`)}}`;
}
function xr(e) {
  return mt(Kt(_t(e)));
}
function Sr(e) {
  return structuredClone({
    category: e.category,
    route: e.route,
    personal: e.personal,
    checklist: e.checklist,
    qualifications: e.qualifications,
    roles: e.roles,
    development: e.development,
    pra: e.pra,
    scheme: e.scheme,
    documents: e.documents,
    panelling: e.panelling,
  });
}
function Cr(e) {
  return xr(br(e.content)) === e.sha256;
}
function wr(e) {
  return xr(br(e));
}
var Tr = `<script type="application/json" id="proreg-data">`;
function Er(e) {
  const t = e.replace(/^\uFEFF/, ``).trimStart();
  if (t.startsWith(`{`)) return { ok: !0, value: t, warnings: [] };
  const n = e.indexOf(Tr);
  if (n < 0) return Dr();
  const r = n + Tr.length,
    i = e.indexOf(`</script>`, r);
  return i < 0 ? Or() : { ok: !0, value: e.slice(r, i), warnings: [] };
}
var Dr = () =>
    ln(``, `This is not a ProReg Companion file: it is neither a workbook backup nor an application exported from ProReg Companion.`),
  Or = () =>
    ln(
      ``,
      `This file is incomplete or damaged: it ends part-way through its data. It may not have finished downloading or copying; take the file again from where it came from.`,
      `The closing tag of the embedded data block is missing.`,
    ),
  kr = (e) => Uint8Array.from(e, (e) => e.charCodeAt(0)),
  Ar = kr(Tr),
  jr = kr(`</script>`);
function Mr(e, t, n = 0) {
  const r = e.length - t.length;
  for (let i = e.indexOf(t[0], n); i >= 0 && i <= r; i = e.indexOf(t[0], i + 1)) {
    let n = 1;
    for (; n < t.length && e[i + n] === t[n]; ) n++;
    if (n === t.length) return i;
  }
  return -1;
}
function Nr(e) {
  let t = e[0] === 239 && e[1] === 187 && e[2] === 191 ? 3 : 0;
  for (; t < e.length && (e[t] === 32 || e[t] === 9 || e[t] === 10 || e[t] === 13); ) t++;
  if (e[t] === 123) return { ok: !0, value: e.subarray(t), warnings: [] };
  const n = Mr(e, Ar);
  if (n < 0) return Dr();
  const r = n + Ar.length,
    i = Mr(e, jr, r);
  return i < 0 ? Or() : { ok: !0, value: e.subarray(r, i), warnings: [] };
}
function Pr(e, t = ``) {
  return e.slice(0, 20).map((e) => {
    let n = t;
    for (const t of e.path ?? []) n = V(n, t.key);
    const r = `Expected ${e.expected ?? `something else`}, found ${e.received}.`;
    return e.expected === `never`
      ? { path: n, message: `This field is not part of the format: the file was changed by hand or made by another program.`, detail: r }
      : e.received === `undefined` && e.type.endsWith(`object`)
        ? { path: n, message: `This field is missing.`, detail: r }
        : { path: n, message: e.message, detail: r };
  });
}
function Fr(e) {
  return /attachments(\.[A-Za-z_$][\w$]*|\[".*"\])\.base64$/.test(e);
}
function Ir(e, t) {
  if (e.length > t.maxFileChars) return { ok: !1, errors: [vn(e.length, t)] };
  const n = Er(e);
  if (!n.ok) return n;
  const r = wn(n.value, t);
  if (!r.ok) return { ok: !1, errors: [r.issue] };
  const i = Dn(r.value, t, Fr);
  if (i.length > 0) return { ok: !1, errors: i };
  const a = r.value;
  if (typeof a != `object` || !a || Array.isArray(a))
    return ln(``, `This is not a ProReg Companion file: the data is not a group of fields.`);
  const o = a,
    s = o.format;
  if (s === `proreg-companion/review`) return { ok: !1, errors: [{ path: ``, message: Lr, detail: `format: ${Nn}` }] };
  if (s !== `proreg-companion/application` && s !== `proreg-companion/workbook`)
    return ln(
      ``,
      `This is not a ProReg Companion application or backup: its data is of another kind.`,
      `The "format" field is ${typeof s == `string` ? JSON.stringify(s.slice(0, 80)) : `missing`}.`,
    );
  const c = o.version;
  return typeof c != `number` || !Number.isInteger(c) || c < 1
    ? ln(
        ``,
        `This file does not say which version of the format it uses, so it cannot be read safely.`,
        `The "version" field must be a whole number from 1 up.`,
      )
    : c > 2
      ? ln(
          ``,
          `This file was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to open it.`,
          `Format version ${c}; this workbook reads up to 2.`,
        )
      : { ok: !0, value: { format: s, data: Mn(o, c, 2), from: c }, warnings: [] };
}
var Lr = `This is a mentor's review file, not an application or a backup. Its comments are imported into the application they are about: open that application, go to Export and review, and use Import a mentor's review.`,
  Rr = (e) => e.length === 1 && e[0].message === Lr;
function zr(e, t, n, r = `now`) {
  const i = [],
    a = [],
    o = e.application,
    s = B(o);
  for (const [a, o] of Object.entries(e.attachments)) {
    const e = V(V(t, `attachments`), a);
    if (!s.has(a)) {
      i.push({ path: e, message: `No document of the application uses this attachment.` });
      continue;
    }
    const c = typeof r == `object` ? r.get(o.base64) : void 0;
    if (!c && !(r === `later` ? o.base64.length % 4 == 0 : Ce(o.base64))) {
      i.push({ path: V(e, `base64`), message: `The file bytes are not valid base64 text.` });
      continue;
    }
    const l = c ? c.size : we(o.base64);
    l > n.maxAttachmentBytes
      ? i.push(yn(e, l, n, o.name))
      : l === o.size
        ? r === `now` &&
          Qt(De(o.base64)) !== o.sha256 &&
          i.push({
            path: V(e, `sha256`),
            message: `The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.`,
          })
        : i.push({
            path: V(e, `size`),
            message: `The document "${o.name}" is damaged: it is not the size it was when exported.`,
            detail: `The attachment says it is ${o.size} bytes but holds ${l}.`,
          });
  }
  const c = (t, n) => {
      for (const [r, o] of Object.entries(t)) {
        const t = V(n, r);
        o.typeId !== r &&
          i.push({ path: V(t, `typeId`), message: `The document is filed under "${r}" but says its type is "${o.typeId}".` });
        const s = e.attachments[o.blobId];
        !s || !Object.hasOwn(e.attachments, o.blobId)
          ? a.push({ path: t, message: `The bytes of "${o.name}" are not in this file; the document will be listed without its file.` })
          : (s.sha256 !== o.sha256 || s.size !== o.size) &&
            i.push({ path: t, message: `The document "${o.name}" does not match the attachment it points to (hash or size differ).` });
      }
    },
    l = V(t, `application`);
  return (
    c(o.documents, V(l, `documents`)),
    o.lock && (c(o.lock.content.documents, V(V(V(l, `lock`), `content`), `documents`)), a.push(...Br(o.lock, V(l, `lock`)))),
    o.history.forEach((e, t) => {
      e.type === `unlocked` && a.push(...Br(e.snapshot, V(V(V(l, `history`), t), `snapshot`)));
    }),
    { errors: i, warnings: a }
  );
}
function Br(e, t) {
  return wr(e.content) === e.sha256
    ? []
    : [
        {
          path: V(t, `sha256`),
          message: `The locked snapshot does not match its recorded hash: its content was changed after locking, or the file was edited.`,
        },
      ];
}
function Vr(e, t = U, n = {}) {
  const r = n.attachments ?? `now`,
    i = Ir(e, t);
  if (!i.ok) return i;
  const { format: a, data: o, from: s } = i.value;
  if (a === `proreg-companion/application`) {
    const e = me(_r, o);
    if (!e.success) return { ok: !1, errors: Pr(e.issues) };
    const n = e.output,
      { errors: i, warnings: a } = zr(n, ``, t, r);
    return i.length > 0 ? { ok: !1, errors: i } : { ok: !0, value: { kind: `application`, file: n, migratedFrom: s }, warnings: a };
  }
  const c = me(yr, o);
  if (!c.success) return { ok: !1, errors: Pr(c.issues) };
  const l = c.output,
    u = [],
    d = [],
    f = (e) => {
      u.push(...e.errors), d.push(...e.warnings);
    },
    p = new Set();
  l.applications.forEach((e, n) => {
    const i = V(`applications`, n);
    p.has(e.application.id) && u.push({ path: V(V(i, `application`), `id`), message: `Two applications in this backup have the same id.` }),
      p.add(e.application.id),
      f(zr(e, i, t, r));
  });
  const m = new Set();
  return (
    (l.reviews ?? []).forEach((e, n) => {
      const i = V(`reviews`, n);
      m.has(e.id) && u.push({ path: V(i, `id`), message: `Two reviews in this backup have the same id.` }),
        m.add(e.id),
        f(zr(e.source, V(i, `source`), t, r === `later` ? `now` : r));
    }),
    u.length > 0 ? { ok: !1, errors: u } : { ok: !0, value: { kind: `workbook`, file: l, migratedFrom: s }, warnings: d }
  );
}
var Hr = (() => {
    const e = typeof document < `u` && document.createElement(`link`).relList;
    return e && e.supports && e.supports(`modulepreload`) ? `modulepreload` : `preload`;
  })(),
  Ur = (e, t) => new URL(e, t).href,
  Wr = {},
  Gr = (e) => e.pathname.endsWith(`.css`),
  Kr = (e, t, n) => {
    if (t in e) return e[t];
    const r = n();
    if (!r) {
      e[t] = void 0;
      return;
    }
    const i = r.then(
      () => {
        e[t] = void 0;
      },
      (n) => {
        throw ((e[t] = void 0), n);
      },
    );
    return ((e[t] = i), i);
  },
  qr = (e, t, n) => {
    let r = Promise.resolve();
    if (t && t.length > 0) {
      let e,
        i = document.querySelector(`meta[property=csp-nonce]`),
        a = i?.nonce || i?.getAttribute(`nonce`);
      function o(e) {
        return Promise.all(
          e.map((e) =>
            Promise.resolve(e).then(
              (e) => ({ status: `fulfilled`, value: e }),
              (e) => ({ status: `rejected`, reason: e }),
            ),
          ),
        );
      }
      function s(e) {
        return import.meta.resolve ? new URL(import.meta.resolve(e)) : new URL(e, import.meta.url);
      }
      r = o(
        t
          .map((t) => {
            t = Ur(t, n);
            const r = s(t),
              i = Gr(r);
            return Kr(Wr, r.href, () => {
              if (e === void 0) {
                e = { all: new Set(), styles: new Set() };
                const t = document.getElementsByTagName(`link`);
                for (let n = t.length - 1; n >= 0; n--) {
                  const r = t[n];
                  e.all.add(r.href), r.rel === `stylesheet` && e.styles.add(r.href);
                }
              }
              if ((i ? e.styles : e.all).has(r.href)) return;
              const t = document.createElement(`link`);
              if (
                ((t.rel = i ? `stylesheet` : Hr),
                i || (t.as = `script`),
                (t.crossOrigin = ``),
                (t.href = r.href),
                a && t.setAttribute(`nonce`, a),
                document.head.appendChild(t),
                i)
              )
                return new Promise((e, n) => {
                  const i = (a) => {
                    t.removeEventListener(`load`, i),
                      t.removeEventListener(`error`, i),
                      a.type === `error` ? n(Error(`Unable to preload CSS for ${r}`)) : e(a);
                  };
                  t.addEventListener(`load`, i), t.addEventListener(`error`, i);
                });
            });
          })
          .filter((e) => e !== void 0),
      );
    }
    function i(e) {
      const t = new Event(`vite:preloadError`, { cancelable: !0 });
      if (((t.payload = e), window.dispatchEvent(t), !t.defaultPrevented)) throw e;
    }
    return r.then((t) => {
      for (const e of t || []) e.status === `rejected` && i(e.reason);
      return e().catch(i);
    });
  },
  Jr = (e) => Array.from(e, (e) => e.toString(16).padStart(2, `0`)).join(``);
async function Yr(e) {
  const t = globalThis.crypto?.subtle;
  if (t)
    try {
      return Jr(new Uint8Array(await t.digest(`SHA-256`, e)));
    } catch {}
  const [{ sha256: n }, { bytesToHex: r }] = await Promise.all([
    qr(() => Promise.resolve().then(() => At), void 0, import.meta.url),
    qr(() => Promise.resolve().then(() => Ke), void 0, import.meta.url),
  ]);
  return r(n(e));
}
var Xr = d(
    c((e, t, n) => {
      ((n, r) => {
        typeof e == `object` && t !== void 0
          ? (t.exports = r())
          : typeof define == `function` && define.amd
            ? define(r)
            : ((n = typeof globalThis < `u` ? globalThis : n || self), (n.Dexie = r()));
      })(n, () => {
        var e = (t, n) => (
          (e =
            Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array &&
              ((e, t) => {
                e.__proto__ = t;
              })) ||
            ((e, t) => {
              for (var n in t) Object.hasOwn(t, n) && (e[n] = t[n]);
            })),
          e(t, n)
        );
        function t(t, n) {
          if (typeof n != `function` && n !== null) throw TypeError(`Class extends value ` + String(n) + ` is not a constructor or null`);
          e(t, n);
          function r() {
            this.constructor = t;
          }
          t.prototype = n === null ? Object.create(n) : ((r.prototype = n.prototype), new r());
        }
        var n = function () {
          return (
            (n =
              Object.assign ||
              function (e) {
                for (var t, n = 1, r = arguments.length; n < r; n++)
                  for (var i in ((t = arguments[n]), t)) Object.hasOwn(t, i) && (e[i] = t[i]);
                return e;
              }),
            n.apply(this, arguments)
          );
        };
        function r(e, t, n) {
          if (n || arguments.length === 2)
            for (var r = 0, i = t.length, a; r < i; r++) (a || !(r in t)) && ((a ||= Array.prototype.slice.call(t, 0, r)), (a[r] = t[r]));
          return e.concat(a || Array.prototype.slice.call(t));
        }
        var i = typeof globalThis < `u` ? globalThis : typeof self < `u` ? self : typeof window < `u` ? window : global,
          a = Object.keys,
          o = Array.isArray;
        typeof Promise < `u` && !i.Promise && (i.Promise = Promise);
        function s(e, t) {
          return (
            typeof t == `object` &&
              a(t).forEach((n) => {
                e[n] = t[n];
              }),
            e
          );
        }
        var c = Object.getPrototypeOf,
          l = {}.hasOwnProperty;
        function u(e, t) {
          return l.call(e, t);
        }
        function d(e, t) {
          typeof t == `function` && (t = t(c(e))),
            (typeof Reflect > `u` ? a : Reflect.ownKeys)(t).forEach((n) => {
              p(e, n, t[n]);
            });
        }
        var f = Object.defineProperty;
        function p(e, t, n, r) {
          f(
            e,
            t,
            s(
              n && u(n, `get`) && typeof n.get == `function`
                ? { get: n.get, set: n.set, configurable: !0 }
                : { value: n, configurable: !0, writable: !0 },
              r,
            ),
          );
        }
        function m(e) {
          return {
            from: (t) => (
              (e.prototype = Object.create(t.prototype)), p(e.prototype, `constructor`, e), { extend: d.bind(null, e.prototype) }
            ),
          };
        }
        var h = Object.getOwnPropertyDescriptor;
        function g(e, t) {
          var n = h(e, t),
            r;
          return n || ((r = c(e)) && g(r, t));
        }
        var _ = [].slice;
        function v(e, t, n) {
          return _.call(e, t, n);
        }
        function y(e, t) {
          return t(e);
        }
        function b(e) {
          if (!e) throw Error(`Assertion Failed`);
        }
        function x(e) {
          i.setImmediate ? setImmediate(e) : setTimeout(e, 0);
        }
        function S(e, t) {
          return e.reduce((e, n, r) => {
            var i = t(n, r);
            return (i && (e[i[0]] = i[1]), e);
          }, {});
        }
        function C(e, t) {
          if (typeof t == `string` && u(e, t)) return e[t];
          if (!t) return e;
          if (typeof t != `string`) {
            for (var n = [], r = 0, i = t.length; r < i; ++r) {
              var a = C(e, t[r]);
              n.push(a);
            }
            return n;
          }
          var o = t.indexOf(`.`);
          if (o !== -1) {
            var s = e[t.substr(0, o)];
            return s == null ? void 0 : C(s, t.substr(o + 1));
          }
        }
        function w(e, t, n) {
          if (e && t !== void 0 && !(`isFrozen` in Object && Object.isFrozen(e))) {
            if (typeof t != `string` && `length` in t) {
              b(typeof n != `string` && `length` in n);
              for (var r = 0, i = t.length; r < i; ++r) w(e, t[r], n[r]);
            } else {
              var a = t.indexOf(`.`);
              if (a !== -1) {
                var s = t.substr(0, a),
                  c = t.substr(a + 1);
                if (c === ``) n === void 0 ? (o(e) && !isNaN(parseInt(s)) ? e.splice(s, 1) : delete e[s]) : (e[s] = n);
                else {
                  var l = e[s];
                  if (!l || !u(e, s)) {
                    if (n === void 0) return;
                    l = e[s] = {};
                  }
                  w(l, c, n);
                }
              } else n === void 0 ? (o(e) && !isNaN(parseInt(t)) ? e.splice(t, 1) : delete e[t]) : (e[t] = n);
            }
          }
        }
        function ee(e, t) {
          typeof t == `string`
            ? w(e, t, void 0)
            : `length` in t &&
              [].map.call(t, (t) => {
                w(e, t, void 0);
              });
        }
        function te(e) {
          var t = {};
          for (var n in e) u(e, n) && (t[n] = e[n]);
          return t;
        }
        var ne = [].concat;
        function re(e) {
          return ne.apply([], e);
        }
        var ie =
            `BigUint64Array,BigInt64Array,Array,Boolean,String,Date,RegExp,Blob,File,FileList,FileSystemFileHandle,FileSystemDirectoryHandle,ArrayBuffer,DataView,Uint8ClampedArray,ImageBitmap,ImageData,Map,Set,CryptoKey`
              .split(`,`)
              .concat(re([8, 16, 32, 64].map((e) => [`Int`, `Uint`, `Float`].map((t) => t + e + `Array`))))
              .filter((e) => i[e]),
          ae = new Set(ie.map((e) => i[e]));
        function oe(e) {
          var t = {};
          for (var n in e)
            if (u(e, n)) {
              var r = e[n];
              t[n] = !r || typeof r != `object` || ae.has(r.constructor) ? r : oe(r);
            }
          return t;
        }
        var T = null;
        function se(e) {
          T = new WeakMap();
          var t = ce(e);
          return ((T = null), t);
        }
        function ce(e) {
          if (!e || typeof e != `object`) return e;
          var t = T.get(e);
          if (t) return t;
          if (o(e)) {
            (t = []), T.set(e, t);
            for (var n = 0, r = e.length; n < r; ++n) t.push(ce(e[n]));
          } else if (ae.has(e.constructor)) t = e;
          else {
            var i = c(e);
            for (var a in ((t = i === Object.prototype ? {} : Object.create(i)), T.set(e, t), e)) u(e, a) && (t[a] = ce(e[a]));
          }
          return t;
        }
        var le = {}.toString;
        function ue(e) {
          return le.call(e).slice(8, -1);
        }
        var de = typeof Symbol < `u` ? Symbol.iterator : `@@iterator`,
          fe =
            typeof de == `symbol`
              ? (e) => {
                  var t;
                  return e != null && (t = e[de]) && t.apply(e);
                }
              : () => null;
        function E(e, t) {
          var n = e.indexOf(t);
          return (n >= 0 && e.splice(n, 1), n >= 0);
        }
        var pe = {};
        function D(e) {
          var t, n, r, i;
          if (arguments.length === 1) {
            if (o(e)) return e.slice();
            if (this === pe && typeof e == `string`) return [e];
            if ((i = fe(e))) {
              for (n = []; (r = i.next()), !r.done; ) n.push(r.value);
              return n;
            }
            if (e == null) return [e];
            if (((t = e.length), typeof t == `number`)) {
              for (n = Array(t); t--; ) n[t] = e[t];
              return n;
            }
            return [e];
          }
          for (t = arguments.length, n = Array(t); t--; ) n[t] = arguments[t];
          return n;
        }
        var me = typeof Symbol < `u` ? (e) => e[Symbol.toStringTag] === `AsyncFunction` : () => !1,
          he = [
            `Modify`,
            `Bulk`,
            `OpenFailed`,
            `VersionChange`,
            `Schema`,
            `Upgrade`,
            `InvalidTable`,
            `MissingAPI`,
            `NoSuchDatabase`,
            `InvalidArgument`,
            `SubTransaction`,
            `Unsupported`,
            `Internal`,
            `DatabaseClosed`,
            `PrematureCommit`,
            `ForeignAwait`,
          ],
          ge = [
            `Unknown`,
            `Constraint`,
            `Data`,
            `TransactionInactive`,
            `ReadOnly`,
            `Version`,
            `NotFound`,
            `InvalidState`,
            `InvalidAccess`,
            `Abort`,
            `Timeout`,
            `QuotaExceeded`,
            `Syntax`,
            `DataClone`,
          ],
          _e = he.concat(ge),
          ve = {
            VersionChanged: `Database version changed by other database connection`,
            DatabaseClosed: `Database has been closed`,
            Abort: `Transaction aborted`,
            TransactionInactive: `Transaction has already completed or failed`,
            MissingAPI: `IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb`,
          };
        function ye(e, t) {
          (this.name = e), (this.message = t);
        }
        m(ye)
          .from(Error)
          .extend({
            toString: function () {
              return this.name + `: ` + this.message;
            },
          });
        function be(e, t) {
          return (
            e +
            `. Errors: ` +
            Object.keys(t)
              .map((e) => t[e].toString())
              .filter((e, t, n) => n.indexOf(e) === t)
              .join(`
`)
          );
        }
        function xe(e, t, n, r) {
          (this.failures = t), (this.failedKeys = r), (this.successCount = n), (this.message = be(e, t));
        }
        m(xe).from(ye);
        function Se(e, t) {
          (this.name = `BulkError`),
            (this.failures = Object.keys(t).map((e) => t[e])),
            (this.failuresByPos = t),
            (this.message = be(e, this.failures));
        }
        m(Se).from(ye);
        var Ce = _e.reduce((e, t) => ((e[t] = t + `Error`), e), {}),
          we = ye,
          O = _e.reduce((e, t) => {
            var n = t + `Error`;
            function r(e, r) {
              (this.name = n),
                e
                  ? typeof e == `string`
                    ? ((this.message = `${e}${
                        r
                          ? `
 ` + r
                          : ``
                      }`),
                      (this.inner = r || null))
                    : typeof e == `object` && ((this.message = `${e.name} ${e.message}`), (this.inner = e))
                  : ((this.message = ve[t] || n), (this.inner = null));
            }
            return (m(r).from(we), (e[t] = r), e);
          }, {});
        (O.Syntax = SyntaxError), (O.Type = TypeError), (O.Range = RangeError);
        var Te = ge.reduce((e, t) => ((e[t + `Error`] = O[t]), e), {});
        function Ee(e, t) {
          if (!e || e instanceof ye || e instanceof TypeError || e instanceof SyntaxError || !e.name || !Te[e.name]) return e;
          var n = new Te[e.name](t || e.message, e);
          return (
            `stack` in e &&
              p(n, `stack`, {
                get: function () {
                  return this.inner.stack;
                },
              }),
            n
          );
        }
        var De = _e.reduce((e, t) => ([`Syntax`, `Type`, `Range`].indexOf(t) === -1 && (e[t + `Error`] = O[t]), e), {});
        (De.ModifyError = xe), (De.DexieError = ye), (De.BulkError = Se);
        function k() {}
        function Oe(e) {
          return e;
        }
        function ke(e, t) {
          return e == null || e === Oe ? t : (n) => t(e(n));
        }
        function Ae(e, t) {
          return function () {
            e.apply(this, arguments), t.apply(this, arguments);
          };
        }
        function je(e, t) {
          return e === k
            ? t
            : function () {
                var n = e.apply(this, arguments);
                n !== void 0 && (arguments[0] = n);
                var r = this.onsuccess,
                  i = this.onerror;
                (this.onsuccess = null), (this.onerror = null);
                var a = t.apply(this, arguments);
                return (
                  r && (this.onsuccess = this.onsuccess ? Ae(r, this.onsuccess) : r),
                  i && (this.onerror = this.onerror ? Ae(i, this.onerror) : i),
                  a === void 0 ? n : a
                );
              };
        }
        function Me(e, t) {
          return e === k
            ? t
            : function () {
                e.apply(this, arguments);
                var n = this.onsuccess,
                  r = this.onerror;
                (this.onsuccess = this.onerror = null),
                  t.apply(this, arguments),
                  n && (this.onsuccess = this.onsuccess ? Ae(n, this.onsuccess) : n),
                  r && (this.onerror = this.onerror ? Ae(r, this.onerror) : r);
              };
        }
        function Ne(e, t) {
          return e === k
            ? t
            : function () {
                var n = e.apply(this, arguments),
                  r = arguments[0];
                s(r, n);
                var i = this.onsuccess,
                  a = this.onerror;
                (this.onsuccess = null), (this.onerror = null);
                var o = t.apply(this, arguments);
                return (
                  i && (this.onsuccess = this.onsuccess ? Ae(i, this.onsuccess) : i),
                  a && (this.onerror = this.onerror ? Ae(a, this.onerror) : a),
                  n === void 0 ? (o === void 0 ? void 0 : o) : s(n, o)
                );
              };
        }
        function Pe(e, t) {
          return e === k
            ? t
            : function () {
                return t.apply(this, arguments) !== !1 && e.apply(this, arguments);
              };
        }
        function Fe(e, t) {
          return e === k
            ? t
            : function () {
                var n = e.apply(this, arguments);
                if (n && typeof n.then == `function`) {
                  for (var i = arguments.length, a = Array(i); i--; ) a[i] = arguments[i];
                  return n.then(() => t.apply(this, a));
                }
                return t.apply(this, arguments);
              };
        }
        var A = typeof location < `u` && /^(http|https):\/\/(localhost|127\.0\.0\.1)/.test(location.href);
        function Ie(e, t) {
          A = e;
        }
        var Le = {},
          Re = 100,
          ze =
            typeof Promise > `u`
              ? []
              : (() => {
                  var e = Promise.resolve();
                  if (typeof crypto > `u` || !crypto.subtle) return [e, c(e), e];
                  var t = crypto.subtle.digest(`SHA-512`, new Uint8Array([0]));
                  return [t, c(t), e];
                })(),
          Be = ze[0],
          Ve = ze[1],
          He = ze[2],
          Ue = Ve && Ve.then,
          We = Be && Be.constructor,
          Ge = !!He;
        function Ke() {
          queueMicrotask(lt);
        }
        var qe = (e, t) => {
            et.push([e, t]), (Ye &&= (Ke(), !1));
          },
          Je = !0,
          Ye = !0,
          Xe = [],
          Ze = [],
          Qe = Oe,
          $e = { id: `global`, global: !0, ref: 0, unhandleds: [], onunhandled: k, pgp: !1, env: {}, finalize: k },
          j = $e,
          et = [],
          tt = 0,
          nt = [];
        function M(e) {
          if (typeof this != `object`) throw TypeError(`Promises must be constructed via new`);
          (this._listeners = []), (this._lib = !1);
          var t = (this._PSD = j);
          if (typeof e != `function`) {
            if (e !== Le) throw TypeError(`Not a function`);
            (this._state = arguments[1]), (this._value = arguments[2]), this._state === !1 && N(this, this._value);
          } else (this._state = null), (this._value = null), ++t.ref, at(this, e);
        }
        var rt = {
          get: () => {
            var e = j,
              t = bt;
            function n(n, r) {
              var a = !e.global && (e !== j || t !== bt),
                o = a && !L(),
                s = new M((t, s) => {
                  st(this, new it(kt(n, e, a, o), kt(r, e, a, o), t, s, e));
                });
              return (this._consoleTask && (s._consoleTask = this._consoleTask), s);
            }
            return ((n.prototype = Le), n);
          },
          set: function (e) {
            p(this, `then`, e && e.prototype === Le ? rt : { get: () => e, set: rt.set });
          },
        };
        d(M.prototype, {
          then: rt,
          _then: function (e, t) {
            st(this, new it(null, null, e, t, j));
          },
          catch: function (e) {
            if (arguments.length === 1) return this.then(null, e);
            var t = arguments[0],
              n = arguments[1];
            return typeof t == `function`
              ? this.then(null, (e) => (e instanceof t ? n(e) : gt(e)))
              : this.then(null, (e) => (e && e.name === t ? n(e) : gt(e)));
          },
          finally: function (e) {
            return this.then(
              (t) => M.resolve(e()).then(() => t),
              (t) => M.resolve(e()).then(() => gt(t)),
            );
          },
          timeout: function (e, t) {
            return e < 1 / 0
              ? new M((r, i) => {
                  var a = setTimeout(() => i(new O.Timeout(t)), e);
                  this.then(r, i).finally(clearTimeout.bind(null, a));
                })
              : this;
          },
        }),
          typeof Symbol < `u` && Symbol.toStringTag && p(M.prototype, Symbol.toStringTag, `Dexie.Promise`),
          ($e.env = Dt());
        function it(e, t, n, r, i) {
          (this.onFulfilled = typeof e == `function` ? e : null),
            (this.onRejected = typeof t == `function` ? t : null),
            (this.resolve = n),
            (this.reject = r),
            (this.psd = i);
        }
        d(M, {
          all: function () {
            var e = D.apply(null, arguments).map(Ct);
            return new M((t, n) => {
              e.length === 0 && t([]);
              var r = e.length;
              e.forEach((i, a) =>
                M.resolve(i).then((n) => {
                  (e[a] = n), --r || t(e);
                }, n),
              );
            });
          },
          resolve: (e) =>
            e instanceof M
              ? e
              : e && typeof e.then == `function`
                ? new M((t, n) => {
                    e.then(t, n);
                  })
                : new M(Le, !0, e),
          reject: gt,
          race: function () {
            var e = D.apply(null, arguments).map(Ct);
            return new M((t, n) => {
              e.map((e) => M.resolve(e).then(t, n));
            });
          },
          PSD: { get: () => j, set: (e) => (j = e) },
          totalEchoes: { get: () => bt },
          newPSD: I,
          usePSD: Ot,
          scheduler: {
            get: () => qe,
            set: (e) => {
              qe = e;
            },
          },
          rejectionMapper: {
            get: () => Qe,
            set: (e) => {
              Qe = e;
            },
          },
          follow: (e, t) =>
            new M((n, r) =>
              I(
                (t, n) => {
                  var r = j;
                  (r.unhandleds = []),
                    (r.onunhandled = n),
                    (r.finalize = Ae(function () {
                      pt(() => {
                        this.unhandleds.length === 0 ? t() : n(this.unhandleds[0]);
                      });
                    }, r.finalize)),
                    e();
                },
                t,
                n,
                r,
              ),
            ),
        }),
          We &&
            (We.allSettled &&
              p(M, `allSettled`, function () {
                var e = D.apply(null, arguments).map(Ct);
                return new M((t) => {
                  e.length === 0 && t([]);
                  var n = e.length,
                    r = Array(n);
                  e.forEach((e, i) =>
                    M.resolve(e)
                      .then(
                        (e) => (r[i] = { status: `fulfilled`, value: e }),
                        (e) => (r[i] = { status: `rejected`, reason: e }),
                      )
                      .then(() => --n || t(r)),
                  );
                });
              }),
            We.any &&
              typeof AggregateError < `u` &&
              p(M, `any`, function () {
                var e = D.apply(null, arguments).map(Ct);
                return new M((t, n) => {
                  e.length === 0 && n(AggregateError([]));
                  var r = e.length,
                    i = Array(r);
                  e.forEach((e, a) =>
                    M.resolve(e).then(
                      (e) => t(e),
                      (e) => {
                        (i[a] = e), --r || n(AggregateError(i));
                      },
                    ),
                  );
                });
              }),
            We.withResolvers && (M.withResolvers = We.withResolvers));
        function at(e, t) {
          try {
            t(
              (t) => {
                if (e._state === null) {
                  if (t === e) throw TypeError(`A promise cannot be resolved with itself.`);
                  var n = e._lib && ut();
                  t && typeof t.then == `function`
                    ? at(e, (e, n) => {
                        t instanceof M ? t._then(e, n) : t.then(e, n);
                      })
                    : ((e._state = !0), (e._value = t), ot(e)),
                    n && dt();
                }
              },
              N.bind(null, e),
            );
          } catch (t) {
            N(e, t);
          }
        }
        function N(e, t) {
          if ((Ze.push(t), e._state === null)) {
            var n = e._lib && ut();
            (t = Qe(t)), (e._state = !1), (e._value = t), mt(e), ot(e), n && dt();
          }
        }
        function ot(e) {
          var t = e._listeners;
          e._listeners = [];
          for (var n = 0, r = t.length; n < r; ++n) st(e, t[n]);
          var i = e._PSD;
          --i.ref || i.finalize(),
            tt === 0 &&
              (++tt,
              qe(() => {
                --tt === 0 && ft();
              }, []));
        }
        function st(e, t) {
          if (e._state === null) e._listeners.push(t);
          else {
            var n = e._state ? t.onFulfilled : t.onRejected;
            if (n === null) return (e._state ? t.resolve : t.reject)(e._value);
            ++t.psd.ref, ++tt, qe(ct, [n, e, t]);
          }
        }
        function ct(e, t, n) {
          try {
            var r,
              i = t._value;
            !t._state && Ze.length && (Ze = []),
              (r = A && t._consoleTask ? t._consoleTask.run(() => e(i)) : e(i)),
              !t._state && Ze.indexOf(i) === -1 && ht(t),
              n.resolve(r);
          } catch (e) {
            n.reject(e);
          } finally {
            --tt === 0 && ft(), --n.psd.ref || n.psd.finalize();
          }
        }
        function lt() {
          Ot($e, () => {
            ut() && dt();
          });
        }
        function ut() {
          var e = Je;
          return ((Je = !1), (Ye = !1), e);
        }
        function dt() {
          var e, t, n;
          do
            for (; et.length > 0; )
              for (e = et, et = [], n = e.length, t = 0; t < n; ++t) {
                var r = e[t];
                r[0].apply(null, r[1]);
              }
          while (et.length > 0);
          (Je = !0), (Ye = !0);
        }
        function ft() {
          var e = Xe;
          (Xe = []),
            e.forEach((e) => {
              e._PSD.onunhandled.call(null, e._value, e);
            });
          for (var t = nt.slice(0), n = t.length; n; ) t[--n]();
        }
        function pt(e) {
          function t() {
            e(), nt.splice(nt.indexOf(t), 1);
          }
          nt.push(t),
            ++tt,
            qe(() => {
              --tt === 0 && ft();
            }, []);
        }
        function mt(e) {
          Xe.some((t) => t._value === e._value) || Xe.push(e);
        }
        function ht(e) {
          for (var t = Xe.length; t; )
            if (Xe[--t]._value === e._value) {
              Xe.splice(t, 1);
              return;
            }
        }
        function gt(e) {
          return new M(Le, !1, e);
        }
        function P(e, t) {
          var n = j;
          return function () {
            var r = ut(),
              i = j;
            try {
              return (Et(n, !0), e.apply(this, arguments));
            } catch (e) {
              t && t(e);
            } finally {
              Et(i, !1), r && dt();
            }
          };
        }
        var F = { awaits: 0, echoes: 0, id: 0 },
          _t = 0,
          vt = [],
          yt = 0,
          bt = 0,
          xt = 0;
        function I(e, t, n, r) {
          var i = j,
            a = Object.create(i);
          (a.parent = i),
            (a.ref = 0),
            (a.global = !1),
            (a.id = ++xt),
            $e.env,
            (a.env = Ge
              ? {
                  Promise: M,
                  PromiseProp: { value: M, configurable: !0, writable: !0 },
                  all: M.all,
                  race: M.race,
                  allSettled: M.allSettled,
                  any: M.any,
                  resolve: M.resolve,
                  reject: M.reject,
                }
              : {}),
            t && s(a, t),
            ++i.ref,
            (a.finalize = function () {
              --this.parent.ref || this.parent.finalize();
            });
          var o = Ot(a, e, n, r);
          return (a.ref === 0 && a.finalize(), o);
        }
        function St() {
          return ((F.id ||= ++_t), ++F.awaits, (F.echoes += Re), F.id);
        }
        function L() {
          return F.awaits ? (--F.awaits === 0 && (F.id = 0), (F.echoes = F.awaits * Re), !0) : !1;
        }
        (`` + Ue).indexOf(`[native code]`) === -1 && (St = L = k);
        function Ct(e) {
          return F.echoes && e && e.constructor === We
            ? (St(),
              e.then(
                (e) => (L(), e),
                (e) => (L(), R(e)),
              ))
            : e;
        }
        function wt(e) {
          ++bt, (F.echoes && --F.echoes !== 0) || (F.echoes = F.awaits = F.id = 0), vt.push(j), Et(e, !0);
        }
        function Tt() {
          var e = vt[vt.length - 1];
          vt.pop(), Et(e, !1);
        }
        function Et(e, t) {
          var n = j;
          if (
            ((t ? F.echoes && (!yt++ || e !== j) : yt && (!--yt || e !== j)) && queueMicrotask(t ? wt.bind(null, e) : Tt),
            e !== j && ((j = e), n === $e && ($e.env = Dt()), Ge))
          ) {
            var r = $e.env.Promise,
              a = e.env;
            (n.global || e.global) &&
              (Object.defineProperty(i, 'Promise', a.PromiseProp),
              (r.all = a.all),
              (r.race = a.race),
              (r.resolve = a.resolve),
              (r.reject = a.reject),
              a.allSettled && (r.allSettled = a.allSettled),
              a.any && (r.any = a.any));
          }
        }
        function Dt() {
          var e = i.Promise;
          return Ge
            ? {
                Promise: e,
                PromiseProp: Object.getOwnPropertyDescriptor(i, `Promise`),
                all: e.all,
                race: e.race,
                allSettled: e.allSettled,
                any: e.any,
                resolve: e.resolve,
                reject: e.reject,
              }
            : {};
        }
        function Ot(e, t, n, r, i) {
          var a = j;
          try {
            return (Et(e, !0), t(n, r, i));
          } finally {
            Et(a, !1);
          }
        }
        function kt(e, t, n, r) {
          return typeof e == `function`
            ? function () {
                var i = j;
                n && St(), Et(t, !0);
                try {
                  return e.apply(this, arguments);
                } finally {
                  Et(i, !1), r && queueMicrotask(L);
                }
              }
            : e;
        }
        function At(e) {
          Promise === We && F.echoes === 0 ? (yt === 0 ? e() : enqueueNativeMicroTask(e)) : setTimeout(e, 0);
        }
        var R = M.reject;
        function jt(e, t, n, r) {
          if (!e.idbdb || (!e._state.openComplete && !j.letThrough && !e._vip)) {
            if (e._state.openComplete) return R(new O.DatabaseClosed(e._state.dbOpenError));
            if (!e._state.isBeingOpened) {
              if (!e._state.autoOpen) return R(new O.DatabaseClosed());
              e.open().catch(k);
            }
            return e._state.dbReadyPromise.then(() => jt(e, t, n, r));
          }
          var i = e._createTransaction(t, n, e._dbSchema);
          try {
            i.create(), (e._state.PR1398_maxLoop = 3);
          } catch (i) {
            return i.name === Ce.InvalidState && e.isOpen() && --e._state.PR1398_maxLoop > 0
              ? (console.warn(`Dexie: Need to reopen db`), e.close({ disableAutoOpen: !1 }), e.open().then(() => jt(e, t, n, r)))
              : R(i);
          }
          return i
            ._promise(t, (e, t) => I(() => ((j.trans = i), r(e, t, i))))
            .then((e) => {
              if (t === `readwrite`)
                try {
                  i.idbtrans.commit();
                } catch {}
              return t === `readonly` ? e : i._completion.then(() => e);
            });
        }
        var Mt = `4.4.7`,
          Nt = `￿`,
          Pt = -1 / 0,
          Ft = `Invalid key provided. Keys must be of type string, number, Date or Array<string | number | Date>.`,
          It = `String expected.`,
          Lt = 1e3,
          Rt = `__dbnames`,
          zt = `readonly`,
          Bt = `readwrite`;
        function Vt(e, t) {
          return e
            ? t
              ? function () {
                  return e.apply(this, arguments) && t.apply(this, arguments);
                }
              : e
            : t;
        }
        var Ht = { type: 3, lower: -1 / 0, lowerOpen: !1, upper: [[]], upperOpen: !1 };
        function Ut(e) {
          return typeof e == `string` && !/\./.test(e) ? (t) => (t[e] === void 0 && e in t && ((t = se(t)), delete t[e]), t) : (e) => e;
        }
        function Wt() {
          throw O.Type(`Entity instances must never be new:ed. Instances are generated by the framework bypassing the constructor.`);
        }
        function z(e, t) {
          try {
            var n = qt(e),
              r = qt(t);
            if (n !== r)
              return n === `Array`
                ? 1
                : r === `Array`
                  ? -1
                  : n === `binary`
                    ? 1
                    : r === `binary`
                      ? -1
                      : n === `string`
                        ? 1
                        : r === `string`
                          ? -1
                          : n === `Date`
                            ? 1
                            : r === `Date`
                              ? -1
                              : NaN;
            switch (n) {
              case `number`:
              case `Date`:
              case `string`:
                return e > t ? 1 : e < t ? -1 : 0;
              case `binary`:
                return Kt(Jt(e), Jt(t));
              case `Array`:
                return Gt(e, t);
            }
          } catch {}
          return NaN;
        }
        function Gt(e, t) {
          for (var n = e.length, r = t.length, i = n < r ? n : r, a = 0; a < i; ++a) {
            var o = z(e[a], t[a]);
            if (o !== 0) return o;
          }
          return n === r ? 0 : n < r ? -1 : 1;
        }
        function Kt(e, t) {
          for (var n = e.length, r = t.length, i = n < r ? n : r, a = 0; a < i; ++a) if (e[a] !== t[a]) return e[a] < t[a] ? -1 : 1;
          return n === r ? 0 : n < r ? -1 : 1;
        }
        function qt(e) {
          var t = typeof e;
          if (t !== `object`) return t;
          if (ArrayBuffer.isView(e)) return `binary`;
          var n = ue(e);
          return n === `ArrayBuffer` ? `binary` : n;
        }
        function Jt(e) {
          return e instanceof Uint8Array
            ? e
            : ArrayBuffer.isView(e)
              ? new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
              : new Uint8Array(e);
        }
        function Yt(e, t, n) {
          var r = e.schema.yProps;
          return r
            ? (t && n.numFailures > 0 && (t = t.filter((e, t) => !n.failures[t])),
              Promise.all(
                r.map((n) => {
                  var r = n.updatesTable;
                  return t ? e.db.table(r).where(`k`).anyOf(t).delete() : e.db.table(r).clear();
                }),
              ).then(() => n))
            : n;
        }
        var Xt = (() => {
          function e(e) {
            this[`@@propmod`] = e;
          }
          return (
            (e.prototype.execute = function (e) {
              var t = this[`@@propmod`];
              if (t.add !== void 0) {
                var n = t.add;
                if (o(n)) return r(r([], o(e) ? e : [], !0), n, !0).sort();
                if (typeof n == `number`) return (Number(e) || 0) + n;
                if (typeof n == `bigint`)
                  try {
                    return BigInt(e) + n;
                  } catch {
                    return BigInt(0) + n;
                  }
                throw TypeError(`Invalid term ${n}`);
              }
              if (t.remove !== void 0) {
                var i = t.remove;
                if (o(i)) return o(e) ? e.filter((e) => !i.includes(e)).sort() : [];
                if (typeof i == `number`) return Number(e) - i;
                if (typeof i == `bigint`)
                  try {
                    return BigInt(e) - i;
                  } catch {
                    return BigInt(0) - i;
                  }
                throw TypeError(`Invalid subtrahend ${i}`);
              }
              var a = t.replacePrefix?.[0];
              return a && typeof e == `string` && e.startsWith(a) ? t.replacePrefix[1] + e.substring(a.length) : e;
            }),
            e
          );
        })();
        function Zt(e, t) {
          for (var n = a(t), r = n.length, i = !1, o = 0; o < r; ++o) {
            var s = n[o],
              c = t[s],
              l = C(e, s);
            c instanceof Xt ? (w(e, s, c.execute(l)), (i = !0)) : l !== c && (w(e, s, c), (i = !0));
          }
          return i;
        }
        var Qt = (() => {
          function e() {}
          return (
            (e.prototype._trans = function (e, t, n) {
              var r = this._tx || j.trans,
                i = this.name,
                a =
                  A &&
                  typeof console < `u` &&
                  console.createTask &&
                  console.createTask(`Dexie: ${e === `readonly` ? `read` : `write`} ${this.name}`);
              function o(e, n, r) {
                if (!r.schema[i]) throw new O.NotFound(`Table ` + i + ` not part of transaction`);
                return t(r.idbtrans, r);
              }
              var s = ut();
              try {
                var c =
                  r && r.db._novip === this.db._novip
                    ? r === j.trans
                      ? r._promise(e, o, n)
                      : I(() => r._promise(e, o, n), { trans: r, transless: j.transless || j })
                    : jt(this.db, e, [this.name], o);
                return (a && ((c._consoleTask = a), (c = c.catch((e) => (console.trace(e), R(e))))), c);
              } finally {
                s && dt();
              }
            }),
            (e.prototype.get = function (e, t) {
              return e && e.constructor === Object
                ? this.where(e).first(t)
                : e == null
                  ? R(new O.Type(`Invalid argument to Table.get()`))
                  : this._trans(`readonly`, (t) => this.core.get({ trans: t, key: e }).then((e) => this.hook.reading.fire(e))).then(t);
            }),
            (e.prototype.where = function (e) {
              if (typeof e == `string`) return new this.db.WhereClause(this, e);
              if (o(e)) return new this.db.WhereClause(this, `[${e.join(`+`)}]`);
              var t = a(e);
              if (t.length === 1) return this.where(t[0]).equals(e[t[0]]);
              var n = this.schema.indexes
                .concat(this.schema.primKey)
                .filter((e) => {
                  if (e.compound && t.every((t) => e.keyPath.indexOf(t) >= 0)) {
                    for (var n = 0; n < t.length; ++n) if (t.indexOf(e.keyPath[n]) === -1) return !1;
                    return !0;
                  }
                  return !1;
                })
                .sort((e, t) => e.keyPath.length - t.keyPath.length)[0];
              if (n && this.db._maxKey !== Nt) {
                var r = n.keyPath.slice(0, t.length);
                return this.where(r).equals(r.map((t) => e[t]));
              }
              !n &&
                A &&
                console.warn(`The query ${JSON.stringify(e)} on ${this.name} would benefit from a compound index [${t.join(`+`)}]`);
              var i = this.schema.idxByName;
              function s(e, t) {
                return z(e, t) === 0;
              }
              var c = t.reduce(
                  (t, n) => {
                    var r = t[0],
                      a = t[1],
                      c = i[n],
                      l = e[n];
                    return [
                      r || c,
                      r || !c
                        ? Vt(
                            a,
                            c && c.multi
                              ? (e) => {
                                  var t = C(e, n);
                                  return o(t) && t.some((e) => s(l, e));
                                }
                              : (e) => s(l, C(e, n)),
                          )
                        : a,
                    ];
                  },
                  [null, null],
                ),
                l = c[0],
                u = c[1];
              return l ? this.where(l.name).equals(e[l.keyPath]).filter(u) : n ? this.filter(u) : this.where(t).equals(``);
            }),
            (e.prototype.filter = function (e) {
              return this.toCollection().and(e);
            }),
            (e.prototype.count = function (e) {
              return this.toCollection().count(e);
            }),
            (e.prototype.offset = function (e) {
              return this.toCollection().offset(e);
            }),
            (e.prototype.limit = function (e) {
              return this.toCollection().limit(e);
            }),
            (e.prototype.each = function (e) {
              return this.toCollection().each(e);
            }),
            (e.prototype.toArray = function (e) {
              return this.toCollection().toArray(e);
            }),
            (e.prototype.toCollection = function () {
              return new this.db.Collection(new this.db.WhereClause(this));
            }),
            (e.prototype.orderBy = function (e) {
              return new this.db.Collection(new this.db.WhereClause(this, o(e) ? `[${e.join(`+`)}]` : e));
            }),
            (e.prototype.reverse = function () {
              return this.toCollection().reverse();
            }),
            (e.prototype.mapToClass = function (e) {
              var r = this.db,
                i = this.name;
              (this.schema.mappedClass = e),
                e.prototype instanceof Wt &&
                  (e = ((e) => {
                    t(n, e);
                    function n() {
                      return (e !== null && e.apply(this, arguments)) || this;
                    }
                    return (
                      Object.defineProperty(n.prototype, 'db', { get: () => r, enumerable: !1, configurable: !0 }),
                      (n.prototype.table = () => i),
                      n
                    );
                  })(e));
              for (var a = new Set(), o = e.prototype; o; o = c(o)) Object.getOwnPropertyNames(o).forEach((e) => a.add(e));
              var s = (t) => {
                if (!t) return t;
                var n = Object.create(e.prototype);
                for (var r in t)
                  if (!a.has(r))
                    try {
                      n[r] = t[r];
                    } catch {}
                return n;
              };
              return (
                this.schema.readHook && this.hook.reading.unsubscribe(this.schema.readHook),
                (this.schema.readHook = s),
                this.hook(`reading`, s),
                e
              );
            }),
            (e.prototype.defineClass = function () {
              function e(e) {
                s(this, e);
              }
              return this.mapToClass(e);
            }),
            (e.prototype.add = function (e, t) {
              var r = this.schema.primKey,
                i = r.auto,
                a = r.keyPath,
                o = e;
              return (
                a && i && (o = Ut(a)(e)),
                this._trans(`readwrite`, (e) => this.core.mutate({ trans: e, type: `add`, keys: t == null ? null : [t], values: [o] }))
                  .then((e) => (e.numFailures ? M.reject(e.failures[0]) : e.lastResult))
                  .then((t) => {
                    if (a)
                      try {
                        w(e, a, t);
                      } catch {}
                    return t;
                  })
              );
            }),
            (e.prototype.upsert = function (e, t) {
              var r = this.schema.primKey.keyPath;
              return this._trans(`readwrite`, (i) =>
                this.core.get({ trans: i, key: e }).then((a) => {
                  var o = a ?? {};
                  return (
                    Zt(o, t),
                    r && w(o, r, e),
                    this.core
                      .mutate({ trans: i, type: `put`, values: [o], keys: [e], upsert: !0, updates: { keys: [e], changeSpecs: [t] } })
                      .then((e) => (e.numFailures ? M.reject(e.failures[0]) : !!a))
                  );
                }),
              );
            }),
            (e.prototype.update = function (e, t) {
              if (typeof e == `object` && !o(e)) {
                var n = C(e, this.schema.primKey.keyPath);
                return n === void 0
                  ? R(new O.InvalidArgument(`Given object does not contain its primary key`))
                  : this.where(`:id`).equals(n).modify(t);
              }
              return this.where(`:id`).equals(e).modify(t);
            }),
            (e.prototype.put = function (e, t) {
              var r = this.schema.primKey,
                i = r.auto,
                a = r.keyPath,
                o = e;
              return (
                a && i && (o = Ut(a)(e)),
                this._trans(`readwrite`, (e) => this.core.mutate({ trans: e, type: `put`, values: [o], keys: t == null ? null : [t] }))
                  .then((e) => (e.numFailures ? M.reject(e.failures[0]) : e.lastResult))
                  .then((t) => {
                    if (a)
                      try {
                        w(e, a, t);
                      } catch {}
                    return t;
                  })
              );
            }),
            (e.prototype.delete = function (e) {
              return this._trans(`readwrite`, (n) =>
                this.core
                  .mutate({ trans: n, type: `delete`, keys: [e] })
                  .then((n) => Yt(this, [e], n))
                  .then((e) => (e.numFailures ? M.reject(e.failures[0]) : void 0)),
              );
            }),
            (e.prototype.clear = function () {
              return this._trans(`readwrite`, (t) =>
                this.core.mutate({ trans: t, type: `deleteRange`, range: Ht }).then((t) => Yt(this, null, t)),
              ).then((e) => (e.numFailures ? M.reject(e.failures[0]) : void 0));
            }),
            (e.prototype.bulkGet = function (e) {
              return this._trans(`readonly`, (n) =>
                this.core.getMany({ keys: e, trans: n }).then((e) => e.map((e) => this.hook.reading.fire(e))),
              );
            }),
            (e.prototype.bulkAdd = function (e, t, n) {
              var i = Array.isArray(t) ? t : void 0;
              n ||= i ? void 0 : t;
              var a = n ? n.allKeys : void 0;
              return this._trans(`readwrite`, (t) => {
                var n = this.schema.primKey,
                  o = n.auto,
                  s = n.keyPath;
                if (s && i) throw new O.InvalidArgument(`bulkAdd(): keys argument invalid on tables with inbound keys`);
                if (i && i.length !== e.length) throw new O.InvalidArgument(`Arguments objects and keys must have the same length`);
                var c = e.length,
                  l = s && o ? e.map(Ut(s)) : e;
                return this.core.mutate({ trans: t, type: `add`, keys: i, values: l, wantResults: a }).then((e) => {
                  var t = e.numFailures,
                    n = e.results,
                    i = e.lastResult,
                    o = e.failures,
                    s = a ? n : i;
                  if (t === 0) return s;
                  throw new Se(`${this.name}.bulkAdd(): ${t} of ${c} operations failed`, o);
                });
              });
            }),
            (e.prototype.bulkPut = function (e, t, n) {
              var i = Array.isArray(t) ? t : void 0;
              n ||= i ? void 0 : t;
              var a = n ? n.allKeys : void 0;
              return this._trans(`readwrite`, (t) => {
                var n = this.schema.primKey,
                  o = n.auto,
                  s = n.keyPath;
                if (s && i) throw new O.InvalidArgument(`bulkPut(): keys argument invalid on tables with inbound keys`);
                if (i && i.length !== e.length) throw new O.InvalidArgument(`Arguments objects and keys must have the same length`);
                var c = e.length,
                  l = s && o ? e.map(Ut(s)) : e;
                return this.core.mutate({ trans: t, type: `put`, keys: i, values: l, wantResults: a }).then((e) => {
                  var t = e.numFailures,
                    n = e.results,
                    i = e.lastResult,
                    o = e.failures,
                    s = a ? n : i;
                  if (t === 0) return s;
                  throw new Se(`${this.name}.bulkPut(): ${t} of ${c} operations failed`, o);
                });
              });
            }),
            (e.prototype.bulkUpdate = function (e) {
              var n = e.map((e) => e.key),
                r = e.map((e) => e.changes),
                i = [];
              return this._trans(`readwrite`, (a) => {
                var o = this.core;
                return o.getMany({ trans: a, keys: n, cache: `clone` }).then((s) => {
                  var c = o.schema.primaryKey,
                    l = c.outbound,
                    u = c.extractKey,
                    d = [],
                    f = [];
                  e.forEach((e, t) => {
                    var n = e.key,
                      r = e.changes,
                      a = s[t];
                    if (a) {
                      for (var o = 0, c = Object.keys(r); o < c.length; o++) {
                        var p = c[o];
                        w(a, p, r[p]);
                      }
                      if (!l && z(u(a), n) !== 0) throw new O.Constraint(`Cannot update primary key in bulkUpdate()`);
                      i.push(t), d.push(n), f.push(a);
                    }
                  });
                  var p = d.length;
                  return o.mutate({ trans: a, type: `put`, keys: d, values: f, updates: { keys: n, changeSpecs: r } }).then((e) => {
                    var n = e.numFailures,
                      r = e.failures;
                    if (n === 0) return p;
                    for (var a = 0, o = Object.keys(r); a < o.length; a++) {
                      var s = o[a],
                        c = i[Number(s)];
                      if (c != null) {
                        var l = r[s];
                        delete r[s], (r[c] = l);
                      }
                    }
                    throw new Se(`${this.name}.bulkUpdate(): ${n} of ${p} operations failed`, r);
                  });
                });
              });
            }),
            (e.prototype.bulkDelete = function (e) {
              var n = e.length;
              return this._trans(`readwrite`, (n) =>
                this.core.mutate({ trans: n, type: `delete`, keys: e }).then((n) => Yt(this, e, n)),
              ).then((e) => {
                var r = e.numFailures,
                  i = e.lastResult,
                  a = e.failures;
                if (r === 0) return i;
                throw new Se(`${this.name}.bulkDelete(): ${r} of ${n} operations failed`, a);
              });
            }),
            e
          );
        })();
        function $t(e) {
          var t = {},
            n = function (n, r) {
              if (r) {
                for (var i = arguments.length, a = Array(i - 1); --i; ) a[i - 1] = arguments[i];
                return (t[n].subscribe.apply(null, a), e);
              }
              if (typeof n == `string`) return t[n];
            };
          n.addEventType = s;
          for (var r = 1, i = arguments.length; r < i; ++r) s(arguments[r]);
          return n;
          function s(e, r, i) {
            if (typeof e == `object`) return c(e);
            (r ||= Pe), (i ||= k);
            var a = {
              subscribers: [],
              fire: i,
              subscribe: (e) => {
                a.subscribers.indexOf(e) === -1 && (a.subscribers.push(e), (a.fire = r(a.fire, e)));
              },
              unsubscribe: (e) => {
                (a.subscribers = a.subscribers.filter((t) => t !== e)), (a.fire = a.subscribers.reduce(r, i));
              },
            };
            return ((t[e] = n[e] = a), a);
          }
          function c(e) {
            a(e).forEach((t) => {
              var n = e[t];
              if (o(n)) s(t, e[t][0], e[t][1]);
              else if (n === `asap`)
                var r = s(t, Oe, function () {
                  for (var e = arguments.length, t = Array(e); e--; ) t[e] = arguments[e];
                  r.subscribers.forEach((e) => {
                    x(() => {
                      e.apply(null, t);
                    });
                  });
                });
              else throw new O.InvalidArgument(`Invalid event config`);
            });
          }
        }
        function en(e, t) {
          return (m(t).from({ prototype: e }), t);
        }
        function tn(e) {
          return en(Qt.prototype, function (t, n, r) {
            (this.db = e),
              (this._tx = r),
              (this.name = t),
              (this.schema = n),
              (this.hook = e._allTables[t]
                ? e._allTables[t].hook
                : $t(null, { creating: [je, k], reading: [ke, Oe], updating: [Ne, k], deleting: [Me, k] }));
          });
        }
        function nn(e, t) {
          return !(e.filter || e.algorithm || e.or) && (t ? e.justLimit : !e.replayFilter);
        }
        function B(e, t) {
          e.filter = Vt(e.filter, t);
        }
        function rn(e, t, n) {
          var r = e.replayFilter;
          (e.replayFilter = r ? () => Vt(r(), t()) : t), (e.justLimit = n && !r);
        }
        function an(e, t) {
          e.isMatch = Vt(e.isMatch, t);
        }
        function on(e, t) {
          if (e.isPrimKey) return t.primaryKey;
          var n = t.getIndexByKeyPath(e.index);
          if (!n) throw new O.Schema(`KeyPath ` + e.index + ` on object store ` + t.name + ` is not indexed`);
          return n;
        }
        function sn(e, t, n) {
          var r = on(e, t.schema);
          return t.openCursor({
            trans: n,
            values: !e.keysOnly,
            reverse: e.dir === `prev`,
            unique: !!e.unique,
            query: { index: r, range: e.range },
          });
        }
        function cn(e, t, n, r) {
          var i = e.replayFilter ? Vt(e.filter, e.replayFilter()) : e.filter;
          if (e.or) {
            var a = {},
              o = (e, n, r) => {
                if (
                  !i ||
                  i(
                    n,
                    r,
                    (e) => n.stop(e),
                    (e) => n.fail(e),
                  )
                ) {
                  var o = n.primaryKey,
                    s = `` + o;
                  s === `[object ArrayBuffer]` && (s = `` + new Uint8Array(o)), u(a, s) || ((a[s] = !0), t(e, n, r));
                }
              };
            return Promise.all([e.or._iterate(o, n), ln(sn(e, r, n), e.algorithm, o, !e.keysOnly && e.valueMapper)]);
          }
          return ln(sn(e, r, n), Vt(e.algorithm, i), t, !e.keysOnly && e.valueMapper);
        }
        function ln(e, t, n, r) {
          var i = P(r ? (e, t, i) => n(r(e), t, i) : n);
          return e.then((e) => {
            if (e)
              return e.start(() => {
                var n = () => e.continue();
                (!t ||
                  t(
                    e,
                    (e) => (n = e),
                    (t) => {
                      e.stop(t), (n = k);
                    },
                    (t) => {
                      e.fail(t), (n = k);
                    },
                  )) &&
                  i(e.value, e, (e) => (n = e)),
                  n();
              });
          });
        }
        var V = (() => {
            function e() {}
            return (
              (e.prototype._read = function (e, t) {
                var n = this._ctx;
                return n.error ? n.table._trans(null, R.bind(null, n.error)) : n.table._trans(`readonly`, e).then(t);
              }),
              (e.prototype._write = function (e) {
                var t = this._ctx;
                return t.error ? t.table._trans(null, R.bind(null, t.error)) : t.table._trans(`readwrite`, e, `locked`);
              }),
              (e.prototype._addAlgorithm = function (e) {
                var t = this._ctx;
                t.algorithm = Vt(t.algorithm, e);
              }),
              (e.prototype._iterate = function (e, t) {
                return cn(this._ctx, e, t, this._ctx.table.core);
              }),
              (e.prototype.clone = function (e) {
                var t = Object.create(this.constructor.prototype),
                  n = Object.create(this._ctx);
                return (e && s(n, e), (t._ctx = n), t);
              }),
              (e.prototype.raw = function () {
                return ((this._ctx.valueMapper = null), this);
              }),
              (e.prototype.each = function (e) {
                var t = this._ctx;
                return this._read((n) => cn(t, e, n, t.table.core));
              }),
              (e.prototype.count = function (e) {
                return this._read((e) => {
                  var n = this._ctx,
                    r = n.table.core;
                  if (nn(n, !0))
                    return r.count({ trans: e, query: { index: on(n, r.schema), range: n.range } }).then((e) => Math.min(e, n.limit));
                  var i = 0;
                  return cn(n, () => (++i, !1), e, r).then(() => i);
                }).then(e);
              }),
              (e.prototype.sortBy = function (e, t) {
                var n = e.split(`.`).reverse(),
                  r = n[0],
                  i = n.length - 1;
                function a(e, t) {
                  return t ? a(e[n[t]], t - 1) : e[r];
                }
                var o = this._ctx.dir === `next` ? 1 : -1;
                function s(e, t) {
                  return z(a(e, i), a(t, i)) * o;
                }
                return this.toArray((e) => e.slice().sort(s)).then(t);
              }),
              (e.prototype.toArray = function (e) {
                return this._read((e) => {
                  var n = this._ctx;
                  if (nn(n, !0) && n.limit > 0) {
                    var r = n.valueMapper,
                      i = on(n, n.table.core.schema);
                    return n.table.core
                      .query({
                        trans: e,
                        limit: n.limit,
                        values: !0,
                        direction: n.dir === `prev` ? `prev` : void 0,
                        query: { index: i, range: n.range },
                      })
                      .then((e) => {
                        var t = e.result;
                        return r ? t.map(r) : t;
                      });
                  }
                  var a = [];
                  return cn(n, (e) => a.push(e), e, n.table.core).then(() => a);
                }, e);
              }),
              (e.prototype.offset = function (e) {
                var t = this._ctx;
                return (
                  e <= 0 ||
                    ((t.offset += e),
                    nn(t)
                      ? rn(t, () => {
                          var t = e;
                          return (e, n) =>
                            t === 0
                              ? !0
                              : t === 1
                                ? (--t, !1)
                                : (n(() => {
                                    e.advance(t), (t = 0);
                                  }),
                                  !1);
                        })
                      : rn(t, () => {
                          var t = e;
                          return () => --t < 0;
                        })),
                  this
                );
              }),
              (e.prototype.limit = function (e) {
                return (
                  (this._ctx.limit = Math.min(this._ctx.limit, e)),
                  rn(
                    this._ctx,
                    () => {
                      var t = e;
                      return (e, n, r) => (--t <= 0 && n(r), t >= 0);
                    },
                    !0,
                  ),
                  this
                );
              }),
              (e.prototype.until = function (e, t) {
                return (B(this._ctx, (n, r, i) => !e(n.value) || (r(i), t)), this);
              }),
              (e.prototype.first = function (e) {
                return this.limit(1)
                  .toArray((e) => e[0])
                  .then(e);
              }),
              (e.prototype.last = function (e) {
                return this.reverse().first(e);
              }),
              (e.prototype.filter = function (e) {
                return (B(this._ctx, (t) => e(t.value)), an(this._ctx, e), this);
              }),
              (e.prototype.and = function (e) {
                return this.filter(e);
              }),
              (e.prototype.or = function (e) {
                return new this.db.WhereClause(this._ctx.table, e, this);
              }),
              (e.prototype.reverse = function () {
                return (
                  (this._ctx.dir = this._ctx.dir === `prev` ? `next` : `prev`),
                  this._ondirectionchange && this._ondirectionchange(this._ctx.dir),
                  this
                );
              }),
              (e.prototype.desc = function () {
                return this.reverse();
              }),
              (e.prototype.eachKey = function (e) {
                var t = this._ctx;
                return (
                  (t.keysOnly = !t.isMatch),
                  this.each((t, n) => {
                    e(n.key, n);
                  })
                );
              }),
              (e.prototype.eachUniqueKey = function (e) {
                return ((this._ctx.unique = `unique`), this.eachKey(e));
              }),
              (e.prototype.eachPrimaryKey = function (e) {
                var t = this._ctx;
                return (
                  (t.keysOnly = !t.isMatch),
                  this.each((t, n) => {
                    e(n.primaryKey, n);
                  })
                );
              }),
              (e.prototype.keys = function (e) {
                var t = this._ctx;
                t.keysOnly = !t.isMatch;
                var n = [];
                return this.each((e, t) => {
                  n.push(t.key);
                })
                  .then(() => n)
                  .then(e);
              }),
              (e.prototype.primaryKeys = function (e) {
                var t = this._ctx;
                if (nn(t, !0) && t.limit > 0)
                  return this._read((e) => {
                    var n = on(t, t.table.core.schema);
                    return t.table.core.query({
                      trans: e,
                      values: !1,
                      limit: t.limit,
                      direction: t.dir === `prev` ? `prev` : void 0,
                      query: { index: n, range: t.range },
                    });
                  })
                    .then((e) => e.result)
                    .then(e);
                t.keysOnly = !t.isMatch;
                var n = [];
                return this.each((e, t) => {
                  n.push(t.primaryKey);
                })
                  .then(() => n)
                  .then(e);
              }),
              (e.prototype.uniqueKeys = function (e) {
                return ((this._ctx.unique = `unique`), this.keys(e));
              }),
              (e.prototype.firstKey = function (e) {
                return this.limit(1)
                  .keys((e) => e[0])
                  .then(e);
              }),
              (e.prototype.lastKey = function (e) {
                return this.reverse().firstKey(e);
              }),
              (e.prototype.distinct = function () {
                var e = this._ctx,
                  t = e.index && e.table.schema.idxByName[e.index];
                if (!t || !t.multi) return this;
                var n = {};
                return (
                  B(this._ctx, (e) => {
                    var t = e.primaryKey.toString(),
                      r = u(n, t);
                    return ((n[t] = !0), !r);
                  }),
                  this
                );
              }),
              (e.prototype.modify = function (e) {
                var n = this._ctx;
                return this._write((r) => {
                  var i = typeof e == `function` ? e : (t) => Zt(t, e),
                    o = n.table.core,
                    s = o.schema.primaryKey,
                    c = s.outbound,
                    l = s.extractKey,
                    u = 200,
                    d = this.db._options.modifyChunkSize;
                  d && (u = typeof d == `object` ? d[o.name] || d[`*`] || 200 : d);
                  var f = [],
                    p = 0,
                    m = [],
                    h = (e, t) => {
                      var n = t.failures,
                        r = t.numFailures;
                      p += e - r;
                      for (var i = 0, o = a(n); i < o.length; i++) {
                        var s = o[i];
                        f.push(n[s]);
                      }
                    },
                    g = e === un;
                  return this.clone()
                    .primaryKeys()
                    .then((t) => {
                      var a = nn(n) && n.limit === 1 / 0 && (typeof e != `function` || g) && { index: n.index, range: n.range },
                        s = (d) => {
                          var f = Math.min(u, t.length - d),
                            p = t.slice(d, d + f);
                          return (g ? Promise.resolve([]) : o.getMany({ trans: r, keys: p, cache: `immutable` })).then((m) => {
                            var _ = [],
                              v = [],
                              y = c ? [] : null,
                              b = g ? p : [];
                            if (!g)
                              for (var x = 0; x < f; ++x) {
                                var S = m[x],
                                  C = { value: se(S), primKey: t[d + x] };
                                i.call(C, C.value, C) !== !1 &&
                                  (C.value == null
                                    ? b.push(t[d + x])
                                    : !c && z(l(S), l(C.value)) !== 0
                                      ? (b.push(t[d + x]), _.push(C.value))
                                      : (v.push(C.value), c && y.push(t[d + x])));
                              }
                            return Promise.resolve(
                              _.length > 0 &&
                                o.mutate({ trans: r, type: `add`, values: _ }).then((e) => {
                                  for (var t in e.failures) b.splice(parseInt(t), 1);
                                  h(_.length, e);
                                }),
                            )
                              .then(
                                () =>
                                  (v.length > 0 || (a && typeof e == `object`)) &&
                                  o
                                    .mutate({
                                      trans: r,
                                      type: `put`,
                                      keys: y,
                                      values: v,
                                      criteria: a,
                                      changeSpec: typeof e != `function` && e,
                                      isAdditionalChunk: d > 0,
                                    })
                                    .then((e) => h(v.length, e)),
                              )
                              .then(
                                () =>
                                  (b.length > 0 || (a && g)) &&
                                  o
                                    .mutate({ trans: r, type: `delete`, keys: b, criteria: a, isAdditionalChunk: d > 0 })
                                    .then((e) => Yt(n.table, b, e))
                                    .then((e) => h(b.length, e)),
                              )
                              .then(() => t.length > d + f && s(d + u));
                          });
                        };
                      return s(0).then(() => {
                        if (f.length > 0) throw new xe(`Error modifying one or more objects`, f, p, m);
                        return t.length;
                      });
                    });
                });
              }),
              (e.prototype.delete = function () {
                var e = this._ctx,
                  t = e.range;
                return nn(e) && !e.table.schema.yProps && (e.isPrimKey || t.type === 3)
                  ? this._write((n) => {
                      var r = e.table.core.schema.primaryKey,
                        i = t;
                      return e.table.core.count({ trans: n, query: { index: r, range: i } }).then((t) =>
                        e.table.core.mutate({ trans: n, type: `deleteRange`, range: i }).then((e) => {
                          var n = e.failures,
                            r = e.numFailures;
                          if (r)
                            throw new xe(
                              `Could not delete some values`,
                              Object.keys(n).map((e) => n[e]),
                              t - r,
                            );
                          return t - r;
                        }),
                      );
                    })
                  : this.modify(un);
              }),
              e
            );
          })(),
          un = (e, t) => (t.value = null);
        function dn(e) {
          return en(V.prototype, function (t, n) {
            this.db = e;
            var r = Ht,
              i = null;
            if (n)
              try {
                r = n();
              } catch (e) {
                i = e;
              }
            var a = t._ctx,
              o = a.table,
              s = o.hook.reading.fire;
            this._ctx = {
              table: o,
              index: a.index,
              isPrimKey: !a.index || (o.schema.primKey.keyPath && a.index === o.schema.primKey.name),
              range: r,
              keysOnly: !1,
              dir: `next`,
              unique: ``,
              algorithm: null,
              filter: null,
              replayFilter: null,
              justLimit: !0,
              isMatch: null,
              offset: 0,
              limit: 1 / 0,
              error: i,
              or: a.or,
              valueMapper: s === Oe ? null : s,
            };
          });
        }
        function fn(e, t) {
          return e < t ? -1 : e === t ? 0 : 1;
        }
        function pn(e, t) {
          return e > t ? -1 : e === t ? 0 : 1;
        }
        function H(e, t, n) {
          var r = e instanceof bn ? new e.Collection(e) : e;
          return ((r._ctx.error = n ? new n(t) : TypeError(t)), r);
        }
        function U(e) {
          var t = new e.Collection(e, () => yn(``));
          return (t._addAlgorithm(() => !1), t);
        }
        function mn(e) {
          return e === `next` ? (e) => e.toUpperCase() : (e) => e.toLowerCase();
        }
        function hn(e) {
          return e === `next` ? (e) => e.toLowerCase() : (e) => e.toUpperCase();
        }
        function gn(e, t, n, r, i, a) {
          for (var o = Math.min(e.length, r.length), s = -1, c = 0; c < o; ++c) {
            var l = t[c];
            if (l !== r[c])
              return i(e[c], n[c]) < 0
                ? e.substr(0, c) + n[c] + n.substr(c + 1)
                : i(e[c], r[c]) < 0
                  ? e.substr(0, c) + r[c] + n.substr(c + 1)
                  : s >= 0
                    ? e.substr(0, s) + t[s] + n.substr(s + 1)
                    : null;
            i(e[c], l) < 0 && (s = c);
          }
          return o < r.length && a === `next`
            ? e + n.substr(e.length)
            : o < e.length && a === `prev`
              ? e.substr(0, n.length)
              : s < 0
                ? null
                : e.substr(0, s) + r[s] + n.substr(s + 1);
        }
        function _n(e, t, n, r) {
          var i,
            a,
            o,
            s,
            c,
            l,
            u,
            d = n.length;
          if (!n.every((e) => typeof e == `string`)) return H(e, It);
          function f(e) {
            (i = mn(e)), (a = hn(e)), (o = e === `next` ? fn : pn);
            var t = n.map((e) => ({ lower: a(e), upper: i(e) })).sort((e, t) => o(e.lower, t.lower));
            (s = t.map((e) => e.upper)), (c = t.map((e) => e.lower)), (l = e), (u = e === `next` ? `` : r);
          }
          f(`next`);
          var p = new e.Collection(e, () => vn(s[0], c[d - 1] + r));
          p._ondirectionchange = (e) => {
            f(e);
          };
          var m = 0;
          return (
            p._addAlgorithm((e, n, r) => {
              var i = e.key;
              if (typeof i != `string`) return !1;
              var f = a(i);
              if (t(f, c, m)) return !0;
              for (var p = null, h = m; h < d; ++h) {
                var g = gn(i, f, s[h], c[h], o, l);
                g === null && p === null ? (m = h + 1) : (p === null || o(p, g) > 0) && (p = g);
              }
              return (
                n(
                  p === null
                    ? r
                    : () => {
                        e.continue(p + u);
                      },
                ),
                !1
              );
            }),
            p
          );
        }
        function vn(e, t, n, r) {
          return { type: 2, lower: e, upper: t, lowerOpen: n, upperOpen: r };
        }
        function yn(e) {
          return { type: 1, lower: e, upper: e };
        }
        var bn = (() => {
          function e() {}
          return (
            Object.defineProperty(e.prototype, 'Collection', {
              get: function () {
                return this._ctx.table.db.Collection;
              },
              enumerable: !1,
              configurable: !0,
            }),
            (e.prototype.between = function (e, t, n, r) {
              (n = n !== !1), (r = r === !0);
              try {
                return this._cmp(e, t) > 0 || (this._cmp(e, t) === 0 && (n || r) && !(n && r))
                  ? U(this)
                  : new this.Collection(this, () => vn(e, t, !n, !r));
              } catch {
                return H(this, Ft);
              }
            }),
            (e.prototype.equals = function (e) {
              return e == null ? H(this, Ft) : new this.Collection(this, () => yn(e));
            }),
            (e.prototype.above = function (e) {
              return e == null ? H(this, Ft) : new this.Collection(this, () => vn(e, void 0, !0));
            }),
            (e.prototype.aboveOrEqual = function (e) {
              return e == null ? H(this, Ft) : new this.Collection(this, () => vn(e, void 0, !1));
            }),
            (e.prototype.below = function (e) {
              return e == null ? H(this, Ft) : new this.Collection(this, () => vn(void 0, e, !1, !0));
            }),
            (e.prototype.belowOrEqual = function (e) {
              return e == null ? H(this, Ft) : new this.Collection(this, () => vn(void 0, e));
            }),
            (e.prototype.startsWith = function (e) {
              return typeof e == `string` ? this.between(e, e + Nt, !0, !0) : H(this, It);
            }),
            (e.prototype.startsWithIgnoreCase = function (e) {
              return e === `` ? this.startsWith(e) : _n(this, (e, t) => e.indexOf(t[0]) === 0, [e], Nt);
            }),
            (e.prototype.equalsIgnoreCase = function (e) {
              return _n(this, (e, t) => e === t[0], [e], ``);
            }),
            (e.prototype.anyOfIgnoreCase = function () {
              var e = D.apply(pe, arguments);
              return e.length === 0 ? U(this) : _n(this, (e, t) => t.indexOf(e) !== -1, e, ``);
            }),
            (e.prototype.startsWithAnyOfIgnoreCase = function () {
              var e = D.apply(pe, arguments);
              return e.length === 0 ? U(this) : _n(this, (e, t) => t.some((t) => e.indexOf(t) === 0), e, Nt);
            }),
            (e.prototype.anyOf = function () {
              var t = D.apply(pe, arguments),
                n = this._cmp;
              try {
                t.sort(n);
              } catch {
                return H(this, Ft);
              }
              if (t.length === 0) return U(this);
              var r = new this.Collection(this, () => vn(t[0], t[t.length - 1]));
              r._ondirectionchange = (r) => {
                (n = r === `next` ? this._ascending : this._descending), t.sort(n);
              };
              var i = 0;
              return (
                r._addAlgorithm((e, r, a) => {
                  for (var o = e.key; n(o, t[i]) > 0; ) if ((++i, i === t.length)) return (r(a), !1);
                  return (
                    n(o, t[i]) === 0 ||
                    (r(() => {
                      e.continue(t[i]);
                    }),
                    !1)
                  );
                }),
                r
              );
            }),
            (e.prototype.notEqual = function (e) {
              return this.inAnyRange(
                [
                  [Pt, e],
                  [e, this.db._maxKey],
                ],
                { includeLowers: !1, includeUppers: !1 },
              );
            }),
            (e.prototype.noneOf = function () {
              var e = D.apply(pe, arguments);
              if (e.length === 0) return new this.Collection(this);
              try {
                e.sort(this._ascending);
              } catch {
                return H(this, Ft);
              }
              var t = e.reduce((e, t) => (e ? e.concat([[e[e.length - 1][1], t]]) : [[Pt, t]]), null);
              return (t.push([e[e.length - 1], this.db._maxKey]), this.inAnyRange(t, { includeLowers: !1, includeUppers: !1 }));
            }),
            (e.prototype.inAnyRange = function (e, t) {
              var r = this._cmp,
                i = this._ascending,
                a = this._descending,
                o = this._min,
                s = this._max;
              if (e.length === 0) return U(this);
              if (!e.every((e) => e[0] !== void 0 && e[1] !== void 0 && i(e[0], e[1]) <= 0))
                return H(
                  this,
                  `First argument to inAnyRange() must be an Array of two-value Arrays [lower,upper] where upper must not be lower than lower`,
                  O.InvalidArgument,
                );
              var c = !t || t.includeLowers !== !1,
                l = t && t.includeUppers === !0;
              function u(e, t) {
                for (var n = 0, i = e.length; n < i; ++n) {
                  var a = e[n];
                  if (r(t[0], a[1]) < 0 && r(t[1], a[0]) > 0) {
                    (a[0] = o(a[0], t[0])), (a[1] = s(a[1], t[1]));
                    break;
                  }
                }
                return (n === i && e.push(t), e);
              }
              var d = i;
              function f(e, t) {
                return d(e[0], t[0]);
              }
              var p;
              try {
                (p = e.reduce(u, [])), p.sort(f);
              } catch {
                return H(this, Ft);
              }
              var m = 0,
                h = l ? (e) => i(e, p[m][1]) > 0 : (e) => i(e, p[m][1]) >= 0,
                g = c ? (e) => a(e, p[m][0]) > 0 : (e) => a(e, p[m][0]) >= 0;
              function _(e) {
                return !h(e) && !g(e);
              }
              var v = h,
                y = new this.Collection(this, () => vn(p[0][0], p[p.length - 1][1], !c, !l));
              return (
                (y._ondirectionchange = (e) => {
                  e === `next` ? ((v = h), (d = i)) : ((v = g), (d = a)), p.sort(f);
                }),
                y._addAlgorithm((e, t, r) => {
                  for (var a = e.key; v(a); ) if ((++m, m === p.length)) return (t(r), !1);
                  return _(a)
                    ? !0
                    : (this._cmp(a, p[m][1]) === 0 ||
                        this._cmp(a, p[m][0]) === 0 ||
                        t(() => {
                          d === i ? e.continue(p[m][0]) : e.continue(p[m][1]);
                        }),
                      !1);
                }),
                y
              );
            }),
            (e.prototype.startsWithAnyOf = function () {
              var e = D.apply(pe, arguments);
              return e.every((e) => typeof e == `string`)
                ? e.length === 0
                  ? U(this)
                  : this.inAnyRange(e.map((e) => [e, e + Nt]))
                : H(this, `startsWithAnyOf() only works with strings`);
            }),
            e
          );
        })();
        function xn(e) {
          return en(bn.prototype, function (t, n, r) {
            if (
              ((this.db = e),
              (this._ctx = { table: t, index: n === `:id` ? null : n, or: r }),
              (this._cmp = this._ascending = z),
              (this._descending = (e, t) => z(t, e)),
              (this._max = (e, t) => (z(e, t) > 0 ? e : t)),
              (this._min = (e, t) => (z(e, t) < 0 ? e : t)),
              (this._IDBKeyRange = e._deps.IDBKeyRange),
              !this._IDBKeyRange)
            )
              throw new O.MissingAPI();
          });
        }
        function Sn(e) {
          return P((t) => (Cn(t), e(t.target.error), !1));
        }
        function Cn(e) {
          e.stopPropagation && e.stopPropagation(), e.preventDefault && e.preventDefault();
        }
        var wn = `storagemutated`,
          Tn = `x-storagemutated-1`,
          En = $t(null, wn),
          Dn = (() => {
            function e() {}
            return (
              (e.prototype._lock = function () {
                return (b(!j.global), ++this._reculock, this._reculock === 1 && !j.global && (j.lockOwnerFor = this), this);
              }),
              (e.prototype._unlock = function () {
                if ((b(!j.global), --this._reculock === 0))
                  for (j.global || (j.lockOwnerFor = null); this._blockedFuncs.length > 0 && !this._locked(); ) {
                    var e = this._blockedFuncs.shift();
                    try {
                      Ot(e[1], e[0]);
                    } catch {}
                  }
                return this;
              }),
              (e.prototype._locked = function () {
                return this._reculock && j.lockOwnerFor !== this;
              }),
              (e.prototype.create = function (e) {
                if (!this.mode) return this;
                var n = this.db.idbdb,
                  r = this.db._state.dbOpenError;
                if ((b(!this.idbtrans), !e && !n))
                  switch (r && r.name) {
                    case `DatabaseClosedError`:
                      throw new O.DatabaseClosed(r);
                    case `MissingAPIError`:
                      throw new O.MissingAPI(r.message, r);
                    default:
                      throw new O.OpenFailed(r);
                  }
                if (!this.active) throw new O.TransactionInactive();
                return (
                  b(this._completion._state === null),
                  (e = this.idbtrans =
                    e ||
                    (this.db.core
                      ? this.db.core.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability })
                      : n.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }))),
                  (e.onerror = P((n) => {
                    Cn(n), this._reject(e.error);
                  })),
                  (e.onabort = P((n) => {
                    Cn(n), this.active && this._reject(new O.Abort(e.error)), (this.active = !1), this.on(`abort`).fire(n);
                  })),
                  (e.oncomplete = P(() => {
                    (this.active = !1), this._resolve(), `mutatedParts` in e && En.storagemutated.fire(e.mutatedParts);
                  })),
                  this
                );
              }),
              (e.prototype._promise = function (e, t, n) {
                if (e === `readwrite` && this.mode !== `readwrite`) return R(new O.ReadOnly(`Transaction is readonly`));
                if (!this.active) return R(new O.TransactionInactive());
                if (this._locked())
                  return new M((i, a) => {
                    this._blockedFuncs.push([
                      () => {
                        this._promise(e, t, n).then(i, a);
                      },
                      j,
                    ]);
                  });
                if (n)
                  return I(() => {
                    var e = new M((e, n) => {
                      this._lock();
                      var i = t(e, n, this);
                      i && i.then && i.then(e, n);
                    });
                    return (e.finally(() => this._unlock()), (e._lib = !0), e);
                  });
                var i = new M((e, n) => {
                  var i = t(e, n, this);
                  i && i.then && i.then(e, n);
                });
                return ((i._lib = !0), i);
              }),
              (e.prototype._root = function () {
                return this.parent ? this.parent._root() : this;
              }),
              (e.prototype.waitFor = function (e) {
                var t = this._root(),
                  n = M.resolve(e);
                if (t._waitingFor) t._waitingFor = t._waitingFor.then(() => n);
                else {
                  (t._waitingFor = n), (t._waitingQueue = []);
                  var r = t.idbtrans.objectStore(t.storeNames[0]);
                  (function e() {
                    for (++t._spinCount; t._waitingQueue.length; ) t._waitingQueue.shift()();
                    t._waitingFor && (r.get(-1 / 0).onsuccess = e);
                  })();
                }
                var i = t._waitingFor;
                return new M((e, r) => {
                  n.then(
                    (n) => t._waitingQueue.push(P(e.bind(null, n))),
                    (e) => t._waitingQueue.push(P(r.bind(null, e))),
                  ).finally(() => {
                    t._waitingFor === i && (t._waitingFor = null);
                  });
                });
              }),
              (e.prototype.abort = function () {
                this.active && ((this.active = !1), this.idbtrans && this.idbtrans.abort(), this._reject(new O.Abort()));
              }),
              (e.prototype.table = function (e) {
                var t = (this._memoizedTables ||= {});
                if (u(t, e)) return t[e];
                var n = this.schema[e];
                if (!n) throw new O.NotFound(`Table ` + e + ` not part of transaction`);
                var r = new this.db.Table(e, n, this);
                return ((r.core = this.db.core.table(e)), (t[e] = r), r);
              }),
              e
            );
          })();
        function On(e) {
          return en(Dn.prototype, function (t, n, r, i, a) {
            t !== `readonly` &&
              n.forEach((e) => {
                var t = r[e]?.yProps;
                t && (n = n.concat(t.map((e) => e.updatesTable)));
              }),
              (this.db = e),
              (this.mode = t),
              (this.storeNames = n),
              (this.schema = r),
              (this.chromeTransactionDurability = i),
              (this.idbtrans = null),
              (this.on = $t(this, `complete`, `error`, `abort`)),
              (this.parent = a || null),
              (this.active = !0),
              (this._reculock = 0),
              (this._blockedFuncs = []),
              (this._resolve = null),
              (this._reject = null),
              (this._waitingFor = null),
              (this._waitingQueue = null),
              (this._spinCount = 0),
              (this._completion = new M((e, t) => {
                (this._resolve = e), (this._reject = t);
              })),
              this._completion.then(
                () => {
                  (this.active = !1), this.on.complete.fire();
                },
                (e) => {
                  var t = this.active;
                  return (
                    (this.active = !1),
                    this.on.error.fire(e),
                    this.parent ? this.parent._reject(e) : t && this.idbtrans && this.idbtrans.abort(),
                    R(e)
                  );
                },
              );
          });
        }
        function kn(e, t, n, r, i, a, o, s) {
          return {
            name: e,
            keyPath: t,
            unique: n,
            multi: r,
            auto: i,
            compound: a,
            src: (n && !o ? `&` : ``) + (r ? `*` : ``) + (i ? `++` : ``) + An(t),
            type: s,
          };
        }
        function An(e) {
          return typeof e == `string` ? e : e ? `[` + [].join.call(e, `+`) + `]` : ``;
        }
        function jn(e, t, n) {
          return { name: e, primKey: t, indexes: n, mappedClass: null, idxByName: S(n, (e) => [e.name, e]) };
        }
        function Mn(e) {
          return e.length === 1 ? e[0] : e;
        }
        var Nn = (e) => {
          try {
            return (e.only([[]]), (Nn = () => [[]]), [[]]);
          } catch {
            return ((Nn = () => Nt), Nt);
          }
        };
        function Pn(e) {
          return e == null ? () => {} : typeof e == `string` ? Fn(e) : (t) => C(t, e);
        }
        function Fn(e) {
          return e.split(`.`).length === 1 ? (t) => t[e] : (t) => C(t, e);
        }
        function In(e) {
          return [].slice.call(e);
        }
        var Ln = 0;
        function Rn(e) {
          return e == null ? `:id` : typeof e == `string` ? e : `[${e.join(`+`)}]`;
        }
        function zn(e, t, n) {
          function r(e, t) {
            var n = In(e.objectStoreNames),
              r = n.length > 0 ? t.objectStore(n[0]) : {};
            return {
              schema: {
                name: e.name,
                tables: n
                  .map((e) => t.objectStore(e))
                  .map((e) => {
                    var t = e.keyPath,
                      n = e.autoIncrement,
                      r = o(t),
                      i = t == null,
                      a = {},
                      s = {
                        name: e.name,
                        primaryKey: {
                          name: null,
                          isPrimaryKey: !0,
                          outbound: i,
                          compound: r,
                          keyPath: t,
                          autoIncrement: n,
                          unique: !0,
                          extractKey: Pn(t),
                        },
                        indexes: In(e.indexNames)
                          .map((t) => e.index(t))
                          .map((e) => {
                            var t = e.name,
                              n = e.unique,
                              r = e.multiEntry,
                              i = e.keyPath,
                              s = { name: t, compound: o(i), keyPath: i, unique: n, multiEntry: r, extractKey: Pn(i) };
                            return ((a[Rn(i)] = s), s);
                          }),
                        getIndexByKeyPath: (e) => a[Rn(e)],
                      };
                    return ((a[`:id`] = s.primaryKey), t != null && (a[Rn(t)] = s.primaryKey), s);
                  }),
              },
              hasGetAll:
                n.length > 0 &&
                `getAll` in r &&
                !(
                  typeof navigator < `u` &&
                  /Safari/.test(navigator.userAgent) &&
                  !/(Chrome\/|Edge\/)/.test(navigator.userAgent) &&
                  [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604
                ),
              hasIdb3Features: `getAllRecords` in r,
            };
          }
          function i(e) {
            if (e.type === 3) return null;
            if (e.type === 4) throw Error(`Cannot convert never type to IDBKeyRange`);
            var n = e.lower,
              r = e.upper,
              i = e.lowerOpen,
              a = e.upperOpen;
            return n === void 0
              ? r === void 0
                ? null
                : t.upperBound(r, !!a)
              : r === void 0
                ? t.lowerBound(n, !!i)
                : t.bound(n, r, !!i, !!a);
          }
          function a(e) {
            var t = e.name;
            function n(e) {
              var n = e.trans,
                r = e.type,
                a = e.keys,
                o = e.values,
                s = e.range;
              return new Promise((e, c) => {
                e = P(e);
                var l = n.objectStore(t),
                  u = l.keyPath == null,
                  d = r === `put` || r === `add`;
                if (!d && r !== `delete` && r !== `deleteRange`) throw Error(`Invalid operation type: ` + r);
                var f = (a || o || { length: 1 }).length;
                if (a && o && a.length !== o.length) throw Error(`Given keys array must have same length as given values array.`);
                if (f === 0) return e({ numFailures: 0, failures: {}, results: [], lastResult: void 0 });
                var p,
                  m = [],
                  h = [],
                  g = 0,
                  _ = (e) => {
                    ++g, Cn(e);
                  };
                if (r === `deleteRange`) {
                  if (s.type === 4) return e({ numFailures: g, failures: h, results: [], lastResult: void 0 });
                  s.type === 3 ? m.push((p = l.clear())) : m.push((p = l.delete(i(s))));
                } else {
                  var v = d ? (u ? [o, a] : [o, null]) : [a, null],
                    y = v[0],
                    b = v[1];
                  if (d) for (var x = 0; x < f; ++x) m.push((p = b && b[x] !== void 0 ? l[r](y[x], b[x]) : l[r](y[x]))), (p.onerror = _);
                  else for (var x = 0; x < f; ++x) m.push((p = l[r](y[x]))), (p.onerror = _);
                }
                var S = (t) => {
                  var n = t.target.result;
                  m.forEach((e, t) => e.error != null && (h[t] = e.error)),
                    e({ numFailures: g, failures: h, results: r === `delete` ? a : m.map((e) => e.result), lastResult: n });
                };
                (p.onerror = (e) => {
                  _(e), S(e);
                }),
                  (p.onsuccess = S);
              });
            }
            function r(e) {
              var n = e.trans,
                r = e.values,
                a = e.query,
                o = e.reverse,
                s = e.unique;
              return new Promise((e, c) => {
                e = P(e);
                var l = a.index,
                  u = a.range,
                  d = n.objectStore(t),
                  f = l.isPrimaryKey ? d : d.index(l.name),
                  p = o ? (s ? `prevunique` : `prev`) : s ? `nextunique` : `next`,
                  m = r || !(`openKeyCursor` in f) ? f.openCursor(i(u), p) : f.openKeyCursor(i(u), p);
                (m.onerror = Sn(c)),
                  (m.onsuccess = P((t) => {
                    var r = m.result;
                    if (!r) e(null);
                    else {
                      (r.___id = ++Ln), (r.done = !1);
                      var i = r.continue.bind(r),
                        a = r.continuePrimaryKey;
                      a &&= a.bind(r);
                      var o = r.advance.bind(r),
                        s = () => {
                          throw Error(`Cursor not started`);
                        },
                        l = () => {
                          throw Error(`Cursor not stopped`);
                        };
                      (r.trans = n),
                        (r.stop = r.continue = r.continuePrimaryKey = r.advance = s),
                        (r.fail = P(c)),
                        (r.next = function () {
                          var t = 1;
                          return this.start(() => (t-- ? this.continue() : this.stop())).then(() => this);
                        }),
                        (r.start = (e) => {
                          var t = new Promise((e, t) => {
                              (e = P(e)),
                                (m.onerror = Sn(t)),
                                (r.fail = t),
                                (r.stop = (t) => {
                                  (r.stop = r.continue = r.continuePrimaryKey = r.advance = l), e(t);
                                });
                            }),
                            n = () => {
                              if (m.result)
                                try {
                                  e();
                                } catch (e) {
                                  r.fail(e);
                                }
                              else
                                (r.done = !0),
                                  (r.start = () => {
                                    throw Error(`Cursor behind last entry`);
                                  }),
                                  r.stop();
                            };
                          return (
                            (m.onsuccess = P((e) => {
                              (m.onsuccess = n), n();
                            })),
                            (r.continue = i),
                            (r.continuePrimaryKey = a),
                            (r.advance = o),
                            n(),
                            t
                          );
                        }),
                        e(r);
                    }
                  }, c));
              });
            }
            function a(e, n) {
              return (r) =>
                new Promise((a, o) => {
                  a = P(a);
                  var s = r.trans,
                    c = r.values,
                    l = r.limit,
                    u = r.query,
                    d = r.direction ?? `next`,
                    f = l === 1 / 0 ? void 0 : l,
                    p = u.index,
                    m = u.range,
                    h = s.objectStore(t),
                    g = p.isPrimaryKey ? h : h.index(p.name),
                    _ = i(m);
                  if (l === 0) return a({ result: [] });
                  if (n) {
                    var v = { query: _, count: f, direction: d },
                      y = c ? g.getAll(v) : g.getAllKeys(v);
                    (y.onsuccess = (e) => a({ result: e.target.result })), (y.onerror = Sn(o));
                  } else if (e && d === `next`) {
                    var y = c ? g.getAll(_, f) : g.getAllKeys(_, f);
                    (y.onsuccess = (e) => a({ result: e.target.result })), (y.onerror = Sn(o));
                  } else {
                    var b = 0,
                      x = c || !(`openKeyCursor` in g) ? g.openCursor(_, d) : g.openKeyCursor(_, d),
                      S = [];
                    (x.onsuccess = () => {
                      var e = x.result;
                      if (!e || (S.push(c ? e.value : e.primaryKey), ++b === l)) return a({ result: S });
                      e.continue();
                    }),
                      (x.onerror = Sn(o));
                  }
                });
            }
            return {
              name: t,
              schema: e,
              mutate: n,
              getMany: (e) => {
                var n = e.trans,
                  r = e.keys;
                return new Promise((e, i) => {
                  e = P(e);
                  for (
                    var a = n.objectStore(t),
                      o = r.length,
                      s = Array(o),
                      c = 0,
                      l = 0,
                      u,
                      d = (t) => {
                        var n = t.target;
                        (s[n._pos] = n.result), ++l === c && e(s);
                      },
                      f = Sn(i),
                      p = 0;
                    p < o;
                    ++p
                  )
                    r[p] != null && ((u = a.get(r[p])), (u._pos = p), (u.onsuccess = d), (u.onerror = f), ++c);
                  c === 0 && e(s);
                });
              },
              get: (e) => {
                var n = e.trans,
                  r = e.key;
                return new Promise((e, i) => {
                  e = P(e);
                  var a = n.objectStore(t).get(r);
                  (a.onsuccess = (t) => e(t.target.result)), (a.onerror = Sn(i));
                });
              },
              query: a(l, u),
              openCursor: r,
              count: (e) => {
                var n = e.query,
                  r = e.trans,
                  a = n.index,
                  o = n.range;
                return new Promise((e, n) => {
                  var s = r.objectStore(t),
                    c = a.isPrimaryKey ? s : s.index(a.name),
                    l = i(o),
                    u = l ? c.count(l) : c.count();
                  (u.onsuccess = P((t) => e(t.target.result))), (u.onerror = Sn(n));
                });
              },
            };
          }
          var s = r(e, n),
            c = s.schema,
            l = s.hasGetAll,
            u = s.hasIdb3Features,
            d = c.tables.map((e) => a(e)),
            f = {};
          return (
            d.forEach((e) => (f[e.name] = e)),
            {
              stack: `dbcore`,
              transaction: e.transaction.bind(e),
              table: (e) => {
                if (!f[e]) throw Error(`Table '${e}' not found`);
                return f[e];
              },
              MIN_KEY: -1 / 0,
              MAX_KEY: Nn(t),
              schema: c,
            }
          );
        }
        function W(e, t) {
          return t.reduce((e, t) => {
            var r = t.create;
            return n(n({}, e), r(e));
          }, e);
        }
        function G(e, t, n, r) {
          var i = n.IDBKeyRange;
          return (n.indexedDB, { dbcore: W(zn(t, i, r), e.dbcore) });
        }
        function Bn(e, t) {
          var n = t.db;
          (e.core = G(e._middlewares, n, e._deps, t).dbcore),
            e.tables.forEach((t) => {
              var n = t.name;
              e.core.schema.tables.some((e) => e.name === n) &&
                ((t.core = e.core.table(n)), e[n] instanceof e.Table && (e[n].core = t.core));
            });
        }
        function Vn(e, t, n, r) {
          n.forEach((n) => {
            var i = r[n];
            t.forEach((t) => {
              var r = g(t, n);
              (!r || (`value` in r && r.value === void 0)) &&
                (t === e.Transaction.prototype || t instanceof e.Transaction
                  ? p(t, n, {
                      get: function () {
                        return this.table(n);
                      },
                      set: function (e) {
                        f(this, n, { value: e, writable: !0, configurable: !0, enumerable: !0 });
                      },
                    })
                  : (t[n] = new e.Table(n, i)));
            });
          });
        }
        function K(e, t) {
          t.forEach((t) => {
            for (var n in t) t[n] instanceof e.Table && delete t[n];
          });
        }
        function Hn(e, t) {
          return e._cfg.version - t._cfg.version;
        }
        function Un(e, t, n, r) {
          var i = e._dbSchema;
          n.objectStoreNames.contains(`$meta`) && !i.$meta && ((i.$meta = jn(`$meta`, er(``)[0], [])), e._storeNames.push(`$meta`));
          var o = e._createTransaction(`readwrite`, e._storeNames, i);
          o.create(n), o._completion.catch(r);
          var s = o._reject.bind(o),
            c = j.transless || j;
          I(() => {
            if (((j.trans = o), (j.transless = c), t === 0))
              a(i).forEach((e) => {
                Jn(n, e, i[e].primKey, i[e].indexes);
              }),
                Bn(e, n),
                M.follow(() => e.on.populate.fire(o)).catch(s);
            else
              return (
                Bn(e, n),
                Gn(e, o, t)
                  .then((t) => Kn(e, t, o, n))
                  .catch(s)
              );
          });
        }
        function Wn(e, t) {
          q(e._dbSchema, t),
            t.db.version % 10 == 0 &&
              !t.objectStoreNames.contains(`$meta`) &&
              t.db.createObjectStore(`$meta`).add(Math.ceil(t.db.version / 10 - 1), `version`);
          var n = J(e, e.idbdb, t);
          $n(e, e._dbSchema, t);
          for (
            var r = qn(n, e._dbSchema),
              i = (e) => {
                if (e.change.length || e.recreate)
                  return (
                    console.warn(`Unable to patch indexes of table ${e.name} because it has changes on the type of index or primary key.`),
                    { value: void 0 }
                  );
                var n = t.objectStore(e.name);
                e.add.forEach((t) => {
                  A && console.debug(`Dexie upgrade patch: Creating missing index ${e.name}.${t.src}`), Xn(n, t);
                });
              },
              a = 0,
              o = r.change;
            a < o.length;
            a++
          ) {
            var s = o[a],
              c = i(s);
            if (typeof c == `object`) return c.value;
          }
        }
        function Gn(e, t, n) {
          return t.storeNames.includes(`$meta`)
            ? t
                .table(`$meta`)
                .get(`version`)
                .then((e) => e ?? n)
            : M.resolve(n);
        }
        function Kn(e, t, n, r) {
          var i = [],
            o = e._versions,
            s = (e._dbSchema = J(e, e.idbdb, r)),
            c = o.filter((e) => e._cfg.version >= t);
          if (c.length === 0) return M.resolve();
          c.forEach((o) => {
            i.push(() => {
              var i = s,
                c = o._cfg.dbschema;
              $n(e, i, r), $n(e, c, r), (s = e._dbSchema = c);
              var l = qn(i, c);
              l.add.forEach((e) => {
                Jn(r, e[0], e[1].primKey, e[1].indexes);
              }),
                l.change.forEach((e) => {
                  if (e.recreate) throw new O.Upgrade(`Not yet support for changing primary key`);
                  var t = r.objectStore(e.name);
                  e.add.forEach((e) => Xn(t, e)),
                    e.change.forEach((e) => {
                      t.deleteIndex(e.name), Xn(t, e);
                    }),
                    e.del.forEach((e) => t.deleteIndex(e));
                });
              var u = o._cfg.contentUpgrade;
              if (u && o._cfg.version > t) {
                Bn(e, r), (n._memoizedTables = {});
                var d = te(c);
                l.del.forEach((e) => {
                  d[e] = i[e];
                }),
                  K(e, [e.Transaction.prototype]),
                  Vn(e, [e.Transaction.prototype], a(d), d),
                  (n.schema = d);
                var f = me(u);
                f && St();
                var p,
                  m = M.follow(() => {
                    if (((p = u(n)), p && f)) {
                      var e = L.bind(null, null);
                      p.then(e, e);
                    }
                  });
                return p && typeof p.then == `function` ? M.resolve(p) : m.then(() => p);
              }
            }),
              i.push((t) => {
                var r = o._cfg.dbschema;
                Yn(r, t),
                  K(e, [e.Transaction.prototype]),
                  Vn(e, [e.Transaction.prototype], e._storeNames, e._dbSchema),
                  (n.schema = e._dbSchema);
              }),
              i.push((t) => {
                e.idbdb.objectStoreNames.contains(`$meta`) &&
                  (Math.ceil(e.idbdb.version / 10) === o._cfg.version
                    ? (e.idbdb.deleteObjectStore(`$meta`),
                      delete e._dbSchema.$meta,
                      (e._storeNames = e._storeNames.filter((e) => e !== `$meta`)))
                    : t.objectStore(`$meta`).put(o._cfg.version, `version`));
              });
          });
          function l() {
            return i.length ? M.resolve(i.shift()(n.idbtrans)).then(l) : M.resolve();
          }
          return l().then(() => {
            q(s, r);
          });
        }
        function qn(e, t) {
          var n = { del: [], add: [], change: [] },
            r;
          for (r in e) t[r] || n.del.push(r);
          for (r in t) {
            var i = e[r],
              a = t[r];
            if (!i) n.add.push([r, a]);
            else {
              var o = { name: r, def: a, recreate: !1, del: [], add: [], change: [] };
              if (`` + (i.primKey.keyPath || ``) != `` + (a.primKey.keyPath || ``) || i.primKey.auto !== a.primKey.auto)
                (o.recreate = !0), n.change.push(o);
              else {
                var s = i.idxByName,
                  c = a.idxByName,
                  l = void 0;
                for (l in s) c[l] || o.del.push(l);
                for (l in c) {
                  var u = s[l],
                    d = c[l];
                  u ? u.src !== d.src && o.change.push(d) : o.add.push(d);
                }
                (o.del.length > 0 || o.add.length > 0 || o.change.length > 0) && n.change.push(o);
              }
            }
          }
          return n;
        }
        function Jn(e, t, n, r) {
          var i = e.db.createObjectStore(t, n.keyPath ? { keyPath: n.keyPath, autoIncrement: n.auto } : { autoIncrement: n.auto });
          return (r.forEach((e) => Xn(i, e)), i);
        }
        function q(e, t) {
          a(e).forEach((n) => {
            t.db.objectStoreNames.contains(n) ||
              (A && console.debug(`Dexie: Creating missing table`, n), Jn(t, n, e[n].primKey, e[n].indexes));
          });
        }
        function Yn(e, t) {
          [].slice.call(t.db.objectStoreNames).forEach((n) => e[n] == null && t.db.deleteObjectStore(n));
        }
        function Xn(e, t) {
          e.createIndex(t.name, t.keyPath, { unique: t.unique, multiEntry: t.multi });
        }
        function J(e, t, n) {
          var r = {};
          return (
            v(t.objectStoreNames, 0).forEach((e) => {
              for (
                var t = n.objectStore(e),
                  i = t.keyPath,
                  a = kn(An(i), i || ``, !0, !1, !!t.autoIncrement, i && typeof i != `string`, !0),
                  o = [],
                  s = 0;
                s < t.indexNames.length;
                ++s
              ) {
                var c = t.index(t.indexNames[s]);
                i = c.keyPath;
                var l = kn(c.name, i, !!c.unique, !!c.multiEntry, !1, i && typeof i != `string`, !1);
                o.push(l);
              }
              r[e] = jn(e, a, o);
            }),
            r
          );
        }
        function Zn(e, t, n) {
          e.verno = t.version / 10;
          var r = (e._dbSchema = J(e, t, n));
          (e._storeNames = v(t.objectStoreNames, 0)), Vn(e, [e._allTables], a(r), r);
        }
        function Qn(e, t) {
          var n = qn(J(e, e.idbdb, t), e._dbSchema);
          return !(n.add.length || n.change.some((e) => e.add.length || e.change.length));
        }
        function $n(e, t, n) {
          for (var r = n.db.objectStoreNames, a = 0; a < r.length; ++a) {
            var o = r[a],
              s = n.objectStore(o);
            e._hasGetAll = `getAll` in s;
            for (var c = 0; c < s.indexNames.length; ++c) {
              var l = s.indexNames[c],
                u = s.index(l).keyPath,
                d = typeof u == `string` ? u : `[` + v(u).join(`+`) + `]`;
              if (t[o]) {
                var f = t[o].idxByName[d];
                f && ((f.name = l), delete t[o].idxByName[d], (t[o].idxByName[l] = f));
              }
            }
          }
          typeof navigator < `u` &&
            /Safari/.test(navigator.userAgent) &&
            !/(Chrome\/|Edge\/)/.test(navigator.userAgent) &&
            i.WorkerGlobalScope &&
            i instanceof i.WorkerGlobalScope &&
            [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604 &&
            (e._hasGetAll = !1);
        }
        function er(e) {
          return e.split(`,`).map((e, t) => {
            var n = e.split(`:`),
              r = n[1]?.trim();
            e = n[0].trim();
            var i = e.replace(/([&*]|\+\+)/g, ``),
              a = /^\[/.test(i) ? i.match(/^\[(.*)\]$/)[1].split(`+`) : i;
            return kn(i, a || null, /&/.test(e), /\*/.test(e), /\+\+/.test(e), o(a), t === 0, r);
          });
        }
        var tr = (() => {
          function e() {}
          return (
            (e.prototype._createTableSchema = (e, t, n) => jn(e, t, n)),
            (e.prototype._parseIndexSyntax = (e) => er(e)),
            (e.prototype._parseStoresSpec = function (e, t) {
              a(e).forEach((r) => {
                if (e[r] !== null) {
                  var i = this._parseIndexSyntax(e[r]),
                    a = i.shift();
                  if (!a) throw new O.Schema(`Invalid schema for table ` + r + `: ` + e[r]);
                  if (((a.unique = !0), a.multi)) throw new O.Schema(`Primary key cannot be multiEntry*`);
                  i.forEach((e) => {
                    if (e.auto) throw new O.Schema(`Only primary key can be marked as autoIncrement (++)`);
                    if (!e.keyPath) throw new O.Schema(`Index must have a name and cannot be an empty string`);
                  }),
                    (t[r] = this._createTableSchema(r, a, i));
                }
              });
            }),
            (e.prototype.stores = function (e) {
              var t = this.db;
              this._cfg.storesSource = this._cfg.storesSource ? s(this._cfg.storesSource, e) : e;
              var n = t._versions,
                r = {},
                i = {};
              return (
                n.forEach((e) => {
                  s(r, e._cfg.storesSource), (i = e._cfg.dbschema = {}), e._parseStoresSpec(r, i);
                }),
                (t._dbSchema = i),
                K(t, [t._allTables, t, t.Transaction.prototype]),
                Vn(t, [t._allTables, t, t.Transaction.prototype, this._cfg.tables], a(i), i),
                (t._storeNames = a(i)),
                this
              );
            }),
            (e.prototype.upgrade = function (e) {
              return ((this._cfg.contentUpgrade = Fe(this._cfg.contentUpgrade || k, e)), this);
            }),
            e
          );
        })();
        function nr(e) {
          return en(tr.prototype, function (t) {
            (this.db = e), (this._cfg = { version: t, storesSource: null, dbschema: {}, tables: {}, contentUpgrade: null });
          });
        }
        var rr = ir();
        function ir() {
          if (typeof FinalizationRegistry < `u` && typeof WeakRef < `u`) {
            var e = new Set(),
              t = new FinalizationRegistry((t) => {
                e.delete(t);
              }),
              n = () =>
                Array.from(e)
                  .map((e) => e.deref())
                  .filter((e) => e !== void 0),
              r = (n) => {
                var r = new WeakRef(n._novip);
                if ((e.add(r), t.register(n._novip, r, r), e.size > n._options.maxConnections)) {
                  var i = e.values().next().value;
                  e.delete(i), t.unregister(i);
                }
              },
              i = (n) => {
                if (n)
                  for (var r = e.values(), i = r.next(); !i.done; ) {
                    var a = i.value;
                    if (a.deref() === n._novip) {
                      e.delete(a), t.unregister(a);
                      return;
                    }
                    i = r.next();
                  }
              };
            return { toArray: n, add: r, remove: i };
          }
          var a = [],
            n = () => a,
            r = (e) => {
              a.push(e._novip);
            },
            i = (e) => {
              if (e) {
                var t = a.indexOf(e._novip);
                t !== -1 && a.splice(t, 1);
              }
            };
          return { toArray: n, add: r, remove: i };
        }
        function ar(e, t) {
          var n = e._dbNamesDB;
          return (
            n || ((n = e._dbNamesDB = new ai(Rt, { addons: [], indexedDB: e, IDBKeyRange: t })), n.version(1).stores({ dbnames: `name` })),
            n.table(`dbnames`)
          );
        }
        function or(e) {
          return e && typeof e.databases == `function`;
        }
        function sr(e) {
          var t = e.indexedDB,
            n = e.IDBKeyRange;
          return or(t)
            ? Promise.resolve(t.databases()).then((e) => e.map((e) => e.name).filter((e) => e !== Rt))
            : ar(t, n).toCollection().primaryKeys();
        }
        function cr(e, t) {
          var n = e.indexedDB,
            r = e.IDBKeyRange;
          !or(n) && t !== Rt && ar(n, r).put({ name: t }).catch(k);
        }
        function lr(e, t) {
          var n = e.indexedDB,
            r = e.IDBKeyRange;
          !or(n) && t !== Rt && ar(n, r).delete(t).catch(k);
        }
        function ur(e) {
          return I(() => ((j.letThrough = !0), e()));
        }
        function dr() {
          if (
            navigator.userAgentData ||
            !/Safari\//.test(navigator.userAgent) ||
            /Chrom(e|ium)\//.test(navigator.userAgent) ||
            !indexedDB.databases
          )
            return Promise.resolve();
          var e;
          return new Promise((t) => {
            var n = () => indexedDB.databases().finally(t);
            (e = setInterval(n, 100)), n();
          }).finally(() => clearInterval(e));
        }
        var fr;
        function pr(e) {
          return !(`from` in e);
        }
        var Y = function (e, t) {
          if (this) s(this, arguments.length ? { d: 1, from: e, to: arguments.length > 1 ? t : e } : { d: 0 });
          else {
            var n = new Y();
            return (e && `d` in e && s(n, e), n);
          }
        };
        d(
          Y.prototype,
          ((fr = {
            add: function (e) {
              return (hr(this, e), this);
            },
            addKey: function (e) {
              return (mr(this, e, e), this);
            },
            addKeys: function (e) {
              return (e.forEach((e) => mr(this, e, e)), this);
            },
            hasKey: function (e) {
              var t = _r(this).next(e).value;
              return t && z(t.from, e) <= 0 && z(t.to, e) >= 0;
            },
          }),
          (fr[de] = function () {
            return _r(this);
          }),
          fr),
        );
        function mr(e, t, n) {
          var r = z(t, n);
          if (!isNaN(r)) {
            if (r > 0) throw RangeError();
            if (pr(e)) return s(e, { from: t, to: n, d: 1 });
            var i = e.l,
              a = e.r;
            if (z(n, e.from) < 0) return (i ? mr(i, t, n) : (e.l = { from: t, to: n, d: 1, l: null, r: null }), vr(e));
            if (z(t, e.to) > 0) return (a ? mr(a, t, n) : (e.r = { from: t, to: n, d: 1, l: null, r: null }), vr(e));
            z(t, e.from) < 0 && ((e.from = t), (e.l = null), (e.d = a ? a.d + 1 : 1)),
              z(n, e.to) > 0 && ((e.to = n), (e.r = null), (e.d = e.l ? e.l.d + 1 : 1));
            var o = !e.r;
            i && !e.l && hr(e, i), a && o && hr(e, a);
          }
        }
        function hr(e, t) {
          function n(e, t) {
            var r = t.from,
              i = t.to,
              a = t.l,
              o = t.r;
            mr(e, r, i), a && n(e, a), o && n(e, o);
          }
          pr(t) || n(e, t);
        }
        function gr(e, t) {
          var n = _r(t),
            r = n.next();
          if (r.done) return !1;
          for (var i = r.value, a = _r(e), o = a.next(i.from), s = o.value; !r.done && !o.done; ) {
            if (z(s.from, i.to) <= 0 && z(s.to, i.from) >= 0) return !0;
            z(i.from, s.from) < 0 ? (i = (r = n.next(s.from)).value) : (s = (o = a.next(i.from)).value);
          }
          return !1;
        }
        function _r(e) {
          var t = pr(e) ? null : { s: 0, n: e };
          return {
            next: function (e) {
              for (var n = arguments.length > 0; t; )
                switch (t.s) {
                  case 0:
                    if (((t.s = 1), n)) for (; t.n.l && z(e, t.n.from) < 0; ) t = { up: t, n: t.n.l, s: 1 };
                    else for (; t.n.l; ) t = { up: t, n: t.n.l, s: 1 };
                  case 1:
                    if (((t.s = 2), !n || z(e, t.n.to) <= 0)) return { value: t.n, done: !1 };
                  case 2:
                    if (t.n.r) {
                      (t.s = 3), (t = { up: t, n: t.n.r, s: 0 });
                      continue;
                    }
                  case 3:
                    t = t.up;
                }
              return { done: !0 };
            },
          };
        }
        function vr(e) {
          var t = (e.r?.d || 0) - (e.l?.d || 0),
            r = t > 1 ? `r` : t < -1 ? `l` : ``;
          if (r) {
            var i = r === `r` ? `l` : `r`,
              a = n({}, e),
              o = e[r];
            (e.from = o.from), (e.to = o.to), (e[r] = o[r]), (a[r] = o[i]), (e[i] = a), (a.d = yr(a));
          }
          e.d = yr(e);
        }
        function yr(e) {
          var t = e.r,
            n = e.l;
          return (t ? (n ? Math.max(t.d, n.d) : t.d) : n ? n.d : 0) + 1;
        }
        function br(e, t) {
          return (
            a(t).forEach((n) => {
              e[n] ? hr(e[n], t[n]) : (e[n] = oe(t[n]));
            }),
            e
          );
        }
        function xr(e, t) {
          return e.all || t.all || Object.keys(e).some((n) => t[n] && gr(t[n], e[n]));
        }
        var Sr = {},
          Cr = {},
          wr = !1;
        function Tr(e, t) {
          br(Cr, e),
            wr ||
              ((wr = !0),
              setTimeout(() => {
                wr = !1;
                var e = Cr;
                (Cr = {}), Er(e, !1);
              }, 0));
        }
        function Er(e, t) {
          t === void 0 && (t = !1);
          var n = new Set();
          if (e.all)
            for (var r = 0, i = Object.values(Sr); r < i.length; r++) {
              var a = i[r];
              Dr(a, e, n, t);
            }
          else
            for (var o in e) {
              var s = /^idb:\/\/(.*)\/(.*)\//.exec(o);
              if (s) {
                var a = Sr[`idb://${s[1]}/${s[2]}`];
                a && Dr(a, e, n, t);
              }
            }
          n.forEach((e) => e());
        }
        function Dr(e, t, n, r) {
          for (var i = [], a = 0, o = Object.entries(e.queries.query); a < o.length; a++) {
            for (var s = o[a], c = s[0], l = s[1], u = [], d = 0, f = l; d < f.length; d++) {
              var p = f[d];
              xr(t, p.obsSet) ? p.subscribers.forEach((e) => n.add(e)) : r && u.push(p);
            }
            r && i.push([c, u]);
          }
          if (r)
            for (var m = 0, h = i; m < h.length; m++) {
              var g = h[m],
                c = g[0],
                u = g[1];
              e.queries.query[c] = u;
            }
        }
        function Or(e) {
          var t = e._state,
            n = e._deps.indexedDB;
          if (t.isBeingOpened || e.idbdb) return t.dbReadyPromise.then(() => (t.dbOpenError ? R(t.dbOpenError) : e));
          (t.isBeingOpened = !0), (t.dbOpenError = null), (t.openComplete = !1);
          var r = t.openCanceller,
            a = Math.round(e.verno * 10),
            o = !1;
          function s() {
            if (t.openCanceller !== r) throw new O.DatabaseClosed(`db.open() was cancelled`);
          }
          var c = t.dbReadyResolve,
            l = null,
            u = !1,
            d = () =>
              new M((r, i) => {
                if ((s(), !n)) throw new O.MissingAPI();
                var c = e.name,
                  f = t.autoSchema || !a ? n.open(c) : n.open(c, a);
                if (!f) throw new O.MissingAPI();
                (f.onerror = Sn(i)),
                  (f.onblocked = P(e._fireOnBlocked)),
                  (f.onupgradeneeded = P((r) => {
                    if (((l = f.transaction), t.autoSchema && !e._options.allowEmptyDB)) {
                      (f.onerror = Cn), l.abort(), f.result.close();
                      var a = n.deleteDatabase(c);
                      a.onsuccess = a.onerror = P(() => {
                        i(new O.NoSuchDatabase(`Database ${c} doesnt exist`));
                      });
                    } else {
                      l.onerror = Sn(i);
                      var s = r.oldVersion > 2 ** 62 ? 0 : r.oldVersion;
                      (u = s < 1), (e.idbdb = f.result), o && Wn(e, l), Un(e, s / 10, l, i);
                    }
                  }, i)),
                  (f.onsuccess = P(() => {
                    l = null;
                    var n = (e.idbdb = f.result),
                      i = v(n.objectStoreNames);
                    if (i.length > 0)
                      try {
                        var s = n.transaction(Mn(i), `readonly`);
                        if (t.autoSchema) Zn(e, n, s);
                        else if (($n(e, e._dbSchema, s), !Qn(e, s) && !o))
                          return (
                            console.warn(
                              `Dexie SchemaDiff: Schema was extended without increasing the number passed to db.version(). Dexie will add missing parts and increment native version number to workaround this.`,
                            ),
                            n.close(),
                            (a = n.version + 1),
                            (o = !0),
                            r(d())
                          );
                        Bn(e, s);
                      } catch {}
                    rr.add(e),
                      (n.onversionchange = P((n) => {
                        (t.vcFired = !0), e.on(`versionchange`).fire(n);
                      })),
                      (n.onclose = P(() => {
                        e.close({ disableAutoOpen: !1 });
                      })),
                      u && cr(e._deps, c),
                      r();
                  }, i));
              }).catch((e) => {
                switch (e?.name) {
                  case `UnknownError`:
                    if (t.PR1398_maxLoop > 0)
                      return (t.PR1398_maxLoop--, console.warn(`Dexie: Workaround for Chrome UnknownError on open()`), d());
                    break;
                  case `VersionError`:
                    if (a > 0) return ((a = 0), d());
                }
                return M.reject(e);
              }),
            f = typeof navigator < `u` && !!n && n === i.indexedDB;
          return M.race([r, (f ? dr() : M.resolve()).then(d)])
            .then(
              () => (
                s(),
                (t.onReadyBeingFired = []),
                M.resolve(ur(() => e.on.ready.fire(e.vip))).then(function n() {
                  if (t.onReadyBeingFired.length > 0) {
                    var r = t.onReadyBeingFired.reduce(Fe, k);
                    return ((t.onReadyBeingFired = []), M.resolve(ur(() => r(e.vip))).then(n));
                  }
                })
              ),
            )
            .finally(() => {
              t.openCanceller === r && ((t.onReadyBeingFired = null), (t.isBeingOpened = !1));
            })
            .catch((n) => {
              t.dbOpenError = n;
              try {
                l && l.abort();
              } catch {}
              return (r === t.openCanceller && e._close(), R(n));
            })
            .finally(() => {
              (t.openComplete = !0), c();
            })
            .then(() => {
              if (u) {
                var t = {};
                e.tables.forEach((n) => {
                  n.schema.indexes.forEach((r) => {
                    r.name && (t[`idb://${e.name}/${n.name}/${r.name}`] = new Y(-1 / 0, [[[]]]));
                  }),
                    (t[`idb://${e.name}/${n.name}/`] = t[`idb://${e.name}/${n.name}/:dels`] = new Y(-1 / 0, [[[]]]));
                }),
                  En(wn).fire(t),
                  Er(t, !0);
              }
              return e;
            });
        }
        function kr(e) {
          var t = (t) => e.next(t),
            n = (t) => e.throw(t),
            r = a(t),
            i = a(n);
          function a(e) {
            return (t) => {
              var n = e(t),
                a = n.value;
              return n.done ? a : !a || typeof a.then != `function` ? (o(a) ? Promise.all(a).then(r, i) : r(a)) : a.then(r, i);
            };
          }
          return a(t)();
        }
        function Ar(e, t, n) {
          var r = arguments.length;
          if (r < 2) throw new O.InvalidArgument(`Too few arguments`);
          for (var i = Array(r - 1); --r; ) i[r - 1] = arguments[r];
          return ((n = i.pop()), [e, re(i), n]);
        }
        function jr(e, t, n, r, i) {
          return M.resolve().then(() => {
            var a = j.transless || j,
              o = e._createTransaction(t, n, e._dbSchema, r);
            o.explicit = !0;
            var s = { trans: o, transless: a };
            if (r) o.idbtrans = r.idbtrans;
            else
              try {
                o.create(), (o.idbtrans._explicit = !0), (e._state.PR1398_maxLoop = 3);
              } catch (r) {
                return r.name === Ce.InvalidState && e.isOpen() && --e._state.PR1398_maxLoop > 0
                  ? (console.warn(`Dexie: Need to reopen db`), e.close({ disableAutoOpen: !1 }), e.open().then(() => jr(e, t, n, null, i)))
                  : R(r);
              }
            var c = me(i);
            c && St();
            var l,
              u = M.follow(() => {
                if (((l = i.call(o, o)), l)) {
                  if (c) {
                    var e = L.bind(null, null);
                    l.then(e, e);
                  } else typeof l.next == `function` && typeof l.throw == `function` && (l = kr(l));
                }
              }, s);
            return (
              l && typeof l.then == `function`
                ? M.resolve(l).then((e) =>
                    o.active ? e : R(new O.PrematureCommit(`Transaction committed too early. See http://bit.ly/2kdckMn`)),
                  )
                : u.then(() => l)
            )
              .then((e) => (r && o._resolve(), o._completion.then(() => e)))
              .catch((e) => (o._reject(e), R(e)));
          });
        }
        function Mr(e, t, n) {
          for (var r = o(e) ? e.slice() : [e], i = 0; i < n; ++i) r.push(t);
          return r;
        }
        function Nr(e) {
          return n(n({}, e), {
            table: (t) => {
              var r = e.table(t),
                i = r.schema,
                a = Object.create(null),
                o = [];
              function s(e, t, r) {
                var i = Rn(e),
                  c = (a[i] = a[i] || []),
                  l = e == null ? 0 : typeof e == `string` ? 1 : e.length,
                  u = t > 0,
                  d = n(n({}, r), {
                    name: u ? `${i}(virtual-from:${r.name})` : r.name,
                    lowLevelIndex: r,
                    isVirtual: u,
                    keyTail: t,
                    keyLength: l,
                    extractKey: Pn(e),
                    unique: !u && r.unique,
                  });
                return (
                  c.push(d),
                  d.isPrimaryKey || o.push(d),
                  l > 1 && s(l === 2 ? e[0] : e.slice(0, l - 1), t + 1, r),
                  c.sort((e, t) => e.keyTail - t.keyTail),
                  d
                );
              }
              var c = s(i.primaryKey.keyPath, 0, i.primaryKey);
              a[`:id`] = [c];
              for (var l = 0, u = i.indexes; l < u.length; l++) {
                var d = u[l];
                s(d.keyPath, 0, d);
              }
              function f(e) {
                var t = a[Rn(e)];
                return t && t[0];
              }
              function p(t, n) {
                return {
                  type: t.type === 1 ? 2 : t.type,
                  lower: Mr(t.lower, t.lowerOpen ? e.MAX_KEY : e.MIN_KEY, n),
                  lowerOpen: !0,
                  upper: Mr(t.upper, t.upperOpen ? e.MIN_KEY : e.MAX_KEY, n),
                  upperOpen: !0,
                };
              }
              function m(e) {
                var t = e.query.index;
                return t.isVirtual ? n(n({}, e), { query: { index: t.lowLevelIndex, range: p(e.query.range, t.keyTail) } }) : e;
              }
              return n(n({}, r), {
                schema: n(n({}, i), { primaryKey: c, indexes: o, getIndexByKeyPath: f }),
                count: (e) => r.count(m(e)),
                query: (e) => r.query(m(e)),
                openCursor: (t) => {
                  var n = t.query.index,
                    i = n.keyTail,
                    a = n.isVirtual,
                    o = n.keyLength;
                  if (!a) return r.openCursor(t);
                  function s(n) {
                    function r(r) {
                      r == null
                        ? t.unique
                          ? n.continue(n.key.slice(0, o).concat(t.reverse ? e.MIN_KEY : e.MAX_KEY, i))
                          : n.continue()
                        : n.continue(Mr(r, t.reverse ? e.MAX_KEY : e.MIN_KEY, i));
                    }
                    return Object.create(n, {
                      continue: { value: r },
                      continuePrimaryKey: {
                        value: (t, r) => {
                          n.continuePrimaryKey(Mr(t, e.MAX_KEY, i), r);
                        },
                      },
                      primaryKey: { get: () => n.primaryKey },
                      key: {
                        get: () => {
                          var e = n.key;
                          return o === 1 ? e[0] : e.slice(0, o);
                        },
                      },
                      value: { get: () => n.value },
                    });
                  }
                  return r.openCursor(m(t)).then((e) => e && s(e));
                },
              });
            },
          });
        }
        var Pr = { stack: `dbcore`, name: `VirtualIndexMiddleware`, level: 1, create: Nr };
        function Fr(e, t, n, r) {
          return (
            (n ||= {}),
            (r ||= ``),
            a(e).forEach((i) => {
              if (!u(t, i)) n[r + i] = void 0;
              else {
                var a = e[i],
                  o = t[i];
                if (typeof a == `object` && typeof o == `object` && a && o) {
                  var s = ue(a);
                  s === ue(o) ? (s === `Object` ? Fr(a, o, n, r + i + `.`) : a !== o && (n[r + i] = t[i])) : (n[r + i] = t[i]);
                } else a !== o && (n[r + i] = t[i]);
              }
            }),
            a(t).forEach((i) => {
              u(e, i) || (n[r + i] = t[i]);
            }),
            n
          );
        }
        function Ir(e, t) {
          return t.type === `delete` ? t.keys : t.keys || t.values.map(e.extractKey);
        }
        var Lr = {
          stack: `dbcore`,
          name: `HooksMiddleware`,
          level: 2,
          create: (e) =>
            n(n({}, e), {
              table: (t) => {
                var i = e.table(t),
                  a = i.schema.primaryKey;
                return n(n({}, i), {
                  mutate: (e) => {
                    var o = j.trans,
                      s = o.table(t).hook,
                      c = s.deleting,
                      l = s.creating,
                      d = s.updating;
                    switch (e.type) {
                      case `add`:
                        if (l.fire === k) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `put`:
                        if (l.fire === k && d.fire === k) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `delete`:
                        if (c.fire === k) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `deleteRange`:
                        if (c.fire === k) break;
                        return o._promise(`readwrite`, () => p(e), !0);
                    }
                    return i.mutate(e);
                    function f(e) {
                      var t = j.trans,
                        o = e.keys || Ir(a, e);
                      if (!o) throw Error(`Keys missing`);
                      return (
                        (e = e.type === `add` || e.type === `put` ? n(n({}, e), { keys: o }) : n({}, e)),
                        e.type !== `delete` && (e.values = r([], e.values, !0)),
                        e.keys && (e.keys = r([], e.keys, !0)),
                        Rr(i, e, o).then((n) => {
                          var r = o.map((r, i) => {
                            var o = n[i],
                              s = { onerror: null, onsuccess: null };
                            if (e.type === `delete`) c.fire.call(s, r, o, t);
                            else if (e.type === `add` || o === void 0) {
                              var f = l.fire.call(s, r, e.values[i], t);
                              r == null && f != null && ((r = f), (e.keys[i] = r), a.outbound || w(e.values[i], a.keyPath, r));
                            } else {
                              var p = Fr(o, e.values[i]),
                                m = d.fire.call(s, p, r, o, t);
                              if (m) {
                                var h = e.values[i];
                                Object.keys(m).forEach((e) => {
                                  u(h, e) ? (h[e] = m[e]) : w(h, e, m[e]);
                                });
                              }
                            }
                            return s;
                          });
                          return i
                            .mutate(e)
                            .then((t) => {
                              for (var i = t.failures, a = t.results, s = t.numFailures, c = t.lastResult, l = 0; l < o.length; ++l) {
                                var u = a ? a[l] : o[l],
                                  d = r[l];
                                u == null
                                  ? d.onerror && d.onerror(i[l])
                                  : d.onsuccess && d.onsuccess(e.type === `put` && n[l] ? e.values[l] : u);
                              }
                              return { failures: i, results: a, numFailures: s, lastResult: c };
                            })
                            .catch((e) => (r.forEach((t) => t.onerror && t.onerror(e)), Promise.reject(e)));
                        })
                      );
                    }
                    function p(e) {
                      return m(e.trans, e.range, 1e4);
                    }
                    function m(e, t, r) {
                      return i.query({ trans: e, values: !1, query: { index: a, range: t }, limit: r }).then((i) => {
                        var a = i.result;
                        return f({ type: `delete`, keys: a, trans: e }).then((i) =>
                          i.numFailures > 0
                            ? Promise.reject(i.failures[0])
                            : a.length < r
                              ? { failures: [], numFailures: 0, lastResult: void 0 }
                              : m(e, n(n({}, t), { lower: a[a.length - 1], lowerOpen: !0 }), r),
                        );
                      });
                    }
                  },
                });
              },
            }),
        };
        function Rr(e, t, n) {
          return t.type === `add` ? Promise.resolve([]) : e.getMany({ trans: t.trans, keys: n, cache: `immutable` });
        }
        function zr(e, t, n) {
          try {
            if (!t || t.keys.length < e.length) return null;
            for (var r = [], i = 0, a = 0; i < t.keys.length && a < e.length; ++i)
              z(t.keys[i], e[a]) === 0 && (r.push(n ? se(t.values[i]) : t.values[i]), ++a);
            return r.length === e.length ? r : null;
          } catch {
            return null;
          }
        }
        var Br = {
          stack: `dbcore`,
          level: -1,
          create: (e) => ({
            table: (t) => {
              var r = e.table(t);
              return n(n({}, r), {
                getMany: (e) => {
                  if (!e.cache) return r.getMany(e);
                  var t = zr(e.keys, e.trans._cache, e.cache === `clone`);
                  return t
                    ? M.resolve(t)
                    : r.getMany(e).then((t) => ((e.trans._cache = { keys: e.keys, values: e.cache === `clone` ? se(t) : t }), t));
                },
                mutate: (e) => (e.type !== `add` && (e.trans._cache = null), r.mutate(e)),
              });
            },
          }),
        };
        function Vr(e, t) {
          return (
            e.trans.mode === `readonly` &&
            !!e.subscr &&
            !e.trans.explicit &&
            e.trans.db._options.cache !== `disabled` &&
            !t.schema.primaryKey.outbound
          );
        }
        function Hr(e, t) {
          switch (e) {
            case `query`:
              return t.values && !t.unique;
            case `get`:
              return !1;
            case `getMany`:
              return !1;
            case `count`:
              return !1;
            case `openCursor`:
              return !1;
          }
        }
        var Ur = {
          stack: `dbcore`,
          level: 0,
          name: `Observability`,
          create: (e) => {
            var t = e.schema.name,
              r = new Y(e.MIN_KEY, e.MAX_KEY);
            return n(n({}, e), {
              transaction: (t, n, r) => {
                if (j.subscr && n !== `readonly`)
                  throw new O.ReadOnly(`Readwrite transaction in liveQuery context. Querier source: ${j.querier}`);
                return e.transaction(t, n, r);
              },
              table: (i) => {
                var s = e.table(i),
                  c = s.schema,
                  l = c.primaryKey,
                  u = c.indexes,
                  d = l.extractKey,
                  f = l.outbound,
                  p = l.autoIncrement && u.filter((e) => e.compound && e.keyPath.includes(l.keyPath)),
                  m = n(n({}, s), {
                    mutate: (n) => {
                      var a = n.trans,
                        u = (n.mutatedParts ||= {}),
                        d = (e) => {
                          var n = `idb://${t}/${i}/${e}`;
                          return u[n] || (u[n] = new Y());
                        },
                        f = d(``),
                        m = d(`:dels`),
                        h = n.type,
                        g =
                          n.type === `deleteRange`
                            ? [n.range]
                            : n.type === `delete`
                              ? [n.keys]
                              : n.values.length < 50
                                ? [Ir(l, n).filter((e) => e != null), n.values]
                                : [],
                        _ = g[0],
                        v = g[1],
                        y = n.trans._cache;
                      if (o(_)) {
                        f.addKeys(_);
                        var b = h === `delete` || _.length === v.length ? zr(_, y) : null;
                        b || m.addKeys(_), (b || v) && Wr(d, c, b, v);
                      } else if (_) {
                        var x = { from: _.lower ?? e.MIN_KEY, to: _.upper ?? e.MAX_KEY };
                        m.add(x), f.add(x);
                      } else f.add(r), m.add(r), c.indexes.forEach((e) => d(e.name).add(r));
                      return s.mutate(n).then(
                        (e) => (
                          _ &&
                            (n.type === `add` || n.type === `put`) &&
                            (f.addKeys(e.results),
                            p &&
                              p.forEach((t) => {
                                for (
                                  var r = n.values.map((e) => t.extractKey(e)),
                                    i = t.keyPath.findIndex((e) => e === l.keyPath),
                                    a = 0,
                                    o = e.results.length;
                                  a < o;
                                  ++a
                                )
                                  r[a][i] = e.results[a];
                                d(t.name).addKeys(r);
                              })),
                          (a.mutatedParts = br(a.mutatedParts || {}, u)),
                          e
                        ),
                      );
                    },
                  }),
                  h = (t) => {
                    var n = t.query,
                      r = n.index,
                      i = n.range;
                    return [r, new Y(i.lower ?? e.MIN_KEY, i.upper ?? e.MAX_KEY)];
                  },
                  g = { get: (e) => [l, new Y(e.key)], getMany: (e) => [l, new Y().addKeys(e.keys)], count: h, query: h, openCursor: h };
                return (
                  a(g).forEach((e) => {
                    m[e] = function (a) {
                      var o = j.subscr,
                        c = !!o,
                        l = Vr(j, s) && Hr(e, a) ? (a.obsSet = {}) : o;
                      if (c) {
                        var u = (e) => {
                            var n = `idb://${t}/${i}/${e}`;
                            return l[n] || (l[n] = new Y());
                          },
                          p = u(``),
                          m = u(`:dels`),
                          h = g[e](a),
                          _ = h[0],
                          v = h[1];
                        if ((e === `query` && _.isPrimaryKey && !a.values ? m.add(v) : u(_.name || ``).add(v), !_.isPrimaryKey)) {
                          if (e === `count`) m.add(r);
                          else {
                            var y = e === `query` && f && a.values && s.query(n(n({}, a), { values: !1 }));
                            return s[e].apply(this, arguments).then((t) => {
                              if (e === `query`) {
                                if (f && a.values)
                                  return y.then((e) => {
                                    var n = e.result;
                                    return (p.addKeys(n), t);
                                  });
                                var n = a.values ? t.result.map(d) : t.result;
                                a.values ? p.addKeys(n) : m.addKeys(n);
                              } else if (e === `openCursor`) {
                                var r = t,
                                  i = a.values;
                                return (
                                  r &&
                                  Object.create(r, {
                                    key: { get: () => (m.addKey(r.primaryKey), r.key) },
                                    primaryKey: {
                                      get: () => {
                                        var e = r.primaryKey;
                                        return (m.addKey(e), e);
                                      },
                                    },
                                    value: { get: () => (i && p.addKey(r.primaryKey), r.value) },
                                  })
                                );
                              }
                              return t;
                            });
                          }
                        }
                      }
                      return s[e].apply(this, arguments);
                    };
                  }),
                  m
                );
              },
            });
          },
        };
        function Wr(e, t, n, r) {
          function i(t) {
            var i = e(t.name || ``);
            function a(e) {
              return e == null ? null : t.extractKey(e);
            }
            var s = (e) => (t.multiEntry && o(e) ? e.forEach((e) => i.addKey(e)) : i.addKey(e));
            (n || r).forEach((e, t) => {
              var i = n && a(n[t]),
                o = r && a(r[t]);
              z(i, o) !== 0 && (i != null && s(i), o != null && s(o));
            });
          }
          t.indexes.forEach(i);
        }
        function Gr(e, t, r) {
          if (r.numFailures === 0) return t;
          if (t.type === `deleteRange`) return null;
          var i = t.keys ? t.keys.length : `values` in t && t.values ? t.values.length : 1;
          if (r.numFailures === i) return null;
          var a = n({}, t);
          return (
            o(a.keys) && (a.keys = a.keys.filter((e, t) => !(t in r.failures))),
            `values` in a && o(a.values) && (a.values = a.values.filter((e, t) => !(t in r.failures))),
            a
          );
        }
        function Kr(e, t) {
          return t.lower === void 0 ? !0 : t.lowerOpen ? z(e, t.lower) > 0 : z(e, t.lower) >= 0;
        }
        function qr(e, t) {
          return t.upper === void 0 ? !0 : t.upperOpen ? z(e, t.upper) < 0 : z(e, t.upper) <= 0;
        }
        function Jr(e, t) {
          return Kr(e, t) && qr(e, t);
        }
        function Yr(e, t, n, r, i, a) {
          if (!n || n.length === 0) return e;
          var s = t.query.index,
            c = s.multiEntry,
            l = t.query.range,
            u = r.schema.primaryKey.extractKey,
            d = s.extractKey,
            f = (s.lowLevelIndex || s).extractKey,
            p = n.reduce((e, n) => {
              var r = e,
                i = [];
              if (n.type === `add` || n.type === `put`)
                for (var a = new Y(), s = n.values.length - 1; s >= 0; --s) {
                  var f = n.values[s],
                    p = u(f);
                  if (!a.hasKey(p)) {
                    var m = d(f);
                    (c && o(m) ? m.some((e) => Jr(e, l)) : Jr(m, l)) && (a.addKey(p), i.push(f));
                  }
                }
              switch (n.type) {
                case `add`:
                  var h = new Y().addKeys(t.values ? e.map((e) => u(e)) : e);
                  r = e.concat(
                    t.values
                      ? i.filter((e) => {
                          var t = u(e);
                          return !h.hasKey(t) && (h.addKey(t), !0);
                        })
                      : i.map((e) => u(e)).filter((e) => !h.hasKey(e) && (h.addKey(e), !0)),
                  );
                  break;
                case `put`:
                  var g = new Y().addKeys(n.values.map((e) => u(e)));
                  r = e.filter((e) => !g.hasKey(t.values ? u(e) : e)).concat(t.values ? i : i.map((e) => u(e)));
                  break;
                case `delete`:
                  var _ = new Y().addKeys(n.keys);
                  r = e.filter((e) => !_.hasKey(t.values ? u(e) : e));
                  break;
                case `deleteRange`:
                  var v = n.range;
                  r = e.filter((e) => !Jr(u(e), v));
              }
              return r;
            }, e);
          if (p === e) return e;
          var m = (e, t) => z(f(e), f(t)) || z(u(e), u(t));
          return (
            p.sort(t.direction === `prev` || t.direction === `prevunique` ? (e, t) => m(t, e) : m),
            t.limit &&
              t.limit < 1 / 0 &&
              (p.length > t.limit ? (p.length = t.limit) : e.length === t.limit && p.length < t.limit && (i.dirty = !0)),
            a ? Object.freeze(p) : p
          );
        }
        function Xr(e, t) {
          return z(e.lower, t.lower) === 0 && z(e.upper, t.upper) === 0 && !!e.lowerOpen == !!t.lowerOpen && !!e.upperOpen == !!t.upperOpen;
        }
        function Zr(e, t, n, r) {
          if (e === void 0) return t === void 0 ? 0 : -1;
          if (t === void 0) return 1;
          var i = z(e, t);
          if (i === 0) {
            if (n && r) return 0;
            if (n) return 1;
            if (r) return -1;
          }
          return i;
        }
        function Qr(e, t, n, r) {
          if (e === void 0) return t === void 0 ? 0 : 1;
          if (t === void 0) return -1;
          var i = z(e, t);
          if (i === 0) {
            if (n && r) return 0;
            if (n) return -1;
            if (r) return 1;
          }
          return i;
        }
        function $r(e, t) {
          return Zr(e.lower, t.lower, e.lowerOpen, t.lowerOpen) <= 0 && Qr(e.upper, t.upper, e.upperOpen, t.upperOpen) >= 0;
        }
        function ei(e, t, n, r) {
          var i = Sr[`idb://${e}/${t}`];
          if (!i) return [];
          var a = i.queries[n];
          if (!a) return [null, !1, i, null];
          var o = a[(r.query ? r.query.index.name : null) || ``];
          if (!o) return [null, !1, i, null];
          switch (n) {
            case `query`:
              var s = r.direction ?? `next`,
                c = o.find(
                  (e) =>
                    e.req.limit === r.limit &&
                    e.req.values === r.values &&
                    (e.req.direction ?? `next`) === s &&
                    Xr(e.req.query.range, r.query.range),
                );
              return c
                ? [c, !0, i, o]
                : [
                    o.find(
                      (e) =>
                        (`limit` in e.req ? e.req.limit : 1 / 0) >= r.limit &&
                        (e.req.direction ?? `next`) === s &&
                        (!r.values || e.req.values) &&
                        $r(e.req.query.range, r.query.range),
                    ),
                    !1,
                    i,
                    o,
                  ];
            case `count`:
              var l = o.find((e) => Xr(e.req.query.range, r.query.range));
              return [l, !!l, i, o];
          }
        }
        function ti(e, t, n, r) {
          e.subscribers.add(n),
            r.addEventListener(`abort`, () => {
              e.subscribers.delete(n), e.subscribers.size === 0 && ni(e, t);
            });
        }
        function ni(e, t) {
          setTimeout(() => {
            e.subscribers.size === 0 && E(t, e);
          }, 3e3);
        }
        var ri = {
          stack: `dbcore`,
          level: 0,
          name: `Cache`,
          create: (e) => {
            var t = e.schema.name;
            return n(n({}, e), {
              transaction: (n, r, i) => {
                var a = e.transaction(n, r, i);
                if (r === `readwrite`) {
                  var o = new AbortController(),
                    s = o.signal,
                    c = (i) => () => {
                      if ((o.abort(), r === `readwrite`)) {
                        for (var s = new Set(), c = 0, l = n; c < l.length; c++) {
                          var u = l[c],
                            d = Sr[`idb://${t}/${u}`];
                          if (d) {
                            var f = e.table(u),
                              p = d.optimisticOps.filter((e) => e.trans === a);
                            if (a._explicit && i && a.mutatedParts)
                              for (var m = 0, h = Object.values(d.queries.query); m < h.length; m++)
                                for (var g = h[m], _ = 0, v = g.slice(); _ < v.length; _++) {
                                  var y = v[_];
                                  xr(y.obsSet, a.mutatedParts) && (E(g, y), y.subscribers.forEach((e) => s.add(e)));
                                }
                            else if (p.length > 0) {
                              d.optimisticOps = d.optimisticOps.filter((e) => e.trans !== a);
                              for (var b = 0, x = Object.values(d.queries.query); b < x.length; b++)
                                for (var g = x[b], S = 0, C = g.slice(); S < C.length; S++) {
                                  var y = C[S];
                                  if (y.res != null && a.mutatedParts) {
                                    if (i && !y.dirty) {
                                      var w = Object.isFrozen(y.res),
                                        ee = Yr(y.res, y.req, p, f, y, w);
                                      y.dirty
                                        ? (E(g, y), y.subscribers.forEach((e) => s.add(e)))
                                        : ee !== y.res && ((y.res = ee), (y.promise = M.resolve({ result: ee })));
                                    } else y.dirty && E(g, y), y.subscribers.forEach((e) => s.add(e));
                                  }
                                }
                            }
                          }
                        }
                        s.forEach((e) => e());
                      }
                    };
                  a.addEventListener(`abort`, c(!1), { signal: s }),
                    a.addEventListener(`error`, c(!1), { signal: s }),
                    a.addEventListener(`complete`, c(!0), { signal: s });
                }
                return a;
              },
              table: (r) => {
                var i = e.table(r),
                  a = i.schema.primaryKey;
                return n(n({}, i), {
                  mutate: (e) => {
                    var o = j.trans;
                    if (a.outbound || o.db._options.cache === `disabled` || o.explicit || o.idbtrans.mode !== `readwrite`)
                      return i.mutate(e);
                    var s = Sr[`idb://${t}/${r}`];
                    if (!s) return i.mutate(e);
                    var c = i.mutate(e);
                    return (
                      (e.type === `add` || e.type === `put`) && (e.values.length >= 50 || Ir(a, e).some((e) => e == null))
                        ? c.then((t) => {
                            var r = Gr(
                              s,
                              n(n({}, e), {
                                values: e.values.map((e, r) => {
                                  if (t.failures[r]) return e;
                                  var i = a.keyPath?.includes(`.`) ? se(e) : n({}, e);
                                  return (w(i, a.keyPath, t.results[r]), i);
                                }),
                              }),
                              t,
                            );
                            s.optimisticOps.push(r), queueMicrotask(() => e.mutatedParts && Tr(e.mutatedParts));
                          })
                        : (s.optimisticOps.push(e),
                          e.mutatedParts && Tr(e.mutatedParts),
                          c.then((t) => {
                            if (t.numFailures > 0) {
                              E(s.optimisticOps, e);
                              var n = Gr(s, e, t);
                              n && s.optimisticOps.push(n), e.mutatedParts && Tr(e.mutatedParts);
                            }
                          }),
                          c.catch(() => {
                            E(s.optimisticOps, e), e.mutatedParts && Tr(e.mutatedParts);
                          })),
                      c
                    );
                  },
                  query: (e) => {
                    if (!Vr(j, i) || !Hr(`query`, e)) return i.query(e);
                    var n = j.trans?.db._options.cache === `immutable`,
                      a = j,
                      o = a.requery,
                      s = a.signal,
                      c = ei(t, r, `query`, e),
                      l = c[0],
                      u = c[1],
                      d = c[2],
                      f = c[3];
                    if (l && u) l.obsSet = e.obsSet;
                    else {
                      var p = i
                        .query(e)
                        .then((e) => {
                          var t = e.result;
                          if ((l && (l.res = t), n)) {
                            for (var r = 0, i = t.length; r < i; ++r) Object.freeze(t[r]);
                            Object.freeze(t);
                          }
                          return e;
                        })
                        .catch((e) => (f && l && E(f, l), Promise.reject(e)));
                      (l = { obsSet: e.obsSet, promise: p, subscribers: new Set(), type: `query`, req: e, dirty: !1 }),
                        f
                          ? f.push(l)
                          : ((f = [l]),
                            (d ||= Sr[`idb://${t}/${r}`] =
                              { queries: { query: {}, count: {} }, objs: new Map(), optimisticOps: [], unsignaledParts: {} }),
                            (d.queries.query[e.query.index.name || ``] = f));
                    }
                    return (
                      ti(l, f, o, s),
                      l.promise.then((t) => {
                        var r = Yr(t.result, e, d?.optimisticOps, i, l, n);
                        return { result: n ? r : se(r) };
                      })
                    );
                  },
                });
              },
            });
          },
        };
        function ii(e, t) {
          return new Proxy(e, { get: (e, n, r) => (n === `db` ? t : Reflect.get(e, n, r)) });
        }
        var ai = (() => {
            function e(t, r) {
              var i = this;
              (this._middlewares = {}), (this.verno = 0);
              var a = e.dependencies;
              (this._options = r =
                n(
                  {
                    addons: e.addons,
                    autoOpen: !0,
                    indexedDB: a.indexedDB,
                    IDBKeyRange: a.IDBKeyRange,
                    cache: `cloned`,
                    maxConnections: Lt,
                  },
                  r,
                )),
                (this._deps = { indexedDB: r.indexedDB, IDBKeyRange: r.IDBKeyRange });
              var o = r.addons;
              (this._dbSchema = {}),
                (this._versions = []),
                (this._storeNames = []),
                (this._allTables = {}),
                (this.idbdb = null),
                (this._novip = this);
              var s = {
                dbOpenError: null,
                isBeingOpened: !1,
                onReadyBeingFired: null,
                openComplete: !1,
                dbReadyResolve: k,
                dbReadyPromise: null,
                cancelOpen: k,
                openCanceller: null,
                autoSchema: !0,
                PR1398_maxLoop: 3,
                autoOpen: r.autoOpen,
              };
              (s.dbReadyPromise = new M((e) => {
                s.dbReadyResolve = e;
              })),
                (s.openCanceller = new M((e, t) => {
                  s.cancelOpen = t;
                })),
                (this._state = s),
                (this.name = t),
                (this.on = $t(this, `populate`, `blocked`, `versionchange`, `close`, { ready: [Fe, k] })),
                (this.once = (e, t) => {
                  var n = function () {
                    var r = [...arguments];
                    i.on(e).unsubscribe(n), t.apply(i, r);
                  };
                  return i.on(e, n);
                }),
                (this.on.ready.subscribe = y(this.on.ready.subscribe, (t) => (n, r) => {
                  e.vip(() => {
                    var e = i._state;
                    if (e.openComplete) e.dbOpenError || M.resolve().then(n), r && t(n);
                    else if (e.onReadyBeingFired) e.onReadyBeingFired.push(n), r && t(n);
                    else {
                      t(n);
                      var a = i;
                      r ||
                        t(function e() {
                          a.on.ready.unsubscribe(n), a.on.ready.unsubscribe(e);
                        });
                    }
                  });
                })),
                (this.Collection = dn(this)),
                (this.Table = tn(this)),
                (this.Transaction = On(this)),
                (this.Version = nr(this)),
                (this.WhereClause = xn(this)),
                this.on(`versionchange`, (e) => {
                  e.newVersion > 0
                    ? console.warn(`Another connection wants to upgrade database '${i.name}'. Closing db now to resume the upgrade.`)
                    : console.warn(`Another connection wants to delete database '${i.name}'. Closing db now to resume the delete request.`),
                    i.close({ disableAutoOpen: !1 });
                }),
                this.on(`blocked`, (e) => {
                  !e.newVersion || e.newVersion < e.oldVersion
                    ? console.warn(`Dexie.delete('${i.name}') was blocked`)
                    : console.warn(`Upgrade '${i.name}' blocked by other connection holding version ${e.oldVersion / 10}`);
                }),
                (this._maxKey = Nn(r.IDBKeyRange)),
                (this._createTransaction = (e, t, n, r) => new i.Transaction(e, t, n, i._options.chromeTransactionDurability, r)),
                (this._fireOnBlocked = (e) => {
                  i.on(`blocked`).fire(e),
                    rr
                      .toArray()
                      .filter((e) => e.name === i.name && e !== i && !e._state.vcFired)
                      .map((t) => t.on(`versionchange`).fire(e));
                }),
                this.use(Br),
                this.use(ri),
                this.use(Ur),
                this.use(Pr),
                this.use(Lr);
              var c = new Proxy(this, {
                get: (e, t, n) => {
                  if (t === `_vip`) return !0;
                  if (t === `table`) return (e) => ii(i.table(e), c);
                  var r = Reflect.get(e, t, n);
                  return r instanceof Qt
                    ? ii(r, c)
                    : t === `tables`
                      ? r.map((e) => ii(e, c))
                      : t === `_createTransaction`
                        ? function () {
                            return ii(r.apply(this, arguments), c);
                          }
                        : r;
                },
              });
              (this.vip = c), o.forEach((e) => e(i));
            }
            return (
              (e.prototype.version = function (e) {
                if (isNaN(e) || e < 0.1) throw new O.Type(`Given version is not a positive number`);
                if (((e = Math.round(e * 10) / 10), this.idbdb || this._state.isBeingOpened))
                  throw new O.Schema(`Cannot add version when database is open`);
                this.verno = Math.max(this.verno, e);
                var t = this._versions,
                  n = t.filter((t) => t._cfg.version === e)[0];
                return n || ((n = new this.Version(e)), t.push(n), t.sort(Hn), n.stores({}), (this._state.autoSchema = !1), n);
              }),
              (e.prototype._whenReady = function (e) {
                return this.idbdb && (this._state.openComplete || j.letThrough || this._vip)
                  ? e()
                  : new M((e, n) => {
                      if (this._state.openComplete) return n(new O.DatabaseClosed(this._state.dbOpenError));
                      if (!this._state.isBeingOpened) {
                        if (!this._state.autoOpen) {
                          n(new O.DatabaseClosed());
                          return;
                        }
                        this.open().catch(k);
                      }
                      this._state.dbReadyPromise.then(e, n);
                    }).then(e);
              }),
              (e.prototype.use = function (e) {
                var t = e.stack,
                  n = e.create,
                  r = e.level,
                  i = e.name;
                i && this.unuse({ stack: t, name: i });
                var a = this._middlewares[t] || (this._middlewares[t] = []);
                return (a.push({ stack: t, create: n, level: r ?? 10, name: i }), a.sort((e, t) => e.level - t.level), this);
              }),
              (e.prototype.unuse = function (e) {
                var t = e.stack,
                  n = e.name,
                  r = e.create;
                return (
                  t &&
                    this._middlewares[t] &&
                    (this._middlewares[t] = this._middlewares[t].filter((e) => (r ? e.create !== r : n ? e.name !== n : !1))),
                  this
                );
              }),
              (e.prototype.open = function () {
                return Ot($e, () => Or(this));
              }),
              (e.prototype._close = function () {
                this.on.close.fire(new CustomEvent(`close`));
                var e = this._state;
                if ((rr.remove(this), this.idbdb)) {
                  try {
                    this.idbdb.close();
                  } catch {}
                  this.idbdb = null;
                }
                e.isBeingOpened ||
                  ((e.dbReadyPromise = new M((t) => {
                    e.dbReadyResolve = t;
                  })),
                  (e.openCanceller = new M((t, n) => {
                    e.cancelOpen = n;
                  })));
              }),
              (e.prototype.close = function (e) {
                var t = (e === void 0 ? { disableAutoOpen: !0 } : e).disableAutoOpen,
                  n = this._state;
                t
                  ? (n.isBeingOpened && n.cancelOpen(new O.DatabaseClosed()),
                    this._close(),
                    (n.autoOpen = !1),
                    (n.dbOpenError = new O.DatabaseClosed()))
                  : (this._close(),
                    (n.autoOpen = this._options.autoOpen || n.isBeingOpened),
                    (n.openComplete = !1),
                    (n.dbOpenError = null));
              }),
              (e.prototype.delete = function (e) {
                e === void 0 && (e = { disableAutoOpen: !0 });
                var n = arguments.length > 0 && typeof arguments[0] != `object`,
                  r = this._state;
                return new M((i, a) => {
                  var o = () => {
                    this.close(e);
                    var n = this._deps.indexedDB.deleteDatabase(this.name);
                    (n.onsuccess = P(() => {
                      lr(this._deps, this.name), i();
                    })),
                      (n.onerror = Sn(a)),
                      (n.onblocked = this._fireOnBlocked);
                  };
                  if (n) throw new O.InvalidArgument(`Invalid closeOptions argument to db.delete()`);
                  r.isBeingOpened ? r.dbReadyPromise.then(o) : o();
                });
              }),
              (e.prototype.backendDB = function () {
                return this.idbdb;
              }),
              (e.prototype.isOpen = function () {
                return this.idbdb !== null;
              }),
              (e.prototype.hasBeenClosed = function () {
                var e = this._state.dbOpenError;
                return e && e.name === `DatabaseClosedError`;
              }),
              (e.prototype.hasFailed = function () {
                return this._state.dbOpenError !== null;
              }),
              (e.prototype.dynamicallyOpened = function () {
                return this._state.autoSchema;
              }),
              Object.defineProperty(e.prototype, 'tables', {
                get: function () {
                  return a(this._allTables).map((t) => this._allTables[t]);
                },
                enumerable: !1,
                configurable: !0,
              }),
              (e.prototype.transaction = function () {
                var e = Ar.apply(this, arguments);
                return this._transaction.apply(this, e);
              }),
              (e.prototype._transaction = function (e, t, n) {
                var i = j.trans;
                (i && i.db === this && e.indexOf(`!`) === -1) || (i = null);
                var a = e.indexOf(`?`) !== -1;
                e = e.replace(`!`, ``).replace(`?`, ``);
                var o, s;
                try {
                  if (
                    ((s = t.map((e) => {
                      var t = e instanceof this.Table ? e.name : e;
                      if (typeof t != `string`)
                        throw TypeError(`Invalid table argument to Dexie.transaction(). Only Table or String are allowed`);
                      return t;
                    })),
                    e == `r` || e === zt)
                  )
                    o = zt;
                  else if (e == `rw` || e == Bt) o = Bt;
                  else throw new O.InvalidArgument(`Invalid transaction mode: ` + e);
                  if (i) {
                    if (i.mode === zt && o === Bt) {
                      if (a) i = null;
                      else
                        throw new O.SubTransaction(
                          `Cannot enter a sub-transaction with READWRITE mode when parent transaction is READONLY`,
                        );
                    }
                    i &&
                      s.forEach((e) => {
                        if (i && i.storeNames.indexOf(e) === -1) {
                          if (a) i = null;
                          else throw new O.SubTransaction(`Table ` + e + ` not included in parent transaction.`);
                        }
                      }),
                      a && i && !i.active && (i = null);
                  }
                } catch (e) {
                  return i
                    ? i._promise(null, (t, n) => {
                        n(e);
                      })
                    : R(e);
                }
                var c = jr.bind(null, this, o, s, i, n);
                return i ? i._promise(o, c, `lock`) : j.trans ? Ot(j.transless, () => this._whenReady(c)) : this._whenReady(c);
              }),
              (e.prototype.table = function (e) {
                if (!u(this._allTables, e)) throw new O.InvalidTable(`Table ${e} does not exist`);
                return this._allTables[e];
              }),
              e
            );
          })(),
          oi = typeof Symbol < `u` && `observable` in Symbol ? Symbol.observable : `@@observable`,
          si = (() => {
            function e(e) {
              this._subscribe = e;
            }
            return (
              (e.prototype.subscribe = function (e, t, n) {
                return this._subscribe(!e || typeof e == `function` ? { next: e, error: t, complete: n } : e);
              }),
              (e.prototype[oi] = function () {
                return this;
              }),
              e
            );
          })(),
          ci;
        try {
          ci = {
            indexedDB: i.indexedDB || i.mozIndexedDB || i.webkitIndexedDB || i.msIndexedDB,
            IDBKeyRange: i.IDBKeyRange || i.webkitIDBKeyRange,
          };
        } catch {
          ci = { indexedDB: null, IDBKeyRange: null };
        }
        function li(e) {
          var t = !1,
            n,
            r = new si((r) => {
              var i = me(e);
              function a(t) {
                var n = ut();
                try {
                  i && St();
                  var r = I(e, t);
                  return (i && (r = r.finally(L)), r);
                } finally {
                  n && dt();
                }
              }
              var o = !1,
                s,
                c = {},
                l = {},
                u = {
                  get closed() {
                    return o;
                  },
                  unsubscribe: () => {
                    o || ((o = !0), s && s.abort(), d && En.storagemutated.unsubscribe(m));
                  },
                };
              r.start && r.start(u);
              var d = !1,
                f = () => At(h);
              function p() {
                return xr(l, c);
              }
              var m = (e) => {
                  br(c, e), p() && f();
                },
                h = () => {
                  if (!o && ci.indexedDB) {
                    c = {};
                    var i = {};
                    s && s.abort(), (s = new AbortController());
                    var u = { subscr: i, signal: s.signal, requery: f, querier: e, trans: null },
                      h = a(u);
                    (d ||= (En.storagemutated.subscribe(m), !0)),
                      Promise.resolve(h).then(
                        (e) => {
                          (t = !0),
                            (n = e),
                            o || u.signal.aborted || (p() ? f() : ((l = i), p() ? f() : ((c = {}), At(() => !o && r.next && r.next(e)))));
                        },
                        (e) => {
                          o ||
                            u.signal.aborted ||
                            ((t = !1),
                            [`DatabaseClosedError`, `AbortError`].includes(e?.name) ||
                              o ||
                              At(() => {
                                o || (r.error && r.error(e));
                              }));
                        },
                      );
                  }
                };
              return (setTimeout(f, 0), u);
            });
          return ((r.hasValue = () => t), (r.getValue = () => n), r);
        }
        var ui = ai;
        d(
          ui,
          n(n({}, De), {
            delete: (e) => new ui(e, { addons: [] }).delete(),
            exists: (e) =>
              new ui(e, { addons: [] })
                .open()
                .then((e) => (e.close(), !0))
                .catch(`NoSuchDatabaseError`, () => !1),
            getDatabaseNames: (e) => {
              try {
                return sr(ui.dependencies).then(e);
              } catch {
                return R(new O.MissingAPI());
              }
            },
            defineClass: () => {
              function e(e) {
                s(this, e);
              }
              return e;
            },
            ignoreTransaction: (e) => (j.trans ? Ot(j.transless || $e, e) : e()),
            vip: ur,
            async: (e) =>
              function () {
                try {
                  var t = kr(e.apply(this, arguments));
                  return !t || typeof t.then != `function` ? M.resolve(t) : t;
                } catch (e) {
                  return R(e);
                }
              },
            spawn: (e, t, n) => {
              try {
                var r = kr(e.apply(n, t || []));
                return !r || typeof r.then != `function` ? M.resolve(r) : r;
              } catch (e) {
                return R(e);
              }
            },
            currentTransaction: { get: () => j.trans || null },
            waitFor: (e, t) => {
              var n = M.resolve(typeof e == `function` ? ui.ignoreTransaction(e) : e).timeout(t || 6e4);
              return j.trans ? j.trans.waitFor(n) : n;
            },
            Promise: M,
            debug: {
              get: () => A,
              set: (e) => {
                Ie(e);
              },
            },
            derive: m,
            extend: s,
            props: d,
            override: y,
            Events: $t,
            on: En,
            liveQuery: li,
            extendObservabilitySet: br,
            getByKeyPath: C,
            setByKeyPath: w,
            delByKeyPath: ee,
            shallowClone: te,
            deepClone: se,
            getObjectDiff: Fr,
            cmp: z,
            asap: x,
            minKey: Pt,
            addons: [],
            connections: { get: rr.toArray },
            errnames: Ce,
            dependencies: ci,
            cache: Sr,
            semVer: Mt,
            version: Mt.split(`.`)
              .map((e) => parseInt(e))
              .reduce((e, t, n) => e + t / 10 ** (n * 2)),
          }),
        ),
          (ui.maxKey = Nn(ui.dependencies.IDBKeyRange)),
          typeof dispatchEvent < `u` &&
            typeof addEventListener < `u` &&
            (En(wn, (e) => {
              if (!fi) {
                var t = new CustomEvent(Tn, { detail: e });
                (fi = !0), dispatchEvent(t), (fi = !1);
              }
            }),
            addEventListener(Tn, (e) => {
              var t = e.detail;
              fi || di(t);
            }));
        function di(e) {
          var t = fi;
          try {
            (fi = !0), En.storagemutated.fire(e), Er(e, !0);
          } finally {
            fi = t;
          }
        }
        var fi = !1,
          X,
          pi = () => {};
        typeof BroadcastChannel < `u` &&
          ((pi = () => {
            (X = new BroadcastChannel(Tn)), (X.onmessage = (e) => e.data && di(e.data));
          }),
          pi(),
          typeof X.unref == `function` && X.unref(),
          En(wn, (e) => {
            fi || X.postMessage(e);
          })),
          typeof addEventListener < `u` &&
            (addEventListener(`pagehide`, (e) => {
              if (!ai.disableBfCache && e.persisted) {
                A && console.debug(`Dexie: handling persisted pagehide`), X?.close();
                for (var t = 0, n = rr.toArray(); t < n.length; t++) n[t].close({ disableAutoOpen: !1 });
              }
            }),
            addEventListener(`pageshow`, (e) => {
              !ai.disableBfCache &&
                e.persisted &&
                (A && console.debug(`Dexie: handling persisted pageshow`), pi(), di({ all: new Y(-1 / 0, [[]]) }));
            }));
        function mi(e) {
          return new Xt({ add: e });
        }
        function hi(e) {
          return new Xt({ remove: e });
        }
        function gi(e, t) {
          return new Xt({ replacePrefix: [e, t] });
        }
        return (
          (M.rejectionMapper = Ee),
          Ie(A),
          n(
            ai,
            Object.freeze({
              __proto__: null,
              DEFAULT_MAX_CONNECTIONS: Lt,
              Dexie: ai,
              Entity: Wt,
              PropModification: Xt,
              RangeSet: Y,
              add: mi,
              cmp: z,
              default: ai,
              liveQuery: li,
              mergeRanges: hr,
              rangesOverlap: gr,
              remove: hi,
              replacePrefix: gi,
            }),
            { default: ai },
          ),
          ai
        );
      });
    })(),
    1,
  ),
  Zr = Symbol.for(`Dexie`),
  Qr = globalThis[Zr] || (globalThis[Zr] = Xr.default);
if (Xr.default.semVer !== Qr.semVer)
  throw Error(`Two different versions of Dexie loaded in the same app: ${Xr.default.semVer} and ${Qr.semVer}`);
var {
    liveQuery: $r,
    mergeRanges: ei,
    rangesOverlap: ti,
    RangeSet: ni,
    cmp: ri,
    Entity: ii,
    PropModification: ai,
    replacePrefix: oi,
    add: si,
    remove: ci,
    DexieYProvider: li,
  } = Qr,
  ui = `proreg-workbook`,
  di = [
    {
      version: 1,
      stores: {
        applications: `id, updatedAt`,
        blobs: `id`,
        observations: `id, applicationId, kind, at`,
        settings: `key`,
        reviews: `id, updatedAt`,
        comments: `id, applicationId`,
      },
    },
  ],
  fi = di[di.length - 1].version,
  X = new (class extends Qr {
    applications;
    blobs;
    observations;
    settings;
    reviews;
    comments;
    constructor(e = ui, t = fi) {
      super(e);
      for (const e of di) {
        if (e.version > t) break;
        const n = this.version(e.version).stores(e.stores);
        e.upgrade && n.upgrade(e.upgrade);
      }
    }
  })(),
  pi = (e, t, n) => `${e}/${t}/${n}`;
t(null), t(!1);
async function mi(e) {
  const t = new Map();
  for (const n of e) {
    const e = [
      ...Object.values(n.documents),
      ...Object.values(n.lock?.content.documents ?? {}),
      ...n.history.flatMap((e) => (e.type === `unlocked` ? Object.values(e.snapshot.content.documents) : [])),
    ];
    for (const n of e) t.has(n.blobId) || t.set(n.blobId, { name: n.name, mime: n.mime });
    for (const e of B(n)) t.has(e) || t.set(e, { name: e, mime: `` });
  }
  const n = [...t.keys()],
    r = await X.blobs.bulkGet(n),
    i = new Map();
  for (const [e, a] of r.entries()) a && i.set(n[e], { ...t.get(n[e]), blob: a.blob });
  return i;
}
async function hi() {
  const e = new Map();
  for (const t of await X.comments.orderBy(`id`).toArray()) {
    const n = e.get(t.applicationId) ?? [];
    n.push(t.data), e.set(t.applicationId, n);
  }
  return e;
}
async function gi(e) {
  return (await X.applications.bulkGet(e.map((e) => e.application.id))).filter((e) => e !== void 0);
}
async function _i(e, t) {
  const n = [...t.keys()],
    r = await X.blobs.bulkGet(n),
    i = [];
  for (const [t, a] of r.entries()) {
    if (!a) continue;
    const r = n[t],
      o = e.flatMap((e) => Object.entries(e.attachments)).find(([e]) => e === r)?.[1];
    (o && a.blob.size === o.size && (await Yr(new Uint8Array(await a.blob.arrayBuffer()))) === o.sha256) || i.push(r);
  }
  return i;
}
function vi(e, t = new Set()) {
  let n = `${e} (imported copy)`;
  for (let r = 2; t.has(n); r++) n = `${e} (imported copy ${r})`;
  return n;
}
async function yi(e, t, n, r = [], i = () => crypto.randomUUID()) {
  const a = await _i(e, t),
    o = [];
  return (
    await X.transaction(`rw`, [X.applications, X.blobs, X.comments, X.reviews], async () => {
      const s = await X.applications.toArray(),
        c = new Map(s.map((e) => [e.id, e])),
        l = e.map((e) => e.application);
      for (const t of l) {
        const r = c.get(t.id),
          u = r !== void 0 && n === `replace`;
        for (const e of B(t))
          if (a.includes(e) && !(u && B(r).has(e)))
            throw Error(
              `A document in this file uses the storage id ${e}, which already holds a different file in your workbook. Nothing was imported.`,
            );
        let d = t;
        if ((r && n === `keep-both` && (d = { ...t, id: i(), name: vi(t.name, new Set([...c.values()].map((e) => e.name))) }), u)) {
          const e = new Set(B(t));
          for (const n of s) if (n.id !== t.id) for (const t of B(n)) e.add(t);
          for (const t of l) for (const n of B(t)) e.add(n);
          await X.blobs.bulkDelete([...B(r)].filter((t) => !e.has(t)));
        }
        await X.applications.put(d), u && (await X.comments.where(`applicationId`).equals(t.id).delete());
        const f = e.find((e) => e.application === t)?.comments ?? [];
        await X.comments.bulkPut(f.map((e) => ({ id: pi(d.id, e.reviewId, e.comment.id), applicationId: d.id, data: e }))),
          c.set(d.id, d),
          o.push(d.id);
      }
      await X.blobs.bulkPut([...t].map(([e, t]) => ({ id: e, blob: t })));
      for (const { id: e, updatedAt: t, source: a, review: o } of r) {
        const r = (await X.reviews.get(e)) !== void 0 && n === `keep-both` ? i() : e;
        await X.reviews.put({ id: r, updatedAt: t, data: { source: a, review: r === e ? o : { ...o, id: r } } });
      }
    }),
    { ids: o }
  );
}
var bi = {
    CEng: {
      id: `CEng`,
      title: `Chartered Engineer (CEng)`,
      standard: `UK-SPEC-4`,
      interviewRequired: !0,
      benchmark: `An accredited MEng, or an accredited BEng(Hons) plus a Masters or equivalent further learning. Other routes are assessed individually.`,
      provenance: `public`,
    },
    IEng: {
      id: `IEng`,
      title: `Incorporated Engineer (IEng)`,
      standard: `UK-SPEC-4`,
      interviewRequired: !0,
      benchmark: `An accredited Bachelors degree, or an HNC/HND plus further learning. Other routes are assessed individually.`,
      provenance: `public`,
    },
    EngTech: {
      id: `EngTech`,
      title: `Engineering Technician (EngTech)`,
      standard: `UK-SPEC-4`,
      interviewRequired: !1,
      benchmark: `A Level 3 engineering qualification or an approved apprenticeship. Other routes are assessed individually.`,
      provenance: `public`,
    },
    ICTTech: {
      id: `ICTTech`,
      title: `ICT Technician (ICTTech)`,
      standard: `ICTTech-3`,
      interviewRequired: !1,
      benchmark: `A Level 3 ICT qualification or an approved apprenticeship. Other routes are assessed individually.`,
      provenance: `public`,
    },
  },
  xi = {
    standard: { id: `standard`, title: `Standard route`, summary: `The route most applicants take.`, provenance: `seed` },
    streamlined: {
      id: `streamlined`,
      title: `Streamlined route`,
      summary: `Only if you have been told you qualify, for example through an approved apprenticeship scheme. It asks for your apprenticeship transcript and certificate.`,
      provenance: `seed`,
    },
  },
  Si = [
    {
      id: `personal-details`,
      title: `Personal and contact details`,
      kind: `personal`,
      guidance: `Your full name and an email address the IET can reach you at. Check them in Career Manager.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `membership`,
      title: `IET membership`,
      kind: `membership`,
      guidance: `Your IET membership number, as shown in Career Manager.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `qualifications`,
      title: `Qualifications`,
      kind: `qualifications`,
      guidance: `List your academic and vocational qualifications with institution and year. Not matching the benchmark is not a bar: other learning is assessed individually.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `career-history`,
      title: `Career history`,
      kind: `career`,
      guidance: `The heart of the application. For each role write your Responsibilities and your Personal Achievements in the first person ("I designed…"), about 3,000 characters a role. Volunteering counts as a role.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `professional-development`,
      title: `Professional development`,
      kind: `development`,
      guidance: `Training, courses and other CPD, with dates and what you took from them.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `pra-consultation`,
      title: `Professional Registration Adviser consulted`,
      kind: `pra`,
      guidance: `Say whether you have talked your application through with a Professional Registration Adviser, when, and with whom.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `development-scheme`,
      title: `Completed professional development scheme`,
      kind: `scheme`,
      guidance: `Only if you have completed an accredited professional development scheme: name it.`,
      mandatory: !1,
      applies: !0,
      provenance: `seed`,
    },
    {
      id: `competence-evidence`,
      title: `Evidence for every competence`,
      kind: `competences`,
      guidance: `Optional advice: link each competence of your standard to the roles that show it, so you can see which ones your career history does not cover yet. Evidence from two or three projects is stronger than one example per competence.`,
      mandatory: !1,
      applies: !0,
      advisory: !0,
      provenance: `assumed`,
    },
    {
      id: `apprenticeship`,
      title: `Approved apprenticeship details`,
      kind: `qualifications`,
      guidance: `On the streamlined route, complete the apprenticeship section in Career Manager, then tick it here.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      completedIn: `career-manager`,
      provenance: `assumed`,
    },
  ],
  Ci = `application/pdf`,
  wi = [`image/jpeg`, `image/png`],
  Ti = [`application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `application/msword`],
  Ei = [
    {
      id: `accountability-diagram`,
      title: `Accountability diagram`,
      guidance: `An organisation chart of two or three levels above and below you. Mark yourself, and mark colleagues who are professionally registered.`,
      mandatory: { categories: [`CEng`, `IEng`] },
      applies: { categories: [`CEng`, `IEng`] },
      accept: [Ci, ...wi, ...Ti],
      provenance: `public`,
    },
    {
      id: `education-certificates`,
      title: `Further and higher education certificates`,
      guidance: `All your certificates merged into one file (one file per type). Compress scans if the file is too large.`,
      mandatory: { routes: [`standard`] },
      applies: !0,
      accept: [Ci, ...wi],
      provenance: `public`,
    },
    {
      id: `apprenticeship-transcript`,
      title: `Apprenticeship transcript`,
      guidance: `The transcript of your approved apprenticeship, as one file.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      accept: [Ci, ...wi],
      provenance: `public`,
    },
    {
      id: `apprenticeship-certificate`,
      title: `Apprenticeship certificate`,
      guidance: `Your apprenticeship completion certificate, as one file.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      accept: [Ci, ...wi],
      provenance: `public`,
    },
    {
      id: `development-action-plan`,
      title: `Development Action Plan (DAP)`,
      guidance: `Section 1: what you have achieved since your last plan. Section 2: the actions you will take, which competence areas they develop, and by when. Treated as required here, because some IET pages ask for it; others do not (an assumption: check in Career Manager).`,
      mandatory: !0,
      applies: !0,
      accept: [Ci, ...Ti],
      provenance: `assumed`,
    },
  ],
  Di = {
    A: `Knowledge and understanding`,
    B: `Design, development and solving problems`,
    C: `Responsibility, management and leadership`,
    D: `Communication and interpersonal skills`,
    E: `Personal and professional commitment`,
  },
  Oi = { ...Di, B: `Design, development and solving ICT problems` };
function ki(e, t) {
  return t.map(([t, n, r]) => ({ code: t, area: t.charAt(0), summary: n, category: e, provenance: r ?? `public` }));
}
var Ai = ki(`CEng`, [
    [`A1`, `Keep extending a sound theoretical base and use it to develop your role and the technology you work with.`],
    [`A2`, `Lead the development of technological solutions to unusual or challenging problems, including complex or high-risk ones.`],
    [`B1`, `Play an active part in finding and defining project requirements, problems and opportunities.`],
    [`B2`, `Decide which investigations and research a design or analysis needs, and carry them out well.`],
    [`B3`, `Carry designs through to implementation and evaluate how well they work.`],
    [`C1`, `Plan how a project will be delivered, including risks, resources and quality.`],
    [`C2`, `Plan, budget, organise, direct and control tasks, people and resources.`],
    [`C3`, `Lead teams and develop people to meet changing technical and managerial needs.`],
    [`C4`, `Drive continuous quality improvement and champion good practice.`],
    [`D1`, `Communicate clearly in English with technical and non-technical people at every level.`],
    [`D2`, `Present and debate proposals, justify them and make decisions.`],
    [`D3`, `Show strong personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct and practice that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and manage, apply and improve safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Plan, carry out, reflect on and record your continuing professional development (CPD).`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  ji = ki(`IEng`, [
    [`A1`, `Keep extending a sound theoretical base for applying technology in engineering practice.`],
    [`A2`, `Solve problems with an evidence-based approach and contribute to continuous improvement.`],
    [`B1`, `Review and select the techniques, procedures and methods an engineering task needs.`],
    [`B2`, `Contribute to the design and development of engineering solutions.`],
    [`B3`, `Implement designs and contribute to their evaluation.`],
    [`C1`, `Plan for effective delivery of your projects.`],
    [`C2`, `Manage the planning, budgeting and organisation of tasks, people and resources.`],
    [`C3`, `Manage teams and develop people to meet changing technical and managerial needs.`],
    [`C4`, `Manage continuous quality improvement.`],
    [`D1`, `Communicate clearly in English with technical and non-technical people at every level.`],
    [`D2`, `Present and discuss proposals, justify them and make decisions.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct and practice that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and manage, apply and improve safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Plan, carry out, reflect on and record your continuing professional development (CPD).`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  Mi = ki(`EngTech`, [
    [`A1`, `Review and select suitable techniques, procedures and methods for your tasks.`],
    [`A2`, `Apply the right scientific, technical or engineering principles in your work.`],
    [`B1`, `Spot problems, diagnose their causes and put satisfactory solutions in place.`],
    [`B2`, `Organise and use resources to finish tasks, minding cost, quality, safety, security and the environment.`],
    [`C1`, `Work reliably and effectively to the relevant codes of practice without close supervision.`],
    [`C2`, `Take personal responsibility for your own work and, where relevant, the work of others.`],
    [`C3`, `Accept, allocate and supervise technical and other tasks.`],
    [`D1`, `Communicate technical and other information in English, spoken, written and electronic.`],
    [`D2`, `Work well with colleagues, clients, suppliers and the public.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and apply safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Carry out and record the CPD that keeps your competence up to date.`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  Ni = ki(`ICTTech`, [
    [`A1`, `Review and select suitable techniques, procedures and methods for your ICT tasks.`],
    [`A2`, `Apply the right technical and ICT principles in your work.`],
    [`B1`, `Spot ICT problems, diagnose their causes and put satisfactory solutions in place.`],
    [
      `B2`,
      `Evidence one of three alternatives: organise resources to complete tasks, contribute to designing and building ICT systems, or support and maintain ICT services.`,
    ],
    [`C1`, `Work reliably and effectively to the relevant codes of practice without close supervision.`],
    [`C2`, `Take personal responsibility for your own work and, where relevant, the work of others.`],
    [`C3`, `Accept, allocate and supervise technical and other tasks.`],
    [`C4`, `Contribute to quality and to improving how the work is done.`],
    [`D1`, `Communicate technical and other information in English, spoken, written and electronic.`],
    [`D2`, `Work well with colleagues, clients, suppliers and users.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct that apply to your work, including on security and data.`, `assumed`],
    [`E2`, `Understand the safety and security implications of your role and apply safe systems of work.`, `assumed`],
    [`E3`, `Understand sustainable development and apply it, and act ethically in your work.`, `assumed`],
    [`E4`, `Carry out and record the CPD that keeps your competence up to date.`, `assumed`],
  ]),
  Pi = { CEng: Ai, IEng: ji, EngTech: Mi, ICTTech: Ni },
  Fi = {
    'UK-SPEC-4': {
      id: `UK-SPEC-4`,
      title: `UK Standard for Professional Engineering Competence and Commitment (UK-SPEC)`,
      edition: `4th edition`,
      areas: Di,
      competences: [...Ai, ...ji, ...Mi],
      provenance: `public`,
    },
    'ICTTech-3': { id: `ICTTech-3`, title: `ICTTech Standard`, edition: `3rd edition`, areas: Oi, competences: Ni, provenance: `public` },
  };
function Ii(e, t, n) {
  return typeof e == `boolean` ? e : !((e.categories && !e.categories.includes(t)) || (e.routes && !e.routes.includes(n)));
}
function Li(e, t) {
  const n = bi[e];
  return {
    category: n,
    route: xi[t],
    standard: Fi[n.standard],
    competences: Pi[e],
    checklist: Si.filter((n) => Ii(n.applies, e, t)).map((n) => ({ item: n, mandatory: Ii(n.mandatory, e, t) })),
    documents: Ei.filter((n) => Ii(n.applies, e, t)).map((n) => ({ type: n, mandatory: Ii(n.mandatory, e, t) })),
  };
}
function Ri(e, t) {
  return Li(e.category, e.route).documents.find((e) => e.type.id === t)?.type.title ?? t;
}
function zi(e, t) {
  for (const [n, r] of Object.entries(e.documents)) if (r.blobId === t) return { path: V(`documents`, n), title: Ri(e, n) };
  for (const [n, r] of Object.entries(e.lock?.content.documents ?? {}))
    if (r.blobId === t) return { path: V(`lock.content.documents`, n), title: `${Ri(e, n)} (kept in the lock snapshot)` };
  return { path: `history`, title: `an earlier document kept in the application history` };
}
function Bi(e, t, n = U) {
  let r = [],
    i = new Set(),
    a = 0,
    o = 0;
  for (const s of e) {
    const e = s.name || `Untitled application`;
    for (const t of Dn(s, n)) r.push({ ...t, application: e, message: `${t.message} Shorten it in the workbook, then export again.` });
    for (const o of B(s)) {
      const c = t.get(o);
      if (c && (i.has(o) || (a += c.size), i.add(o), c.size > n.maxAttachmentBytes)) {
        const t = zi(s, o);
        r.push({
          application: e,
          path: t.path,
          message: `"${c.name}" (${t.title}) is ${_n(c.size, n.maxAttachmentBytes)}; a file can carry documents of up to ${mn(n.maxAttachmentBytes)} each. Compress it or scan it at a lower resolution, then add it again under Supporting documents.`,
        });
      }
    }
    o += JSON.stringify(s).length;
  }
  if (H(a) + o > n.maxFileChars) {
    const t = Math.max(0, Math.floor(((n.maxFileChars - o) * 3) / 4)),
      i = e.length > 1 ? `Export the applications one at a time (Export this application), or remove` : `Remove`;
    r.push({
      application: ``,
      path: ``,
      message: `The documents total ${_n(a, t)}; one file can carry about ${mn(t)} of documents and still be read back. ${i} documents you no longer need (documents kept in a lock snapshot or its history count too).`,
    });
  }
  return r;
}
function Vi(e, t = U, n = new Map()) {
  const r = Vr(e, t, { attachments: n.size > 0 ? n : `later` });
  return r.ok ? [] : r.errors;
}
function Hi(e) {
  return e.replace(/[&<>"']/g, (e) => `&#${e.charCodeAt(0)};`);
}
var Ui = (e) => `\\u${e.charCodeAt(0).toString(16).padStart(4, `0`)}`;
function Wi(e) {
  return JSON.stringify(e).replace(/[\u007f-\uffff]/g, Ui);
}
function Gi(e) {
  return Wi(e).replace(/[<>&]/g, Ui);
}
var Ki = new Set([`image/png`, `image/jpeg`, `image/gif`, `image/webp`]);
function Z(e, t, n) {
  return { code: e, message: t, step: n };
}
function qi(e) {
  return { ok: !0, value: e };
}
function Ji(e) {
  return { ok: !1, reasons: e };
}
var Yi = { code: `submitted-read-only`, message: `This application has been submitted and can no longer be changed.`, step: `submit` },
  Xi = typeof Intl.Segmenter == `function` ? new Intl.Segmenter(`en`, { granularity: `grapheme` }) : null,
  Zi = /^[\u0000-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u22FF]*$/;
function Qi(e) {
  let t = 0;
  for (
    let n = e.indexOf(`\r
`);
    n >= 0;
    n = e.indexOf(
      `\r
`,
      n + 2,
    )
  )
    t++;
  return t;
}
function $i(e) {
  if (Xi === null)
    return Array.from(
      e.replace(
        /\r\n/g,
        `
`,
      ),
    ).length;
  let t = 0;
  for (const n of Xi.segment(e)) t++;
  return t;
}
var ea = 256;
function ta(e) {
  return e >= 32 && e <= 126;
}
function na(e, t) {
  const n = e.charCodeAt(t - 1);
  return n === 10 || (ta(n) && ta(e.charCodeAt(t)));
}
function ra(e) {
  let t = 0,
    n = 0;
  for (; n < e.length; ) {
    let r = Math.min(n + ea, e.length);
    for (; r < e.length && !na(e, r); ) r++;
    (t += $i(e.slice(n, r))), (n = r);
  }
  return t;
}
var ia = 200,
  aa = 256,
  oa = new Map();
function sa(e) {
  const t = oa.get(e);
  if (t !== void 0) return (oa.delete(e), oa.set(e, t), t);
  const n = ra(e);
  return (oa.set(e, n), oa.size > aa && oa.delete(oa.keys().next().value), n);
}
function ca(e) {
  return Zi.test(e) ? e.length - Qi(e) : e.length < ia ? ra(e) : sa(e);
}
function la(e) {
  return ca(e.responsibilities) + ca(e.achievements);
}
function ua(e, t) {
  const n = e.employer.trim();
  return n ? `Role ${t + 1} (${n})` : `Role ${t + 1}`;
}
var da = 120;
function fa(e) {
  return Math.round(e * 10) / 10;
}
function pa(e) {
  const t = e.personal;
  return [
    t.fullName,
    t.email,
    t.membershipNumber,
    ...e.qualifications.flatMap((e) => [e.title, e.institution, e.year]),
    ...e.development.flatMap((e) => [e.date, e.title, e.notes]),
    e.pra.adviser,
    e.pra.date,
    e.scheme.name,
  ].reduce((e, t) => e + ca(t), 0);
}
function ma(e, t) {
  const n = Math.max(1, t.charsPerPage),
    r = e.roles.reduce((e, t) => e + la(t) + da, 0) / n;
  return { total: fa(r + pa(e) / n), career: fa(r) };
}
function ha(e) {
  return e < 1 ? `less than a page` : e === 1 ? `about 1 page` : `about ${e} pages`;
}
new Intl.NumberFormat(`en-GB`);
var ga = (e, t) => br(e) === br(t),
  _a = { fullName: `Full name`, email: `Email address`, membershipNumber: `Membership number` },
  va = {
    employer: `Employer`,
    title: `Job title`,
    start: `Start date`,
    end: `End date`,
    current: `Current role`,
    responsibilities: `Responsibilities`,
    achievements: `Personal Achievements`,
    competences: `Competences evidenced`,
  },
  ya = { title: `Title`, institution: `Institution`, year: `Year`, accredited: `Accredited` },
  ba = { date: `Date`, title: `Title`, notes: `Notes` },
  xa = { consulted: `Consulted`, date: `Date`, adviser: `Adviser` },
  Sa = { completed: `Completed`, name: `Scheme name` },
  Ca = { sector: `Sector`, specialisms: `Specialisms`, interviewLocation: `Interview location` };
function wa(e, t, n, r, i) {
  return Object.keys(n)
    .filter((n) => !ga(e[n], t[n]))
    .map((e) => ({ path: `${r}.${e}`, label: `${i}: ${n[e]}` }));
}
function Ta(e, t, n, r, i, a) {
  const o = [],
    s = new Map(e.map((e) => [e.id, e])),
    c = new Set(t.map((e) => e.id));
  return (
    t.forEach((e, t) => {
      const a = s.get(e.id),
        c = i(e, t);
      a ? o.push(...wa(a, e, r, `${n}.${e.id}`, c)) : o.push({ path: `${n}.${e.id}`, label: `${c}: added` });
    }),
    e.forEach((e, t) => {
      c.has(e.id) || o.push({ path: `${n}.${e.id}`, label: `${i(e, t)}: removed` });
    }),
    ga(
      e.map((e) => e.id).filter((e) => c.has(e)),
      t.map((e) => e.id).filter((e) => s.has(e)),
    ) || o.push({ path: n, label: `${a}: order changed` }),
    o
  );
}
function Ea(e, t) {
  return e.trim() ? `${t} (${e.trim()})` : t;
}
function Da(e, t) {
  const n = [];
  e.category !== t.category && n.push({ path: `category`, label: `Registration category: now ${bi[t.category].title}` }),
    e.route !== t.route && n.push({ path: `route`, label: `Route: now ${xi[t.route].title}` }),
    n.push(...wa(e.personal, t.personal, _a, `personal`, `Personal details`));
  const r = new Set([...Object.keys(e.checklist), ...Object.keys(t.checklist)]);
  for (const i of [...r].sort())
    if (!ga(e.checklist[i], t.checklist[i])) {
      const e = Si.find((e) => e.id === i)?.title ?? i;
      n.push({ path: `checklist.${i}`, label: `Checklist: ${e}` });
    }
  n.push(
    ...Ta(e.qualifications, t.qualifications, `qualifications`, ya, (e, t) => Ea(e.title, `Qualification ${t + 1}`), `Qualifications`),
    ...Ta(e.roles, t.roles, `roles`, va, ua, `Career history`),
    ...Ta(
      e.development,
      t.development,
      `development`,
      ba,
      (e, t) => Ea(e.title, `Development record ${t + 1}`),
      `Professional development`,
    ),
    ...wa(e.pra, t.pra, xa, `pra`, `Professional Registration Adviser`),
    ...wa(e.scheme, t.scheme, Sa, `scheme`, `Professional development scheme`),
  );
  const i = new Set([...Object.keys(e.documents), ...Object.keys(t.documents)]);
  for (const r of [...i].sort())
    if (!ga(e.documents[r], t.documents[r])) {
      const e = Ei.find((e) => e.id === r)?.title ?? r;
      n.push({ path: `documents.${r}`, label: `Supporting documents: ${e}` });
    }
  return (n.push(...wa(e.panelling, t.panelling, Ca, `panelling`, `Panelling`)), n);
}
function Oa(e) {
  return e.lock === null ? [] : Da(e.lock.content, Sr(e));
}
function ka(e) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e)) return !1;
  const t = new Date(`${e}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === e;
}
function Aa(e, t) {
  const n = new Date(`${e}T00:00:00Z`);
  return (n.setUTCDate(n.getUTCDate() + t), n.toISOString().slice(0, 10));
}
function ja(e, t) {
  return e !== void 0 && ka(e) ? e : Aa(t.slice(0, 10), 1);
}
var Ma = new Intl.DateTimeFormat(`en-GB`, { dateStyle: `long`, timeZone: `UTC` });
function Na(e) {
  return ka(e) ? Ma.format(new Date(`${e}T00:00:00Z`)) : e;
}
function Pa(e, t, n, r) {
  return t === ``
    ? []
    : ka(t)
      ? t > n
        ? [{ field: e, message: `The ${r} (${Na(t)}) is in the future.`, needs: `a ${r} that is not in the future` }]
        : []
      : [{ field: e, message: `The ${r} is not a real date: enter it as shown in the box.`, needs: `a ${r} that is a real date` }];
}
function Fa(e, t) {
  const n = Pa(`start`, e.start, t, `start date`),
    r = e.current ? `` : e.end;
  return (
    r !== `` && !ka(r)
      ? n.push(...Pa(`end`, r, t, `end date`))
      : r !== `` &&
        ka(e.start) &&
        r < e.start &&
        n.push({
          field: `end`,
          message: `This role ends (${Na(r)}) before it starts (${Na(e.start)}): check both dates.`,
          needs: `an end date on or after the start date`,
        }),
    n
  );
}
function Ia(e, t) {
  return Pa(`date`, e.date, t, `consultation date`);
}
function La(e, t) {
  return Pa(`date`, e.date, t, `date`);
}
function Ra(e, t) {
  return ja(t, e.updatedAt);
}
var Q = (e) => e.trim() === ``;
function za(e) {
  const t = [];
  return (
    Q(e.personal.fullName) && t.push(`your full name`),
    Q(e.personal.email)
      ? t.push(`your email address`)
      : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.personal.email.trim()) || t.push(`a valid email address`),
    t
  );
}
function Ba(e) {
  return e.qualifications.length === 0
    ? [`at least one qualification`]
    : e.qualifications.flatMap((e, t) => {
        const n = `Qualification ${t + 1}`,
          r = [];
        return (
          Q(e.title) && r.push(`${n}: its title`),
          Q(e.institution) && r.push(`${n}: the institution`),
          Q(e.year) && r.push(`${n}: the year`),
          r
        );
      });
}
function Va(e, t) {
  return e.roles.length === 0
    ? [`at least one role`]
    : e.roles.flatMap((e, n) => {
        const r = ua(e, n),
          i = [];
        Q(e.employer) && i.push(`${r}: the employer or organisation`),
          Q(e.title) && i.push(`${r}: your job title`),
          e.start === `` && i.push(`${r}: the start date`),
          !e.current && e.end === `` && i.push(`${r}: the end date (or mark it as your current role)`),
          Q(e.responsibilities) && i.push(`${r}: Responsibilities`),
          Q(e.achievements) && i.push(`${r}: Personal Achievements`);
        for (const n of Fa(e, t)) i.push(`${r}: ${n.needs}`);
        return i;
      });
}
function Ha(e, t) {
  return e.development.filter((e) => !Q(e.title)).length === 0
    ? [`at least one training or development record with a title`]
    : e.development.flatMap((e, n) => La(e, t).map((t) => `${Ua(e.title, n)}: ${t.needs}`));
}
function Ua(e, t) {
  return e.trim() ? `Development record ${t + 1} (${e.trim()})` : `Development record ${t + 1}`;
}
function Wa(e, t) {
  if (!e.pra.consulted) return [`a consultation with a Professional Registration Adviser`];
  const n = [];
  e.pra.date === `` && n.push(`the date you consulted the adviser`);
  for (const r of Ia(e.pra, t)) n.push(r.needs);
  return (Q(e.pra.adviser) && n.push(`the adviser’s name`), n);
}
function Ga(e) {
  return e.scheme.completed ? (Q(e.scheme.name) ? [`the name of the scheme`] : []) : [`a completed professional development scheme`];
}
function Ka(e) {
  const t = new Set(e.roles.flatMap((e) => e.competences)),
    n = Li(e.category, e.route).competences.filter((e) => !t.has(e.code));
  return n.length === 0 ? [] : [`not yet shown in any role: ${n.map((e) => e.code).join(`, `)}`];
}
function qa(e, t) {
  return e.checklist[t.id]?.done ? [] : [`a tick here once it is done in Career Manager`];
}
function Ja(e, t, n) {
  if (t.completedIn === `career-manager`) return qa(e, t);
  switch (t.kind) {
    case `personal`:
      return za(e);
    case `membership`:
      return Q(e.personal.membershipNumber) ? [`your membership number`] : [];
    case `qualifications`:
      return Ba(e);
    case `career`:
      return Va(e, n);
    case `development`:
      return Ha(e, n);
    case `pra`:
      return Wa(e, n);
    case `scheme`:
      return Ga(e);
    case `competences`:
      return Ka(e);
  }
}
function Ya(e, t) {
  return t ? `Mandatory` : e.advisory ? `Optional advice` : `Optional — only if you have one`;
}
function Xa(e, t, n) {
  const r = Ra(e, n);
  return Li(e.category, e.route).checklist.map(({ item: t, mandatory: n }) => {
    const i = Ja(e, t, r);
    return { item: t, mandatory: n, needed: Ya(t, n), complete: i.length === 0, missing: i };
  });
}
function Za(e, t, n, r) {
  if (!n) return t ? [`No file yet: this document is required.`] : [];
  const i = [];
  return (
    n.size > r.maxFileSize &&
      i.push(`The file is ${un(n.size)}; the limit is ${un(r.maxFileSize)}. Compress it or reduce the scan resolution.`),
    e.accept.includes(n.mime) || i.push(`This kind of file (${n.mime || `unknown type`}) is not accepted here; PDF is preferred.`),
    i
  );
}
function Qa(e, t) {
  return Li(e.category, e.route).documents.map(({ type: n, mandatory: r }) => {
    const i = e.documents[n.id],
      a = Za(n, r, i, t);
    return i ? { type: n, mandatory: r, ref: i, problems: a } : { type: n, mandatory: r, problems: a };
  });
}
var $a = `Not applicable`,
  eo = [`category`, `route`, `checklist`, `documents`, `panelling`, `lock`, `supporters`, `validation`, `submit`, `after-submission`],
  to = {
    category: `Registration category`,
    route: `Route`,
    checklist: `Registration checklist`,
    documents: `Supporting documents`,
    panelling: `Panelling and interview location`,
    lock: `Lock the application`,
    supporters: `Add supporters`,
    validation: `Supporters validate`,
    submit: `Submit`,
    'after-submission': `After submission`,
  },
  no = [
    {
      id: `staff-check`,
      title: `Staff check`,
      summary: `IET staff check the application is complete: fee, documents and supporters.`,
      provenance: `public`,
    },
    {
      id: `assessment`,
      title: `Assessment panel`,
      summary: `Two assessors and a moderator review the evidence and may ask you for more.`,
      provenance: `public`,
    },
    {
      id: `interview`,
      title: `Professional Review Interview`,
      summary: `Compulsory for CEng and IEng; EngTech and ICTTech only if invited. Two interviewers, online: a short presentation (about 15 minutes) then about 45 minutes of questions, with your career history as the agenda.`,
      provenance: `public`,
    },
    {
      id: `final-review`,
      title: `Final review panel`,
      summary: `A panel reviews the assessors’ and interviewers’ recommendations.`,
      provenance: `public`,
    },
    { id: `decision`, title: `Decision`, summary: `You are told the outcome. You can appeal within 3 months.`, provenance: `public` },
    {
      id: `fees`,
      title: `Engineering Council fees`,
      summary: `Pay the Engineering Council registration fees within 3 months of the decision.`,
      provenance: `public`,
    },
    { id: `registered`, title: `Registered`, summary: `You receive your registration number.`, provenance: `public` },
  ],
  ro = (e) =>
    e
      .filter((e) => e.length > 0)
      .join(`
`),
  io = (e) => (e ? `yes` : `no`);
function ao(e, t) {
  const n = Li(e.category, e.route).checklist.find((e) => e.item.id === t)?.item,
    r = e.checklist[t],
    i = r ? `Done: ${io(r.done)}${r.note ? `\n${r.note}` : ``}` : ``;
  switch (n?.kind) {
    case `personal`:
      return ro([e.personal.fullName, e.personal.email, i]);
    case `membership`:
      return ro([e.personal.membershipNumber, i]);
    case `qualifications`:
      return ro([...e.qualifications.map((e) => `${e.title}, ${e.institution}, ${e.year}${e.accredited ? ` (accredited)` : ``}`), i]);
    case `career`:
      return ro([...e.roles.map((e) => `${e.title}, ${e.employer}`), i]);
    case `development`:
      return ro([...e.development.map((e) => `${e.date} ${e.title}: ${e.notes}`), i]);
    case `pra`:
      return ro([`Consulted: ${io(e.pra.consulted)}`, e.pra.date, e.pra.adviser, i]);
    case `scheme`:
      return ro([`Completed: ${io(e.scheme.completed)}`, e.scheme.name, i]);
    default:
      return i;
  }
}
function oo(e, t) {
  switch (t.kind) {
    case `application`:
      return ``;
    case `role`: {
      const n = e.roles.find((e) => e.id === t.roleId);
      return n
        ? t.field === `dates`
          ? `${n.start} to ${n.current ? `present` : n.end}`
          : t.field === `competences`
            ? n.competences.join(`, `)
            : n[t.field]
        : null;
    }
    case `checklist`:
      return ao(e, t.itemId);
    case `competence`:
      return ro(e.roles.filter((e) => e.competences.includes(t.code)).map((e) => `${e.title}, ${e.employer}`));
    case `document`: {
      const n = e.documents[t.typeId];
      return n ? `${n.name} (SHA-256 ${n.sha256})` : null;
    }
  }
}
function so(e, t) {
  const n = oo(e, t.anchor);
  return n === null || $t(n) !== t.against.sha256;
}
function co(e, t) {
  switch (t.kind) {
    case `application`:
      return `The application as a whole`;
    case `role`: {
      const n = e?.roles.find((e) => e.id === t.roleId),
        r = {
          employer: `employer`,
          title: `job title`,
          dates: `dates`,
          responsibilities: `Responsibilities`,
          achievements: `Personal Achievements`,
          competences: `competences claimed`,
        }[t.field];
      return n ? `${n.title || `Untitled role`} at ${n.employer || `unnamed employer`}: ${r}` : `A role no longer in the application: ${r}`;
    }
    case `checklist`:
      return `Checklist: ${(e ? Li(e.category, e.route).checklist.find((e) => e.item.id === t.itemId)?.item : void 0)?.title ?? t.itemId}`;
    case `competence`:
      return `Competence ${t.code}`;
    case `document`:
      return `Document: ${(e ? Li(e.category, e.route).documents.find((e) => e.type.id === t.typeId)?.type : void 0)?.title ?? t.typeId}`;
  }
}
var lo = new Intl.DateTimeFormat(`en-GB`, { day: `numeric`, month: `short`, year: `numeric`, timeZone: `UTC` }),
  uo = new Intl.DateTimeFormat(`en-GB`, {
    day: `numeric`,
    month: `short`,
    year: `numeric`,
    hour: `2-digit`,
    minute: `2-digit`,
    timeZone: `UTC`,
  });
function fo(e) {
  if (!e) return `—`;
  const t = new Date(/^\d{4}-\d{2}-\d{2}$/.test(e) ? `${e}T00:00:00Z` : e);
  return Number.isNaN(t.getTime()) ? e : lo.format(t);
}
function po(e) {
  const t = new Date(e);
  return Number.isNaN(t.getTime()) ? e : `${uo.format(t)} UTC`;
}
function mo(e, t, n) {
  return Xa(e, t, n)
    .filter((e) => e.mandatory && !e.complete)
    .map((e) => Z(`checklist-incomplete`, `Checklist: complete “${e.item.title}” — still needed: ${e.missing.join(`; `)}.`, `checklist`));
}
function ho(e, t) {
  return Qa(e, t).flatMap(({ type: e, mandatory: n, ref: r }) => {
    if (!r) return n ? [Z(`document-missing`, `Supporting documents: add your ${e.title}.`, `documents`)] : [];
    const i = [];
    return (
      r.size > t.maxFileSize &&
        i.push(
          Z(
            `document-too-large`,
            `Supporting documents: your ${e.title} is ${un(r.size)}, over the ${un(t.maxFileSize)} limit. Compress it and add it again.`,
            `documents`,
          ),
        ),
      e.accept.includes(r.mime) ||
        i.push(
          Z(
            `document-type-not-accepted`,
            `Supporting documents: your ${e.title} is a kind of file Career Manager does not take here; save it as a PDF.`,
            `documents`,
          ),
        ),
      i
    );
  });
}
function go(e, t, n) {
  return [...mo(e, t, n), ...ho(e, t)];
}
function _o(e) {
  const t = [];
  e.panelling.sector.trim() === `` && t.push(Z(`sector-missing`, `Panelling: choose the sector your application belongs to.`, `panelling`));
  const n = e.panelling.interviewLocation.trim();
  return (
    !bi[e.category].interviewRequired &&
      n !== `Not applicable` &&
      t.push(
        Z(
          `interview-location-not-applicable`,
          `Panelling: ${e.category} applicants choose “${$a}” as the interview location.`,
          `panelling`,
        ),
      ),
    bi[e.category].interviewRequired &&
      (n === `` || n === `Not applicable`) &&
      t.push(Z(`interview-location-missing`, `Panelling: choose an interview location (required for ${e.category}).`, `panelling`)),
    t
  );
}
function vo(e, t, n) {
  return e.stage === `submitted`
    ? [Yi]
    : e.stage === `locked`
      ? [Z(`already-locked`, `The application is already locked.`, `lock`)]
      : [...go(e, t, n), ..._o(e)];
}
function yo(e) {
  return e.supporters.filter((e) => e.status === `validated`);
}
function bo(e, t) {
  return `${e} ${t}${e === 1 ? `` : `s`}`;
}
function xo(e, t) {
  if (e.stage === `submitted`) return [Z(`already-submitted`, `The application has already been submitted.`, `submit`)];
  if (e.stage !== `locked` || e.lock === null)
    return [Z(`not-locked`, `Lock the application first: only a locked application can be submitted.`, `lock`)];
  const n = [];
  Cr(e.lock) ||
    n.push(
      Z(
        `snapshot-altered`,
        `The locked snapshot no longer matches its fingerprint (was the file edited by hand?). Unlock and lock again.`,
        `lock`,
      ),
    );
  const r = t.supportersRequired,
    i = e.supporters.filter((e) => e.status !== `declined`);
  i.length < r &&
    n.push(
      Z(
        `supporters-missing`,
        `Add ${bo(r - i.length, `more supporter`)}: ${r} are needed and ${i.length} ${i.length === 1 ? `is` : `are`} on the application.`,
        `supporters`,
      ),
    );
  for (const t of e.supporters.filter((e) => e.status === `changes-requested`))
    n.push(
      Z(
        `supporter-requested-changes`,
        `${t.name} asked for changes. Unlock the application, make them, lock it again and ask your supporters to validate again (their current comments leave the live application; the workbook keeps a copy).`,
        `validation`,
      ),
    );
  const a = yo(e).length;
  return (
    a < r &&
      n.push(
        Z(
          `supporters-not-validated`,
          `${a} of the ${r} required supporters ${a === 1 ? `has` : `have`} validated the application so far.`,
          `validation`,
        ),
      ),
    n
  );
}
function So(e) {
  if (e.stage !== `locked`) return [];
  const t = Oa(e);
  return t.length === 0
    ? []
    : [
        Z(
          `changed-since-lock`,
          `${bo(t.length, `change`)} since the lock ${t.length === 1 ? `is` : `are`} not in the snapshot your supporters and assessors see: ${t.map((e) => e.label).join(`; `)}. Career Manager submits the snapshot as it was locked. If ${t.length === 1 ? `this change matters` : `these changes matter`}, unlock, and lock again (your supporters then validate again).`,
          `submit`,
        ),
      ];
}
var Co = no.map((e) => e.id);
function wo(e) {
  return Co.indexOf(e);
}
function To(e) {
  return e.postSubmission.reduce((e, t) => Math.max(e, wo(t.stage)), -1);
}
var Eo = Z(`not-locked`, `Lock the application first: supporters come after the lock.`, `lock`),
  Do = Z(`not-submitted`, `This follows once the application is submitted.`, `submit`),
  Oo = no.length - 1,
  ko = {
    category: [],
    route: [`category`],
    checklist: [`route`],
    documents: [`route`],
    panelling: [`checklist`, `documents`],
    lock: [`panelling`],
    supporters: [`lock`],
    validation: [`supporters`],
    submit: [`validation`],
    'after-submission': [`submit`],
  };
function Ao(e, t, n, r) {
  const i = e.stage === `draft`,
    a = e.stage === `submitted`;
  switch (n) {
    case `category`:
    case `route`:
      return [];
    case `checklist`:
      return i ? mo(e, t, r) : [];
    case `documents`:
      return i ? ho(e, t) : [];
    case `panelling`:
      return i ? [...go(e, t, r), ..._o(e)] : [];
    case `lock`:
      return i ? vo(e, t, r) : [];
    case `supporters`:
      return a ? [] : i ? [Eo] : xo(e, t).filter((e) => e.step === `supporters`);
    case `validation`:
      return a ? [] : i ? [Eo] : xo(e, t).filter((e) => e.step !== `supporters`);
    case `submit`:
      return a ? [] : xo(e, t);
    case `after-submission`:
      return a ? [] : [Do];
  }
}
function jo(e, t, n) {
  return t === `after-submission`
    ? e.stage === `submitted` && To(e) >= Oo
    : t === `lock`
      ? e.stage !== `draft`
      : t === `submit`
        ? e.stage === `submitted`
        : n.length === 0;
}
function Mo(e, t, n) {
  const r = n[0];
  if (r) return r.message;
  switch (t) {
    case `panelling`:
      return `Choose your panelling sector and specialisms, and an interview location if your category needs one.`;
    case `lock`:
      return `Everything is ready: lock the application on the Validate / Verify tab in Career Manager, and record the lock here.`;
    case `submit`:
      return So(e).length > 0
        ? `Your supporters have validated, but you have changed the application since the lock: decide whether to unlock and lock again, or submit the snapshot as it is.`
        : `Your supporters have validated: submit the application.`;
    case `after-submission`: {
      const t = no[To(e) + 1];
      return t ? `Submitted. Record news from the IET as it comes; the next stage is “${t.title}”.` : `You are registered: well done.`;
    }
    default:
      return `Continue with “${to[t]}”.`;
  }
}
function No(e, t, n) {
  let r = null,
    i = new Set(),
    a = eo.map((a) => {
      let o = Ao(e, t, a, n),
        s;
      return (
        jo(e, a, o)
          ? ((s = `done`), i.add(a))
          : r === null
            ? ((r = a), (s = `current`))
            : (s = ko[a].every((e) => i.has(e)) ? `todo` : `blocked`),
        { id: a, title: to[a], state: s, blockers: s === `done` ? [] : o }
      );
    }),
    o = r ?? `after-submission`,
    s = a.find((e) => e.id === o)?.blockers ?? [],
    c = e.stage === `draft` ? vo(e, t, n) : e.stage === `locked` ? xo(e, t) : [],
    l = So(e),
    u = Mo(e, o, s);
  return {
    steps: a,
    current: o,
    nextAction:
      l.length > 0 && o !== `submit`
        ? `${u} Note: you have changed the application since the lock; those changes are not in what your supporters see.`
        : u,
    blockers: c,
    warnings: l,
  };
}
var Po = { done: `Done`, current: `In progress`, blocked: `Not available yet`, todo: `To do` },
  Fo = class {
    html;
    constructor(e) {
      this.html = e;
    }
  };
function Io(e) {
  return e == null || e === !1 ? `` : e instanceof Fo ? e.html : Array.isArray(e) ? e.map(Io).join(``) : Hi(String(e));
}
function $(e, t, ...n) {
  let r = `<${e}`;
  for (const [e, n] of Object.entries(t ?? {})) n !== !1 && n != null && (r += n === !0 ? ` ${e}` : ` ${e}="${Hi(String(n))}"`);
  return new Fo(`${r}>${n.map(Io).join(``)}</${e}>`);
}
function Lo(e, t) {
  const n = $(e, t).html;
  return new Fo(n.slice(0, n.length - `</${e}>`.length));
}
function Ro(...e) {
  return new Fo(e.map(Io).join(``));
}
function zo(e, t) {
  const n = No(e, t);
  return $(
    `section`,
    null,
    $(`h2`, null, `Progress`),
    $(`p`, null, $(`strong`, null, `Next: `), n.nextAction),
    $(
      `ol`,
      null,
      n.steps.map((e) =>
        $(
          `li`,
          null,
          `${e.title} `,
          $(`span`, { class: `tag ${e.state === `done` ? `done` : e.state === `blocked` ? `warn` : `todo`}` }, Po[e.state]),
          e.blockers.length
            ? $(
                `ul`,
                null,
                e.blockers.map((e) => $(`li`, null, e.message)),
              )
            : null,
        ),
      ),
    ),
  );
}
var Bo = `default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src data:`,
  Vo = `
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
  Ho = (e) => (e < 1024 ? `${e} bytes` : e < 1048576 ? `${(e / 1024).toFixed(1)} KB` : un(e)),
  Uo = fo,
  Wo = (e) => (e ? `Yes` : `No`),
  Go = { draft: `Being prepared`, locked: `Locked`, submitted: `Submitted` };
function Ko(e, t) {
  return $(
    `table`,
    null,
    $(
      `thead`,
      null,
      $(
        `tr`,
        null,
        e.map((e) => $(`th`, { scope: `col` }, e)),
      ),
    ),
    $(
      `tbody`,
      null,
      t.map((t) =>
        $(
          `tr`,
          null,
          t.map((t, n) => $(`td`, { 'data-label': e[n] ?? `` }, t)),
        ),
      ),
    ),
  );
}
function qo(e) {
  return e.trim() ? $(`div`, { class: `prose` }, e) : $(`p`, { class: `meta` }, `Not written yet.`);
}
function Jo(e, t, n) {
  const r = la(e),
    i = r > n.charsPerRole;
  return $(
    `section`,
    { class: `role` },
    $(`h3`, null, `${t + 1}. ${e.title || `Untitled role`}, ${e.employer || `unnamed employer`}`),
    $(
      `p`,
      { class: `meta` },
      `${Uo(e.start)} to ${e.current ? `present` : Uo(e.end)}`,
      ` · `,
      $(
        `span`,
        { class: `tag ${i ? `warn` : `done`}` },
        `${r.toLocaleString(`en-GB`)} of about ${n.charsPerRole.toLocaleString(`en-GB`)} characters`,
      ),
    ),
    e.competences.length ? $(`p`, null, `Evidence for: `, e.competences.join(`, `)) : null,
    $(`h4`, null, `Responsibilities`),
    qo(e.responsibilities),
    $(`h4`, null, `Personal Achievements`),
    qo(e.achievements),
  );
}
var Yo = (e) => Ei.find((t) => t.id === e)?.title ?? e;
function Xo(e, t, n) {
  const r = Qa(e, n),
    i = new Set(r.map((e) => e.type.id)),
    a = Object.values(e.documents).filter((e) => !i.has(e.typeId)),
    o = (e, n, r, i) => {
      const a = r ? t.attachments[r.blobId] : void 0,
        o =
          r && a && Ki.has(a.mime) && a.mime === r.mime
            ? Lo(`img`, { class: `doc`, alt: `${e}: ${r.name}`, src: `data:${a.mime};base64,${a.base64}` })
            : null;
      return $(
        `li`,
        null,
        $(`strong`, null, e),
        ` `,
        $(`span`, { class: `tag` }, n),
        r
          ? $(
              `div`,
              null,
              `${r.name} · ${r.mime || `unknown type`} · ${Ho(r.size)} · added ${Uo(r.addedAt)}`,
              a ? `` : ` · file not included`,
            )
          : $(`div`, { class: `meta` }, `No file yet.`),
        r ? $(`div`, { class: `hash` }, `SHA-256 ${r.sha256}`) : null,
        i.length
          ? $(
              `ul`,
              null,
              i.map((e) => $(`li`, null, e)),
            )
          : null,
        o,
      );
    };
  return $(
    `section`,
    null,
    $(`h2`, null, `Supporting documents`),
    $(
      `ul`,
      null,
      r.map((e) => o(e.type.title, e.mandatory ? `required` : `optional`, e.ref, e.problems)),
      a.map((e) => o(Yo(e.typeId), `not needed for this category and route`, e, [])),
    ),
  );
}
function Zo(e) {
  return $(
    `section`,
    null,
    $(`h2`, null, `Registration checklist`),
    Ko(
      [`Item`, `Needed`, `State`, `Notes`],
      Xa(e).map((t) => [
        t.item.title,
        t.needed,
        $(`span`, { class: `tag ${t.complete ? `done` : `todo`}` }, t.complete ? `Complete` : `Not yet`),
        Ro(
          t.missing.length
            ? $(
                `ul`,
                null,
                t.missing.map((e) => $(`li`, null, t.mandatory ? `Missing: ${e}` : t.item.advisory ? e : `If it applies to you: ${e}`)),
              )
            : null,
          e.checklist[t.item.id]?.note ? $(`div`, { class: `prose` }, e.checklist[t.item.id].note) : null,
        ),
      ]),
    ),
  );
}
function Qo(e) {
  return $(
    `section`,
    null,
    $(`h2`, null, `Personal details and qualifications`),
    Ko(
      [`Detail`, `Value`],
      [
        [`Full name`, e.personal.fullName || `—`],
        [`Email`, e.personal.email || `—`],
        [`IET membership number`, e.personal.membershipNumber || `—`],
        [
          `Professional Registration Adviser consulted`,
          e.pra.consulted ? `Yes, ${Uo(e.pra.date)}, ${e.pra.adviser || `adviser not named`}` : `No`,
        ],
        [`Completed professional development scheme`, e.scheme.completed ? `Yes: ${e.scheme.name}` : `No`],
      ],
    ),
    $(`h3`, null, `Qualifications`),
    e.qualifications.length
      ? Ko(
          [`Qualification`, `Institution`, `Year`, `Accredited`],
          e.qualifications.map((e) => [e.title, e.institution, e.year, Wo(e.accredited)]),
        )
      : $(`p`, { class: `meta` }, `None listed.`),
    $(`h3`, null, `Professional development`),
    e.development.length
      ? Ko(
          [`Date`, `What`, `Notes`],
          e.development.map((e) => [Uo(e.date), e.title, $(`div`, { class: `prose` }, e.notes)]),
        )
      : $(`p`, { class: `meta` }, `None listed.`),
  );
}
var $o = po;
function es(e) {
  const t = e.lock,
    n = Oa(e),
    r = t
      ? Ro(
          $(`p`, null, `Locked ${$o(t.at)}.`),
          $(`p`, { class: `hash` }, `Snapshot SHA-256 ${t.sha256}`),
          wr(t.content) === t.sha256
            ? $(`p`, null, $(`span`, { class: `tag done` }, `The snapshot matches its hash.`))
            : $(`p`, null, $(`span`, { class: `tag warn` }, `Warning: the snapshot does not match its hash.`)),
          n.length
            ? Ro(
                $(`p`, null, `Changed since the lock (not in the snapshot):`),
                $(
                  `ul`,
                  null,
                  n.map((e) => $(`li`, null, e.label)),
                ),
              )
            : $(`p`, null, `No changes since the lock.`),
        )
      : $(`p`, { class: `meta` }, `Not locked.`);
  return $(`section`, null, $(`h2`, null, `Lock snapshot`), r);
}
function ts(e) {
  return e.history.length === 0
    ? null
    : $(
        `section`,
        null,
        $(`h2`, null, `History`),
        $(
          `ul`,
          null,
          e.history.map((e) => {
            switch (e.type) {
              case `created`:
                return $(`li`, null, `${$o(e.at)}: created.`);
              case `locked`:
                return $(`li`, null, `${$o(e.at)}: locked (snapshot SHA-256 `, $(`span`, { class: `hash` }, e.sha256), `).`);
              case `submitted`:
                return $(`li`, null, `${$o(e.at)}: submitted (snapshot SHA-256 `, $(`span`, { class: `hash` }, e.sha256), `).`);
              case `unlocked`:
                return $(
                  `li`,
                  null,
                  `${$o(e.at)}: unlocked${e.reason ? `: ${e.reason}` : ``}. Career Manager discarded the supporters' comments; kept here:`,
                  e.supporters.length
                    ? $(
                        `ul`,
                        null,
                        e.supporters.map((e) =>
                          $(
                            `li`,
                            null,
                            `${e.name || `Unnamed supporter`} (${e.status})`,
                            e.comments.length
                              ? $(
                                  `ul`,
                                  null,
                                  e.comments.map((e) => $(`li`, null, `${Uo(e.at)}${e.competence ? ` (${e.competence})` : ``}: `, e.text)),
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
function ns(e) {
  const t = e.supporters.map((e) =>
    $(
      `li`,
      null,
      $(`strong`, null, e.name || `Unnamed supporter`),
      ` · ${e.relationship || `relationship not given`} · ${e.registration || `registration not given`} · `,
      $(`span`, { class: `tag` }, e.status),
      e.comments.length
        ? $(
            `ul`,
            null,
            e.comments.map((e) =>
              $(`li`, null, `${Uo(e.at)}${e.competence ? ` (${e.competence})` : ``}: `, $(`span`, { class: `prose` }, e.text)),
            ),
          )
        : null,
    ),
  );
  return $(
    `section`,
    null,
    $(`h2`, null, `Supporters and their comments`),
    t.length ? $(`ul`, null, t) : $(`p`, { class: `meta` }, `No supporters yet.`),
  );
}
function rs(e, t) {
  if (t.length === 0) return null;
  const n = t.map((t) =>
    $(
      `li`,
      null,
      $(`strong`, null, co(e, t.comment.anchor)),
      $(
        `div`,
        { class: `meta` },
        `${t.mentor || `Mentor`}, ${Uo(t.comment.at)}`,
        t.resolvedAt ? ` · resolved ${Uo(t.resolvedAt)}` : ` · open`,
        so(e, t.comment) ? ` · written against an earlier text` : ``,
      ),
      $(`div`, { class: `prose` }, t.comment.text),
    ),
  );
  return $(`section`, null, $(`h2`, null, `Mentor comments`), $(`ul`, null, n));
}
function is(e) {
  if (!e.submittedAt && e.postSubmission.length === 0) return null;
  const t = (e) => no.find((t) => t.id === e)?.title ?? e;
  return $(
    `section`,
    null,
    $(`h2`, null, `After submission`),
    $(`p`, null, `Submitted ${Uo(e.submittedAt ?? ``)}.`),
    Ko(
      [`Date`, `Stage`, `Note`],
      e.postSubmission.map((e) => [Uo(e.date), t(e.stage), e.note]),
    ),
  );
}
function as(t, n, r = {}) {
  const i = r.exportedAt ?? new Date().toISOString(),
    a = r.limits ?? e,
    o = cn(t, n, i, r.comments ?? []),
    s = ma(t, a),
    c = bi[t.category],
    l = $(
      `body`,
      null,
      $(
        `main`,
        null,
        $(`h1`, null, t.name || `Untitled application`),
        $(`p`, null, `${c.title} · ${xi[t.route].title} · ${Go[t.stage]}`),
        $(
          `p`,
          { class: `meta` },
          `Exported ${$o(i)} from ProReg Companion. Estimated length when printed: ${ha(s.total)} (career history ${ha(s.career)}).`,
        ),
        zo(t, a),
        Zo(t),
        Qo(t),
        $(
          `section`,
          null,
          $(`h2`, null, `Career history`),
          t.roles.length ? t.roles.map((e, t) => Jo(e, t, a)) : $(`p`, { class: `meta` }, `No roles yet.`),
        ),
        Xo(t, o, a),
        $(
          `section`,
          null,
          $(`h2`, null, `Panelling`),
          Ko(
            [`Detail`, `Value`],
            [
              [`Sector`, t.panelling.sector || `—`],
              [`Specialisms`, t.panelling.specialisms.join(`, `) || `—`],
              [`Interview location`, t.panelling.interviewLocation || `—`],
            ],
          ),
        ),
        es(t),
        ns(t),
        rs(t, r.comments ?? []),
        is(t),
        ts(t),
      ),
      $(
        `footer`,
        null,
        `This page holds the complete application as data, in the ProReg Companion exchange format (`,
        o.format,
        `, version `,
        o.version,
        `). Import it into ProReg Companion to continue or to review it; opening it here runs nothing.`,
      ),
      new Fo(`${Tr}${Gi(o)}</script>`),
    );
  return `<!doctype html>\n<html lang="en-GB">${$(`head`, null, Lo(`meta`, { charset: `utf-8` }), Lo(`meta`, { 'http-equiv': `Content-Security-Policy`, content: Bo }), Lo(`meta`, { name: `viewport`, content: `width=device-width, initial-scale=1` }), Lo(`meta`, { name: `generator`, content: `${o.exportedBy.app} ${o.exportedBy.version}` }), $(`title`, null, `${t.name || `Application`}: ${t.category} application`), new Fo(`<style>${Vo}</style>`)).html}${l.html}</html>\n`;
}
var os = 786432;
async function ss(e, t = ye.encode) {
  const n = [];
  for (let r = 0; r < e.bytes.length; r += os) {
    const i = e.bytes.subarray(r, r + os);
    n.push(t ? t.call(i) : be(i));
  }
  return { record: { name: e.name, mime: e.mime, size: e.bytes.length, sha256: await Yr(e.bytes) }, parts: n };
}
function cs() {
  const e = new Uint32Array(4);
  return (globalThis.crypto.getRandomValues(e), Array.from(e, (e) => e.toString(36)).join(``));
}
function ls(e) {
  const t = cs(),
    n = [...e.keys()],
    r = (e) => `@proreg-attachment-${t}-${e}@`;
  return {
    prepared: { record: (t) => e.get(t)?.record, base64: (e) => r(n.indexOf(e)) },
    byToken: new Map(n.map((t, n) => [r(n), e.get(t)])),
    pattern: RegExp(`@proreg-attachment-${t}-\\d+@`, `g`),
  };
}
function us(e, t) {
  let n = [],
    r = 0,
    i = 0;
  for (const a of e.matchAll(t.pattern)) {
    const o = t.byToken.get(a[0]);
    n.push(e.slice(i, a.index)), n.push(...o.parts), (r += a.index - i + H(o.record.size)), (i = a.index + a[0].length);
  }
  n.push(e.slice(i)), (r += e.length - i);
  const a = new Map([...t.byToken].map(([e, t]) => [e, { size: t.record.size }]));
  return { parts: n, chars: r, text: e, known: a };
}
function ds(e, t, n = {}) {
  const r = ls(t);
  return us(as(e, r.prepared, n), r);
}
var fs = (e) => new Map([...e].map(([e, t]) => [e, { name: t.name, size: t.blob.size }]));
async function ps(e) {
  const t = new Map();
  for (const [n, r] of e) t.set(n, await ss({ name: r.name, mime: r.mime, bytes: new Uint8Array(await r.blob.arrayBuffer()) }));
  return t;
}
function ms(e, t) {
  if (e.chars > U.maxFileChars) return { ok: !1, problems: [vn(e.chars, U)] };
  const n = Vi(e.text, U, e.known);
  return n.length > 0
    ? { ok: !1, problems: n.map((e) => ({ ...e, message: `${e.message} (found when checking the file before saving it)` })) }
    : { ok: !0, blob: new Blob(e.parts, { type: t }) };
}
async function hs(e, t) {
  const n = (await hi()).get(e.id) ?? [],
    r = await mi([e]),
    i = Bi([e], fs(r));
  return i.length > 0 ? { ok: !1, problems: i } : ms(ds(e, await ps(r), { limits: t, comments: n }), `text/html`);
}
function gs(e) {
  return e.kind === `application` ? [e.file] : e.file.applications;
}
function _s(e) {
  return e.kind === `workbook` ? (e.file.reviews ?? []) : [];
}
function vs(e) {
  return e.kind === `application`
    ? [{ attachments: e.file.attachments, path: `attachments` }]
    : e.file.applications.map((e, t) => ({ attachments: e.attachments, path: V(V(`applications`, t), `attachments`) }));
}
var ys = 1,
  bs = fe({ format: T(Nn), version: T(ys), exportedAt: K, exportedBy: fr, review: Y });
function xs(e, t = U) {
  const n = wn(e.replace(/^\uFEFF/, ``), t);
  if (!n.ok) return { ok: !1, errors: [n.issue] };
  const r = Dn(n.value, t);
  if (r.length > 0) return { ok: !1, errors: r };
  const i = n.value;
  if (typeof i != `object` || !i || i.format !== `proreg-companion/review`) {
    const e = typeof i == `object` && i ? i.format : void 0;
    return e === `proreg-companion/application` || e === `proreg-companion/workbook`
      ? ln(
          ``,
          `This is an exported application or a workbook backup, not a review. Import it under Import and backups on the Applications screen.`,
        )
      : ln(
          ``,
          `This is not a mentor's review file from ProReg Companion.`,
          `The "format" field is ${typeof e == `string` ? JSON.stringify(e.slice(0, 80)) : `missing`}.`,
        );
  }
  if (typeof i.version == `number` && i.version > ys)
    return ln(
      ``,
      `This review was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to import it.`,
      `Review format ${i.version}; this workbook reads ${ys}.`,
    );
  const a = me(bs, i);
  if (!a.success) return { ok: !1, errors: Pr(a.issues) };
  const o = new Set();
  for (const [e, t] of a.output.review.comments.entries()) {
    if (o.has(t.id)) return ln(`review.comments[${e}].id`, `Two comments in this review have the same id.`);
    o.add(t.id);
  }
  return { ok: !0, value: a.output, warnings: [] };
}
async function Ss(e, t) {
  const n = Ee(e.base64);
  return n
    ? n.length === e.size
      ? (await Yr(n)) === e.sha256
        ? { ok: !0, bytes: n }
        : {
            ok: !1,
            issue: {
              path: V(t, `sha256`),
              message: `The attachment bytes do not match their SHA-256 hash: the file is damaged or was altered.`,
            },
          }
      : {
          ok: !1,
          issue: {
            path: V(t, `size`),
            message: `The document "${e.name}" is damaged: it is not the size it was when exported.`,
            detail: `The attachment says it is ${e.size} bytes but holds ${n.length}.`,
          },
        }
    : { ok: !1, issue: { path: V(t, `base64`), message: `The file bytes are not valid base64 text.` } };
}
var Cs = class extends Error {
    issue;
    name = `AttachmentRefused`;
    constructor(e) {
      super(e.message), (this.issue = e);
    }
  },
  ws = () => new Promise((e) => setTimeout(e, 0));
async function Ts(e, t) {
  let n = e.reduce((e, t) => e + Object.values(t.attachments).reduce((e, t) => e + t.base64.length, 0), 0) || 1,
    r = 0,
    i = new Map();
  for (const { attachments: a, path: o } of e)
    for (const [e, s] of Object.entries(a)) {
      const a = s.base64.length;
      if (!i.has(e)) {
        const t = await Ss(s, V(o, e));
        if (!t.ok) throw new Cs(t.issue);
        i.set(e, new Blob([t.bytes], { type: s.mime }));
      }
      (s.base64 = ``), (r += a), t(r / n), await ws();
    }
  return (t(1), i);
}
function Es(e, t) {
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
async function Ds(e, t) {
  let n;
  {
    const r = Nr(await Es(e, t));
    if (!r.ok) return r;
    n = new TextDecoder().decode(r.value);
  }
  const r = Vr(n, U, { attachments: `later` });
  if (!r.ok && Rr(r.errors)) {
    const e = xs(n);
    if (e.ok) return { ok: !1, review: e.value };
  }
  return r.ok ? { ok: !0, parsed: r.value, warnings: r.warnings } : r;
}
async function Os(e, t, n) {
  const r = await Ts(vs(e), n);
  return yi(gs(e), r, t, _s(e));
}
function ks(e) {
  return bi[e].interviewRequired ? `` : $a;
}
function As({ id: e, name: t, category: n, route: r, now: i }) {
  return {
    id: e,
    name: t,
    category: n,
    route: r,
    createdAt: i,
    updatedAt: i,
    stage: `draft`,
    personal: { fullName: ``, email: ``, membershipNumber: `` },
    checklist: {},
    qualifications: [],
    roles: [],
    development: [],
    pra: { consulted: !1, date: ``, adviser: `` },
    scheme: { completed: !1, name: `` },
    documents: {},
    panelling: { sector: ``, specialisms: [], interviewLocation: ks(n) },
    lock: null,
    supporters: [],
    submittedAt: null,
    postSubmission: [],
    history: [{ type: `created`, at: i }],
  };
}
var js = [`name`, `personal`, `checklist`, `qualifications`, `roles`, `development`, `pra`, `scheme`, `documents`];
function Ms(e) {
  return e.stage === `submitted`;
}
var Ns = [
  [`roles`, `roles`],
  [`qualifications`, `qualifications`],
  [`development`, `development records`],
];
function Ps(e) {
  const t = [];
  for (const [n, r] of Ns) {
    const i = e[n]?.map((e) => e.id);
    i &&
      (i.some((e) => e.trim() === ``) || new Set(i).size !== i.length) &&
      t.push(Z(`duplicate-id`, `Two ${r} share an id (or one has none); nothing was changed.`, `checklist`));
  }
  for (const [n, r] of Object.entries(e.documents ?? {}))
    r.typeId !== n &&
      t.push(Z(`document-key-mismatch`, `A file filed under “${n}” says it is a “${r.typeId}”; nothing was changed.`, `documents`));
  return t;
}
function Fs(e, t, n) {
  if (Ms(e)) return Ji([Yi]);
  const r = Ps(t);
  if (r.length > 0) return Ji(r);
  const i = {};
  for (const e of js) t[e] !== void 0 && Object.assign(i, { [e]: structuredClone(t[e]) });
  return { ok: !0, value: { ...e, ...i, updatedAt: n } };
}
function Is(e, t, n, r) {
  const i = n.note ?? e.checklist[t]?.note ?? ``;
  return Fs(e, { checklist: { ...e.checklist, [t]: { done: n.done, note: i } } }, r);
}
function Ls(e, t) {
  const n = [...new Set(t.specialisms.map((e) => e.trim()).filter((e) => e !== ``))],
    r = bi[e].interviewRequired ? t.interviewLocation.trim() : $a;
  return { sector: t.sector.trim(), specialisms: n, interviewLocation: r };
}
function Rs(e, t, n, r) {
  if (Ms(e)) return Ji([Yi]);
  const i = go(e, n, ja(void 0, r));
  return i.length > 0 ? Ji(i) : qi({ ...e, panelling: Ls(e.category, t), updatedAt: r });
}
function zs(e, t, n) {
  return Ms(e)
    ? Ji([Yi])
    : Ei.some((e) => e.id === t.typeId)
      ? Fs(e, { documents: { ...e.documents, [t.typeId]: t } }, n)
      : Ji([Z(`document-type-unknown`, `That is not one of the supporting document types.`, `documents`)]);
}
var Bs = `2026-01-01T09:00:00.000Z`,
  Vs = e;
function Hs(e) {
  if (!e.ok) throw Error(`refused: ${e.reasons.map((e) => `${e.code}: ${e.message}`).join(` | `)}`);
  return e.value;
}
function Us(e, t, n = {}) {
  return {
    id: e,
    employer: t,
    title: `Engineer`,
    start: `2020-01-01`,
    end: ``,
    current: !0,
    responsibilities: `I am responsible for the design of control systems.`,
    achievements: `I led the redesign of the pump controller, cutting faults by half.`,
    competences: [],
    ...n,
  };
}
function Ws(e, t = 1e5) {
  return { typeId: e, name: `${e}.pdf`, mime: `application/pdf`, size: t, sha256: `ab`.repeat(32), blobId: `blob-${e}`, addedAt: Bs };
}
function Gs(e = `CEng`, t = `standard`) {
  let n = As({ id: `app-1`, name: `My application`, category: e, route: t, now: Bs });
  n = Hs(
    Fs(
      n,
      {
        personal: { fullName: `Ada Lovelace`, email: `ada@example.org`, membershipNumber: `1234567` },
        qualifications: [{ id: `q1`, title: `BEng Electrical`, institution: `Uni`, year: `2015`, accredited: !0 }],
        roles: [Us(`r1`, `Acme Ltd`), Us(`r2`, `Beta plc`, { current: !1, end: `2019-12-31`, start: `2016-01-01` })],
        development: [{ id: `d1`, date: `2024-03-01`, title: `Safety course`, notes: `Learnt about SIL.` }],
        pra: { consulted: !0, date: `2025-05-01`, adviser: `J. Smith` },
      },
      Bs,
    ),
  );
  for (const { item: r, mandatory: i } of Li(e, t).checklist)
    i && r.completedIn === `career-manager` && (n = Hs(Is(n, r.id, { done: !0 }, Bs)));
  return n;
}
function Ks(e = `CEng`, t = `standard`) {
  let n = Gs(e, t);
  for (const { type: r, mandatory: i } of Li(e, t).documents) i && (n = Hs(zs(n, Ws(r.id), Bs)));
  return n;
}
function qs(e = `CEng`, t = `standard`) {
  const n = Li(e, t).category.interviewRequired ? `Online` : $a;
  return Hs(Rs(Ks(e, t), { sector: `Energy`, specialisms: [`Power systems`], interviewLocation: n }, Vs, Bs));
}
var Js = `I led the design review of the substation protection scheme and agreed the test plan with the client. `;
function Ys(t = 40) {
  const n = qs(`CEng`, `standard`),
    r = Js.repeat(Math.ceil(e.charsPerRole / 2 / 102)),
    i = Array.from({ length: t }, (e, t) => ({
      id: `role-${t}`,
      employer: `Employer ${t}`,
      title: `Senior Engineer`,
      start: `2010-01-01`,
      end: `2012-01-01`,
      current: !1,
      responsibilities: r,
      achievements: r,
      competences: [`A1`, `B2`, `C3`],
    }));
  return { ...n, roles: i };
}
var Xs = Uint8Array.prototype.toBase64,
  Zs = [`accountability-diagram`, `education-certificates`, `development-action-plan`],
  Qs = 1048576,
  $s = null,
  ec = null;
function tc(e) {
  const t = new Uint8Array(new ArrayBuffer(e));
  for (let n = 0; n < e; n += 65536) crypto.getRandomValues(t.subarray(n, Math.min(e, n + 65536)));
  return (
    t.set(
      new TextEncoder().encode(`%PDF-1.7
`),
    ),
    t
  );
}
var nc = () => new Promise((e) => setTimeout(e, 0)),
  rc = async (e) => {
    const t = performance.now();
    return (await e(), performance.now() - t);
  };
(globalThis.bench = {
  async seed(e, t) {
    await Promise.all(X.tables.map((e) => e.clear()));
    const n = Ys(t),
      r = {};
    for (const t of Zs) {
      const i = tc(Math.round((e * Qs) / Zs.length)),
        a = {
          typeId: t,
          name: `${t}.pdf`,
          mime: `application/pdf`,
          size: i.length,
          sha256: await Yr(i),
          blobId: `bench-${t}`,
          addedAt: n.createdAt,
        };
      await X.blobs.put({ id: a.blobId, blob: new Blob([i], { type: a.mime }) }), (r[t] = a);
    }
    ($s = { ...n, documents: r }), await X.applications.put($s), (ec = null);
  },
  async exportOurs() {
    let t = null,
      n = await rc(async () => {
        t = await hs($s, e);
      });
    if (!t || !t.ok) throw Error(`the export was refused`);
    return ((ec = t.blob), n);
  },
  async exportFloor() {
    return rc(async () => {
      const e = await X.applications.get($s.id),
        t = Object.values(e.documents),
        n = await X.blobs.bulkGet(t.map((e) => e.blobId)),
        r = {};
      for (const [e, i] of n.entries()) {
        const n = new Uint8Array(await i.blob.arrayBuffer()),
          a = t[e];
        r[a.blobId] = { name: a.name, mime: a.mime, size: a.size, sha256: a.sha256, base64: Xs.call(n) };
      }
      return new Blob([JSON.stringify({ application: e, attachments: r })], { type: `application/json` });
    });
  },
  fileSize: () => ec?.size ?? 0,
  async importOurs() {
    return rc(async () => {
      const e = await Ds(ec, () => {});
      if (!e.ok) throw Error(`the import was refused`);
      await gi(gs(e.parsed)), await Os(e.parsed, `replace`, () => {});
    });
  },
  async importFloor() {
    return rc(async () => {
      const e = await ec.text();
      await nc();
      const t = e.indexOf(Tr) + Tr.length,
        n = JSON.parse(e.slice(t, e.indexOf(`</script>`, t)));
      await nc();
      const r = [];
      for (const [e, t] of Object.entries(n.attachments)) {
        const n = Uint8Array.fromBase64(t.base64);
        r.push({ id: e, blob: new Blob([n], { type: t.mime }) }), await nc();
      }
      await X.transaction(`rw`, X.applications, X.blobs, async () => {
        await X.applications.put(n.application), await X.blobs.bulkPut(r);
      });
    });
  },
}),
  (document.title = `ready`);
