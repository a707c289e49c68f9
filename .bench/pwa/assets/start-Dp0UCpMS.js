import { t as u } from './connected-BVZ3us7a.js';
import { s as e, w as t } from './dist-rV10dAIq.js';
import { l as a, s as c, i, t as l, a as n, o, c as r, r as s } from './observations-COD_k1fw.js';
var d = !1;
function f(e) {
  window.postMessage(e, location.origin);
}
function p(i) {
  const a = t(o, i.limitOverrides);
  return { applications: i.applications.filter((t) => e(n, t)), limits: r(a.success ? a.output : void 0) };
}
function m(e) {
  const t = p(e);
  f({ source: c, v: 1, type: `mirror`, at: new Date().toISOString(), ...t });
}
function h(e = []) {
  if (d || typeof window > `u`) return;
  d = !0;
  let t = !1,
    n = (e) => {
      if (e.source !== window || e.origin !== location.origin) return;
      const n = a(e.data);
      if (!n.ok) return;
      const r = n.message;
      if (r.type === `hello`) {
        if (((u.value = !0), t)) return void s().then(m, () => void 0);
        (t = !0), l().subscribe({ next: m, error: () => void 0 });
      } else
        r.type === `observations` &&
          i(r.observations)
            .then(() => f({ source: c, v: 1, type: `ack`, ids: r.observations.map((e) => e.id) }))
            .catch(() => void 0);
    };
  for (const t of e) n(t);
  window.addEventListener(`message`, n), f({ source: c, v: 1, type: `ready` });
}
export { h as startBridge };
