import { n } from './canonical-C2h3-pTF.js';
import { t as c } from './edit-B954PyqS.js';
import { s as i, i as r } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { l as t } from './shell-DICWaD9d.js';
import { i as a, p as o, s } from './store-DOvgdwdx.js';
var l = (e) => typeof e == `object` && !!e && !Array.isArray(e),
  u = (e) => Array.isArray(e) && e.every((e) => l(e) && typeof e.id == `string`);
function d(e, t, r, i = `deep`) {
  if (n(t, e)) return r;
  if (n(r, e) || n(t, r)) return t;
  const a = e;
  if (u(t) && u(r)) {
    const e = a === void 0 ? [] : a;
    if (u(e)) return m(e, t, r, i);
  }
  if (l(t) && l(r)) {
    const e = a === void 0 ? {} : a;
    if (l(e)) return p(e, t, r, i);
  }
  return t;
}
function f(e, t, r, i) {
  if (t !== void 0 || r !== void 0)
    return t === void 0
      ? e !== void 0 && n(r, e)
        ? void 0
        : r
      : r === void 0
        ? e !== void 0 && n(t, e)
          ? void 0
          : t
        : i === `entries`
          ? n(t, e)
            ? r
            : t
          : d(e, t, r, `deep`);
}
function p(e, t, n, r) {
  const i = {};
  for (const a of new Set([...Object.keys(t), ...Object.keys(n), ...Object.keys(e)])) {
    const o = f(e[a], t[a], n[a], r);
    o !== void 0 && (i[a] = o);
  }
  return i;
}
function m(e, t, n, r) {
  const i = (e) => new Map(e.map((e) => [e.id, e])),
    [a, o, s] = [i(e), i(t), i(n)],
    c = new Map();
  for (const e of new Set([...o.keys(), ...s.keys(), ...a.keys()])) {
    const t = f(a.get(e), o.get(e), s.get(e), r);
    t !== void 0 && c.set(e, t);
  }
  const l = t.map((e) => e.id).filter((e) => c.has(e));
  return (
    n.forEach((e, t) => {
      if (!c.has(e.id) || l.includes(e.id)) return;
      const r = n
        .slice(0, t)
        .reverse()
        .find((e) => l.includes(e.id));
      l.splice(r ? l.indexOf(r.id) + 1 : 0, 0, e.id);
    }),
    l.map((e) => c.get(e))
  );
}
var h = [`name`, `personal`, `checklist`, `qualifications`, `roles`, `development`, `pra`, `scheme`, `documents`];
function g(e, t, r, i) {
  if (!t) return { app: e, pending: !0, refused: [] };
  const a = Object.keys(e).filter((r) => !n(e[r], t[r]));
  if (!a.every((e) => e === `updatedAt` || h.includes(e))) return { app: e, pending: !0, refused: [] };
  const o = {};
  for (const n of a) {
    if (n === `updatedAt`) continue;
    const i = n;
    Object.assign(o, { [i]: d(t[i], e[i], r[i], i === `documents` ? `entries` : `deep`) });
  }
  if (Object.keys(o).length === 0) return { app: r, pending: !1, refused: [] };
  const s = c(r, o, i);
  if (!s.ok) return { app: r, pending: !1, refused: s.reasons };
  const l = !n({ ...s.value, updatedAt: r.updatedAt }, r);
  return { app: l ? s.value : r, pending: l, refused: [] };
}
var _ = e({ Draft: () => y, closeDraft: () => w, draftFor: () => S, flushAll: () => C }),
  v = 400,
  y = class {
    id;
    app = t(void 0);
    refused = t([]);
    refusedAt = t(null);
    saving = t(!1);
    pending = null;
    base = null;
    timer = null;
    subscription;
    inFlight = Promise.resolve(!0);
    constructor(e) {
      (this.id = e),
        (this.subscription = a(e).subscribe({
          next: (e) => {
            if (this.pending && e) {
              const t = this.base;
              if (((this.base = e), n(e, this.pending))) return;
              const r = g(this.pending, t, e, new Date().toISOString());
              r.refused.length && this.refuse(r.refused, null),
                r.pending ? this.set(r.app) : ((this.pending = null), (this.app.value = r.app));
            } else e || (this.pending = null), (this.base = e ?? null), (this.app.value = e ?? null);
          },
          error: (e) => {
            i.value = r(e);
          },
        }));
    }
    apply(e, t = {}) {
      const n = this.app.value;
      if (!n) return !1;
      const r = e(n, new Date().toISOString());
      return r.ok
        ? (this.refuse([], null), this.set(r.value), t.immediate && this.flush(), !0)
        : (this.refuse(r.reasons, t.place ?? null), !1);
    }
    refuse(e, t) {
      (this.refusedAt.value = t), (this.refused.value = e);
    }
    set(e) {
      (this.app.value = e),
        (this.pending = e),
        this.timer && clearTimeout(this.timer),
        (this.timer = setTimeout(() => void this.flush(), v));
    }
    get hasUnsaved() {
      return this.pending !== null;
    }
    flush() {
      return (
        (this.timer &&= (clearTimeout(this.timer), null)),
        (this.inFlight = this.inFlight.then(async () => {
          const e = this.pending;
          if (!e) return !0;
          this.saving.value = !0;
          const t = await this.write(e, this.base);
          return (
            (this.saving.value = !1),
            t
              ? ((this.base = t),
                this.pending === e
                  ? ((this.pending = null), (this.app.value = t))
                  : this.pending && t !== e && this.set(g(this.pending, e, t, new Date().toISOString()).app),
                !0)
              : !1
          );
        })),
        this.inFlight
      );
    }
    async write(e, t) {
      let r = e;
      return (await o(this.id, (i) => {
        if (((r = e), i && t && !n(i, t) && !n(i, e))) {
          const n = g(e, t, i, new Date().toISOString());
          if ((n.refused.length && this.refuse(n.refused, null), (r = n.app), !n.pending)) return null;
        }
        return r;
      }))
        ? r
        : null;
    }
    flushSync() {
      const e = this.pending;
      e &&
        s(e, () => {
          (this.base = e), this.pending === e && (this.pending = null);
        });
    }
    discard() {
      this.timer && clearTimeout(this.timer), (this.timer = null), (this.pending = null), this.subscription.unsubscribe();
    }
  },
  b = new Map(),
  x = !1;
function S(e) {
  let t = b.get(e);
  return (t || (!x && typeof window < `u` && E(window), (t = new y(e)), b.set(e, t)), t);
}
async function C() {
  return (await Promise.all([...b.values()].map((e) => e.flush()))).every(Boolean);
}
function w(e) {
  const t = b.get(e);
  t && (b.delete(e), t.discard());
}
function T() {
  for (const e of b.values()) e.flushSync();
}
function E(e) {
  x = !0;
  const t = () => {
    T(), C();
  };
  e.addEventListener(`pagehide`, t),
    e.addEventListener(`beforeunload`, t),
    e.document.addEventListener(`visibilitychange`, () => {
      e.document.visibilityState === `hidden` && t();
    }),
    e.document.addEventListener(`focusout`, () => void C());
}
export { _ as r, C as i, S as n, w as t };
