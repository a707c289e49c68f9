import { D as n } from './index-oQTK9Mdi.js';
import { r as e, t } from './rolldown-runtime-XKyaHtl9.js';
var r = e(
    t((e, t, n) => {
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
        var se = null;
        function ce(e) {
          se = new WeakMap();
          var t = le(e);
          return ((se = null), t);
        }
        function le(e) {
          if (!e || typeof e != `object`) return e;
          var t = se.get(e);
          if (t) return t;
          if (o(e)) {
            (t = []), se.set(e, t);
            for (var n = 0, r = e.length; n < r; ++n) t.push(le(e[n]));
          } else if (ae.has(e.constructor)) t = e;
          else {
            var i = c(e);
            for (var a in ((t = i === Object.prototype ? {} : Object.create(i)), se.set(e, t), e)) u(e, a) && (t[a] = le(e[a]));
          }
          return t;
        }
        var ue = {}.toString;
        function de(e) {
          return ue.call(e).slice(8, -1);
        }
        var fe = typeof Symbol < `u` ? Symbol.iterator : `@@iterator`,
          pe =
            typeof fe == `symbol`
              ? (e) => {
                  var t;
                  return e != null && (t = e[fe]) && t.apply(e);
                }
              : () => null;
        function T(e, t) {
          var n = e.indexOf(t);
          return (n >= 0 && e.splice(n, 1), n >= 0);
        }
        var me = {};
        function E(e) {
          var t, n, r, i;
          if (arguments.length === 1) {
            if (o(e)) return e.slice();
            if (this === me && typeof e == `string`) return [e];
            if ((i = pe(e))) {
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
        var he = typeof Symbol < `u` ? (e) => e[Symbol.toStringTag] === `AsyncFunction` : () => !1,
          ge = [
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
          _e = [
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
          ve = ge.concat(_e),
          ye = {
            VersionChanged: `Database version changed by other database connection`,
            DatabaseClosed: `Database has been closed`,
            Abort: `Transaction aborted`,
            TransactionInactive: `Transaction has already completed or failed`,
            MissingAPI: `IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb`,
          };
        function be(e, t) {
          (this.name = e), (this.message = t);
        }
        m(be)
          .from(Error)
          .extend({
            toString: function () {
              return this.name + `: ` + this.message;
            },
          });
        function xe(e, t) {
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
        function Se(e, t, n, r) {
          (this.failures = t), (this.failedKeys = r), (this.successCount = n), (this.message = xe(e, t));
        }
        m(Se).from(be);
        function Ce(e, t) {
          (this.name = `BulkError`),
            (this.failures = Object.keys(t).map((e) => t[e])),
            (this.failuresByPos = t),
            (this.message = xe(e, this.failures));
        }
        m(Ce).from(be);
        var we = ve.reduce((e, t) => ((e[t] = t + `Error`), e), {}),
          Te = be,
          D = ve.reduce((e, t) => {
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
                  : ((this.message = ye[t] || n), (this.inner = null));
            }
            return (m(r).from(Te), (e[t] = r), e);
          }, {});
        (D.Syntax = SyntaxError), (D.Type = TypeError), (D.Range = RangeError);
        var Ee = _e.reduce((e, t) => ((e[t + `Error`] = D[t]), e), {});
        function De(e, t) {
          if (!e || e instanceof be || e instanceof TypeError || e instanceof SyntaxError || !e.name || !Ee[e.name]) return e;
          var n = new Ee[e.name](t || e.message, e);
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
        var Oe = ve.reduce((e, t) => ([`Syntax`, `Type`, `Range`].indexOf(t) === -1 && (e[t + `Error`] = D[t]), e), {});
        (Oe.ModifyError = Se), (Oe.DexieError = be), (Oe.BulkError = Ce);
        function O() {}
        function ke(e) {
          return e;
        }
        function Ae(e, t) {
          return e == null || e === ke ? t : (n) => t(e(n));
        }
        function k(e, t) {
          return function () {
            e.apply(this, arguments), t.apply(this, arguments);
          };
        }
        function je(e, t) {
          return e === O
            ? t
            : function () {
                var n = e.apply(this, arguments);
                n !== void 0 && (arguments[0] = n);
                var r = this.onsuccess,
                  i = this.onerror;
                (this.onsuccess = null), (this.onerror = null);
                var a = t.apply(this, arguments);
                return (
                  r && (this.onsuccess = this.onsuccess ? k(r, this.onsuccess) : r),
                  i && (this.onerror = this.onerror ? k(i, this.onerror) : i),
                  a === void 0 ? n : a
                );
              };
        }
        function Me(e, t) {
          return e === O
            ? t
            : function () {
                e.apply(this, arguments);
                var n = this.onsuccess,
                  r = this.onerror;
                (this.onsuccess = this.onerror = null),
                  t.apply(this, arguments),
                  n && (this.onsuccess = this.onsuccess ? k(n, this.onsuccess) : n),
                  r && (this.onerror = this.onerror ? k(r, this.onerror) : r);
              };
        }
        function Ne(e, t) {
          return e === O
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
                  i && (this.onsuccess = this.onsuccess ? k(i, this.onsuccess) : i),
                  a && (this.onerror = this.onerror ? k(a, this.onerror) : a),
                  n === void 0 ? (o === void 0 ? void 0 : o) : s(n, o)
                );
              };
        }
        function Pe(e, t) {
          return e === O
            ? t
            : function () {
                return t.apply(this, arguments) !== !1 && e.apply(this, arguments);
              };
        }
        function Fe(e, t) {
          return e === O
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
          j = Be && Be.constructor,
          We = !!He;
        function Ge() {
          queueMicrotask(ot);
        }
        var Ke = (e, t) => {
            Ze.push([e, t]), (Je &&= (Ge(), !1));
          },
          qe = !0,
          Je = !0,
          M = [],
          Ye = [],
          Xe = ke,
          N = { id: `global`, global: !0, ref: 0, unhandleds: [], onunhandled: O, pgp: !1, env: {}, finalize: O },
          P = N,
          Ze = [],
          F = 0,
          Qe = [];
        function I(e) {
          if (typeof this != `object`) throw TypeError(`Promises must be constructed via new`);
          (this._listeners = []), (this._lib = !1);
          var t = (this._PSD = P);
          if (typeof e != `function`) {
            if (e !== Le) throw TypeError(`Not a function`);
            (this._state = arguments[1]), (this._value = arguments[2]), this._state === !1 && nt(this, this._value);
          } else (this._state = null), (this._value = null), ++t.ref, tt(this, e);
        }
        var $e = {
          get: () => {
            var e = P,
              t = _t;
            function n(n, r) {
              var a = !e.global && (e !== P || t !== _t),
                o = a && !B(),
                s = new I((t, s) => {
                  it(this, new et(wt(n, e, a, o), wt(r, e, a, o), t, s, e));
                });
              return (this._consoleTask && (s._consoleTask = this._consoleTask), s);
            }
            return ((n.prototype = Le), n);
          },
          set: function (e) {
            p(this, `then`, e && e.prototype === Le ? $e : { get: () => e, set: $e.set });
          },
        };
        d(I.prototype, {
          then: $e,
          _then: function (e, t) {
            it(this, new et(null, null, e, t, P));
          },
          catch: function (e) {
            if (arguments.length === 1) return this.then(null, e);
            var t = arguments[0],
              n = arguments[1];
            return typeof t == `function`
              ? this.then(null, (e) => (e instanceof t ? n(e) : pt(e)))
              : this.then(null, (e) => (e && e.name === t ? n(e) : pt(e)));
          },
          finally: function (e) {
            return this.then(
              (t) => I.resolve(e()).then(() => t),
              (t) => I.resolve(e()).then(() => pt(t)),
            );
          },
          timeout: function (e, t) {
            return e < 1 / 0
              ? new I((r, i) => {
                  var a = setTimeout(() => i(new D.Timeout(t)), e);
                  this.then(r, i).finally(clearTimeout.bind(null, a));
                })
              : this;
          },
        }),
          typeof Symbol < `u` && Symbol.toStringTag && p(I.prototype, Symbol.toStringTag, `Dexie.Promise`),
          (N.env = Ct());
        function et(e, t, n, r, i) {
          (this.onFulfilled = typeof e == `function` ? e : null),
            (this.onRejected = typeof t == `function` ? t : null),
            (this.resolve = n),
            (this.reject = r),
            (this.psd = i);
        }
        d(I, {
          all: function () {
            var e = E.apply(null, arguments).map(bt);
            return new I((t, n) => {
              e.length === 0 && t([]);
              var r = e.length;
              e.forEach((i, a) =>
                I.resolve(i).then((n) => {
                  (e[a] = n), --r || t(e);
                }, n),
              );
            });
          },
          resolve: (e) =>
            e instanceof I
              ? e
              : e && typeof e.then == `function`
                ? new I((t, n) => {
                    e.then(t, n);
                  })
                : new I(Le, !0, e),
          reject: pt,
          race: function () {
            var e = E.apply(null, arguments).map(bt);
            return new I((t, n) => {
              e.map((e) => I.resolve(e).then(t, n));
            });
          },
          PSD: { get: () => P, set: (e) => (P = e) },
          totalEchoes: { get: () => _t },
          newPSD: z,
          usePSD: H,
          scheduler: {
            get: () => Ke,
            set: (e) => {
              Ke = e;
            },
          },
          rejectionMapper: {
            get: () => Xe,
            set: (e) => {
              Xe = e;
            },
          },
          follow: (e, t) =>
            new I((n, r) =>
              z(
                (t, n) => {
                  var r = P;
                  (r.unhandleds = []),
                    (r.onunhandled = n),
                    (r.finalize = k(function () {
                      ut(() => {
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
          j &&
            (j.allSettled &&
              p(I, `allSettled`, function () {
                var e = E.apply(null, arguments).map(bt);
                return new I((t) => {
                  e.length === 0 && t([]);
                  var n = e.length,
                    r = Array(n);
                  e.forEach((e, i) =>
                    I.resolve(e)
                      .then(
                        (e) => (r[i] = { status: `fulfilled`, value: e }),
                        (e) => (r[i] = { status: `rejected`, reason: e }),
                      )
                      .then(() => --n || t(r)),
                  );
                });
              }),
            j.any &&
              typeof AggregateError < `u` &&
              p(I, `any`, function () {
                var e = E.apply(null, arguments).map(bt);
                return new I((t, n) => {
                  e.length === 0 && n(AggregateError([]));
                  var r = e.length,
                    i = Array(r);
                  e.forEach((e, a) =>
                    I.resolve(e).then(
                      (e) => t(e),
                      (e) => {
                        (i[a] = e), --r || n(AggregateError(i));
                      },
                    ),
                  );
                });
              }),
            j.withResolvers && (I.withResolvers = j.withResolvers));
        function tt(e, t) {
          try {
            t(
              (t) => {
                if (e._state === null) {
                  if (t === e) throw TypeError(`A promise cannot be resolved with itself.`);
                  var n = e._lib && st();
                  t && typeof t.then == `function`
                    ? tt(e, (e, n) => {
                        t instanceof I ? t._then(e, n) : t.then(e, n);
                      })
                    : ((e._state = !0), (e._value = t), rt(e)),
                    n && ct();
                }
              },
              nt.bind(null, e),
            );
          } catch (t) {
            nt(e, t);
          }
        }
        function nt(e, t) {
          if ((Ye.push(t), e._state === null)) {
            var n = e._lib && st();
            (t = Xe(t)), (e._state = !1), (e._value = t), dt(e), rt(e), n && ct();
          }
        }
        function rt(e) {
          var t = e._listeners;
          e._listeners = [];
          for (var n = 0, r = t.length; n < r; ++n) it(e, t[n]);
          var i = e._PSD;
          --i.ref || i.finalize(),
            F === 0 &&
              (++F,
              Ke(() => {
                --F === 0 && lt();
              }, []));
        }
        function it(e, t) {
          if (e._state === null) e._listeners.push(t);
          else {
            var n = e._state ? t.onFulfilled : t.onRejected;
            if (n === null) return (e._state ? t.resolve : t.reject)(e._value);
            ++t.psd.ref, ++F, Ke(at, [n, e, t]);
          }
        }
        function at(e, t, n) {
          try {
            var r,
              i = t._value;
            !t._state && Ye.length && (Ye = []),
              (r = A && t._consoleTask ? t._consoleTask.run(() => e(i)) : e(i)),
              !t._state && Ye.indexOf(i) === -1 && ft(t),
              n.resolve(r);
          } catch (e) {
            n.reject(e);
          } finally {
            --F === 0 && lt(), --n.psd.ref || n.psd.finalize();
          }
        }
        function ot() {
          H(N, () => {
            st() && ct();
          });
        }
        function st() {
          var e = qe;
          return ((qe = !1), (Je = !1), e);
        }
        function ct() {
          var e, t, n;
          do
            for (; Ze.length > 0; )
              for (e = Ze, Ze = [], n = e.length, t = 0; t < n; ++t) {
                var r = e[t];
                r[0].apply(null, r[1]);
              }
          while (Ze.length > 0);
          (qe = !0), (Je = !0);
        }
        function lt() {
          var e = M;
          (M = []),
            e.forEach((e) => {
              e._PSD.onunhandled.call(null, e._value, e);
            });
          for (var t = Qe.slice(0), n = t.length; n; ) t[--n]();
        }
        function ut(e) {
          function t() {
            e(), Qe.splice(Qe.indexOf(t), 1);
          }
          Qe.push(t),
            ++F,
            Ke(() => {
              --F === 0 && lt();
            }, []);
        }
        function dt(e) {
          M.some((t) => t._value === e._value) || M.push(e);
        }
        function ft(e) {
          for (var t = M.length; t; )
            if (M[--t]._value === e._value) {
              M.splice(t, 1);
              return;
            }
        }
        function pt(e) {
          return new I(Le, !1, e);
        }
        function L(e, t) {
          var n = P;
          return function () {
            var r = st(),
              i = P;
            try {
              return (V(n, !0), e.apply(this, arguments));
            } catch (e) {
              t && t(e);
            } finally {
              V(i, !1), r && ct();
            }
          };
        }
        var R = { awaits: 0, echoes: 0, id: 0 },
          mt = 0,
          ht = [],
          gt = 0,
          _t = 0,
          vt = 0;
        function z(e, t, n, r) {
          var i = P,
            a = Object.create(i);
          (a.parent = i),
            (a.ref = 0),
            (a.global = !1),
            (a.id = ++vt),
            N.env,
            (a.env = We
              ? {
                  Promise: I,
                  PromiseProp: { value: I, configurable: !0, writable: !0 },
                  all: I.all,
                  race: I.race,
                  allSettled: I.allSettled,
                  any: I.any,
                  resolve: I.resolve,
                  reject: I.reject,
                }
              : {}),
            t && s(a, t),
            ++i.ref,
            (a.finalize = function () {
              --this.parent.ref || this.parent.finalize();
            });
          var o = H(a, e, n, r);
          return (a.ref === 0 && a.finalize(), o);
        }
        function yt() {
          return ((R.id ||= ++mt), ++R.awaits, (R.echoes += Re), R.id);
        }
        function B() {
          return R.awaits ? (--R.awaits === 0 && (R.id = 0), (R.echoes = R.awaits * Re), !0) : !1;
        }
        (`` + Ue).indexOf(`[native code]`) === -1 && (yt = B = O);
        function bt(e) {
          return R.echoes && e && e.constructor === j
            ? (yt(),
              e.then(
                (e) => (B(), e),
                (e) => (B(), U(e)),
              ))
            : e;
        }
        function xt(e) {
          ++_t, (R.echoes && --R.echoes !== 0) || (R.echoes = R.awaits = R.id = 0), ht.push(P), V(e, !0);
        }
        function St() {
          var e = ht[ht.length - 1];
          ht.pop(), V(e, !1);
        }
        function V(e, t) {
          var n = P;
          if (
            ((t ? R.echoes && (!gt++ || e !== P) : gt && (!--gt || e !== P)) && queueMicrotask(t ? xt.bind(null, e) : St),
            e !== P && ((P = e), n === N && (N.env = Ct()), We))
          ) {
            var r = N.env.Promise,
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
        function Ct() {
          var e = i.Promise;
          return We
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
        function H(e, t, n, r, i) {
          var a = P;
          try {
            return (V(e, !0), t(n, r, i));
          } finally {
            V(a, !1);
          }
        }
        function wt(e, t, n, r) {
          return typeof e == `function`
            ? function () {
                var i = P;
                n && yt(), V(t, !0);
                try {
                  return e.apply(this, arguments);
                } finally {
                  V(i, !1), r && queueMicrotask(B);
                }
              }
            : e;
        }
        function Tt(e) {
          Promise === j && R.echoes === 0 ? (gt === 0 ? e() : enqueueNativeMicroTask(e)) : setTimeout(e, 0);
        }
        var U = I.reject;
        function Et(e, t, n, r) {
          if (!e.idbdb || (!e._state.openComplete && !P.letThrough && !e._vip)) {
            if (e._state.openComplete) return U(new D.DatabaseClosed(e._state.dbOpenError));
            if (!e._state.isBeingOpened) {
              if (!e._state.autoOpen) return U(new D.DatabaseClosed());
              e.open().catch(O);
            }
            return e._state.dbReadyPromise.then(() => Et(e, t, n, r));
          }
          var i = e._createTransaction(t, n, e._dbSchema);
          try {
            i.create(), (e._state.PR1398_maxLoop = 3);
          } catch (i) {
            return i.name === we.InvalidState && e.isOpen() && --e._state.PR1398_maxLoop > 0
              ? (console.warn(`Dexie: Need to reopen db`), e.close({ disableAutoOpen: !1 }), e.open().then(() => Et(e, t, n, r)))
              : U(i);
          }
          return i
            ._promise(t, (e, t) => z(() => ((P.trans = i), r(e, t, i))))
            .then((e) => {
              if (t === `readwrite`)
                try {
                  i.idbtrans.commit();
                } catch {}
              return t === `readonly` ? e : i._completion.then(() => e);
            });
        }
        var Dt = `4.4.7`,
          W = `￿`,
          Ot = -1 / 0,
          G = `Invalid key provided. Keys must be of type string, number, Date or Array<string | number | Date>.`,
          kt = `String expected.`,
          At = 1e3,
          jt = `__dbnames`,
          Mt = `readonly`,
          Nt = `readwrite`;
        function Pt(e, t) {
          return e
            ? t
              ? function () {
                  return e.apply(this, arguments) && t.apply(this, arguments);
                }
              : e
            : t;
        }
        var Ft = { type: 3, lower: -1 / 0, lowerOpen: !1, upper: [[]], upperOpen: !1 };
        function It(e) {
          return typeof e == `string` && !/\./.test(e) ? (t) => (t[e] === void 0 && e in t && ((t = ce(t)), delete t[e]), t) : (e) => e;
        }
        function Lt() {
          throw D.Type(`Entity instances must never be new:ed. Instances are generated by the framework bypassing the constructor.`);
        }
        function K(e, t) {
          try {
            var n = Bt(e),
              r = Bt(t);
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
                return zt(Vt(e), Vt(t));
              case `Array`:
                return Rt(e, t);
            }
          } catch {}
          return NaN;
        }
        function Rt(e, t) {
          for (var n = e.length, r = t.length, i = n < r ? n : r, a = 0; a < i; ++a) {
            var o = K(e[a], t[a]);
            if (o !== 0) return o;
          }
          return n === r ? 0 : n < r ? -1 : 1;
        }
        function zt(e, t) {
          for (var n = e.length, r = t.length, i = n < r ? n : r, a = 0; a < i; ++a) if (e[a] !== t[a]) return e[a] < t[a] ? -1 : 1;
          return n === r ? 0 : n < r ? -1 : 1;
        }
        function Bt(e) {
          var t = typeof e;
          if (t !== `object`) return t;
          if (ArrayBuffer.isView(e)) return `binary`;
          var n = de(e);
          return n === `ArrayBuffer` ? `binary` : n;
        }
        function Vt(e) {
          return e instanceof Uint8Array
            ? e
            : ArrayBuffer.isView(e)
              ? new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
              : new Uint8Array(e);
        }
        function Ht(e, t, n) {
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
        var Ut = (() => {
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
        function Wt(e, t) {
          for (var n = a(t), r = n.length, i = !1, o = 0; o < r; ++o) {
            var s = n[o],
              c = t[s],
              l = C(e, s);
            c instanceof Ut ? (w(e, s, c.execute(l)), (i = !0)) : l !== c && (w(e, s, c), (i = !0));
          }
          return i;
        }
        var Gt = (() => {
          function e() {}
          return (
            (e.prototype._trans = function (e, t, n) {
              var r = this._tx || P.trans,
                i = this.name,
                a =
                  A &&
                  typeof console < `u` &&
                  console.createTask &&
                  console.createTask(`Dexie: ${e === `readonly` ? `read` : `write`} ${this.name}`);
              function o(e, n, r) {
                if (!r.schema[i]) throw new D.NotFound(`Table ` + i + ` not part of transaction`);
                return t(r.idbtrans, r);
              }
              var s = st();
              try {
                var c =
                  r && r.db._novip === this.db._novip
                    ? r === P.trans
                      ? r._promise(e, o, n)
                      : z(() => r._promise(e, o, n), { trans: r, transless: P.transless || P })
                    : Et(this.db, e, [this.name], o);
                return (a && ((c._consoleTask = a), (c = c.catch((e) => (console.trace(e), U(e))))), c);
              } finally {
                s && ct();
              }
            }),
            (e.prototype.get = function (e, t) {
              return e && e.constructor === Object
                ? this.where(e).first(t)
                : e == null
                  ? U(new D.Type(`Invalid argument to Table.get()`))
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
              if (n && this.db._maxKey !== W) {
                var r = n.keyPath.slice(0, t.length);
                return this.where(r).equals(r.map((t) => e[t]));
              }
              !n &&
                A &&
                console.warn(`The query ${JSON.stringify(e)} on ${this.name} would benefit from a compound index [${t.join(`+`)}]`);
              var i = this.schema.idxByName;
              function s(e, t) {
                return K(e, t) === 0;
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
                        ? Pt(
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
                e.prototype instanceof Lt &&
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
                a && i && (o = It(a)(e)),
                this._trans(`readwrite`, (e) => this.core.mutate({ trans: e, type: `add`, keys: t == null ? null : [t], values: [o] }))
                  .then((e) => (e.numFailures ? I.reject(e.failures[0]) : e.lastResult))
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
                    Wt(o, t),
                    r && w(o, r, e),
                    this.core
                      .mutate({ trans: i, type: `put`, values: [o], keys: [e], upsert: !0, updates: { keys: [e], changeSpecs: [t] } })
                      .then((e) => (e.numFailures ? I.reject(e.failures[0]) : !!a))
                  );
                }),
              );
            }),
            (e.prototype.update = function (e, t) {
              if (typeof e == `object` && !o(e)) {
                var n = C(e, this.schema.primKey.keyPath);
                return n === void 0
                  ? U(new D.InvalidArgument(`Given object does not contain its primary key`))
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
                a && i && (o = It(a)(e)),
                this._trans(`readwrite`, (e) => this.core.mutate({ trans: e, type: `put`, values: [o], keys: t == null ? null : [t] }))
                  .then((e) => (e.numFailures ? I.reject(e.failures[0]) : e.lastResult))
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
                  .then((n) => Ht(this, [e], n))
                  .then((e) => (e.numFailures ? I.reject(e.failures[0]) : void 0)),
              );
            }),
            (e.prototype.clear = function () {
              return this._trans(`readwrite`, (t) =>
                this.core.mutate({ trans: t, type: `deleteRange`, range: Ft }).then((t) => Ht(this, null, t)),
              ).then((e) => (e.numFailures ? I.reject(e.failures[0]) : void 0));
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
                if (s && i) throw new D.InvalidArgument(`bulkAdd(): keys argument invalid on tables with inbound keys`);
                if (i && i.length !== e.length) throw new D.InvalidArgument(`Arguments objects and keys must have the same length`);
                var c = e.length,
                  l = s && o ? e.map(It(s)) : e;
                return this.core.mutate({ trans: t, type: `add`, keys: i, values: l, wantResults: a }).then((e) => {
                  var t = e.numFailures,
                    n = e.results,
                    i = e.lastResult,
                    o = e.failures,
                    s = a ? n : i;
                  if (t === 0) return s;
                  throw new Ce(`${this.name}.bulkAdd(): ${t} of ${c} operations failed`, o);
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
                if (s && i) throw new D.InvalidArgument(`bulkPut(): keys argument invalid on tables with inbound keys`);
                if (i && i.length !== e.length) throw new D.InvalidArgument(`Arguments objects and keys must have the same length`);
                var c = e.length,
                  l = s && o ? e.map(It(s)) : e;
                return this.core.mutate({ trans: t, type: `put`, keys: i, values: l, wantResults: a }).then((e) => {
                  var t = e.numFailures,
                    n = e.results,
                    i = e.lastResult,
                    o = e.failures,
                    s = a ? n : i;
                  if (t === 0) return s;
                  throw new Ce(`${this.name}.bulkPut(): ${t} of ${c} operations failed`, o);
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
                      if (!l && K(u(a), n) !== 0) throw new D.Constraint(`Cannot update primary key in bulkUpdate()`);
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
                    throw new Ce(`${this.name}.bulkUpdate(): ${n} of ${p} operations failed`, r);
                  });
                });
              });
            }),
            (e.prototype.bulkDelete = function (e) {
              var n = e.length;
              return this._trans(`readwrite`, (n) =>
                this.core.mutate({ trans: n, type: `delete`, keys: e }).then((n) => Ht(this, e, n)),
              ).then((e) => {
                var r = e.numFailures,
                  i = e.lastResult,
                  a = e.failures;
                if (r === 0) return i;
                throw new Ce(`${this.name}.bulkDelete(): ${r} of ${n} operations failed`, a);
              });
            }),
            e
          );
        })();
        function Kt(e) {
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
            (r ||= Pe), (i ||= O);
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
                var r = s(t, ke, function () {
                  for (var e = arguments.length, t = Array(e); e--; ) t[e] = arguments[e];
                  r.subscribers.forEach((e) => {
                    x(() => {
                      e.apply(null, t);
                    });
                  });
                });
              else throw new D.InvalidArgument(`Invalid event config`);
            });
          }
        }
        function qt(e, t) {
          return (m(t).from({ prototype: e }), t);
        }
        function Jt(e) {
          return qt(Gt.prototype, function (t, n, r) {
            (this.db = e),
              (this._tx = r),
              (this.name = t),
              (this.schema = n),
              (this.hook = e._allTables[t]
                ? e._allTables[t].hook
                : Kt(null, { creating: [je, O], reading: [Ae, ke], updating: [Ne, O], deleting: [Me, O] }));
          });
        }
        function Yt(e, t) {
          return !(e.filter || e.algorithm || e.or) && (t ? e.justLimit : !e.replayFilter);
        }
        function Xt(e, t) {
          e.filter = Pt(e.filter, t);
        }
        function Zt(e, t, n) {
          var r = e.replayFilter;
          (e.replayFilter = r ? () => Pt(r(), t()) : t), (e.justLimit = n && !r);
        }
        function Qt(e, t) {
          e.isMatch = Pt(e.isMatch, t);
        }
        function $t(e, t) {
          if (e.isPrimKey) return t.primaryKey;
          var n = t.getIndexByKeyPath(e.index);
          if (!n) throw new D.Schema(`KeyPath ` + e.index + ` on object store ` + t.name + ` is not indexed`);
          return n;
        }
        function en(e, t, n) {
          var r = $t(e, t.schema);
          return t.openCursor({
            trans: n,
            values: !e.keysOnly,
            reverse: e.dir === `prev`,
            unique: !!e.unique,
            query: { index: r, range: e.range },
          });
        }
        function tn(e, t, n, r) {
          var i = e.replayFilter ? Pt(e.filter, e.replayFilter()) : e.filter;
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
            return Promise.all([e.or._iterate(o, n), nn(en(e, r, n), e.algorithm, o, !e.keysOnly && e.valueMapper)]);
          }
          return nn(en(e, r, n), Pt(e.algorithm, i), t, !e.keysOnly && e.valueMapper);
        }
        function nn(e, t, n, r) {
          var i = L(r ? (e, t, i) => n(r(e), t, i) : n);
          return e.then((e) => {
            if (e)
              return e.start(() => {
                var n = () => e.continue();
                (!t ||
                  t(
                    e,
                    (e) => (n = e),
                    (t) => {
                      e.stop(t), (n = O);
                    },
                    (t) => {
                      e.fail(t), (n = O);
                    },
                  )) &&
                  i(e.value, e, (e) => (n = e)),
                  n();
              });
          });
        }
        var rn = (() => {
            function e() {}
            return (
              (e.prototype._read = function (e, t) {
                var n = this._ctx;
                return n.error ? n.table._trans(null, U.bind(null, n.error)) : n.table._trans(`readonly`, e).then(t);
              }),
              (e.prototype._write = function (e) {
                var t = this._ctx;
                return t.error ? t.table._trans(null, U.bind(null, t.error)) : t.table._trans(`readwrite`, e, `locked`);
              }),
              (e.prototype._addAlgorithm = function (e) {
                var t = this._ctx;
                t.algorithm = Pt(t.algorithm, e);
              }),
              (e.prototype._iterate = function (e, t) {
                return tn(this._ctx, e, t, this._ctx.table.core);
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
                return this._read((n) => tn(t, e, n, t.table.core));
              }),
              (e.prototype.count = function (e) {
                return this._read((e) => {
                  var n = this._ctx,
                    r = n.table.core;
                  if (Yt(n, !0))
                    return r.count({ trans: e, query: { index: $t(n, r.schema), range: n.range } }).then((e) => Math.min(e, n.limit));
                  var i = 0;
                  return tn(n, () => (++i, !1), e, r).then(() => i);
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
                  return K(a(e, i), a(t, i)) * o;
                }
                return this.toArray((e) => e.slice().sort(s)).then(t);
              }),
              (e.prototype.toArray = function (e) {
                return this._read((e) => {
                  var n = this._ctx;
                  if (Yt(n, !0) && n.limit > 0) {
                    var r = n.valueMapper,
                      i = $t(n, n.table.core.schema);
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
                  return tn(n, (e) => a.push(e), e, n.table.core).then(() => a);
                }, e);
              }),
              (e.prototype.offset = function (e) {
                var t = this._ctx;
                return (
                  e <= 0 ||
                    ((t.offset += e),
                    Yt(t)
                      ? Zt(t, () => {
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
                      : Zt(t, () => {
                          var t = e;
                          return () => --t < 0;
                        })),
                  this
                );
              }),
              (e.prototype.limit = function (e) {
                return (
                  (this._ctx.limit = Math.min(this._ctx.limit, e)),
                  Zt(
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
                return (Xt(this._ctx, (n, r, i) => !e(n.value) || (r(i), t)), this);
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
                return (Xt(this._ctx, (t) => e(t.value)), Qt(this._ctx, e), this);
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
                if (Yt(t, !0) && t.limit > 0)
                  return this._read((e) => {
                    var n = $t(t, t.table.core.schema);
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
                  Xt(this._ctx, (e) => {
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
                  var i = typeof e == `function` ? e : (t) => Wt(t, e),
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
                    g = e === an;
                  return this.clone()
                    .primaryKeys()
                    .then((t) => {
                      var a = Yt(n) && n.limit === 1 / 0 && (typeof e != `function` || g) && { index: n.index, range: n.range },
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
                                  C = { value: ce(S), primKey: t[d + x] };
                                i.call(C, C.value, C) !== !1 &&
                                  (C.value == null
                                    ? b.push(t[d + x])
                                    : !c && K(l(S), l(C.value)) !== 0
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
                                    .then((e) => Ht(n.table, b, e))
                                    .then((e) => h(b.length, e)),
                              )
                              .then(() => t.length > d + f && s(d + u));
                          });
                        };
                      return s(0).then(() => {
                        if (f.length > 0) throw new Se(`Error modifying one or more objects`, f, p, m);
                        return t.length;
                      });
                    });
                });
              }),
              (e.prototype.delete = function () {
                var e = this._ctx,
                  t = e.range;
                return Yt(e) && !e.table.schema.yProps && (e.isPrimKey || t.type === 3)
                  ? this._write((n) => {
                      var r = e.table.core.schema.primaryKey,
                        i = t;
                      return e.table.core.count({ trans: n, query: { index: r, range: i } }).then((t) =>
                        e.table.core.mutate({ trans: n, type: `deleteRange`, range: i }).then((e) => {
                          var n = e.failures,
                            r = e.numFailures;
                          if (r)
                            throw new Se(
                              `Could not delete some values`,
                              Object.keys(n).map((e) => n[e]),
                              t - r,
                            );
                          return t - r;
                        }),
                      );
                    })
                  : this.modify(an);
              }),
              e
            );
          })(),
          an = (e, t) => (t.value = null);
        function on(e) {
          return qt(rn.prototype, function (t, n) {
            this.db = e;
            var r = Ft,
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
              valueMapper: s === ke ? null : s,
            };
          });
        }
        function sn(e, t) {
          return e < t ? -1 : e === t ? 0 : 1;
        }
        function cn(e, t) {
          return e > t ? -1 : e === t ? 0 : 1;
        }
        function q(e, t, n) {
          var r = e instanceof hn ? new e.Collection(e) : e;
          return ((r._ctx.error = n ? new n(t) : TypeError(t)), r);
        }
        function ln(e) {
          var t = new e.Collection(e, () => mn(``));
          return (t._addAlgorithm(() => !1), t);
        }
        function un(e) {
          return e === `next` ? (e) => e.toUpperCase() : (e) => e.toLowerCase();
        }
        function dn(e) {
          return e === `next` ? (e) => e.toLowerCase() : (e) => e.toUpperCase();
        }
        function fn(e, t, n, r, i, a) {
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
        function pn(e, t, n, r) {
          var i,
            a,
            o,
            s,
            c,
            l,
            u,
            d = n.length;
          if (!n.every((e) => typeof e == `string`)) return q(e, kt);
          function f(e) {
            (i = un(e)), (a = dn(e)), (o = e === `next` ? sn : cn);
            var t = n.map((e) => ({ lower: a(e), upper: i(e) })).sort((e, t) => o(e.lower, t.lower));
            (s = t.map((e) => e.upper)), (c = t.map((e) => e.lower)), (l = e), (u = e === `next` ? `` : r);
          }
          f(`next`);
          var p = new e.Collection(e, () => J(s[0], c[d - 1] + r));
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
                var g = fn(i, f, s[h], c[h], o, l);
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
        function J(e, t, n, r) {
          return { type: 2, lower: e, upper: t, lowerOpen: n, upperOpen: r };
        }
        function mn(e) {
          return { type: 1, lower: e, upper: e };
        }
        var hn = (() => {
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
                  ? ln(this)
                  : new this.Collection(this, () => J(e, t, !n, !r));
              } catch {
                return q(this, G);
              }
            }),
            (e.prototype.equals = function (e) {
              return e == null ? q(this, G) : new this.Collection(this, () => mn(e));
            }),
            (e.prototype.above = function (e) {
              return e == null ? q(this, G) : new this.Collection(this, () => J(e, void 0, !0));
            }),
            (e.prototype.aboveOrEqual = function (e) {
              return e == null ? q(this, G) : new this.Collection(this, () => J(e, void 0, !1));
            }),
            (e.prototype.below = function (e) {
              return e == null ? q(this, G) : new this.Collection(this, () => J(void 0, e, !1, !0));
            }),
            (e.prototype.belowOrEqual = function (e) {
              return e == null ? q(this, G) : new this.Collection(this, () => J(void 0, e));
            }),
            (e.prototype.startsWith = function (e) {
              return typeof e == `string` ? this.between(e, e + W, !0, !0) : q(this, kt);
            }),
            (e.prototype.startsWithIgnoreCase = function (e) {
              return e === `` ? this.startsWith(e) : pn(this, (e, t) => e.indexOf(t[0]) === 0, [e], W);
            }),
            (e.prototype.equalsIgnoreCase = function (e) {
              return pn(this, (e, t) => e === t[0], [e], ``);
            }),
            (e.prototype.anyOfIgnoreCase = function () {
              var e = E.apply(me, arguments);
              return e.length === 0 ? ln(this) : pn(this, (e, t) => t.indexOf(e) !== -1, e, ``);
            }),
            (e.prototype.startsWithAnyOfIgnoreCase = function () {
              var e = E.apply(me, arguments);
              return e.length === 0 ? ln(this) : pn(this, (e, t) => t.some((t) => e.indexOf(t) === 0), e, W);
            }),
            (e.prototype.anyOf = function () {
              var t = E.apply(me, arguments),
                n = this._cmp;
              try {
                t.sort(n);
              } catch {
                return q(this, G);
              }
              if (t.length === 0) return ln(this);
              var r = new this.Collection(this, () => J(t[0], t[t.length - 1]));
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
                  [Ot, e],
                  [e, this.db._maxKey],
                ],
                { includeLowers: !1, includeUppers: !1 },
              );
            }),
            (e.prototype.noneOf = function () {
              var e = E.apply(me, arguments);
              if (e.length === 0) return new this.Collection(this);
              try {
                e.sort(this._ascending);
              } catch {
                return q(this, G);
              }
              var t = e.reduce((e, t) => (e ? e.concat([[e[e.length - 1][1], t]]) : [[Ot, t]]), null);
              return (t.push([e[e.length - 1], this.db._maxKey]), this.inAnyRange(t, { includeLowers: !1, includeUppers: !1 }));
            }),
            (e.prototype.inAnyRange = function (e, t) {
              var r = this._cmp,
                i = this._ascending,
                a = this._descending,
                o = this._min,
                s = this._max;
              if (e.length === 0) return ln(this);
              if (!e.every((e) => e[0] !== void 0 && e[1] !== void 0 && i(e[0], e[1]) <= 0))
                return q(
                  this,
                  `First argument to inAnyRange() must be an Array of two-value Arrays [lower,upper] where upper must not be lower than lower`,
                  D.InvalidArgument,
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
                return q(this, G);
              }
              var m = 0,
                h = l ? (e) => i(e, p[m][1]) > 0 : (e) => i(e, p[m][1]) >= 0,
                g = c ? (e) => a(e, p[m][0]) > 0 : (e) => a(e, p[m][0]) >= 0;
              function _(e) {
                return !h(e) && !g(e);
              }
              var v = h,
                y = new this.Collection(this, () => J(p[0][0], p[p.length - 1][1], !c, !l));
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
              var e = E.apply(me, arguments);
              return e.every((e) => typeof e == `string`)
                ? e.length === 0
                  ? ln(this)
                  : this.inAnyRange(e.map((e) => [e, e + W]))
                : q(this, `startsWithAnyOf() only works with strings`);
            }),
            e
          );
        })();
        function gn(e) {
          return qt(hn.prototype, function (t, n, r) {
            if (
              ((this.db = e),
              (this._ctx = { table: t, index: n === `:id` ? null : n, or: r }),
              (this._cmp = this._ascending = K),
              (this._descending = (e, t) => K(t, e)),
              (this._max = (e, t) => (K(e, t) > 0 ? e : t)),
              (this._min = (e, t) => (K(e, t) < 0 ? e : t)),
              (this._IDBKeyRange = e._deps.IDBKeyRange),
              !this._IDBKeyRange)
            )
              throw new D.MissingAPI();
          });
        }
        function Y(e) {
          return L((t) => (_n(t), e(t.target.error), !1));
        }
        function _n(e) {
          e.stopPropagation && e.stopPropagation(), e.preventDefault && e.preventDefault();
        }
        var vn = `storagemutated`,
          yn = `x-storagemutated-1`,
          X = Kt(null, vn),
          bn = (() => {
            function e() {}
            return (
              (e.prototype._lock = function () {
                return (b(!P.global), ++this._reculock, this._reculock === 1 && !P.global && (P.lockOwnerFor = this), this);
              }),
              (e.prototype._unlock = function () {
                if ((b(!P.global), --this._reculock === 0))
                  for (P.global || (P.lockOwnerFor = null); this._blockedFuncs.length > 0 && !this._locked(); ) {
                    var e = this._blockedFuncs.shift();
                    try {
                      H(e[1], e[0]);
                    } catch {}
                  }
                return this;
              }),
              (e.prototype._locked = function () {
                return this._reculock && P.lockOwnerFor !== this;
              }),
              (e.prototype.create = function (e) {
                if (!this.mode) return this;
                var n = this.db.idbdb,
                  r = this.db._state.dbOpenError;
                if ((b(!this.idbtrans), !e && !n))
                  switch (r && r.name) {
                    case `DatabaseClosedError`:
                      throw new D.DatabaseClosed(r);
                    case `MissingAPIError`:
                      throw new D.MissingAPI(r.message, r);
                    default:
                      throw new D.OpenFailed(r);
                  }
                if (!this.active) throw new D.TransactionInactive();
                return (
                  b(this._completion._state === null),
                  (e = this.idbtrans =
                    e ||
                    (this.db.core
                      ? this.db.core.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability })
                      : n.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }))),
                  (e.onerror = L((n) => {
                    _n(n), this._reject(e.error);
                  })),
                  (e.onabort = L((n) => {
                    _n(n), this.active && this._reject(new D.Abort(e.error)), (this.active = !1), this.on(`abort`).fire(n);
                  })),
                  (e.oncomplete = L(() => {
                    (this.active = !1), this._resolve(), `mutatedParts` in e && X.storagemutated.fire(e.mutatedParts);
                  })),
                  this
                );
              }),
              (e.prototype._promise = function (e, t, n) {
                if (e === `readwrite` && this.mode !== `readwrite`) return U(new D.ReadOnly(`Transaction is readonly`));
                if (!this.active) return U(new D.TransactionInactive());
                if (this._locked())
                  return new I((i, a) => {
                    this._blockedFuncs.push([
                      () => {
                        this._promise(e, t, n).then(i, a);
                      },
                      P,
                    ]);
                  });
                if (n)
                  return z(() => {
                    var e = new I((e, n) => {
                      this._lock();
                      var i = t(e, n, this);
                      i && i.then && i.then(e, n);
                    });
                    return (e.finally(() => this._unlock()), (e._lib = !0), e);
                  });
                var i = new I((e, n) => {
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
                  n = I.resolve(e);
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
                return new I((e, r) => {
                  n.then(
                    (n) => t._waitingQueue.push(L(e.bind(null, n))),
                    (e) => t._waitingQueue.push(L(r.bind(null, e))),
                  ).finally(() => {
                    t._waitingFor === i && (t._waitingFor = null);
                  });
                });
              }),
              (e.prototype.abort = function () {
                this.active && ((this.active = !1), this.idbtrans && this.idbtrans.abort(), this._reject(new D.Abort()));
              }),
              (e.prototype.table = function (e) {
                var t = (this._memoizedTables ||= {});
                if (u(t, e)) return t[e];
                var n = this.schema[e];
                if (!n) throw new D.NotFound(`Table ` + e + ` not part of transaction`);
                var r = new this.db.Table(e, n, this);
                return ((r.core = this.db.core.table(e)), (t[e] = r), r);
              }),
              e
            );
          })();
        function xn(e) {
          return qt(bn.prototype, function (t, n, r, i, a) {
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
              (this.on = Kt(this, `complete`, `error`, `abort`)),
              (this.parent = a || null),
              (this.active = !0),
              (this._reculock = 0),
              (this._blockedFuncs = []),
              (this._resolve = null),
              (this._reject = null),
              (this._waitingFor = null),
              (this._waitingQueue = null),
              (this._spinCount = 0),
              (this._completion = new I((e, t) => {
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
                    U(e)
                  );
                },
              );
          });
        }
        function Sn(e, t, n, r, i, a, o, s) {
          return {
            name: e,
            keyPath: t,
            unique: n,
            multi: r,
            auto: i,
            compound: a,
            src: (n && !o ? `&` : ``) + (r ? `*` : ``) + (i ? `++` : ``) + Cn(t),
            type: s,
          };
        }
        function Cn(e) {
          return typeof e == `string` ? e : e ? `[` + [].join.call(e, `+`) + `]` : ``;
        }
        function wn(e, t, n) {
          return { name: e, primKey: t, indexes: n, mappedClass: null, idxByName: S(n, (e) => [e.name, e]) };
        }
        function Tn(e) {
          return e.length === 1 ? e[0] : e;
        }
        var En = (e) => {
          try {
            return (e.only([[]]), (En = () => [[]]), [[]]);
          } catch {
            return ((En = () => W), W);
          }
        };
        function Dn(e) {
          return e == null ? () => {} : typeof e == `string` ? On(e) : (t) => C(t, e);
        }
        function On(e) {
          return e.split(`.`).length === 1 ? (t) => t[e] : (t) => C(t, e);
        }
        function kn(e) {
          return [].slice.call(e);
        }
        var An = 0;
        function jn(e) {
          return e == null ? `:id` : typeof e == `string` ? e : `[${e.join(`+`)}]`;
        }
        function Mn(e, t, n) {
          function r(e, t) {
            var n = kn(e.objectStoreNames),
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
                          extractKey: Dn(t),
                        },
                        indexes: kn(e.indexNames)
                          .map((t) => e.index(t))
                          .map((e) => {
                            var t = e.name,
                              n = e.unique,
                              r = e.multiEntry,
                              i = e.keyPath,
                              s = { name: t, compound: o(i), keyPath: i, unique: n, multiEntry: r, extractKey: Dn(i) };
                            return ((a[jn(i)] = s), s);
                          }),
                        getIndexByKeyPath: (e) => a[jn(e)],
                      };
                    return ((a[`:id`] = s.primaryKey), t != null && (a[jn(t)] = s.primaryKey), s);
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
                e = L(e);
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
                    ++g, _n(e);
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
                e = L(e);
                var l = a.index,
                  u = a.range,
                  d = n.objectStore(t),
                  f = l.isPrimaryKey ? d : d.index(l.name),
                  p = o ? (s ? `prevunique` : `prev`) : s ? `nextunique` : `next`,
                  m = r || !(`openKeyCursor` in f) ? f.openCursor(i(u), p) : f.openKeyCursor(i(u), p);
                (m.onerror = Y(c)),
                  (m.onsuccess = L((t) => {
                    var r = m.result;
                    if (!r) e(null);
                    else {
                      (r.___id = ++An), (r.done = !1);
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
                        (r.fail = L(c)),
                        (r.next = function () {
                          var t = 1;
                          return this.start(() => (t-- ? this.continue() : this.stop())).then(() => this);
                        }),
                        (r.start = (e) => {
                          var t = new Promise((e, t) => {
                              (e = L(e)),
                                (m.onerror = Y(t)),
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
                            (m.onsuccess = L((e) => {
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
                  a = L(a);
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
                    (y.onsuccess = (e) => a({ result: e.target.result })), (y.onerror = Y(o));
                  } else if (e && d === `next`) {
                    var y = c ? g.getAll(_, f) : g.getAllKeys(_, f);
                    (y.onsuccess = (e) => a({ result: e.target.result })), (y.onerror = Y(o));
                  } else {
                    var b = 0,
                      x = c || !(`openKeyCursor` in g) ? g.openCursor(_, d) : g.openKeyCursor(_, d),
                      S = [];
                    (x.onsuccess = () => {
                      var e = x.result;
                      if (!e || (S.push(c ? e.value : e.primaryKey), ++b === l)) return a({ result: S });
                      e.continue();
                    }),
                      (x.onerror = Y(o));
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
                  e = L(e);
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
                      f = Y(i),
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
                  e = L(e);
                  var a = n.objectStore(t).get(r);
                  (a.onsuccess = (t) => e(t.target.result)), (a.onerror = Y(i));
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
                  (u.onsuccess = L((t) => e(t.target.result))), (u.onerror = Y(n));
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
              MAX_KEY: En(t),
              schema: c,
            }
          );
        }
        function Nn(e, t) {
          return t.reduce((e, t) => {
            var r = t.create;
            return n(n({}, e), r(e));
          }, e);
        }
        function Pn(e, t, n, r) {
          var i = n.IDBKeyRange;
          return (n.indexedDB, { dbcore: Nn(Mn(t, i, r), e.dbcore) });
        }
        function Fn(e, t) {
          var n = t.db;
          (e.core = Pn(e._middlewares, n, e._deps, t).dbcore),
            e.tables.forEach((t) => {
              var n = t.name;
              e.core.schema.tables.some((e) => e.name === n) &&
                ((t.core = e.core.table(n)), e[n] instanceof e.Table && (e[n].core = t.core));
            });
        }
        function In(e, t, n, r) {
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
        function Ln(e, t) {
          t.forEach((t) => {
            for (var n in t) t[n] instanceof e.Table && delete t[n];
          });
        }
        function Rn(e, t) {
          return e._cfg.version - t._cfg.version;
        }
        function zn(e, t, n, r) {
          var i = e._dbSchema;
          n.objectStoreNames.contains(`$meta`) && !i.$meta && ((i.$meta = wn(`$meta`, Qn(``)[0], [])), e._storeNames.push(`$meta`));
          var o = e._createTransaction(`readwrite`, e._storeNames, i);
          o.create(n), o._completion.catch(r);
          var s = o._reject.bind(o),
            c = P.transless || P;
          z(() => {
            if (((P.trans = o), (P.transless = c), t === 0))
              a(i).forEach((e) => {
                Wn(n, e, i[e].primKey, i[e].indexes);
              }),
                Fn(e, n),
                I.follow(() => e.on.populate.fire(o)).catch(s);
            else
              return (
                Fn(e, n),
                Vn(e, o, t)
                  .then((t) => Hn(e, t, o, n))
                  .catch(s)
              );
          });
        }
        function Bn(e, t) {
          Gn(e._dbSchema, t),
            t.db.version % 10 == 0 &&
              !t.objectStoreNames.contains(`$meta`) &&
              t.db.createObjectStore(`$meta`).add(Math.ceil(t.db.version / 10 - 1), `version`);
          var n = Jn(e, e.idbdb, t);
          Zn(e, e._dbSchema, t);
          for (
            var r = Un(n, e._dbSchema),
              i = (e) => {
                if (e.change.length || e.recreate)
                  return (
                    console.warn(`Unable to patch indexes of table ${e.name} because it has changes on the type of index or primary key.`),
                    { value: void 0 }
                  );
                var n = t.objectStore(e.name);
                e.add.forEach((t) => {
                  A && console.debug(`Dexie upgrade patch: Creating missing index ${e.name}.${t.src}`), qn(n, t);
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
        function Vn(e, t, n) {
          return t.storeNames.includes(`$meta`)
            ? t
                .table(`$meta`)
                .get(`version`)
                .then((e) => e ?? n)
            : I.resolve(n);
        }
        function Hn(e, t, n, r) {
          var i = [],
            o = e._versions,
            s = (e._dbSchema = Jn(e, e.idbdb, r)),
            c = o.filter((e) => e._cfg.version >= t);
          if (c.length === 0) return I.resolve();
          c.forEach((o) => {
            i.push(() => {
              var i = s,
                c = o._cfg.dbschema;
              Zn(e, i, r), Zn(e, c, r), (s = e._dbSchema = c);
              var l = Un(i, c);
              l.add.forEach((e) => {
                Wn(r, e[0], e[1].primKey, e[1].indexes);
              }),
                l.change.forEach((e) => {
                  if (e.recreate) throw new D.Upgrade(`Not yet support for changing primary key`);
                  var t = r.objectStore(e.name);
                  e.add.forEach((e) => qn(t, e)),
                    e.change.forEach((e) => {
                      t.deleteIndex(e.name), qn(t, e);
                    }),
                    e.del.forEach((e) => t.deleteIndex(e));
                });
              var u = o._cfg.contentUpgrade;
              if (u && o._cfg.version > t) {
                Fn(e, r), (n._memoizedTables = {});
                var d = te(c);
                l.del.forEach((e) => {
                  d[e] = i[e];
                }),
                  Ln(e, [e.Transaction.prototype]),
                  In(e, [e.Transaction.prototype], a(d), d),
                  (n.schema = d);
                var f = he(u);
                f && yt();
                var p,
                  m = I.follow(() => {
                    if (((p = u(n)), p && f)) {
                      var e = B.bind(null, null);
                      p.then(e, e);
                    }
                  });
                return p && typeof p.then == `function` ? I.resolve(p) : m.then(() => p);
              }
            }),
              i.push((t) => {
                var r = o._cfg.dbschema;
                Kn(r, t),
                  Ln(e, [e.Transaction.prototype]),
                  In(e, [e.Transaction.prototype], e._storeNames, e._dbSchema),
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
            return i.length ? I.resolve(i.shift()(n.idbtrans)).then(l) : I.resolve();
          }
          return l().then(() => {
            Gn(s, r);
          });
        }
        function Un(e, t) {
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
        function Wn(e, t, n, r) {
          var i = e.db.createObjectStore(t, n.keyPath ? { keyPath: n.keyPath, autoIncrement: n.auto } : { autoIncrement: n.auto });
          return (r.forEach((e) => qn(i, e)), i);
        }
        function Gn(e, t) {
          a(e).forEach((n) => {
            t.db.objectStoreNames.contains(n) ||
              (A && console.debug(`Dexie: Creating missing table`, n), Wn(t, n, e[n].primKey, e[n].indexes));
          });
        }
        function Kn(e, t) {
          [].slice.call(t.db.objectStoreNames).forEach((n) => e[n] == null && t.db.deleteObjectStore(n));
        }
        function qn(e, t) {
          e.createIndex(t.name, t.keyPath, { unique: t.unique, multiEntry: t.multi });
        }
        function Jn(e, t, n) {
          var r = {};
          return (
            v(t.objectStoreNames, 0).forEach((e) => {
              for (
                var t = n.objectStore(e),
                  i = t.keyPath,
                  a = Sn(Cn(i), i || ``, !0, !1, !!t.autoIncrement, i && typeof i != `string`, !0),
                  o = [],
                  s = 0;
                s < t.indexNames.length;
                ++s
              ) {
                var c = t.index(t.indexNames[s]);
                i = c.keyPath;
                var l = Sn(c.name, i, !!c.unique, !!c.multiEntry, !1, i && typeof i != `string`, !1);
                o.push(l);
              }
              r[e] = wn(e, a, o);
            }),
            r
          );
        }
        function Yn(e, t, n) {
          e.verno = t.version / 10;
          var r = (e._dbSchema = Jn(e, t, n));
          (e._storeNames = v(t.objectStoreNames, 0)), In(e, [e._allTables], a(r), r);
        }
        function Xn(e, t) {
          var n = Un(Jn(e, e.idbdb, t), e._dbSchema);
          return !(n.add.length || n.change.some((e) => e.add.length || e.change.length));
        }
        function Zn(e, t, n) {
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
        function Qn(e) {
          return e.split(`,`).map((e, t) => {
            var n = e.split(`:`),
              r = n[1]?.trim();
            e = n[0].trim();
            var i = e.replace(/([&*]|\+\+)/g, ``),
              a = /^\[/.test(i) ? i.match(/^\[(.*)\]$/)[1].split(`+`) : i;
            return Sn(i, a || null, /&/.test(e), /\*/.test(e), /\+\+/.test(e), o(a), t === 0, r);
          });
        }
        var $n = (() => {
          function e() {}
          return (
            (e.prototype._createTableSchema = (e, t, n) => wn(e, t, n)),
            (e.prototype._parseIndexSyntax = (e) => Qn(e)),
            (e.prototype._parseStoresSpec = function (e, t) {
              a(e).forEach((r) => {
                if (e[r] !== null) {
                  var i = this._parseIndexSyntax(e[r]),
                    a = i.shift();
                  if (!a) throw new D.Schema(`Invalid schema for table ` + r + `: ` + e[r]);
                  if (((a.unique = !0), a.multi)) throw new D.Schema(`Primary key cannot be multiEntry*`);
                  i.forEach((e) => {
                    if (e.auto) throw new D.Schema(`Only primary key can be marked as autoIncrement (++)`);
                    if (!e.keyPath) throw new D.Schema(`Index must have a name and cannot be an empty string`);
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
                Ln(t, [t._allTables, t, t.Transaction.prototype]),
                In(t, [t._allTables, t, t.Transaction.prototype, this._cfg.tables], a(i), i),
                (t._storeNames = a(i)),
                this
              );
            }),
            (e.prototype.upgrade = function (e) {
              return ((this._cfg.contentUpgrade = Fe(this._cfg.contentUpgrade || O, e)), this);
            }),
            e
          );
        })();
        function er(e) {
          return qt($n.prototype, function (t) {
            (this.db = e), (this._cfg = { version: t, storesSource: null, dbschema: {}, tables: {}, contentUpgrade: null });
          });
        }
        var tr = nr();
        function nr() {
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
        function rr(e, t) {
          var n = e._dbNamesDB;
          return (
            n || ((n = e._dbNamesDB = new Q(jt, { addons: [], indexedDB: e, IDBKeyRange: t })), n.version(1).stores({ dbnames: `name` })),
            n.table(`dbnames`)
          );
        }
        function ir(e) {
          return e && typeof e.databases == `function`;
        }
        function ar(e) {
          var t = e.indexedDB,
            n = e.IDBKeyRange;
          return ir(t)
            ? Promise.resolve(t.databases()).then((e) => e.map((e) => e.name).filter((e) => e !== jt))
            : rr(t, n).toCollection().primaryKeys();
        }
        function or(e, t) {
          var n = e.indexedDB,
            r = e.IDBKeyRange;
          !ir(n) && t !== jt && rr(n, r).put({ name: t }).catch(O);
        }
        function sr(e, t) {
          var n = e.indexedDB,
            r = e.IDBKeyRange;
          !ir(n) && t !== jt && rr(n, r).delete(t).catch(O);
        }
        function cr(e) {
          return z(() => ((P.letThrough = !0), e()));
        }
        function lr() {
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
        var ur;
        function dr(e) {
          return !(`from` in e);
        }
        var Z = function (e, t) {
          if (this) s(this, arguments.length ? { d: 1, from: e, to: arguments.length > 1 ? t : e } : { d: 0 });
          else {
            var n = new Z();
            return (e && `d` in e && s(n, e), n);
          }
        };
        d(
          Z.prototype,
          ((ur = {
            add: function (e) {
              return (pr(this, e), this);
            },
            addKey: function (e) {
              return (fr(this, e, e), this);
            },
            addKeys: function (e) {
              return (e.forEach((e) => fr(this, e, e)), this);
            },
            hasKey: function (e) {
              var t = hr(this).next(e).value;
              return t && K(t.from, e) <= 0 && K(t.to, e) >= 0;
            },
          }),
          (ur[fe] = function () {
            return hr(this);
          }),
          ur),
        );
        function fr(e, t, n) {
          var r = K(t, n);
          if (!isNaN(r)) {
            if (r > 0) throw RangeError();
            if (dr(e)) return s(e, { from: t, to: n, d: 1 });
            var i = e.l,
              a = e.r;
            if (K(n, e.from) < 0) return (i ? fr(i, t, n) : (e.l = { from: t, to: n, d: 1, l: null, r: null }), gr(e));
            if (K(t, e.to) > 0) return (a ? fr(a, t, n) : (e.r = { from: t, to: n, d: 1, l: null, r: null }), gr(e));
            K(t, e.from) < 0 && ((e.from = t), (e.l = null), (e.d = a ? a.d + 1 : 1)),
              K(n, e.to) > 0 && ((e.to = n), (e.r = null), (e.d = e.l ? e.l.d + 1 : 1));
            var o = !e.r;
            i && !e.l && pr(e, i), a && o && pr(e, a);
          }
        }
        function pr(e, t) {
          function n(e, t) {
            var r = t.from,
              i = t.to,
              a = t.l,
              o = t.r;
            fr(e, r, i), a && n(e, a), o && n(e, o);
          }
          dr(t) || n(e, t);
        }
        function mr(e, t) {
          var n = hr(t),
            r = n.next();
          if (r.done) return !1;
          for (var i = r.value, a = hr(e), o = a.next(i.from), s = o.value; !r.done && !o.done; ) {
            if (K(s.from, i.to) <= 0 && K(s.to, i.from) >= 0) return !0;
            K(i.from, s.from) < 0 ? (i = (r = n.next(s.from)).value) : (s = (o = a.next(i.from)).value);
          }
          return !1;
        }
        function hr(e) {
          var t = dr(e) ? null : { s: 0, n: e };
          return {
            next: function (e) {
              for (var n = arguments.length > 0; t; )
                switch (t.s) {
                  case 0:
                    if (((t.s = 1), n)) for (; t.n.l && K(e, t.n.from) < 0; ) t = { up: t, n: t.n.l, s: 1 };
                    else for (; t.n.l; ) t = { up: t, n: t.n.l, s: 1 };
                  case 1:
                    if (((t.s = 2), !n || K(e, t.n.to) <= 0)) return { value: t.n, done: !1 };
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
        function gr(e) {
          var t = (e.r?.d || 0) - (e.l?.d || 0),
            r = t > 1 ? `r` : t < -1 ? `l` : ``;
          if (r) {
            var i = r === `r` ? `l` : `r`,
              a = n({}, e),
              o = e[r];
            (e.from = o.from), (e.to = o.to), (e[r] = o[r]), (a[r] = o[i]), (e[i] = a), (a.d = _r(a));
          }
          e.d = _r(e);
        }
        function _r(e) {
          var t = e.r,
            n = e.l;
          return (t ? (n ? Math.max(t.d, n.d) : t.d) : n ? n.d : 0) + 1;
        }
        function vr(e, t) {
          return (
            a(t).forEach((n) => {
              e[n] ? pr(e[n], t[n]) : (e[n] = oe(t[n]));
            }),
            e
          );
        }
        function yr(e, t) {
          return e.all || t.all || Object.keys(e).some((n) => t[n] && mr(t[n], e[n]));
        }
        var br = {},
          xr = {},
          Sr = !1;
        function Cr(e, t) {
          vr(xr, e),
            Sr ||
              ((Sr = !0),
              setTimeout(() => {
                Sr = !1;
                var e = xr;
                (xr = {}), wr(e, !1);
              }, 0));
        }
        function wr(e, t) {
          t === void 0 && (t = !1);
          var n = new Set();
          if (e.all)
            for (var r = 0, i = Object.values(br); r < i.length; r++) {
              var a = i[r];
              Tr(a, e, n, t);
            }
          else
            for (var o in e) {
              var s = /^idb:\/\/(.*)\/(.*)\//.exec(o);
              if (s) {
                var a = br[`idb://${s[1]}/${s[2]}`];
                a && Tr(a, e, n, t);
              }
            }
          n.forEach((e) => e());
        }
        function Tr(e, t, n, r) {
          for (var i = [], a = 0, o = Object.entries(e.queries.query); a < o.length; a++) {
            for (var s = o[a], c = s[0], l = s[1], u = [], d = 0, f = l; d < f.length; d++) {
              var p = f[d];
              yr(t, p.obsSet) ? p.subscribers.forEach((e) => n.add(e)) : r && u.push(p);
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
        function Er(e) {
          var t = e._state,
            n = e._deps.indexedDB;
          if (t.isBeingOpened || e.idbdb) return t.dbReadyPromise.then(() => (t.dbOpenError ? U(t.dbOpenError) : e));
          (t.isBeingOpened = !0), (t.dbOpenError = null), (t.openComplete = !1);
          var r = t.openCanceller,
            a = Math.round(e.verno * 10),
            o = !1;
          function s() {
            if (t.openCanceller !== r) throw new D.DatabaseClosed(`db.open() was cancelled`);
          }
          var c = t.dbReadyResolve,
            l = null,
            u = !1,
            d = () =>
              new I((r, i) => {
                if ((s(), !n)) throw new D.MissingAPI();
                var c = e.name,
                  f = t.autoSchema || !a ? n.open(c) : n.open(c, a);
                if (!f) throw new D.MissingAPI();
                (f.onerror = Y(i)),
                  (f.onblocked = L(e._fireOnBlocked)),
                  (f.onupgradeneeded = L((r) => {
                    if (((l = f.transaction), t.autoSchema && !e._options.allowEmptyDB)) {
                      (f.onerror = _n), l.abort(), f.result.close();
                      var a = n.deleteDatabase(c);
                      a.onsuccess = a.onerror = L(() => {
                        i(new D.NoSuchDatabase(`Database ${c} doesnt exist`));
                      });
                    } else {
                      l.onerror = Y(i);
                      var s = r.oldVersion > 2 ** 62 ? 0 : r.oldVersion;
                      (u = s < 1), (e.idbdb = f.result), o && Bn(e, l), zn(e, s / 10, l, i);
                    }
                  }, i)),
                  (f.onsuccess = L(() => {
                    l = null;
                    var n = (e.idbdb = f.result),
                      i = v(n.objectStoreNames);
                    if (i.length > 0)
                      try {
                        var s = n.transaction(Tn(i), `readonly`);
                        if (t.autoSchema) Yn(e, n, s);
                        else if ((Zn(e, e._dbSchema, s), !Xn(e, s) && !o))
                          return (
                            console.warn(
                              `Dexie SchemaDiff: Schema was extended without increasing the number passed to db.version(). Dexie will add missing parts and increment native version number to workaround this.`,
                            ),
                            n.close(),
                            (a = n.version + 1),
                            (o = !0),
                            r(d())
                          );
                        Fn(e, s);
                      } catch {}
                    tr.add(e),
                      (n.onversionchange = L((n) => {
                        (t.vcFired = !0), e.on(`versionchange`).fire(n);
                      })),
                      (n.onclose = L(() => {
                        e.close({ disableAutoOpen: !1 });
                      })),
                      u && or(e._deps, c),
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
                return I.reject(e);
              }),
            f = typeof navigator < `u` && !!n && n === i.indexedDB;
          return I.race([r, (f ? lr() : I.resolve()).then(d)])
            .then(
              () => (
                s(),
                (t.onReadyBeingFired = []),
                I.resolve(cr(() => e.on.ready.fire(e.vip))).then(function n() {
                  if (t.onReadyBeingFired.length > 0) {
                    var r = t.onReadyBeingFired.reduce(Fe, O);
                    return ((t.onReadyBeingFired = []), I.resolve(cr(() => r(e.vip))).then(n));
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
              return (r === t.openCanceller && e._close(), U(n));
            })
            .finally(() => {
              (t.openComplete = !0), c();
            })
            .then(() => {
              if (u) {
                var t = {};
                e.tables.forEach((n) => {
                  n.schema.indexes.forEach((r) => {
                    r.name && (t[`idb://${e.name}/${n.name}/${r.name}`] = new Z(-1 / 0, [[[]]]));
                  }),
                    (t[`idb://${e.name}/${n.name}/`] = t[`idb://${e.name}/${n.name}/:dels`] = new Z(-1 / 0, [[[]]]));
                }),
                  X(vn).fire(t),
                  wr(t, !0);
              }
              return e;
            });
        }
        function Dr(e) {
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
        function Or(e, t, n) {
          var r = arguments.length;
          if (r < 2) throw new D.InvalidArgument(`Too few arguments`);
          for (var i = Array(r - 1); --r; ) i[r - 1] = arguments[r];
          return ((n = i.pop()), [e, re(i), n]);
        }
        function kr(e, t, n, r, i) {
          return I.resolve().then(() => {
            var a = P.transless || P,
              o = e._createTransaction(t, n, e._dbSchema, r);
            o.explicit = !0;
            var s = { trans: o, transless: a };
            if (r) o.idbtrans = r.idbtrans;
            else
              try {
                o.create(), (o.idbtrans._explicit = !0), (e._state.PR1398_maxLoop = 3);
              } catch (r) {
                return r.name === we.InvalidState && e.isOpen() && --e._state.PR1398_maxLoop > 0
                  ? (console.warn(`Dexie: Need to reopen db`), e.close({ disableAutoOpen: !1 }), e.open().then(() => kr(e, t, n, null, i)))
                  : U(r);
              }
            var c = he(i);
            c && yt();
            var l,
              u = I.follow(() => {
                if (((l = i.call(o, o)), l)) {
                  if (c) {
                    var e = B.bind(null, null);
                    l.then(e, e);
                  } else typeof l.next == `function` && typeof l.throw == `function` && (l = Dr(l));
                }
              }, s);
            return (
              l && typeof l.then == `function`
                ? I.resolve(l).then((e) =>
                    o.active ? e : U(new D.PrematureCommit(`Transaction committed too early. See http://bit.ly/2kdckMn`)),
                  )
                : u.then(() => l)
            )
              .then((e) => (r && o._resolve(), o._completion.then(() => e)))
              .catch((e) => (o._reject(e), U(e)));
          });
        }
        function Ar(e, t, n) {
          for (var r = o(e) ? e.slice() : [e], i = 0; i < n; ++i) r.push(t);
          return r;
        }
        function jr(e) {
          return n(n({}, e), {
            table: (t) => {
              var r = e.table(t),
                i = r.schema,
                a = Object.create(null),
                o = [];
              function s(e, t, r) {
                var i = jn(e),
                  c = (a[i] = a[i] || []),
                  l = e == null ? 0 : typeof e == `string` ? 1 : e.length,
                  u = t > 0,
                  d = n(n({}, r), {
                    name: u ? `${i}(virtual-from:${r.name})` : r.name,
                    lowLevelIndex: r,
                    isVirtual: u,
                    keyTail: t,
                    keyLength: l,
                    extractKey: Dn(e),
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
                var t = a[jn(e)];
                return t && t[0];
              }
              function p(t, n) {
                return {
                  type: t.type === 1 ? 2 : t.type,
                  lower: Ar(t.lower, t.lowerOpen ? e.MAX_KEY : e.MIN_KEY, n),
                  lowerOpen: !0,
                  upper: Ar(t.upper, t.upperOpen ? e.MIN_KEY : e.MAX_KEY, n),
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
                        : n.continue(Ar(r, t.reverse ? e.MAX_KEY : e.MIN_KEY, i));
                    }
                    return Object.create(n, {
                      continue: { value: r },
                      continuePrimaryKey: {
                        value: (t, r) => {
                          n.continuePrimaryKey(Ar(t, e.MAX_KEY, i), r);
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
        var Mr = { stack: `dbcore`, name: `VirtualIndexMiddleware`, level: 1, create: jr };
        function Nr(e, t, n, r) {
          return (
            (n ||= {}),
            (r ||= ``),
            a(e).forEach((i) => {
              if (!u(t, i)) n[r + i] = void 0;
              else {
                var a = e[i],
                  o = t[i];
                if (typeof a == `object` && typeof o == `object` && a && o) {
                  var s = de(a);
                  s === de(o) ? (s === `Object` ? Nr(a, o, n, r + i + `.`) : a !== o && (n[r + i] = t[i])) : (n[r + i] = t[i]);
                } else a !== o && (n[r + i] = t[i]);
              }
            }),
            a(t).forEach((i) => {
              u(e, i) || (n[r + i] = t[i]);
            }),
            n
          );
        }
        function Pr(e, t) {
          return t.type === `delete` ? t.keys : t.keys || t.values.map(e.extractKey);
        }
        var Fr = {
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
                    var o = P.trans,
                      s = o.table(t).hook,
                      c = s.deleting,
                      l = s.creating,
                      d = s.updating;
                    switch (e.type) {
                      case `add`:
                        if (l.fire === O) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `put`:
                        if (l.fire === O && d.fire === O) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `delete`:
                        if (c.fire === O) break;
                        return o._promise(`readwrite`, () => f(e), !0);
                      case `deleteRange`:
                        if (c.fire === O) break;
                        return o._promise(`readwrite`, () => p(e), !0);
                    }
                    return i.mutate(e);
                    function f(e) {
                      var t = P.trans,
                        o = e.keys || Pr(a, e);
                      if (!o) throw Error(`Keys missing`);
                      return (
                        (e = e.type === `add` || e.type === `put` ? n(n({}, e), { keys: o }) : n({}, e)),
                        e.type !== `delete` && (e.values = r([], e.values, !0)),
                        e.keys && (e.keys = r([], e.keys, !0)),
                        Ir(i, e, o).then((n) => {
                          var r = o.map((r, i) => {
                            var o = n[i],
                              s = { onerror: null, onsuccess: null };
                            if (e.type === `delete`) c.fire.call(s, r, o, t);
                            else if (e.type === `add` || o === void 0) {
                              var f = l.fire.call(s, r, e.values[i], t);
                              r == null && f != null && ((r = f), (e.keys[i] = r), a.outbound || w(e.values[i], a.keyPath, r));
                            } else {
                              var p = Nr(o, e.values[i]),
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
        function Ir(e, t, n) {
          return t.type === `add` ? Promise.resolve([]) : e.getMany({ trans: t.trans, keys: n, cache: `immutable` });
        }
        function Lr(e, t, n) {
          try {
            if (!t || t.keys.length < e.length) return null;
            for (var r = [], i = 0, a = 0; i < t.keys.length && a < e.length; ++i)
              K(t.keys[i], e[a]) === 0 && (r.push(n ? ce(t.values[i]) : t.values[i]), ++a);
            return r.length === e.length ? r : null;
          } catch {
            return null;
          }
        }
        var Rr = {
          stack: `dbcore`,
          level: -1,
          create: (e) => ({
            table: (t) => {
              var r = e.table(t);
              return n(n({}, r), {
                getMany: (e) => {
                  if (!e.cache) return r.getMany(e);
                  var t = Lr(e.keys, e.trans._cache, e.cache === `clone`);
                  return t
                    ? I.resolve(t)
                    : r.getMany(e).then((t) => ((e.trans._cache = { keys: e.keys, values: e.cache === `clone` ? ce(t) : t }), t));
                },
                mutate: (e) => (e.type !== `add` && (e.trans._cache = null), r.mutate(e)),
              });
            },
          }),
        };
        function zr(e, t) {
          return (
            e.trans.mode === `readonly` &&
            !!e.subscr &&
            !e.trans.explicit &&
            e.trans.db._options.cache !== `disabled` &&
            !t.schema.primaryKey.outbound
          );
        }
        function Br(e, t) {
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
        var Vr = {
          stack: `dbcore`,
          level: 0,
          name: `Observability`,
          create: (e) => {
            var t = e.schema.name,
              r = new Z(e.MIN_KEY, e.MAX_KEY);
            return n(n({}, e), {
              transaction: (t, n, r) => {
                if (P.subscr && n !== `readonly`)
                  throw new D.ReadOnly(`Readwrite transaction in liveQuery context. Querier source: ${P.querier}`);
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
                          return u[n] || (u[n] = new Z());
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
                                ? [Pr(l, n).filter((e) => e != null), n.values]
                                : [],
                        _ = g[0],
                        v = g[1],
                        y = n.trans._cache;
                      if (o(_)) {
                        f.addKeys(_);
                        var b = h === `delete` || _.length === v.length ? Lr(_, y) : null;
                        b || m.addKeys(_), (b || v) && Hr(d, c, b, v);
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
                          (a.mutatedParts = vr(a.mutatedParts || {}, u)),
                          e
                        ),
                      );
                    },
                  }),
                  h = (t) => {
                    var n = t.query,
                      r = n.index,
                      i = n.range;
                    return [r, new Z(i.lower ?? e.MIN_KEY, i.upper ?? e.MAX_KEY)];
                  },
                  g = { get: (e) => [l, new Z(e.key)], getMany: (e) => [l, new Z().addKeys(e.keys)], count: h, query: h, openCursor: h };
                return (
                  a(g).forEach((e) => {
                    m[e] = function (a) {
                      var o = P.subscr,
                        c = !!o,
                        l = zr(P, s) && Br(e, a) ? (a.obsSet = {}) : o;
                      if (c) {
                        var u = (e) => {
                            var n = `idb://${t}/${i}/${e}`;
                            return l[n] || (l[n] = new Z());
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
        function Hr(e, t, n, r) {
          function i(t) {
            var i = e(t.name || ``);
            function a(e) {
              return e == null ? null : t.extractKey(e);
            }
            var s = (e) => (t.multiEntry && o(e) ? e.forEach((e) => i.addKey(e)) : i.addKey(e));
            (n || r).forEach((e, t) => {
              var i = n && a(n[t]),
                o = r && a(r[t]);
              K(i, o) !== 0 && (i != null && s(i), o != null && s(o));
            });
          }
          t.indexes.forEach(i);
        }
        function Ur(e, t, r) {
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
        function Wr(e, t) {
          return t.lower === void 0 ? !0 : t.lowerOpen ? K(e, t.lower) > 0 : K(e, t.lower) >= 0;
        }
        function Gr(e, t) {
          return t.upper === void 0 ? !0 : t.upperOpen ? K(e, t.upper) < 0 : K(e, t.upper) <= 0;
        }
        function Kr(e, t) {
          return Wr(e, t) && Gr(e, t);
        }
        function qr(e, t, n, r, i, a) {
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
                for (var a = new Z(), s = n.values.length - 1; s >= 0; --s) {
                  var f = n.values[s],
                    p = u(f);
                  if (!a.hasKey(p)) {
                    var m = d(f);
                    (c && o(m) ? m.some((e) => Kr(e, l)) : Kr(m, l)) && (a.addKey(p), i.push(f));
                  }
                }
              switch (n.type) {
                case `add`:
                  var h = new Z().addKeys(t.values ? e.map((e) => u(e)) : e);
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
                  var g = new Z().addKeys(n.values.map((e) => u(e)));
                  r = e.filter((e) => !g.hasKey(t.values ? u(e) : e)).concat(t.values ? i : i.map((e) => u(e)));
                  break;
                case `delete`:
                  var _ = new Z().addKeys(n.keys);
                  r = e.filter((e) => !_.hasKey(t.values ? u(e) : e));
                  break;
                case `deleteRange`:
                  var v = n.range;
                  r = e.filter((e) => !Kr(u(e), v));
              }
              return r;
            }, e);
          if (p === e) return e;
          var m = (e, t) => K(f(e), f(t)) || K(u(e), u(t));
          return (
            p.sort(t.direction === `prev` || t.direction === `prevunique` ? (e, t) => m(t, e) : m),
            t.limit &&
              t.limit < 1 / 0 &&
              (p.length > t.limit ? (p.length = t.limit) : e.length === t.limit && p.length < t.limit && (i.dirty = !0)),
            a ? Object.freeze(p) : p
          );
        }
        function Jr(e, t) {
          return K(e.lower, t.lower) === 0 && K(e.upper, t.upper) === 0 && !!e.lowerOpen == !!t.lowerOpen && !!e.upperOpen == !!t.upperOpen;
        }
        function Yr(e, t, n, r) {
          if (e === void 0) return t === void 0 ? 0 : -1;
          if (t === void 0) return 1;
          var i = K(e, t);
          if (i === 0) {
            if (n && r) return 0;
            if (n) return 1;
            if (r) return -1;
          }
          return i;
        }
        function Xr(e, t, n, r) {
          if (e === void 0) return t === void 0 ? 0 : 1;
          if (t === void 0) return -1;
          var i = K(e, t);
          if (i === 0) {
            if (n && r) return 0;
            if (n) return -1;
            if (r) return 1;
          }
          return i;
        }
        function Zr(e, t) {
          return Yr(e.lower, t.lower, e.lowerOpen, t.lowerOpen) <= 0 && Xr(e.upper, t.upper, e.upperOpen, t.upperOpen) >= 0;
        }
        function Qr(e, t, n, r) {
          var i = br[`idb://${e}/${t}`];
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
                    Jr(e.req.query.range, r.query.range),
                );
              return c
                ? [c, !0, i, o]
                : [
                    o.find(
                      (e) =>
                        (`limit` in e.req ? e.req.limit : 1 / 0) >= r.limit &&
                        (e.req.direction ?? `next`) === s &&
                        (!r.values || e.req.values) &&
                        Zr(e.req.query.range, r.query.range),
                    ),
                    !1,
                    i,
                    o,
                  ];
            case `count`:
              var l = o.find((e) => Jr(e.req.query.range, r.query.range));
              return [l, !!l, i, o];
          }
        }
        function $r(e, t, n, r) {
          e.subscribers.add(n),
            r.addEventListener(`abort`, () => {
              e.subscribers.delete(n), e.subscribers.size === 0 && ei(e, t);
            });
        }
        function ei(e, t) {
          setTimeout(() => {
            e.subscribers.size === 0 && T(t, e);
          }, 3e3);
        }
        var ti = {
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
                            d = br[`idb://${t}/${u}`];
                          if (d) {
                            var f = e.table(u),
                              p = d.optimisticOps.filter((e) => e.trans === a);
                            if (a._explicit && i && a.mutatedParts)
                              for (var m = 0, h = Object.values(d.queries.query); m < h.length; m++)
                                for (var g = h[m], _ = 0, v = g.slice(); _ < v.length; _++) {
                                  var y = v[_];
                                  yr(y.obsSet, a.mutatedParts) && (T(g, y), y.subscribers.forEach((e) => s.add(e)));
                                }
                            else if (p.length > 0) {
                              d.optimisticOps = d.optimisticOps.filter((e) => e.trans !== a);
                              for (var b = 0, x = Object.values(d.queries.query); b < x.length; b++)
                                for (var g = x[b], S = 0, C = g.slice(); S < C.length; S++) {
                                  var y = C[S];
                                  if (y.res != null && a.mutatedParts) {
                                    if (i && !y.dirty) {
                                      var w = Object.isFrozen(y.res),
                                        ee = qr(y.res, y.req, p, f, y, w);
                                      y.dirty
                                        ? (T(g, y), y.subscribers.forEach((e) => s.add(e)))
                                        : ee !== y.res && ((y.res = ee), (y.promise = I.resolve({ result: ee })));
                                    } else y.dirty && T(g, y), y.subscribers.forEach((e) => s.add(e));
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
                    var o = P.trans;
                    if (a.outbound || o.db._options.cache === `disabled` || o.explicit || o.idbtrans.mode !== `readwrite`)
                      return i.mutate(e);
                    var s = br[`idb://${t}/${r}`];
                    if (!s) return i.mutate(e);
                    var c = i.mutate(e);
                    return (
                      (e.type === `add` || e.type === `put`) && (e.values.length >= 50 || Pr(a, e).some((e) => e == null))
                        ? c.then((t) => {
                            var r = Ur(
                              s,
                              n(n({}, e), {
                                values: e.values.map((e, r) => {
                                  if (t.failures[r]) return e;
                                  var i = a.keyPath?.includes(`.`) ? ce(e) : n({}, e);
                                  return (w(i, a.keyPath, t.results[r]), i);
                                }),
                              }),
                              t,
                            );
                            s.optimisticOps.push(r), queueMicrotask(() => e.mutatedParts && Cr(e.mutatedParts));
                          })
                        : (s.optimisticOps.push(e),
                          e.mutatedParts && Cr(e.mutatedParts),
                          c.then((t) => {
                            if (t.numFailures > 0) {
                              T(s.optimisticOps, e);
                              var n = Ur(s, e, t);
                              n && s.optimisticOps.push(n), e.mutatedParts && Cr(e.mutatedParts);
                            }
                          }),
                          c.catch(() => {
                            T(s.optimisticOps, e), e.mutatedParts && Cr(e.mutatedParts);
                          })),
                      c
                    );
                  },
                  query: (e) => {
                    if (!zr(P, i) || !Br(`query`, e)) return i.query(e);
                    var n = P.trans?.db._options.cache === `immutable`,
                      a = P,
                      o = a.requery,
                      s = a.signal,
                      c = Qr(t, r, `query`, e),
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
                        .catch((e) => (f && l && T(f, l), Promise.reject(e)));
                      (l = { obsSet: e.obsSet, promise: p, subscribers: new Set(), type: `query`, req: e, dirty: !1 }),
                        f
                          ? f.push(l)
                          : ((f = [l]),
                            (d ||= br[`idb://${t}/${r}`] =
                              { queries: { query: {}, count: {} }, objs: new Map(), optimisticOps: [], unsignaledParts: {} }),
                            (d.queries.query[e.query.index.name || ``] = f));
                    }
                    return (
                      $r(l, f, o, s),
                      l.promise.then((t) => {
                        var r = qr(t.result, e, d?.optimisticOps, i, l, n);
                        return { result: n ? r : ce(r) };
                      })
                    );
                  },
                });
              },
            });
          },
        };
        function ni(e, t) {
          return new Proxy(e, { get: (e, n, r) => (n === `db` ? t : Reflect.get(e, n, r)) });
        }
        var Q = (() => {
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
                    maxConnections: At,
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
                dbReadyResolve: O,
                dbReadyPromise: null,
                cancelOpen: O,
                openCanceller: null,
                autoSchema: !0,
                PR1398_maxLoop: 3,
                autoOpen: r.autoOpen,
              };
              (s.dbReadyPromise = new I((e) => {
                s.dbReadyResolve = e;
              })),
                (s.openCanceller = new I((e, t) => {
                  s.cancelOpen = t;
                })),
                (this._state = s),
                (this.name = t),
                (this.on = Kt(this, `populate`, `blocked`, `versionchange`, `close`, { ready: [Fe, O] })),
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
                    if (e.openComplete) e.dbOpenError || I.resolve().then(n), r && t(n);
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
                (this.Collection = on(this)),
                (this.Table = Jt(this)),
                (this.Transaction = xn(this)),
                (this.Version = er(this)),
                (this.WhereClause = gn(this)),
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
                (this._maxKey = En(r.IDBKeyRange)),
                (this._createTransaction = (e, t, n, r) => new i.Transaction(e, t, n, i._options.chromeTransactionDurability, r)),
                (this._fireOnBlocked = (e) => {
                  i.on(`blocked`).fire(e),
                    tr
                      .toArray()
                      .filter((e) => e.name === i.name && e !== i && !e._state.vcFired)
                      .map((t) => t.on(`versionchange`).fire(e));
                }),
                this.use(Rr),
                this.use(ti),
                this.use(Vr),
                this.use(Mr),
                this.use(Fr);
              var c = new Proxy(this, {
                get: (e, t, n) => {
                  if (t === `_vip`) return !0;
                  if (t === `table`) return (e) => ni(i.table(e), c);
                  var r = Reflect.get(e, t, n);
                  return r instanceof Gt
                    ? ni(r, c)
                    : t === `tables`
                      ? r.map((e) => ni(e, c))
                      : t === `_createTransaction`
                        ? function () {
                            return ni(r.apply(this, arguments), c);
                          }
                        : r;
                },
              });
              (this.vip = c), o.forEach((e) => e(i));
            }
            return (
              (e.prototype.version = function (e) {
                if (isNaN(e) || e < 0.1) throw new D.Type(`Given version is not a positive number`);
                if (((e = Math.round(e * 10) / 10), this.idbdb || this._state.isBeingOpened))
                  throw new D.Schema(`Cannot add version when database is open`);
                this.verno = Math.max(this.verno, e);
                var t = this._versions,
                  n = t.filter((t) => t._cfg.version === e)[0];
                return n || ((n = new this.Version(e)), t.push(n), t.sort(Rn), n.stores({}), (this._state.autoSchema = !1), n);
              }),
              (e.prototype._whenReady = function (e) {
                return this.idbdb && (this._state.openComplete || P.letThrough || this._vip)
                  ? e()
                  : new I((e, n) => {
                      if (this._state.openComplete) return n(new D.DatabaseClosed(this._state.dbOpenError));
                      if (!this._state.isBeingOpened) {
                        if (!this._state.autoOpen) {
                          n(new D.DatabaseClosed());
                          return;
                        }
                        this.open().catch(O);
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
                return H(N, () => Er(this));
              }),
              (e.prototype._close = function () {
                this.on.close.fire(new CustomEvent(`close`));
                var e = this._state;
                if ((tr.remove(this), this.idbdb)) {
                  try {
                    this.idbdb.close();
                  } catch {}
                  this.idbdb = null;
                }
                e.isBeingOpened ||
                  ((e.dbReadyPromise = new I((t) => {
                    e.dbReadyResolve = t;
                  })),
                  (e.openCanceller = new I((t, n) => {
                    e.cancelOpen = n;
                  })));
              }),
              (e.prototype.close = function (e) {
                var t = (e === void 0 ? { disableAutoOpen: !0 } : e).disableAutoOpen,
                  n = this._state;
                t
                  ? (n.isBeingOpened && n.cancelOpen(new D.DatabaseClosed()),
                    this._close(),
                    (n.autoOpen = !1),
                    (n.dbOpenError = new D.DatabaseClosed()))
                  : (this._close(),
                    (n.autoOpen = this._options.autoOpen || n.isBeingOpened),
                    (n.openComplete = !1),
                    (n.dbOpenError = null));
              }),
              (e.prototype.delete = function (e) {
                e === void 0 && (e = { disableAutoOpen: !0 });
                var n = arguments.length > 0 && typeof arguments[0] != `object`,
                  r = this._state;
                return new I((i, a) => {
                  var o = () => {
                    this.close(e);
                    var n = this._deps.indexedDB.deleteDatabase(this.name);
                    (n.onsuccess = L(() => {
                      sr(this._deps, this.name), i();
                    })),
                      (n.onerror = Y(a)),
                      (n.onblocked = this._fireOnBlocked);
                  };
                  if (n) throw new D.InvalidArgument(`Invalid closeOptions argument to db.delete()`);
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
                var e = Or.apply(this, arguments);
                return this._transaction.apply(this, e);
              }),
              (e.prototype._transaction = function (e, t, n) {
                var i = P.trans;
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
                    e == `r` || e === Mt)
                  )
                    o = Mt;
                  else if (e == `rw` || e == Nt) o = Nt;
                  else throw new D.InvalidArgument(`Invalid transaction mode: ` + e);
                  if (i) {
                    if (i.mode === Mt && o === Nt) {
                      if (a) i = null;
                      else
                        throw new D.SubTransaction(
                          `Cannot enter a sub-transaction with READWRITE mode when parent transaction is READONLY`,
                        );
                    }
                    i &&
                      s.forEach((e) => {
                        if (i && i.storeNames.indexOf(e) === -1) {
                          if (a) i = null;
                          else throw new D.SubTransaction(`Table ` + e + ` not included in parent transaction.`);
                        }
                      }),
                      a && i && !i.active && (i = null);
                  }
                } catch (e) {
                  return i
                    ? i._promise(null, (t, n) => {
                        n(e);
                      })
                    : U(e);
                }
                var c = kr.bind(null, this, o, s, i, n);
                return i ? i._promise(o, c, `lock`) : P.trans ? H(P.transless, () => this._whenReady(c)) : this._whenReady(c);
              }),
              (e.prototype.table = function (e) {
                if (!u(this._allTables, e)) throw new D.InvalidTable(`Table ${e} does not exist`);
                return this._allTables[e];
              }),
              e
            );
          })(),
          ri = typeof Symbol < `u` && `observable` in Symbol ? Symbol.observable : `@@observable`,
          ii = (() => {
            function e(e) {
              this._subscribe = e;
            }
            return (
              (e.prototype.subscribe = function (e, t, n) {
                return this._subscribe(!e || typeof e == `function` ? { next: e, error: t, complete: n } : e);
              }),
              (e.prototype[ri] = function () {
                return this;
              }),
              e
            );
          })(),
          ai;
        try {
          ai = {
            indexedDB: i.indexedDB || i.mozIndexedDB || i.webkitIndexedDB || i.msIndexedDB,
            IDBKeyRange: i.IDBKeyRange || i.webkitIDBKeyRange,
          };
        } catch {
          ai = { indexedDB: null, IDBKeyRange: null };
        }
        function oi(e) {
          var t = !1,
            n,
            r = new ii((r) => {
              var i = he(e);
              function a(t) {
                var n = st();
                try {
                  i && yt();
                  var r = z(e, t);
                  return (i && (r = r.finally(B)), r);
                } finally {
                  n && ct();
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
                    o || ((o = !0), s && s.abort(), d && X.storagemutated.unsubscribe(m));
                  },
                };
              r.start && r.start(u);
              var d = !1,
                f = () => Tt(h);
              function p() {
                return yr(l, c);
              }
              var m = (e) => {
                  vr(c, e), p() && f();
                },
                h = () => {
                  if (!o && ai.indexedDB) {
                    c = {};
                    var i = {};
                    s && s.abort(), (s = new AbortController());
                    var u = { subscr: i, signal: s.signal, requery: f, querier: e, trans: null },
                      h = a(u);
                    (d ||= (X.storagemutated.subscribe(m), !0)),
                      Promise.resolve(h).then(
                        (e) => {
                          (t = !0),
                            (n = e),
                            o || u.signal.aborted || (p() ? f() : ((l = i), p() ? f() : ((c = {}), Tt(() => !o && r.next && r.next(e)))));
                        },
                        (e) => {
                          o ||
                            u.signal.aborted ||
                            ((t = !1),
                            [`DatabaseClosedError`, `AbortError`].includes(e?.name) ||
                              o ||
                              Tt(() => {
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
        var si = Q;
        d(
          si,
          n(n({}, Oe), {
            delete: (e) => new si(e, { addons: [] }).delete(),
            exists: (e) =>
              new si(e, { addons: [] })
                .open()
                .then((e) => (e.close(), !0))
                .catch(`NoSuchDatabaseError`, () => !1),
            getDatabaseNames: (e) => {
              try {
                return ar(si.dependencies).then(e);
              } catch {
                return U(new D.MissingAPI());
              }
            },
            defineClass: () => {
              function e(e) {
                s(this, e);
              }
              return e;
            },
            ignoreTransaction: (e) => (P.trans ? H(P.transless || N, e) : e()),
            vip: cr,
            async: (e) =>
              function () {
                try {
                  var t = Dr(e.apply(this, arguments));
                  return !t || typeof t.then != `function` ? I.resolve(t) : t;
                } catch (e) {
                  return U(e);
                }
              },
            spawn: (e, t, n) => {
              try {
                var r = Dr(e.apply(n, t || []));
                return !r || typeof r.then != `function` ? I.resolve(r) : r;
              } catch (e) {
                return U(e);
              }
            },
            currentTransaction: { get: () => P.trans || null },
            waitFor: (e, t) => {
              var n = I.resolve(typeof e == `function` ? si.ignoreTransaction(e) : e).timeout(t || 6e4);
              return P.trans ? P.trans.waitFor(n) : n;
            },
            Promise: I,
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
            Events: Kt,
            on: X,
            liveQuery: oi,
            extendObservabilitySet: vr,
            getByKeyPath: C,
            setByKeyPath: w,
            delByKeyPath: ee,
            shallowClone: te,
            deepClone: ce,
            getObjectDiff: Nr,
            cmp: K,
            asap: x,
            minKey: Ot,
            addons: [],
            connections: { get: tr.toArray },
            errnames: we,
            dependencies: ai,
            cache: br,
            semVer: Dt,
            version: Dt.split(`.`)
              .map((e) => parseInt(e))
              .reduce((e, t, n) => e + t / 10 ** (n * 2)),
          }),
        ),
          (si.maxKey = En(si.dependencies.IDBKeyRange)),
          typeof dispatchEvent < `u` &&
            typeof addEventListener < `u` &&
            (X(vn, (e) => {
              if (!$) {
                var t = new CustomEvent(yn, { detail: e });
                ($ = !0), dispatchEvent(t), ($ = !1);
              }
            }),
            addEventListener(yn, (e) => {
              var t = e.detail;
              $ || ci(t);
            }));
        function ci(e) {
          var t = $;
          try {
            ($ = !0), X.storagemutated.fire(e), wr(e, !0);
          } finally {
            $ = t;
          }
        }
        var $ = !1,
          li,
          ui = () => {};
        typeof BroadcastChannel < `u` &&
          ((ui = () => {
            (li = new BroadcastChannel(yn)), (li.onmessage = (e) => e.data && ci(e.data));
          }),
          ui(),
          typeof li.unref == `function` && li.unref(),
          X(vn, (e) => {
            $ || li.postMessage(e);
          })),
          typeof addEventListener < `u` &&
            (addEventListener(`pagehide`, (e) => {
              if (!Q.disableBfCache && e.persisted) {
                A && console.debug(`Dexie: handling persisted pagehide`), li?.close();
                for (var t = 0, n = tr.toArray(); t < n.length; t++) n[t].close({ disableAutoOpen: !1 });
              }
            }),
            addEventListener(`pageshow`, (e) => {
              !Q.disableBfCache &&
                e.persisted &&
                (A && console.debug(`Dexie: handling persisted pageshow`), ui(), ci({ all: new Z(-1 / 0, [[]]) }));
            }));
        function di(e) {
          return new Ut({ add: e });
        }
        function fi(e) {
          return new Ut({ remove: e });
        }
        function pi(e, t) {
          return new Ut({ replacePrefix: [e, t] });
        }
        return (
          (I.rejectionMapper = De),
          Ie(A),
          n(
            Q,
            Object.freeze({
              __proto__: null,
              DEFAULT_MAX_CONNECTIONS: At,
              Dexie: Q,
              Entity: Lt,
              PropModification: Ut,
              RangeSet: Z,
              add: di,
              cmp: K,
              default: Q,
              liveQuery: oi,
              mergeRanges: pr,
              rangesOverlap: mr,
              remove: fi,
              replacePrefix: pi,
            }),
            { default: Q },
          ),
          Q
        );
      });
    })(),
    1,
  ),
  i = Symbol.for(`Dexie`),
  a = globalThis[i] || (globalThis[i] = r.default);
if (r.default.semVer !== a.semVer)
  throw Error(`Two different versions of Dexie loaded in the same app: ${r.default.semVer} and ${a.semVer}`);
var {
    liveQuery: o,
    mergeRanges: s,
    rangesOverlap: c,
    RangeSet: l,
    cmp: u,
    Entity: d,
    PropModification: f,
    replacePrefix: p,
    add: m,
    remove: h,
    DexieYProvider: g,
  } = a,
  _ = [
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
  v = _[_.length - 1].version,
  y = new (class extends a {
    applications;
    blobs;
    observations;
    settings;
    reviews;
    comments;
    constructor(e = n, t = v) {
      super(e);
      for (const e of _) {
        if (e.version > t) break;
        const n = this.version(e.version).stores(e.stores);
        e.upgrade && n.upgrade(e.upgrade);
      }
    }
  })();
export { o as n, y as t };
