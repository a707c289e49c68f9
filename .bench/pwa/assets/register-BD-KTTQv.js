import { E as e, t as n, n as t } from './index-oQTK9Mdi.js';
var r = `false`,
  i = `false`,
  a = r === `true`,
  o = i === `true`;
function s(t = {}) {
  let {
      immediate: n = !1,
      onNeedReload: r,
      onNeedRefresh: i,
      onOfflineReady: s,
      onRegistered: c,
      onRegisteredSW: l,
      onRegisterError: u,
    } = t,
    d,
    f,
    p,
    m = async (e = !0) => {
      await f, a || p?.();
    };
  async function h() {
    if (`serviceWorker` in navigator) {
      if (
        ((d = await e(
          async () => {
            const { Workbox: e } = await import(`./workbox-window.prod.es5-Bd17z0YL.js`);
            return { Workbox: e };
          },
          [],
          import.meta.url,
        )
          .then(({ Workbox: e }) => new e(`./sw.js`, { scope: `./`, type: `classic` }))
          .catch((e) => {
            u?.(e);
          })),
        !d)
      )
        return;
      if (
        ((p = () => {
          d?.messageSkipWaiting();
        }),
        !o)
      ) {
        if (a)
          d.addEventListener(`activated`, (e) => {
            (e.isUpdate || e.isExternal) && (r ? r() : window.location.reload());
          }),
            d.addEventListener(`installed`, (e) => {
              e.isUpdate || s?.();
            });
        else {
          let e = !1,
            t = () => {
              (e = !0),
                d?.addEventListener(`controlling`, (e) => {
                  e.isUpdate && (r ? r() : window.location.reload());
                }),
                i?.();
            };
          d.addEventListener(`installed`, (n) => {
            n.isUpdate === void 0 ? (n.isExternal === void 0 ? !e && s?.() : n.isExternal ? t() : !e && s?.()) : n.isUpdate || s?.();
          }),
            d.addEventListener(`waiting`, t);
        }
      }
      d.register({ immediate: n })
        .then((e) => {
          l ? l(`./sw.js`, e) : c?.(e);
        })
        .catch((e) => {
          u?.(e);
        });
    }
  }
  return ((f = h()), m);
}
function c() {
  if (!(`serviceWorker` in navigator)) return;
  const e = s({
    onNeedRefresh() {
      t.value = () => e(!0);
    },
    onOfflineReady() {
      n.value = !0;
    },
  });
}
export { c as registerServiceWorker };
