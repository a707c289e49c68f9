var e,
  t,
  n,
  r,
  i,
  a,
  o,
  s,
  c,
  l,
  u,
  d,
  f = Symbol.for(`pv`),
  p = {},
  m = [],
  h = /^m(i|n|o|s|text|space)$/,
  g = Array.isArray,
  _ = m.slice,
  v = Object.assign;
function y(e) {
  e && e.parentNode && e.remove();
}
function b(e, t, n) {
  var r,
    i,
    a,
    o = {},
    s = arguments.length;
  for (a in t) a == `key` ? (r = t[a]) : a == `ref` && typeof e != `function` ? (i = t[a]) : (o[a] = t[a]);
  return (s > 2 && (o.children = s > 3 ? _.call(arguments, 2) : n), x(e, o, r, i, null));
}
function x(n, r, i, a, o) {
  var s = {
    type: n,
    props: r,
    key: i,
    ref: a,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: f,
    __v: o || ++t,
    __i: -1,
    __u: 0,
  };
  return (!o && e.vnode && e.vnode(s), s);
}
function S(e) {
  return e.children;
}
function C(e, t) {
  (this.props = e), (this.context = t), (this.__g = 0);
}
function w(e, t) {
  if (t == null) return e.__ && w(e.__, e.__i + 1);
  for (var n; t < e.__k.length; t++) if ((n = e.__k[t]) && n.__e) return n.__e;
  return typeof e.type != `function` || e.props.__P ? null : w(e);
}
function T(t) {
  var n,
    r = t.__v,
    i = r.__e,
    a = [],
    o = [],
    s = t.__P;
  s &&
    (((n = v({ constructor: f }, r)).__v = r.__v + 1),
    e.vnode && e.vnode(n),
    N(s, n, r, t.__n, s.namespaceURI, 32 & r.__u ? [i] : null, a, i || w(r), 32 & r.__u, o),
    (n.__v = r.__v),
    (n.__.__k[n.__i] = n),
    F(a, n, o),
    (r.__ = r.__e = null),
    n.__e != i && E(n));
}
function E(e) {
  if ((e = e.__) && e.__c && !e.props.__P) return ((e.__e = null), e.__k.some((t) => t && (e.__e = t.__e)), E(e));
}
function D(t) {
  ((8 & t.__g || ((t.__g |= 8), r.push(t), a++)) && i == e.debounceRendering) || ((i = e.debounceRendering) || queueMicrotask)(O);
}
function O() {
  try {
    for (var e, t = 1; r.length; ) r.length > t && r.sort(o), (e = r.shift()), (t = r.length), 8 & e.__g && T(e);
  } finally {
    (a = r.length) && (i || queueMicrotask)(O);
  }
}
function ee(e, t, n, r, i, a, o, s, c, l, u) {
  var d,
    f,
    h,
    g,
    _,
    v,
    y = r.__k || m,
    b = t.length;
  for (c = k(n, t, y, c, b), d = 0; d < b; d++)
    (h = n.__k[d]) != null &&
      ((f = (~h.__i && y[h.__i]) || p),
      (h.__i = d),
      (v = N(e, h, f, i, a, o, s, c, l, u)),
      (g = h.__e),
      (f.ref != h.ref || 8 & f.__u) && (f.ref && I(f.ref, null, h, f), h.ref && u.push(h.ref, h.__c || g, h)),
      (_ ||= g),
      4 & h.__u
        ? ((c = A(h, c, e, !f.__v)), f.__e && (f.__e = null))
        : typeof h.type == `function` && v !== void 0
          ? (c = v)
          : g && (c = g.nextSibling),
      (h.__u &= -21));
  return ((n.__e = _), c);
}
function k(e, t, n, r, i) {
  var a,
    o,
    s,
    c,
    l,
    u,
    d,
    p,
    m,
    h = n.length,
    _ = h,
    v = 0,
    y = 0,
    b = (e.__k = Array(i));
  for (a = 0; a < i; a++)
    (o = t[a]) != null && typeof o != `boolean` && typeof o != `function`
      ? (typeof o != `object` || o.constructor === String
          ? (o = b[a] = x(null, o))
          : g(o)
            ? (o = b[a] = x(S, { children: o }))
            : o.constructor === f && o.__b
              ? (o = b[a] = x(o.type, o.props, o.key, o.ref, o.__v))
              : (b[a] = o),
        (c = a + v),
        (o.__ = e),
        (o.__b = e.__b + 1),
        (s = null),
        ~(l = o.__i = te(o, n, c, _)) && (_--, (s = n[l]) && (s.__u |= 2)),
        s && s.__v
          ? ((o.__u |= 16), l == c - 1 ? v-- : l == c + 1 ? v++ : l != c && (l > c ? v-- : v++, (y = 1)))
          : (~l || (i > h ? v-- : i < h && v++), typeof o.type != `function` && (o.__u |= 4)))
      : (b[a] = null);
  if (y) {
    for (u = [], d = [], a = 0; a < i; a++)
      if ((o = b[a]) && 16 & o.__u) {
        for (v = 0, p = u.length; v < p; ) u[(m = (v + p) >> 1)] < o.__i ? (v = m + 1) : (p = m);
        (u[v] = o.__i), (d[a] = v + 1);
      }
    for (v = u.length; a--; ) d[a] && (d[a] == v ? v-- : (b[a].__u |= 4));
  }
  if (_) for (a = 0; a < h; a++) !(s = n[a]) || 2 & s.__u || (s.__e == r && (r = w(s)), ae(s, s));
  return r;
}
function A(e, t, n, r) {
  var i, a, o, s;
  if (typeof e.type == `function`) {
    if (e.props.__P) return t;
    if ((i = e.__k)) for (a = 0; a < i.length; a++) i[a] && ((i[a].__ = e), (t = A(i[a], t, n, !1)));
    return t;
  }
  for (t && !t.parentNode && (t = w(e)) && !t.parentNode && (t = null), o = e.__e, s = t; s && s.nodeType == 8; ) s = s.nextSibling;
  for (
    o != s && (!r && n.moveBefore && o.parentNode ? n.moveBefore(o, t) : n.insertBefore(o, t || null)), t = o;
    (t &&= t.nextSibling) && t.nodeType == 8 && !t.data.startsWith(`$s`);
  );
  return t;
}
function te(e, t, n, r) {
  var i,
    a = e.key,
    o = e.type,
    s = t[n],
    c = s && !(2 & s.__u);
  if ((s === null && a == null) || (c && a == s.key && o == s.type)) return n;
  if (r > +!!c) {
    for (i = n - 1; i >= 0; i--) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
    for (i = n + 1; i < t.length; i++) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
  }
  return -1;
}
function j(e, t, n) {
  (n ??= ``), t[0] == `-` ? e.setProperty(t, n) : (e[t] = n);
}
function M(e, t, n, r, i) {
  var a, o;
  if (t == `style`) {
    if (typeof n == `string`) e.style.cssText = n;
    else {
      if ((typeof r == `string` && (e.style.cssText = r = ``), r)) for (t in r) (n && t in n) || j(e.style, t);
      if (n) for (t in n) (r && n[t] == r[t]) || j(e.style, t, n[t]);
    }
  } else if (t[0] == `o` && t[1] == `n`)
    typeof n != `function` && (n = null),
      typeof r != `function` && (r = null),
      ((e.__e ||= {})[t] = n),
      (n && r) ||
        ((o = u[t] || (u[t] = ne(t))),
        ((e.__a ||= {})[t] = l),
        (a = t != (t = t.replace(c, `$1`))),
        (t = t.slice(2))[0] < `a` && (t = t.toLowerCase()),
        n ? e.addEventListener(t, o, a) : e.removeEventListener(t, o, a));
  else {
    if (i == `http://www.w3.org/2000/svg`) t = t.replace(/xlink(H|:h)/, `h`).replace(/sName$/, `s`);
    else if (
      t != `width` &&
      t != `height` &&
      t != `href` &&
      t != `list` &&
      t != `form` &&
      t != `tabIndex` &&
      t != `download` &&
      t != `rowSpan` &&
      t != `colSpan` &&
      t != `role` &&
      t != `popover` &&
      t in e
    )
      try {
        e[t] = n ?? ``;
        return;
      } catch {}
    if (typeof n == `function`) return;
    n == null || (!1 === n && t[4] != `-`) ? e.removeAttribute(t) : e.setAttribute(t, t == `popover` && n == 1 ? `` : n);
  }
}
function ne(t) {
  return function (n) {
    var r = this.__e;
    if (r) {
      if (((r = r[t]), n[s] == null)) n[s] = l++;
      else if (n[s] < this.__a[t]) return;
      return r(e.event ? e.event(n) : n);
    }
  };
}
function N(t, n, r, i, a, o, s, c, l, u) {
  var d,
    p,
    h,
    _,
    b,
    x,
    T,
    E,
    D,
    O,
    k,
    A,
    te,
    j,
    M,
    ne,
    N,
    F,
    I = n.type;
  if (n.constructor !== f) return null;
  128 & r.__u &&
    ((l = 32 & r.__u), (d = r.__c.__z)) &&
    ((n.__u |= l), (p = o = []), d.nodeType == 8 ? (c = P(d, o)) : o.push(d), (c = o[0] || c)),
    (d = e.__b) && d(n);
  n: if (typeof I == `function`) {
    h = s.length;
    try {
      if (
        ((E = n.props),
        (D = (d = I.prototype) && d.render),
        (O = (d = I.contextType) && i[d.__c]),
        (k = d ? (O ? O.props.value : d.__) : i),
        (_ = r.__c)
          ? ((n.__c = _), 2 & _.__g && (_.__g |= 1))
          : (D ? (n.__c = _ = new I(E, k)) : ((n.__c = _ = new C(E, k)), (_.constructor = I), (_.render = oe)),
            O && O.sub(_),
            _.state || (_.state = {}),
            (_.__n = i),
            (_.__g |= 8),
            (_.__h = []),
            (_.__k = [])),
        D &&
          (_.__s || (_.__s = _.state),
          I.getDerivedStateFromProps && (_.__s == _.state && (_.__s = v({}, _.__s)), v(_.__s, I.getDerivedStateFromProps(E, _.__s)))),
        (b = _.props),
        (x = _.state),
        (_.__v = n),
        r.__c)
      ) {
        if (
          (E !== b && D && !I.getDerivedStateFromProps && _.componentWillReceiveProps && _.componentWillReceiveProps(E, k),
          (n.__v == r.__v && !(8 & _.__g)) || (!(4 & _.__g) && _.shouldComponentUpdate && !1 === _.shouldComponentUpdate(E, _.__s, k)))
        ) {
          n.__v != r.__v && ((_.props = E), (_.state = _.__s), (_.__g &= -9)),
            (n.__e = r.__e),
            (n.__k = r.__k),
            n.__k.some((e) => {
              e && (e.__ = n);
            }),
            m.push.apply(_.__h, _.__k),
            (_.__k = []),
            _.__h.length && s.push(_),
            (c = w(r));
          break n;
        }
        _.componentWillUpdate && _.componentWillUpdate(E, _.__s, k),
          D &&
            _.componentDidUpdate &&
            _.__h.push(() => {
              _.componentDidUpdate(b, x, T);
            });
      } else
        D && !I.getDerivedStateFromProps && _.componentWillMount && _.componentWillMount(),
          D && _.componentDidMount && _.__h.push(_.componentDidMount);
      (_.context = k), (_.props = E), (_.__P = t), (_.__g &= -5), (A = e.__r), (te = D ? 25 : 0);
      do (_.__g &= -9), A && A(n), (d = _.render(_.props, (_.state = _.__s), _.context));
      while (8 & _.__g && ++te < 25);
      D && (m.push.apply(_.__h, _.__k), (_.__k = [])),
        (_.state = _.__s),
        _.getChildContext && (i = v({}, i, _.getChildContext())),
        D && r.__c && _.getSnapshotBeforeUpdate && (T = _.getSnapshotBeforeUpdate(b, x)),
        (j = d && d.type === S && d.key == null ? d.props.children : d),
        E.__P &&
          ((d = c),
          (a = (t = E.__P).namespaceURI),
          (l = o = null),
          r.props &&
            r.props.__P != t &&
            (r.__k.some((e) => {
              e && ae(e, e);
            }),
            (r.__k = null)),
          (c = r.__k ? w(r, 0) : null)),
        (c = ee(t, g(j) ? j : [j], n, r, i, a, o, s, c, l, u)),
        E.__P && ((n.__e = null), (c = d)),
        (n.__u &= -161),
        p && p.some(y),
        _.__h.length && s.push(_),
        1 & _.__g && (_.__g &= -4);
    } catch (t) {
      if (((s.length = h), (n.__v = null), l || o)) {
        if (t && t.then) {
          if (((n.__u |= 128 | l), o)) {
            for (~(N = o.indexOf(c || void 0)) || (N = o.length); (F = o[N - 1]) && F.nodeType == 8; ) N--;
            for (; N < o.length; N++)
              if ((F = o[N])) {
                if (((o[N] = null), M)) {
                  if (F == ne) break;
                } else {
                  if (F.nodeType != 8) break;
                  F.data.startsWith(`$s`) && (ne = P((M = F)));
                }
              }
          }
          if (!M) {
            for (; c && c.nodeType == 8 && c.nextSibling; ) c = c.nextSibling;
            M = c;
          }
          (d = P((M = n.__c.__z || (n.__c.__z = M)))) ? ((n.__e = M), (c = d)) : (n.__e = c), (c &&= c.nextSibling);
        } else o && o.some(y);
      } else n.__e = r.__e;
      (n.__k ||= r.__k || []), (t && t.then) || re(n), e.__e(t, n, r);
    }
  } else c = n.__e = ie(r.__e, n, r, i, a, o, s, l, u, t);
  return ((d = e.diffed) && d(n), c);
}
function P(e, t) {
  if (e && e.nodeType == 8 && e.data.startsWith(`$s`))
    for (var n = 1; (e = e.nextSibling); ) {
      if (e.nodeType == 8) {
        if (e.data.startsWith(`$s`)) n++;
        else if (e.data.startsWith(`/$s`) && !--n) return e;
      }
      t && t.push(e);
    }
}
function re(e) {
  e && (e.__c && (e.__c.__g |= 4), e.__k && e.__k.some(re));
}
function F(t, n, r) {
  for (var i = 0; i < r.length; ) I(r[i++], r[i++], r[i++]);
  e.__c && e.__c(n, t),
    t.some((n) => {
      try {
        (t = n.__h),
          (n.__h = []),
          t.some((e) => {
            e.call(n);
          });
      } catch (t) {
        e.__e(t, n.__v);
      }
    });
}
function ie(t, n, r, i, a, o, s, c, l, u) {
  var d,
    f,
    m,
    v,
    b,
    x,
    S,
    C,
    T = r.props || p,
    E = n.props,
    D = n.type;
  if (
    (D == `svg`
      ? (a = `http://www.w3.org/2000/svg`)
      : D == `math`
        ? (a = `http://www.w3.org/1998/Math/MathML`)
        : (a ||= `http://www.w3.org/1999/xhtml`),
    o)
  ) {
    for (d = 0; d < o.length; d++)
      if ((b = o[d]) && (D ? b.localName == D : b.nodeType == 3)) {
        (t = b), (o[d] = null);
        break;
      }
  }
  if (!t) {
    if (((C = u.ownerDocument || document), !D)) return C.createTextNode(E);
    (t = C.createElementNS(a, D, E.is ? E : u)), (c &&= (e.__m && e.__m(n, o), !1)), (o = null);
  }
  if (D) {
    if (
      ((u = (D == `template` && t.content) || t),
      (o = D == `textarea` && E.defaultValue != null ? null : o && _.call(u.childNodes)),
      !c && o)
    )
      for (T = {}, d = 0; d < t.attributes.length; d++) T[(b = t.attributes[d]).name] = b.value;
    for (d in T)
      (b = T[d]),
        d == `dangerouslySetInnerHTML`
          ? (m = b)
          : d == `children` ||
            d in E ||
            (d == `value` && `defaultValue` in E) ||
            (d == `checked` && `defaultChecked` in E) ||
            M(t, d, null, b, a);
    for (d in E)
      (b = E[d]),
        d == `children`
          ? (v = b)
          : d == `dangerouslySetInnerHTML`
            ? (f = b)
            : d == `value`
              ? (x = b)
              : d == `checked`
                ? (S = b)
                : (c && typeof b != `function`) || T[d] === b || M(t, d, b, T[d], a);
    f
      ? (c || (m && (f.__html == m.__html || f.__html == t.innerHTML)) || (t.innerHTML = f.__html), (n.__k = []))
      : (m && (t.textContent = ``),
        (D == `foreignObject` || (a == `http://www.w3.org/1998/Math/MathML` && h.test(D))) && (a = `http://www.w3.org/1999/xhtml`),
        ee(u, g(v) ? v : [v], n, r, i, a, o, s, o ? o[0] : r.__k && w(r, 0), c, l),
        o && o.some(y)),
      (c && D != `textarea`) ||
        ((d = `value`),
        D == `progress` && x == null ? t.removeAttribute(d) : x == null || (x === t[d] && (D != `progress` || x)) || M(t, d, x, T[d], a),
        (d = `checked`),
        S != null && S != t[d] && M(t, d, S, T[d], a));
  } else T === E || (c && t.data == E) || (t.data = E);
  return t;
}
function I(t, n, r, i) {
  try {
    typeof t == `function`
      ? n
        ? (n.__x = t(n) || 1)
        : (i &&= i.__c || i.__e) && (n = i.__x) && ((i.__x = null), typeof n == `function` ? n() : t(null))
      : (t.current = n);
  } catch (t) {
    e.__e(t, r);
  }
}
function ae(t, n, r) {
  var i, a, o, s;
  if ((e.unmount && e.unmount(t), !(i = t.ref) || (i.current && i.current != t.__e) || I(i, null, n, t), (i = t.__c))) {
    if (i.componentWillUnmount)
      try {
        i.componentWillUnmount();
      } catch (t) {
        e.__e(t, n);
      }
    i.__P = i.__n = null;
  }
  if ((i = t.__k)) for (s = 0; s < i.length; s++) i[s] && ae(i[s], n, typeof t.type != `function` || (r && !t.props.__P));
  !r && (i = t.__c) && (i = i.__z) && (a = P(i, (o = []))) && (i == t.__e && o.some(y), y(a), y(i)),
    r || y(t.__e),
    (t.__e = t.__c = t.__ = null);
}
function oe(e, t, n) {
  return this.constructor(e, n);
}
function se(t, n) {
  var r, i, a, o;
  e.__ && e.__(t, n),
    n.nodeType == 9 && (n = n.documentElement),
    (i = (r = t && 32 & t.__u) ? null : n.__k),
    (n.__k = x(S, { children: [t] })),
    (a = []),
    (o = []),
    N(n, n.__k, i || p, p, n.namespaceURI, i ? null : n.firstChild ? _.call(n.childNodes) : null, a, i ? i.__e : n.firstChild, r, o),
    F(a, n.__k, o),
    (n.__k.props.children = null);
}
function ce(e) {
  function t(e) {
    var n, r;
    return (
      this.getChildContext ||
        ((n = new Set()),
        ((r = {})[t.__c] = this),
        (this.getChildContext = () => r),
        (this.shouldComponentUpdate = function (e) {
          this.props.value != e.value &&
            n.forEach((e) => {
              (e.__g |= 4), D(e);
            });
        }),
        (this.sub = (e) => {
          n.add(e);
          var t = e.componentWillUnmount;
          e.componentWillUnmount = () => {
            n.delete(e), t && t.call(e);
          };
        })),
      e.children
    );
  }
  return ((t.__c = `__cC` + d++), (t.__ = e), (t.Provider = (t.Consumer = (e, t) => e.children(t)).contextType = t), t);
}
(e = {
  __e: (e, t, n, r) => {
    for (var i, o, s; (t = t.__); )
      if ((i = t.__c) && !(1 & i.__g)) {
        i.__g |= 4;
        try {
          if (
            ((s = (o = i.constructor) && o.getDerivedStateFromError) && i.setState(o.getDerivedStateFromError(e)),
            i.componentDidCatch && (i.componentDidCatch(e, r || {}), (s = 1)),
            s && 8 & i.__g)
          )
            return void (i.__g |= 2);
        } catch (t) {
          e = t;
        }
      }
    throw ((a = 0), e);
  },
}),
  (t = 0),
  (n = (e) => e != null && e.constructor === f),
  (C.prototype.setState = function (e, t) {
    var n = this.__s;
    (n && n != this.state) || (n = this.__s = v({}, this.state)),
      typeof e == `function` && (e = e(v({}, n), this.props)),
      e && (v(n, e), this.__v && (t && this.__k.push(t), D(this)));
  }),
  (C.prototype.forceUpdate = function (e) {
    this.__v && ((this.__g |= 4), e && this.__h.push(e), D(this));
  }),
  (C.prototype.render = S),
  (r = []),
  (a = 0),
  (o = (e, t) => e.__v.__b - t.__v.__b),
  (s = Symbol()),
  (c = /(PointerCapture)$|Capture$/i),
  (l = 0),
  (u = {}),
  (d = 0);
var L,
  R,
  le,
  ue,
  de = Object.is,
  fe = 0,
  pe = [],
  me = [],
  z = e,
  he = z.__b,
  ge = z.__r,
  _e = z.diffed,
  ve = z.__c,
  ye = z.unmount,
  be = z.__;
function B(e, t) {
  z.__h && z.__h(R, e, fe || t), (fe = 0);
  var n = R.__H || (R.__H = { __: [], __h: [] });
  return (e >= n.__.length && n.__.push({}), n.__[e]);
}
function xe(e, t) {
  var n = B(L++, 3);
  !z.__s && Me(n.__H, t) && ((n.__P = !0), (n.__ = e), (n.u = t), R.__H.__h.push(n));
}
function Se(e, t) {
  var n = B(L++, 4);
  !z.__s && Me(n.__H, t) && ((n.__P = !1), (n.__ = e), (n.u = t), R.__h.push(n));
}
function Ce(e) {
  return ((fe = 5), we(() => ({ current: e }), []));
}
function we(e, t) {
  var n = B(L++, 7);
  return (Me(n.__H, t) && ((n.__ = e()), (n.__H = t)), n.__);
}
function Te(e) {
  var t = R.context[e.__c],
    n = B(L++, 9);
  return ((n.c = e), t ? (n.__ ?? ((n.__ = !0), t.sub(R)), t.props.value) : e.__);
}
function Ee() {
  var e = B(L++, 11);
  if (!e.__) {
    for (var t = R.__v; !t.__m && t.__; ) t = t.__;
    var n = t.__m || (t.__m = [0, 0]);
    e.__ = `P` + n[0] + `-` + n[1]++;
  }
  return e.__;
}
function De() {
  var e;
  do {
    for (; (e = me.shift()); )
      try {
        V(e);
      } catch (t) {
        z.__e(t, { __: (e = e.__P) && e.__v });
      }
    for (; (e = pe.shift()); ) {
      var t = e.__H;
      if (e.__P && t)
        try {
          t.__h.some(V), t.__h.some(je), (t.__h = []);
        } catch (n) {
          (t.__h = []), z.__e(n, e.__v);
        }
    }
  } while (me.length);
}
(z.__b = (e) => {
  (R = null), he && he(e);
}),
  (z.__ = (e, t) => {
    e && t.__k && t.__k.__m && (e.__m = t.__k.__m), be && be(e, t);
  }),
  (z.__r = (e) => {
    ge && ge(e), (L = 0);
    var t = (R = e.__c).__H;
    t &&
      (le == R ? (R.__h = []) : (t.__h.some(V), t.__h.some(je), (L = 0)),
      (t.__h = []),
      t.__.some((e) => {
        e.__N && (e.__ = e.__N), (e.u = e.__N = void 0);
      })),
      (le = R);
  }),
  (z.diffed = (e) => {
    _e && _e(e);
    var t = e.__c;
    t &&
      t.__H &&
      (t.__H.__h.length && Ae(pe.push(t)),
      t.__H.__.some((e) => {
        e.u && (e.__H = e.u);
      })),
      (le = R = null);
  }),
  (z.__c = (e, t) => {
    t.some((e) => {
      try {
        e.__h.some(V), (e.__h = e.__h.filter((e) => !e.__ || je(e)));
      } catch (t) {
        e.__h = [
          () => {
            throw t;
          },
        ];
      }
    }),
      ve && ve(e, t);
  }),
  (z.unmount = (e) => {
    ye && ye(e);
    var t,
      n,
      r = e.__c;
    r &&
      r.__H &&
      (r.__H.__.some((r) => {
        try {
          if (r.__P && r.__c) {
            if (n === void 0) {
              for (n = e.__; n && (!n.__c || !n.__c.__P); ) n = n.__;
              n &&= n.__c;
            }
            (r.__P = n), Ae(me.push(r));
          } else V(r);
        } catch (e) {
          t = e;
        }
      }),
      (r.__H = void 0),
      t && z.__e(t, r.__v));
  });
var Oe = typeof requestAnimationFrame == `function`;
function ke(e) {
  var t,
    n = () => {
      clearTimeout(r), Oe && cancelAnimationFrame(t), setTimeout(e);
    },
    r = setTimeout(n, 35);
  Oe && (t = requestAnimationFrame(n));
}
function Ae(e) {
  (e != 1 && ue == z.requestAnimationFrame) || ((ue = z.requestAnimationFrame) || ke)(De);
}
function V(e) {
  var t = R,
    n = e.__c;
  typeof n == `function` && ((e.__c = void 0), n()), (R = t);
}
function je(e) {
  var t = R;
  (e.__c = e.__()), (R = t);
}
function Me(e, t) {
  return !e || e.length != t.length || t.some((t, n) => !de(t, e[n]));
}
var Ne = Symbol.for(`preact-signals`);
function H() {
  if (q > 1) q--;
  else {
    var e,
      t = !1;
    for (
      (() => {
        var e = Re;
        for (Re = void 0; e !== void 0; ) {
          var t = e.S;
          if (t.v === e.v) for (var n = t.t; n !== void 0; n = n.x) n.i === e.i && (n.i = t.i);
          e = e.o;
        }
      })();
      K !== void 0;
    ) {
      var n = K;
      for (K = void 0, Fe++; n !== void 0; ) {
        var r = n.u;
        if (((n.u = void 0), (n.f &= -3), !(8 & n.f) && He(n)))
          try {
            n.c();
          } catch (n) {
            t ||= ((e = n), !0);
          }
        n = r;
      }
    }
    if (((Fe = 0), q--, t)) throw e;
  }
}
function Pe(e) {
  if (q > 0) return e();
  (Le = ++Ie), q++;
  try {
    return e();
  } finally {
    H();
  }
}
var U,
  W = void 0;
function G(e) {
  var t = W,
    n = U;
  (W = void 0), (U = void 0);
  try {
    return e();
  } finally {
    (W = t), (U = n);
  }
}
var K = void 0,
  q = 0,
  Fe = 0,
  Ie = 0,
  Le = 0,
  Re = void 0,
  ze = 0;
function Be(e) {
  if (W !== void 0) {
    var t = e.n;
    if (t === void 0 || t.t !== W)
      return (
        (t = { i: 0, S: e, p: W.s, n: void 0, t: W, e: void 0, x: void 0, r: t }),
        W.s !== void 0 && (W.s.n = t),
        (W.s = t),
        (e.n = t),
        32 & W.f && e.S(t),
        t
      );
    if (t.i === -1)
      return (
        (t.i = 0),
        t.n !== void 0 && ((t.n.p = t.p), t.p !== void 0 && (t.p.n = t.n), (t.p = W.s), (t.n = void 0), (W.s.n = t), (W.s = t)),
        t
      );
  }
}
function J(e, t) {
  (this.v = e),
    (this.i = 0),
    (this.n = void 0),
    (this.t = void 0),
    (this.l = 0),
    (this.W = t?.watched),
    (this.Z = t?.unwatched),
    (this.name = t?.name);
}
(J.prototype.brand = Ne),
  (J.prototype.h = () => !0),
  (J.prototype.S = function (e) {
    var n = this.t;
    n !== e &&
      e.e === void 0 &&
      ((e.x = n),
      (this.t = e),
      n === void 0
        ? G(() => {
            var e;
            (e = this.W) == null || e.call(this);
          })
        : (n.e = e));
  }),
  (J.prototype.U = function (e) {
    if (this.t !== void 0) {
      var n = e.e,
        r = e.x;
      n !== void 0 && ((n.x = r), (e.e = void 0)),
        r !== void 0 && ((r.e = n), (e.x = void 0)),
        e === this.t &&
          ((this.t = r),
          r === void 0 &&
            G(() => {
              var e;
              (e = this.Z) == null || e.call(this);
            }));
    }
  }),
  (J.prototype.subscribe = function (e) {
    return Z(
      () => {
        var n = this.value;
        G(() => e(n));
      },
      { name: `sub` },
    );
  }),
  (J.prototype.valueOf = function () {
    return this.value;
  }),
  (J.prototype.toString = function () {
    return this.value + ``;
  }),
  (J.prototype.toJSON = function () {
    return this.value;
  }),
  (J.prototype.peek = function () {
    return G(() => this.value);
  }),
  Object.defineProperty(J.prototype, 'value', {
    get: function () {
      var e = Be(this);
      return (e !== void 0 && (e.i = this.i), this.v);
    },
    set: function (e) {
      if (e !== this.v) {
        if (Fe > 100) throw Error(`Cycle detected`);
        ((e) => {
          q !== 0 && Fe === 0 && e.l !== Le && ((e.l = Le), (Re = { S: e, v: e.v, i: e.i, o: Re }));
        })(this),
          (this.v = e),
          this.i++,
          ze++,
          q++;
        try {
          for (var t = this.t; t !== void 0; t = t.x) t.t.N();
        } finally {
          H();
        }
      }
    },
  });
function Ve(e, t) {
  return new J(e, t);
}
function He(e) {
  for (var t = e.s; t !== void 0; t = t.n) if (t.S.i !== t.i || !t.S.h() || t.S.i !== t.i) return !0;
  return !1;
}
function Ue(e) {
  for (var t = e.s; t !== void 0; t = t.n) {
    var n = t.S.n;
    if ((n !== void 0 && (t.r = n), (t.S.n = t), (t.i = -1), t.n === void 0)) {
      e.s = t;
      break;
    }
  }
}
function We(e) {
  for (var t = e.s, n = void 0; t !== void 0; ) {
    var r = t.p;
    t.i === -1 ? (t.S.U(t), r !== void 0 && (r.n = t.n), t.n !== void 0 && (t.n.p = r)) : (n = t),
      (t.S.n = t.r),
      t.r !== void 0 && (t.r = void 0),
      (t = r);
  }
  e.s = n;
}
function Y(e, t) {
  J.call(this, void 0, t), (this.x = e), (this.s = void 0), (this.g = ze - 1), (this.f = 4);
}
(Y.prototype = new J()),
  (Y.prototype.h = function () {
    if (((this.f &= -3), 1 & this.f)) return !1;
    if ((36 & this.f) == 32 || ((this.f &= -5), this.g === ze)) return !0;
    if (((this.g = ze), (this.f |= 1), this.i > 0 && !He(this))) return ((this.f &= -2), !0);
    var e = W;
    try {
      Ue(this), (W = this);
      var t = this.x();
      (16 & this.f || this.v !== t || this.i === 0) && ((this.v = t), (this.f &= -17), this.i++);
    } catch (e) {
      (this.v = e), (this.f |= 16), this.i++;
    }
    return ((W = e), We(this), (this.f &= -2), !0);
  }),
  (Y.prototype.S = function (e) {
    if (this.t === void 0) {
      this.f |= 36;
      for (var t = this.s; t !== void 0; t = t.n) t.S.S(t);
    }
    J.prototype.S.call(this, e);
  }),
  (Y.prototype.U = function (e) {
    if (this.t !== void 0 && (J.prototype.U.call(this, e), this.t === void 0)) {
      this.f &= -33;
      for (var t = this.s; t !== void 0; t = t.n) t.S.U(t);
    }
  }),
  (Y.prototype.N = function () {
    if (!(2 & this.f)) {
      this.f |= 6;
      for (var e = this.t; e !== void 0; e = e.x) e.t.N();
    }
  }),
  Object.defineProperty(Y.prototype, 'value', {
    get: function () {
      if (1 & this.f) throw Error(`Cycle detected`);
      var e = Be(this);
      if ((this.h(), e !== void 0 && (e.i = this.i), 16 & this.f)) throw this.v;
      return this.v;
    },
  });
function Ge(e, t) {
  return new Y(e, t);
}
function Ke(e) {
  var t = e.j;
  if (((e.j = void 0), typeof t == `function`)) {
    q++;
    var n = W;
    W = void 0;
    try {
      t();
    } catch (t) {
      throw ((e.f &= -2), (e.f |= 8), qe(e), t);
    } finally {
      (W = n), H();
    }
  }
}
function qe(e) {
  for (var t = e.s; t !== void 0; t = t.n) t.S.U(t);
  (e.x = void 0), (e.s = void 0), Ke(e);
}
function Je(e) {
  if (W !== this) throw Error(`Out-of-order effect`);
  We(this), (W = e), (this.f &= -2);
  try {
    8 & this.f && qe(this);
  } finally {
    H();
  }
}
function X(e, t) {
  (this.x = e), (this.j = void 0), (this.s = void 0), (this.u = void 0), (this.f = 32), (this.name = t?.name), U && U.push(this);
}
(X.prototype.c = function () {
  var e = this.S();
  try {
    if (8 & this.f || this.x === void 0) return;
    var t = this.x();
    typeof t == `function` && (this.j = t);
  } finally {
    e();
  }
}),
  (X.prototype.S = function () {
    if (1 & this.f) throw Error(`Cycle detected`);
    (this.f |= 1), (this.f &= -9), Ke(this), Ue(this), q++;
    var e = W;
    return ((W = this), Je.bind(this, e));
  }),
  (X.prototype.N = function () {
    2 & this.f || ((this.f |= 2), (this.u = K), (K = this));
  }),
  (X.prototype.d = function () {
    (this.f |= 8), 1 & this.f || qe(this);
  }),
  (X.prototype.dispose = function () {
    this.d();
  });
function Z(e, t) {
  var n = new X(e, t);
  try {
    n.c();
  } catch (e) {
    throw (n.d(), e);
  }
  var r = n.d.bind(n);
  return ((r[Symbol.dispose] = r), r);
}
var Ye,
  Xe,
  Ze = typeof window < `u` && !!window.__PREACT_SIGNALS_DEVTOOLS__,
  Qe = [];
Z(function () {
  Ye = this.N;
})();
function Q(t, n) {
  e[t] = n.bind(null, e[t] || (() => {}));
}
function $(e) {
  if (Xe) {
    var t = Xe;
    (Xe = void 0), t();
  }
  Xe = e && e.S();
}
function $e(e) {
  var r = e.data,
    i = tt(r);
  (i.name = `ReactiveDom`), (i.value = r);
  var a = we(() => {
      for (var e = this, r = this.__v; (r = r.__); )
        if (r.__c) {
          r.__c.__$f |= 4;
          break;
        }
      var a = Ge(() => {
          var e = i.value.value;
          return e === 0 ? 0 : !0 === e ? `` : e || ``;
        }),
        o = Ge(() => !Array.isArray(a.value) && !n(a.value)),
        s = Z(function () {
          if (((this.N = it), o.value)) {
            var t = a.value;
            e.__v && e.__v.__e && e.__v.__e.nodeType === 3 && (e.__v.__e.data = t);
          }
        }),
        c = this.__$u.d;
      return (
        (this.__$u.d = function () {
          s(), c.call(this);
        }),
        [o, a]
      );
    }, []),
    o = a[0],
    s = a[1];
  return o.value ? s.peek() : s.value;
}
($e.displayName = `ReactiveTextNode`),
  Object.defineProperties(J.prototype, {
    constructor: { configurable: !0, value: b(S, null).constructor },
    type: { configurable: !0, value: $e },
    props: {
      configurable: !0,
      get: function () {
        var e = this;
        return {
          data: {
            get value() {
              return e.value;
            },
          },
        };
      },
    },
    __b: { configurable: !0, value: 1 },
  }),
  Q(`__b`, (e, t) => {
    if (($(), typeof t.type == `string`)) {
      var n,
        r = t.props;
      for (var i in r)
        if (i !== `children`) {
          var a = r[i];
          a instanceof J && (n || (t.__np = n = {}), (n[i] = a), (r[i] = a.peek()));
        }
    }
    e(t);
  }),
  Q(`__r`, (e, t) => {
    if ((e(t), t.type !== S)) {
      $();
      var n,
        r = t.__c;
      r &&
        ((r.__$f &= -2),
        (n = r.__$u) === void 0 &&
          (r.__$u = n =
            ((e, t) => {
              var n;
              return (
                Z(
                  function () {
                    n = this;
                  },
                  { name: t },
                ),
                (n.c = e),
                n
              );
            })(
              ((e) =>
                function () {
                  var t;
                  Ze && ((t = this.y) == null || t.call(this)), (e.__$f |= 1), e.setState({});
                })(r),
              typeof t.type == `function` ? t.type.displayName || t.type.name : ``,
            ))),
        $(n);
    }
  }),
  Q(`__e`, (e, t, n, r) => {
    $(), e(t, n, r);
  }),
  Q(`diffed`, (e, t) => {
    $();
    var n;
    if (typeof t.type == `string` && (n = t.__e)) {
      var r = t.__np,
        i = t.props,
        a = n.U;
      if (a)
        for (var o in a) {
          var s = a[o];
          s === void 0 || (r && o in r) || (s.d(), (a[o] = void 0));
        }
      if (r)
        for (var c in (a || ((a = {}), (n.U = a)), r)) {
          var l = a[c],
            u = r[c];
          l === void 0 ? ((l = et(n, c, u, i)), (a[c] = l)) : l.o(u, i);
        }
    }
    e(t);
  });
function et(e, t, n, r) {
  var i = t in e && e.ownerSVGElement === void 0,
    a = Ve(n);
  return {
    o: (e, t) => {
      (a.value = e), (r = t);
    },
    d: Z(function () {
      this.N = it;
      var n = a.value.value;
      r[t] !== n && ((r[t] = n), i ? (e[t] = n) : n != null && (!1 !== n || t[4] === `-`) ? e.setAttribute(t, n) : e.removeAttribute(t));
    }),
  };
}
Q(`unmount`, (e, t) => {
  if (typeof t.type == `string`) {
    var n = t.__e;
    if (n) {
      var r = n.U;
      if (r)
        for (var i in ((n.U = void 0), r)) {
          var a = r[i];
          a && a.d();
        }
    }
    var o = t.__np;
    if (o) {
      var s = t.props;
      for (var c in o) s[c] = o[c];
    }
    t.__np = void 0;
  } else {
    var l = t.__c;
    if (l) {
      l.__$f |= 8;
      var u = l.__$u;
      u && ((l.__$u = void 0), u.d());
    }
  }
  e(t);
}),
  Q(`__h`, (e, t, n, r) => {
    r < 3 && (t.__$f |= 2), e(t, n, r);
  }),
  (C.prototype.shouldComponentUpdate = function (e, t) {
    if (this.__R) return !0;
    var n = this.__$u,
      r = n && n.s !== void 0;
    for (var i in t) return !0;
    if (this.__f || (typeof this.u == `boolean` && !0 === this.u)) {
      var a = 2 & this.__$f;
      if (!(r || a || 4 & this.__$f) || 1 & this.__$f) return !0;
    } else if (!(r || 4 & this.__$f) || 3 & this.__$f) return !0;
    for (var o in e) if (o !== `__source` && e[o] !== this.props[o]) return !0;
    for (var s in this.props) if (!(s in e)) return !0;
    return !1;
  });
function tt(e, t) {
  return we(() => Ve(e, t), []);
}
var nt = (e) => {
  queueMicrotask(() => {
    queueMicrotask(e);
  });
};
function rt() {
  Pe(() => {
    for (var e; (e = Qe.shift()); ) Ye.call(e);
  });
}
function it() {
  Qe.push(this) === 1 && (e.requestAnimationFrame || nt)(rt);
}
var at = Symbol.for(`pv`),
  ot = 0;
Array.isArray;
function st(t, n, r, i, a, o) {
  n ||= {};
  var s,
    c,
    l = n;
  if (`ref` in l && typeof t != `function`) for (c in ((l = {}), n)) c == `ref` ? (s = n[c]) : (l[c] = n[c]);
  var u = {
    type: t,
    props: l,
    key: r,
    ref: s,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: at,
    __v: --ot,
    __i: -1,
    __u: 0,
  };
  return ((a || o) && ((u.__source = a), (u.__self = o)), e.vnode && e.vnode(u), u);
}
var ct = {
    charsPerRole: 3e3,
    maxPages: 12,
    careerPagesMin: 4,
    careerPagesMax: 5,
    maxFileSize: 524288,
    supportersRequired: 2,
    charsPerPage: 3e3,
  },
  lt = {
    charsPerRole: `public`,
    maxPages: `public`,
    careerPagesMin: `public`,
    careerPagesMax: `public`,
    maxFileSize: `assumed`,
    supportersRequired: `assumed`,
    charsPerPage: `assumed`,
  },
  ut = 1048576,
  dt = 1e5,
  ft = {
    charsPerRole: dt,
    maxPages: 1e3,
    careerPagesMin: 1e3,
    careerPagesMax: 1e3,
    maxFileSize: 25 * ut,
    supportersRequired: 100,
    charsPerPage: dt,
  },
  pt = Ve({}),
  mt = Ge(() => {
    const e = { ...ct, ...pt.value };
    return Object.fromEntries(Object.keys(e).map((t) => [t, Math.min(e[t], ft[t])]));
  });
export {
  C as v,
  Ce as p,
  ce as _,
  ct as a,
  dt as n,
  Ee as f,
  ft as t,
  lt as o,
  mt as i,
  pt as r,
  S as h,
  Se as d,
  se as g,
  st as s,
  Te as m,
  tt as c,
  Ve as l,
  xe as u,
};
