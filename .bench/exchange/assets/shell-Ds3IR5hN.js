var e = {
    charsPerRole: 3e3,
    maxPages: 12,
    careerPagesMin: 4,
    careerPagesMax: 5,
    maxFileSize: 524288,
    supportersRequired: 2,
    charsPerPage: 3e3,
  },
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
function x(e, r, i, a, o) {
  var s = {
    type: e,
    props: r,
    key: i,
    ref: a,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: f,
    __v: o || ++n,
    __i: -1,
    __u: 0,
  };
  return (!o && t.vnode && t.vnode(s), s);
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
function T(e) {
  var n,
    r = e.__v,
    i = r.__e,
    a = [],
    o = [],
    s = e.__P;
  s &&
    (((n = v({ constructor: f }, r)).__v = r.__v + 1),
    t.vnode && t.vnode(n),
    N(s, n, r, e.__n, s.namespaceURI, 32 & r.__u ? [i] : null, a, i || w(r), 32 & r.__u, o),
    (n.__v = r.__v),
    (n.__.__k[n.__i] = n),
    F(a, n, o),
    (r.__ = r.__e = null),
    n.__e != i && E(n));
}
function E(e) {
  if ((e = e.__) && e.__c && !e.props.__P) return ((e.__e = null), e.__k.some((t) => t && (e.__e = t.__e)), E(e));
}
function D(e) {
  ((8 & e.__g || ((e.__g |= 8), i.push(e), o++)) && a == t.debounceRendering) || ((a = t.debounceRendering) || queueMicrotask)(O);
}
function O() {
  try {
    for (var e, t = 1; i.length; ) i.length > t && i.sort(s), (e = i.shift()), (t = i.length), 8 & e.__g && T(e);
  } finally {
    (o = i.length) && (a || queueMicrotask)(O);
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
        ((o = d[t] || (d[t] = ne(t))),
        ((e.__a ||= {})[t] = u),
        (a = t != (t = t.replace(l, `$1`))),
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
function ne(e) {
  return function (n) {
    var r = this.__e;
    if (r) {
      if (((r = r[e]), n[c] == null)) n[c] = u++;
      else if (n[c] < this.__a[e]) return;
      return r(t.event ? t.event(n) : n);
    }
  };
}
function N(e, n, r, i, a, o, s, c, l, u) {
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
    (d = t.__b) && d(n);
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
      (_.context = k), (_.props = E), (_.__P = e), (_.__g &= -5), (A = t.__r), (te = D ? 25 : 0);
      do (_.__g &= -9), A && A(n), (d = _.render(_.props, (_.state = _.__s), _.context));
      while (8 & _.__g && ++te < 25);
      D && (m.push.apply(_.__h, _.__k), (_.__k = [])),
        (_.state = _.__s),
        _.getChildContext && (i = v({}, i, _.getChildContext())),
        D && r.__c && _.getSnapshotBeforeUpdate && (T = _.getSnapshotBeforeUpdate(b, x)),
        (j = d && d.type === S && d.key == null ? d.props.children : d),
        E.__P &&
          ((d = c),
          (a = (e = E.__P).namespaceURI),
          (l = o = null),
          r.props &&
            r.props.__P != e &&
            (r.__k.some((e) => {
              e && ae(e, e);
            }),
            (r.__k = null)),
          (c = r.__k ? w(r, 0) : null)),
        (c = ee(e, g(j) ? j : [j], n, r, i, a, o, s, c, l, u)),
        E.__P && ((n.__e = null), (c = d)),
        (n.__u &= -161),
        p && p.some(y),
        _.__h.length && s.push(_),
        1 & _.__g && (_.__g &= -4);
    } catch (e) {
      if (((s.length = h), (n.__v = null), l || o)) {
        if (e && e.then) {
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
      (n.__k ||= r.__k || []), (e && e.then) || re(n), t.__e(e, n, r);
    }
  } else c = n.__e = ie(r.__e, n, r, i, a, o, s, l, u, e);
  return ((d = t.diffed) && d(n), c);
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
function F(e, n, r) {
  for (var i = 0; i < r.length; ) I(r[i++], r[i++], r[i++]);
  t.__c && t.__c(n, e),
    e.some((n) => {
      try {
        (e = n.__h),
          (n.__h = []),
          e.some((e) => {
            e.call(n);
          });
      } catch (e) {
        t.__e(e, n.__v);
      }
    });
}
function ie(e, n, r, i, a, o, s, c, l, u) {
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
        (e = b), (o[d] = null);
        break;
      }
  }
  if (!e) {
    if (((C = u.ownerDocument || document), !D)) return C.createTextNode(E);
    (e = C.createElementNS(a, D, E.is ? E : u)), (c &&= (t.__m && t.__m(n, o), !1)), (o = null);
  }
  if (D) {
    if (
      ((u = (D == `template` && e.content) || e),
      (o = D == `textarea` && E.defaultValue != null ? null : o && _.call(u.childNodes)),
      !c && o)
    )
      for (T = {}, d = 0; d < e.attributes.length; d++) T[(b = e.attributes[d]).name] = b.value;
    for (d in T)
      (b = T[d]),
        d == `dangerouslySetInnerHTML`
          ? (m = b)
          : d == `children` ||
            d in E ||
            (d == `value` && `defaultValue` in E) ||
            (d == `checked` && `defaultChecked` in E) ||
            M(e, d, null, b, a);
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
                : (c && typeof b != `function`) || T[d] === b || M(e, d, b, T[d], a);
    f
      ? (c || (m && (f.__html == m.__html || f.__html == e.innerHTML)) || (e.innerHTML = f.__html), (n.__k = []))
      : (m && (e.textContent = ``),
        (D == `foreignObject` || (a == `http://www.w3.org/1998/Math/MathML` && h.test(D))) && (a = `http://www.w3.org/1999/xhtml`),
        ee(u, g(v) ? v : [v], n, r, i, a, o, s, o ? o[0] : r.__k && w(r, 0), c, l),
        o && o.some(y)),
      (c && D != `textarea`) ||
        ((d = `value`),
        D == `progress` && x == null ? e.removeAttribute(d) : x == null || (x === e[d] && (D != `progress` || x)) || M(e, d, x, T[d], a),
        (d = `checked`),
        S != null && S != e[d] && M(e, d, S, T[d], a));
  } else T === E || (c && e.data == E) || (e.data = E);
  return e;
}
function I(e, n, r, i) {
  try {
    typeof e == `function`
      ? n
        ? (n.__x = e(n) || 1)
        : (i &&= i.__c || i.__e) && (n = i.__x) && ((i.__x = null), typeof n == `function` ? n() : e(null))
      : (e.current = n);
  } catch (e) {
    t.__e(e, r);
  }
}
function ae(e, n, r) {
  var i, a, o, s;
  if ((t.unmount && t.unmount(e), !(i = e.ref) || (i.current && i.current != e.__e) || I(i, null, n, e), (i = e.__c))) {
    if (i.componentWillUnmount)
      try {
        i.componentWillUnmount();
      } catch (e) {
        t.__e(e, n);
      }
    i.__P = i.__n = null;
  }
  if ((i = e.__k)) for (s = 0; s < i.length; s++) i[s] && ae(i[s], n, typeof e.type != `function` || (r && !e.props.__P));
  !r && (i = e.__c) && (i = i.__z) && (a = P(i, (o = []))) && (i == e.__e && o.some(y), y(a), y(i)),
    r || y(e.__e),
    (e.__e = e.__c = e.__ = null);
}
function oe(e, t, n) {
  return this.constructor(e, n);
}
(t = {
  __e: (e, t, n, r) => {
    for (var i, a, s; (t = t.__); )
      if ((i = t.__c) && !(1 & i.__g)) {
        i.__g |= 4;
        try {
          if (
            ((s = (a = i.constructor) && a.getDerivedStateFromError) && i.setState(a.getDerivedStateFromError(e)),
            i.componentDidCatch && (i.componentDidCatch(e, r || {}), (s = 1)),
            s && 8 & i.__g)
          )
            return void (i.__g |= 2);
        } catch (t) {
          e = t;
        }
      }
    throw ((o = 0), e);
  },
}),
  (n = 0),
  (r = (e) => e != null && e.constructor === f),
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
  (i = []),
  (o = 0),
  (s = (e, t) => e.__v.__b - t.__v.__b),
  (c = Symbol()),
  (l = /(PointerCapture)$|Capture$/i),
  (u = 0),
  (d = {});
var se,
  L,
  ce,
  le,
  ue = Object.is,
  de = 0,
  fe = [],
  pe = [],
  R = t,
  me = R.__b,
  he = R.__r,
  ge = R.diffed,
  _e = R.__c,
  ve = R.unmount,
  ye = R.__;
function be(e, t) {
  R.__h && R.__h(L, e, de || t), (de = 0);
  var n = L.__H || (L.__H = { __: [], __h: [] });
  return (e >= n.__.length && n.__.push({}), n.__[e]);
}
function xe(e, t) {
  var n = be(se++, 7);
  return (De(n.__H, t) && ((n.__ = e()), (n.__H = t)), n.__);
}
function Se() {
  var e;
  do {
    for (; (e = pe.shift()); )
      try {
        z(e);
      } catch (t) {
        R.__e(t, { __: (e = e.__P) && e.__v });
      }
    for (; (e = fe.shift()); ) {
      var t = e.__H;
      if (e.__P && t)
        try {
          t.__h.some(z), t.__h.some(Ee), (t.__h = []);
        } catch (n) {
          (t.__h = []), R.__e(n, e.__v);
        }
    }
  } while (pe.length);
}
(R.__b = (e) => {
  (L = null), me && me(e);
}),
  (R.__ = (e, t) => {
    e && t.__k && t.__k.__m && (e.__m = t.__k.__m), ye && ye(e, t);
  }),
  (R.__r = (e) => {
    he && he(e), (se = 0);
    var t = (L = e.__c).__H;
    t &&
      (ce == L ? (L.__h = []) : (t.__h.some(z), t.__h.some(Ee), (se = 0)),
      (t.__h = []),
      t.__.some((e) => {
        e.__N && (e.__ = e.__N), (e.u = e.__N = void 0);
      })),
      (ce = L);
  }),
  (R.diffed = (e) => {
    ge && ge(e);
    var t = e.__c;
    t &&
      t.__H &&
      (t.__H.__h.length && Te(fe.push(t)),
      t.__H.__.some((e) => {
        e.u && (e.__H = e.u);
      })),
      (ce = L = null);
  }),
  (R.__c = (e, t) => {
    t.some((e) => {
      try {
        e.__h.some(z), (e.__h = e.__h.filter((e) => !e.__ || Ee(e)));
      } catch (t) {
        e.__h = [
          () => {
            throw t;
          },
        ];
      }
    }),
      _e && _e(e, t);
  }),
  (R.unmount = (e) => {
    ve && ve(e);
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
            (r.__P = n), Te(pe.push(r));
          } else z(r);
        } catch (e) {
          t = e;
        }
      }),
      (r.__H = void 0),
      t && R.__e(t, r.__v));
  });
var Ce = typeof requestAnimationFrame == `function`;
function we(e) {
  var t,
    n = () => {
      clearTimeout(r), Ce && cancelAnimationFrame(t), setTimeout(e);
    },
    r = setTimeout(n, 35);
  Ce && (t = requestAnimationFrame(n));
}
function Te(e) {
  (e != 1 && le == R.requestAnimationFrame) || ((le = R.requestAnimationFrame) || we)(Se);
}
function z(e) {
  var t = L,
    n = e.__c;
  typeof n == `function` && ((e.__c = void 0), n()), (L = t);
}
function Ee(e) {
  var t = L;
  (e.__c = e.__()), (L = t);
}
function De(e, t) {
  return !e || e.length != t.length || t.some((t, n) => !ue(t, e[n]));
}
var Oe = Symbol.for(`preact-signals`);
function B() {
  if (G > 1) G--;
  else {
    var e,
      t = !1;
    for (
      (() => {
        var e = Me;
        for (Me = void 0; e !== void 0; ) {
          var t = e.S;
          if (t.v === e.v) for (var n = t.t; n !== void 0; n = n.x) n.i === e.i && (n.i = t.i);
          e = e.o;
        }
      })();
      W !== void 0;
    ) {
      var n = W;
      for (W = void 0, K++; n !== void 0; ) {
        var r = n.u;
        if (((n.u = void 0), (n.f &= -3), !(8 & n.f) && Ie(n)))
          try {
            n.c();
          } catch (n) {
            t ||= ((e = n), !0);
          }
        n = r;
      }
    }
    if (((K = 0), G--, t)) throw e;
  }
}
function ke(e) {
  if (G > 0) return e();
  (je = ++Ae), G++;
  try {
    return e();
  } finally {
    B();
  }
}
var V,
  H = void 0;
function U(e) {
  var t = H,
    n = V;
  (H = void 0), (V = void 0);
  try {
    return e();
  } finally {
    (H = t), (V = n);
  }
}
var W = void 0,
  G = 0,
  K = 0,
  Ae = 0,
  je = 0,
  Me = void 0,
  Ne = 0;
function Pe(e) {
  if (H !== void 0) {
    var t = e.n;
    if (t === void 0 || t.t !== H)
      return (
        (t = { i: 0, S: e, p: H.s, n: void 0, t: H, e: void 0, x: void 0, r: t }),
        H.s !== void 0 && (H.s.n = t),
        (H.s = t),
        (e.n = t),
        32 & H.f && e.S(t),
        t
      );
    if (t.i === -1)
      return (
        (t.i = 0),
        t.n !== void 0 && ((t.n.p = t.p), t.p !== void 0 && (t.p.n = t.n), (t.p = H.s), (t.n = void 0), (H.s.n = t), (H.s = t)),
        t
      );
  }
}
function q(e, t) {
  (this.v = e),
    (this.i = 0),
    (this.n = void 0),
    (this.t = void 0),
    (this.l = 0),
    (this.W = t?.watched),
    (this.Z = t?.unwatched),
    (this.name = t?.name);
}
(q.prototype.brand = Oe),
  (q.prototype.h = () => !0),
  (q.prototype.S = function (e) {
    var n = this.t;
    n !== e &&
      e.e === void 0 &&
      ((e.x = n),
      (this.t = e),
      n === void 0
        ? U(() => {
            var e;
            (e = this.W) == null || e.call(this);
          })
        : (n.e = e));
  }),
  (q.prototype.U = function (e) {
    if (this.t !== void 0) {
      var n = e.e,
        r = e.x;
      n !== void 0 && ((n.x = r), (e.e = void 0)),
        r !== void 0 && ((r.e = n), (e.x = void 0)),
        e === this.t &&
          ((this.t = r),
          r === void 0 &&
            U(() => {
              var e;
              (e = this.Z) == null || e.call(this);
            }));
    }
  }),
  (q.prototype.subscribe = function (e) {
    return X(
      () => {
        var n = this.value;
        U(() => e(n));
      },
      { name: `sub` },
    );
  }),
  (q.prototype.valueOf = function () {
    return this.value;
  }),
  (q.prototype.toString = function () {
    return this.value + ``;
  }),
  (q.prototype.toJSON = function () {
    return this.value;
  }),
  (q.prototype.peek = function () {
    return U(() => this.value);
  }),
  Object.defineProperty(q.prototype, 'value', {
    get: function () {
      var e = Pe(this);
      return (e !== void 0 && (e.i = this.i), this.v);
    },
    set: function (e) {
      if (e !== this.v) {
        if (K > 100) throw Error(`Cycle detected`);
        ((e) => {
          G !== 0 && K === 0 && e.l !== je && ((e.l = je), (Me = { S: e, v: e.v, i: e.i, o: Me }));
        })(this),
          (this.v = e),
          this.i++,
          Ne++,
          G++;
        try {
          for (var t = this.t; t !== void 0; t = t.x) t.t.N();
        } finally {
          B();
        }
      }
    },
  });
function Fe(e, t) {
  return new q(e, t);
}
function Ie(e) {
  for (var t = e.s; t !== void 0; t = t.n) if (t.S.i !== t.i || !t.S.h() || t.S.i !== t.i) return !0;
  return !1;
}
function Le(e) {
  for (var t = e.s; t !== void 0; t = t.n) {
    var n = t.S.n;
    if ((n !== void 0 && (t.r = n), (t.S.n = t), (t.i = -1), t.n === void 0)) {
      e.s = t;
      break;
    }
  }
}
function Re(e) {
  for (var t = e.s, n = void 0; t !== void 0; ) {
    var r = t.p;
    t.i === -1 ? (t.S.U(t), r !== void 0 && (r.n = t.n), t.n !== void 0 && (t.n.p = r)) : (n = t),
      (t.S.n = t.r),
      t.r !== void 0 && (t.r = void 0),
      (t = r);
  }
  e.s = n;
}
function J(e, t) {
  q.call(this, void 0, t), (this.x = e), (this.s = void 0), (this.g = Ne - 1), (this.f = 4);
}
(J.prototype = new q()),
  (J.prototype.h = function () {
    if (((this.f &= -3), 1 & this.f)) return !1;
    if ((36 & this.f) == 32 || ((this.f &= -5), this.g === Ne)) return !0;
    if (((this.g = Ne), (this.f |= 1), this.i > 0 && !Ie(this))) return ((this.f &= -2), !0);
    var e = H;
    try {
      Le(this), (H = this);
      var t = this.x();
      (16 & this.f || this.v !== t || this.i === 0) && ((this.v = t), (this.f &= -17), this.i++);
    } catch (e) {
      (this.v = e), (this.f |= 16), this.i++;
    }
    return ((H = e), Re(this), (this.f &= -2), !0);
  }),
  (J.prototype.S = function (e) {
    if (this.t === void 0) {
      this.f |= 36;
      for (var t = this.s; t !== void 0; t = t.n) t.S.S(t);
    }
    q.prototype.S.call(this, e);
  }),
  (J.prototype.U = function (e) {
    if (this.t !== void 0 && (q.prototype.U.call(this, e), this.t === void 0)) {
      this.f &= -33;
      for (var t = this.s; t !== void 0; t = t.n) t.S.U(t);
    }
  }),
  (J.prototype.N = function () {
    if (!(2 & this.f)) {
      this.f |= 6;
      for (var e = this.t; e !== void 0; e = e.x) e.t.N();
    }
  }),
  Object.defineProperty(J.prototype, 'value', {
    get: function () {
      if (1 & this.f) throw Error(`Cycle detected`);
      var e = Pe(this);
      if ((this.h(), e !== void 0 && (e.i = this.i), 16 & this.f)) throw this.v;
      return this.v;
    },
  });
function ze(e, t) {
  return new J(e, t);
}
function Be(e) {
  var t = e.j;
  if (((e.j = void 0), typeof t == `function`)) {
    G++;
    var n = H;
    H = void 0;
    try {
      t();
    } catch (t) {
      throw ((e.f &= -2), (e.f |= 8), Ve(e), t);
    } finally {
      (H = n), B();
    }
  }
}
function Ve(e) {
  for (var t = e.s; t !== void 0; t = t.n) t.S.U(t);
  (e.x = void 0), (e.s = void 0), Be(e);
}
function He(e) {
  if (H !== this) throw Error(`Out-of-order effect`);
  Re(this), (H = e), (this.f &= -2);
  try {
    8 & this.f && Ve(this);
  } finally {
    B();
  }
}
function Y(e, t) {
  (this.x = e), (this.j = void 0), (this.s = void 0), (this.u = void 0), (this.f = 32), (this.name = t?.name), V && V.push(this);
}
(Y.prototype.c = function () {
  var e = this.S();
  try {
    if (8 & this.f || this.x === void 0) return;
    var t = this.x();
    typeof t == `function` && (this.j = t);
  } finally {
    e();
  }
}),
  (Y.prototype.S = function () {
    if (1 & this.f) throw Error(`Cycle detected`);
    (this.f |= 1), (this.f &= -9), Be(this), Le(this), G++;
    var e = H;
    return ((H = this), He.bind(this, e));
  }),
  (Y.prototype.N = function () {
    2 & this.f || ((this.f |= 2), (this.u = W), (W = this));
  }),
  (Y.prototype.d = function () {
    (this.f |= 8), 1 & this.f || Ve(this);
  }),
  (Y.prototype.dispose = function () {
    this.d();
  });
function X(e, t) {
  var n = new Y(e, t);
  try {
    n.c();
  } catch (e) {
    throw (n.d(), e);
  }
  var r = n.d.bind(n);
  return ((r[Symbol.dispose] = r), r);
}
var Ue,
  Z,
  We = typeof window < `u` && !!window.__PREACT_SIGNALS_DEVTOOLS__,
  Ge = [];
X(function () {
  Ue = this.N;
})();
function Q(e, n) {
  t[e] = n.bind(null, t[e] || (() => {}));
}
function $(e) {
  if (Z) {
    var t = Z;
    (Z = void 0), t();
  }
  Z = e && e.S();
}
function Ke(e) {
  var n = e.data,
    i = Je(n);
  (i.name = `ReactiveDom`), (i.value = n);
  var a = xe(() => {
      for (var e = this, n = this.__v; (n = n.__); )
        if (n.__c) {
          n.__c.__$f |= 4;
          break;
        }
      var a = ze(() => {
          var e = i.value.value;
          return e === 0 ? 0 : !0 === e ? `` : e || ``;
        }),
        o = ze(() => !Array.isArray(a.value) && !r(a.value)),
        s = X(function () {
          if (((this.N = Ze), o.value)) {
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
(Ke.displayName = `ReactiveTextNode`),
  Object.defineProperties(q.prototype, {
    constructor: { configurable: !0, value: b(S, null).constructor },
    type: { configurable: !0, value: Ke },
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
          a instanceof q && (n || (t.__np = n = {}), (n[i] = a), (r[i] = a.peek()));
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
                X(
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
                  We && ((t = this.y) == null || t.call(this)), (e.__$f |= 1), e.setState({});
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
          l === void 0 ? ((l = qe(n, c, u, i)), (a[c] = l)) : l.o(u, i);
        }
    }
    e(t);
  });
function qe(e, t, n, r) {
  var i = t in e && e.ownerSVGElement === void 0,
    a = Fe(n);
  return {
    o: (e, t) => {
      (a.value = e), (r = t);
    },
    d: X(function () {
      this.N = Ze;
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
function Je(e, t) {
  return xe(() => Fe(e, t), []);
}
var Ye = (e) => {
  queueMicrotask(() => {
    queueMicrotask(e);
  });
};
function Xe() {
  ke(() => {
    for (var e; (e = Ge.shift()); ) Ue.call(e);
  });
}
function Ze() {
  Ge.push(this) === 1 && (t.requestAnimationFrame || Ye)(Xe);
}
export { e as n, Fe as t };
