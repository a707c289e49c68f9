var e = { lang: void 0, message: void 0, abortEarly: void 0, abortPipeEarly: void 0 };
function t(t) {
  return t
    ? { lang: t?.lang ?? void 0, message: t?.message, abortEarly: t?.abortEarly ?? void 0, abortPipeEarly: t?.abortPipeEarly ?? void 0 }
    : e;
}
function n(e) {
  const t = typeof e;
  return t === `string`
    ? `"${e}"`
    : t === `number` || t === `bigint` || t === `boolean`
      ? `${e}`
      : t === `object` || t === `function`
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? `null`)
        : t;
}
function r(e, t, r, i, a) {
  const o = a && `input` in a ? a.input : r.value,
    s = a?.expected ?? e.expects ?? null,
    c = a?.received ?? n(o),
    l = {
      kind: e.kind,
      type: e.type,
      input: o,
      expected: s,
      received: c,
      message: `Invalid ${t}: ${s ? `Expected ${s} but r` : `R`}eceived ${c}`,
      requirement: e.requirement,
      path: a?.path,
      issues: a?.issues,
      lang: i.lang,
      abortEarly: i.abortEarly,
      abortPipeEarly: i.abortPipeEarly,
    },
    u = e.kind === `schema`,
    d = a?.message ?? e.message ?? (e.reference, l.lang, void 0) ?? (u ? (l.lang, void 0) : null) ?? i.message ?? (l.lang, void 0);
  d !== void 0 && (l.message = typeof d == `function` ? d(l) : d), u && (r.typed = !1), r.issues ? r.issues.push(l) : (r.issues = [l]);
}
function i(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function a(e, t) {
  return Object.hasOwn(e, t) && t !== `__proto__` && t !== `prototype` && t !== `constructor`;
}
function o(e, t) {
  const n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? `never`);
}
function s(e) {
  return ((e[`~standard`] = { version: 1, vendor: `valibot`, validate: (n) => e[`~run`]({ value: n }, t()) }), e);
}
function c(e) {
  if (e.path) {
    let t = ``;
    for (const n of e.path)
      if (typeof n.key == `string` || typeof n.key == `number`) t += t ? `.${n.key}` : n.key;
      else return null;
    return t;
  }
  return null;
}
var l =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
function u(e, t) {
  return {
    kind: `validation`,
    type: `check`,
    reference: u,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && !this.requirement(e.value) && r(this, `input`, e, t), e);
    },
  };
}
function d(e) {
  return {
    kind: `validation`,
    type: `finite`,
    reference: d,
    async: !1,
    expects: null,
    requirement: Number.isFinite,
    message: e,
    '~run'(e, t) {
      return (e.typed && !this.requirement(e.value) && r(this, `finite`, e, t), e);
    },
  };
}
function f(e) {
  return {
    kind: `validation`,
    type: `integer`,
    reference: f,
    async: !1,
    expects: null,
    requirement: Number.isInteger,
    message: e,
    '~run'(e, t) {
      return (e.typed && !this.requirement(e.value) && r(this, `integer`, e, t), e);
    },
  };
}
function p(e) {
  return {
    kind: `validation`,
    type: `iso_timestamp`,
    reference: p,
    async: !1,
    expects: null,
    requirement: l,
    message: e,
    '~run'(e, t) {
      return (e.typed && !this.requirement.test(e.value) && r(this, `timestamp`, e, t), e);
    },
  };
}
function m(e, t) {
  return {
    kind: `validation`,
    type: `max_length`,
    reference: m,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && e.value.length > this.requirement && r(this, `length`, e, t, { received: `${e.value.length}` }), e);
    },
  };
}
function h(e, t) {
  return {
    kind: `validation`,
    type: `max_value`,
    reference: h,
    async: !1,
    expects: `<=${e instanceof Date ? e.toJSON() : n(e)}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (
        e.typed &&
          !(e.value <= this.requirement) &&
          r(this, `value`, e, t, { received: e.value instanceof Date ? e.value.toJSON() : n(e.value) }),
        e
      );
    },
  };
}
function g(e, t) {
  return {
    kind: `validation`,
    type: `min_length`,
    reference: g,
    async: !1,
    expects: `>=${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && e.value.length < this.requirement && r(this, `length`, e, t, { received: `${e.value.length}` }), e);
    },
  };
}
function _(e, t) {
  return {
    kind: `validation`,
    type: `min_value`,
    reference: _,
    async: !1,
    expects: `>=${e instanceof Date ? e.toJSON() : n(e)}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (
        e.typed &&
          !(e.value >= this.requirement) &&
          r(this, `value`, e, t, { received: e.value instanceof Date ? e.value.toJSON() : n(e.value) }),
        e
      );
    },
  };
}
function v(e, t) {
  return {
    kind: `validation`,
    type: `regex`,
    reference: v,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    '~run'(e, t) {
      return (e.typed && !this.requirement.test(e.value) && r(this, `format`, e, t), e);
    },
  };
}
var y = { abortEarly: !0 };
function b(e, t, n) {
  return typeof e.fallback == `function` ? e.fallback(t, n) : e.fallback;
}
function x(e, t, n) {
  return typeof e.default == `function` ? e.default(t, n) : e.default;
}
function S(e, t) {
  return !e[`~run`]({ value: t }, y).issues;
}
function C(e, t) {
  return s({
    kind: `schema`,
    type: `array`,
    reference: C,
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
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function w(e) {
  return s({
    kind: `schema`,
    type: `boolean`,
    reference: w,
    expects: `boolean`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `boolean` ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function T(e, t) {
  return s({
    kind: `schema`,
    type: `custom`,
    reference: T,
    expects: `unknown`,
    async: !1,
    check: e,
    message: t,
    '~run'(e, t) {
      return (this.check(e.value) ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function E(e, t) {
  return s({
    kind: `schema`,
    type: `literal`,
    reference: E,
    expects: n(e),
    async: !1,
    literal: e,
    message: t,
    '~run'(e, t) {
      return (i(e.value, this.literal) ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function D(e, t) {
  return s({
    kind: `schema`,
    type: `loose_object`,
    reference: D,
    expects: `Object`,
    async: !1,
    entries: e,
    message: t,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        (e.typed = !0), (e.value = {});
        for (const i in this.entries) {
          const a = this.entries[i];
          if (i in n || ((a.type === `exact_optional` || a.type === `optional` || a.type === `nullish`) && a.default !== void 0)) {
            const r = i in n ? n[i] : x(a),
              o = a[`~run`]({ value: r }, t);
            if (o.issues) {
              const a = { type: `object`, origin: `value`, input: n, key: i, value: r };
              for (const t of o.issues) t.path ? t.path.unshift(a) : (t.path = [a]), e.issues?.push(t);
              if (((e.issues ||= o.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            o.typed || (e.typed = !1), (e.value[i] = o.value);
          } else if (a.fallback !== void 0) e.value[i] = b(a);
          else if (
            a.type !== `exact_optional` &&
            a.type !== `optional` &&
            a.type !== `nullish` &&
            (r(this, `key`, e, t, {
              input: void 0,
              expected: `"${i}"`,
              path: [{ type: `object`, origin: `key`, input: n, key: i, value: n[i] }],
            }),
            t.abortEarly)
          )
            break;
        }
        if (!e.issues || !t.abortEarly) for (const t in n) a(n, t) && !Object.hasOwn(this.entries, t) && (e.value[t] = n[t]);
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function O(e, t) {
  return s({
    kind: `schema`,
    type: `nullable`,
    reference: O,
    expects: `(${e.expects} | null)`,
    async: !1,
    wrapped: e,
    default: t,
    '~run'(e, t) {
      return e.value === null && (this.default !== void 0 && (e.value = x(this, e, t)), e.value === null)
        ? ((e.typed = !0), e)
        : this.wrapped[`~run`](e, t);
    },
  });
}
function k(e) {
  return s({
    kind: `schema`,
    type: `number`,
    reference: k,
    expects: `number`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `number` && !isNaN(e.value) ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function A(e, t) {
  return s({
    kind: `schema`,
    type: `object`,
    reference: A,
    expects: `Object`,
    async: !1,
    entries: e,
    message: t,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        (e.typed = !0), (e.value = {});
        for (const i in this.entries) {
          const a = this.entries[i];
          if (i in n || ((a.type === `exact_optional` || a.type === `optional` || a.type === `nullish`) && a.default !== void 0)) {
            const r = i in n ? n[i] : x(a),
              o = a[`~run`]({ value: r }, t);
            if (o.issues) {
              const a = { type: `object`, origin: `value`, input: n, key: i, value: r };
              for (const t of o.issues) t.path ? t.path.unshift(a) : (t.path = [a]), e.issues?.push(t);
              if (((e.issues ||= o.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            o.typed || (e.typed = !1), (e.value[i] = o.value);
          } else if (a.fallback !== void 0) e.value[i] = b(a);
          else if (
            a.type !== `exact_optional` &&
            a.type !== `optional` &&
            a.type !== `nullish` &&
            (r(this, `key`, e, t, {
              input: void 0,
              expected: `"${i}"`,
              path: [{ type: `object`, origin: `key`, input: n, key: i, value: n[i] }],
            }),
            t.abortEarly)
          )
            break;
        }
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function j(e, t) {
  return s({
    kind: `schema`,
    type: `optional`,
    reference: j,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    '~run'(e, t) {
      return e.value === void 0 && (this.default !== void 0 && (e.value = x(this, e, t)), e.value === void 0)
        ? ((e.typed = !0), e)
        : this.wrapped[`~run`](e, t);
    },
  });
}
function M(e, t) {
  return s({
    kind: `schema`,
    type: `picklist`,
    reference: M,
    expects: o(e.map(n), `|`),
    async: !1,
    options: e,
    message: t,
    '~run'(e, t) {
      return (this.options.includes(e.value) ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function N(e, t, n) {
  return s({
    kind: `schema`,
    type: `record`,
    reference: N,
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
          if (a(n, r)) {
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
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function P(e, t) {
  return s({
    kind: `schema`,
    type: `strict_object`,
    reference: P,
    expects: `Object`,
    async: !1,
    entries: e,
    message: t,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        (e.typed = !0), (e.value = {});
        for (const i in this.entries) {
          const a = this.entries[i];
          if (i in n || ((a.type === `exact_optional` || a.type === `optional` || a.type === `nullish`) && a.default !== void 0)) {
            const r = i in n ? n[i] : x(a),
              o = a[`~run`]({ value: r }, t);
            if (o.issues) {
              const a = { type: `object`, origin: `value`, input: n, key: i, value: r };
              for (const t of o.issues) t.path ? t.path.unshift(a) : (t.path = [a]), e.issues?.push(t);
              if (((e.issues ||= o.issues), t.abortEarly)) {
                e.typed = !1;
                break;
              }
            }
            o.typed || (e.typed = !1), (e.value[i] = o.value);
          } else if (a.fallback !== void 0) e.value[i] = b(a);
          else if (
            a.type !== `exact_optional` &&
            a.type !== `optional` &&
            a.type !== `nullish` &&
            (r(this, `key`, e, t, {
              input: void 0,
              expected: `"${i}"`,
              path: [{ type: `object`, origin: `key`, input: n, key: i, value: n[i] }],
            }),
            t.abortEarly)
          )
            break;
        }
        if (!e.issues || !t.abortEarly) {
          for (const i in n)
            if (!Object.hasOwn(this.entries, i)) {
              r(this, `key`, e, t, {
                input: i,
                expected: `never`,
                path: [{ type: `object`, origin: `key`, input: n, key: i, value: n[i] }],
              });
              break;
            }
        }
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function F(e) {
  return s({
    kind: `schema`,
    type: `string`,
    reference: F,
    expects: `string`,
    async: !1,
    message: e,
    '~run'(e, t) {
      return (typeof e.value == `string` ? (e.typed = !0) : r(this, `type`, e, t), e);
    },
  });
}
function I() {
  return s({
    kind: `schema`,
    type: `unknown`,
    reference: I,
    expects: `unknown`,
    async: !1,
    '~run'(e) {
      return ((e.typed = !0), e);
    },
  });
}
function L(e, t, n) {
  return s({
    kind: `schema`,
    type: `variant`,
    reference: L,
    expects: `Object`,
    async: !1,
    key: e,
    options: t,
    message: n,
    '~run'(e, t) {
      const n = e.value;
      if (n && typeof n == `object`) {
        let i,
          a = 0,
          s = this.key,
          c = [],
          l = (e, r) => {
            for (const o of e.options) {
              if (o.type === `variant`) l(o, new Set(r).add(o.key));
              else {
                let e = !0,
                  l = 0;
                for (const t of r) {
                  const r = o.entries[t];
                  if (
                    t in n
                      ? r[`~run`]({ typed: !1, value: n[t] }, y).issues
                      : r.type !== `exact_optional` && r.type !== `optional` && r.type !== `nullish`
                  ) {
                    (e = !1),
                      s !== t && (a < l || (a === l && t in n && !(s in n))) && ((a = l), (s = t), (c = [])),
                      s === t && c.push(o.entries[t].expects);
                    break;
                  }
                  l++;
                }
                if (e) {
                  const e = o[`~run`]({ value: n }, t);
                  (!i || (!i.typed && e.typed)) && (i = e);
                }
              }
              if (i && !i.issues) break;
            }
          };
        if ((l(this, new Set([this.key])), i)) return i;
        r(this, `type`, e, t, {
          input: n[s],
          expected: o(c, `|`),
          path: [{ type: `object`, origin: `value`, input: n, key: s, value: n[s] }],
        });
      } else r(this, `type`, e, t);
      return e;
    },
  });
}
function R(e, t) {
  const n = {};
  for (const r in e.entries) n[r] = !t || t.includes(r) ? j(e.entries[r]) : e.entries[r];
  return s({ ...e, entries: n });
}
function z(...e) {
  return s({
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
function B(e, n, r) {
  const i = e[`~run`]({ value: n }, t(r));
  return { typed: i.typed, success: !i.issues, output: i.value, issues: i.issues };
}
function V(e) {
  let t = ``;
  for (const n of e) {
    t &&
      (t += `
`),
      (t += `× ${n.message}`);
    const e = c(n);
    e && (t += `\n  → at ${e}`);
  }
  return t;
}
export {
  _ as m,
  A as _,
  B as w,
  C as t,
  D as u,
  d as a,
  E as l,
  F as E,
  f as o,
  g as p,
  h as f,
  I as O,
  j as v,
  k as g,
  L as k,
  M as b,
  m as d,
  N as S,
  O as h,
  P as T,
  p as c,
  R as y,
  S as s,
  T as i,
  u as r,
  V as D,
  v as C,
  w as n,
  z as x,
};
