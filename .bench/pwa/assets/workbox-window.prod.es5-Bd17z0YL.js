try {
  self[`workbox:window:7.4.0`] && _();
} catch {}
function e(e, t) {
  return new Promise((n) => {
    var r = new MessageChannel();
    (r.port1.onmessage = (e) => {
      n(e.data);
    }),
      e.postMessage(t, [r.port2]);
  });
}
function t(e, t) {
  (t == null || t > e.length) && (t = e.length);
  for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
  return r;
}
function n(e, t, n) {
  return (
    t &&
      ((e, t) => {
        for (var n = 0; n < t.length; n++) {
          var r = t[n];
          (r.enumerable = r.enumerable || !1),
            (r.configurable = !0),
            `value` in r && (r.writable = !0),
            Object.defineProperty(e, a(r.key), r);
        }
      })(e.prototype, t),
    Object.defineProperty(e, 'prototype', { writable: !1 }),
    e
  );
}
function r(e, n) {
  var r = (typeof Symbol < `u` && e[Symbol.iterator]) || e[`@@iterator`];
  if (r) return (r = r.call(e)).next.bind(r);
  if (
    Array.isArray(e) ||
    (r = ((e, n) => {
      if (e) {
        if (typeof e == `string`) return t(e, n);
        var r = {}.toString.call(e).slice(8, -1);
        return (
          r === `Object` && e.constructor && (r = e.constructor.name),
          r === `Map` || r === `Set`
            ? Array.from(e)
            : r === `Arguments` || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(r)
              ? t(e, n)
              : void 0
        );
      }
    })(e)) ||
    n
  ) {
    r && (e = r);
    var i = 0;
    return () => (i >= e.length ? { done: !0 } : { done: !1, value: e[i++] });
  }
  throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`);
}
function i(e, t) {
  return ((i = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : (e, t) => ((e.__proto__ = t), e)), i(e, t));
}
function a(e) {
  var t = ((e, t) => {
    if (typeof e != `object` || !e) return e;
    var n = e[Symbol.toPrimitive];
    if (n !== void 0) {
      var r = n.call(e, t);
      if (typeof r != `object`) return r;
      throw TypeError(`@@toPrimitive must return a primitive value.`);
    }
    return String(e);
  })(e, `string`);
  return typeof t == `symbol` ? t : t + ``;
}
try {
  self[`workbox:core:7.4.0`] && _();
} catch {}
var o = function () {
  this.promise = new Promise((t, n) => {
    (this.resolve = t), (this.reject = n);
  });
};
function s(e, t) {
  var n = location.href;
  return new URL(e, n).href === new URL(t, n).href;
}
var c = function (e, t) {
  (this.type = e), Object.assign(this, t);
};
function l(e, t, n) {
  return ((e && e.then) || (e = Promise.resolve(e)), t ? e.then(t) : e);
}
function u() {}
var d = { type: `SKIP_WAITING` };
function f(e, t) {
  return e && e.then ? e.then(u) : Promise.resolve();
}
var p = ((t) => {
  function r(e, n) {
    var r, i;
    return (
      n === void 0 && (n = {}),
      ((r = t.call(this) || this).nn = {}),
      (r.tn = 0),
      (r.rn = new o()),
      (r.en = new o()),
      (r.on = new o()),
      (r.un = 0),
      (r.an = new Set()),
      (r.cn = () => {
        var e = r.fn,
          t = e.installing;
        r.tn > 0 || !s(t.scriptURL, r.sn.toString()) || performance.now() > r.un + 6e4
          ? ((r.vn = t), e.removeEventListener(`updatefound`, r.cn))
          : ((r.hn = t), r.an.add(t), r.rn.resolve(t)),
          ++r.tn,
          t.addEventListener(`statechange`, r.ln);
      }),
      (r.ln = (e) => {
        var t = r.fn,
          n = e.target,
          i = n.state,
          a = n === r.vn,
          o = { sw: n, isExternal: a, originalEvent: e };
        !a && r.mn && (o.isUpdate = !0),
          r.dispatchEvent(new c(i, o)),
          i === `installed`
            ? (r.wn = self.setTimeout(() => {
                i === `installed` && t.waiting === n && r.dispatchEvent(new c(`waiting`, o));
              }, 200))
            : i === `activating` && (clearTimeout(r.wn), a || r.en.resolve(n));
      }),
      (r.yn = (e) => {
        var t = r.hn,
          n = t !== navigator.serviceWorker.controller;
        r.dispatchEvent(new c(`controlling`, { isExternal: n, originalEvent: e, sw: t, isUpdate: r.mn })), n || r.on.resolve(t);
      }),
      (r.gn =
        ((i = (e) => {
          var t = e.data,
            n = e.ports,
            i = e.source;
          return l(r.getSW(), () => {
            r.an.has(i) && r.dispatchEvent(new c(`message`, { data: t, originalEvent: e, ports: n, sw: i }));
          });
        }),
        function () {
          var e = [...arguments];
          try {
            return Promise.resolve(i.apply(this, e));
          } catch (e) {
            return Promise.reject(e);
          }
        })),
      (r.sn = e),
      (r.nn = n),
      navigator.serviceWorker.addEventListener(`message`, r.gn),
      r
    );
  }
  var a,
    u = t;
  ((a = r).prototype = Object.create(u.prototype)), (a.prototype.constructor = a), i(a, u);
  var p = r.prototype;
  return (
    (p.register = function (e) {
      var t = (e === void 0 ? {} : e).immediate,
        n = t !== void 0 && t;
      try {
        return l(
          ((e, t) => {
            var n = e();
            return n && n.then ? n.then(t) : t(n);
          })(
            () => {
              if (!n && document.readyState !== `complete`) return f(new Promise((e) => window.addEventListener(`load`, e)));
            },
            () => (
              (this.mn = !!navigator.serviceWorker.controller),
              (this.dn = this.pn()),
              l(this.bn(), (e) => {
                (this.fn = e),
                  this.dn &&
                    ((this.hn = this.dn),
                    this.en.resolve(this.dn),
                    this.on.resolve(this.dn),
                    this.dn.addEventListener(`statechange`, this.ln, { once: !0 }));
                var t = this.fn.waiting;
                return (
                  t &&
                    s(t.scriptURL, this.sn.toString()) &&
                    ((this.hn = t),
                    Promise.resolve()
                      .then(() => {
                        this.dispatchEvent(new c(`waiting`, { sw: t, wasWaitingBeforeRegister: !0 }));
                      })
                      .then(() => {})),
                  this.hn && (this.rn.resolve(this.hn), this.an.add(this.hn)),
                  this.fn.addEventListener(`updatefound`, this.cn),
                  navigator.serviceWorker.addEventListener(`controllerchange`, this.yn),
                  this.fn
                );
              })
            ),
          ),
        );
      } catch (e) {
        return Promise.reject(e);
      }
    }),
    (p.update = function () {
      try {
        return this.fn ? l(f(this.fn.update())) : l();
      } catch (e) {
        return Promise.reject(e);
      }
    }),
    (p.getSW = function () {
      return this.hn === void 0 ? this.rn.promise : Promise.resolve(this.hn);
    }),
    (p.messageSW = function (t) {
      try {
        return l(this.getSW(), (n) => e(n, t));
      } catch (e) {
        return Promise.reject(e);
      }
    }),
    (p.messageSkipWaiting = function () {
      this.fn && this.fn.waiting && e(this.fn.waiting, d);
    }),
    (p.pn = function () {
      var e = navigator.serviceWorker.controller;
      return e && s(e.scriptURL, this.sn.toString()) ? e : void 0;
    }),
    (p.bn = function () {
      try {
        return l(
          ((e, t) => {
            try {
              var n = e();
            } catch (e) {
              return t(e);
            }
            return n && n.then ? n.then(void 0, t) : n;
          })(
            () => l(navigator.serviceWorker.register(this.sn, this.nn), (t) => ((this.un = performance.now()), t)),
            (e) => {
              throw e;
            },
          ),
        );
      } catch (e) {
        return Promise.reject(e);
      }
    }),
    n(r, [
      {
        key: `active`,
        get: function () {
          return this.en.promise;
        },
      },
      {
        key: `controlling`,
        get: function () {
          return this.on.promise;
        },
      },
    ])
  );
})(
  (() => {
    function e() {
      this.Pn = new Map();
    }
    var t = e.prototype;
    return (
      (t.addEventListener = function (e, t) {
        this.jn(e).add(t);
      }),
      (t.removeEventListener = function (e, t) {
        this.jn(e).delete(t);
      }),
      (t.dispatchEvent = function (e) {
        e.target = this;
        for (var t, n = r(this.jn(e.type)); !(t = n()).done; ) (0, t.value)(e);
      }),
      (t.jn = function (e) {
        return (this.Pn.has(e) || this.Pn.set(e, new Set()), this.Pn.get(e));
      }),
      e
    );
  })(),
);
export { p as Workbox };
