const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      './store-DOvgdwdx.js',
      './rolldown-runtime-XKyaHtl9.js',
      './database-B77HwGRQ.js',
      './OverviewScreen-CIGytlHM.js',
      './step-words-BbxjXgYH.js',
      './steps-DdJx-lgL.js',
      './gates-BTsHQrib.js',
      './megabytes-DhPoBEiT.js',
      './submit-Ct7NuoZH.js',
      './canonical-C2h3-pTF.js',
      './hashing-CCuCJeWC.js',
      './sha2-HFX2l_mk.js',
      './shell-DICWaD9d.js',
      './live-LaEoI2N9.js',
      './connected-BVZ3us7a.js',
      './steps-D0sI2dC8.js',
      './observations-COD_k1fw.js',
      './dist-rV10dAIq.js',
      './format-CWqq_xR4.js',
      './reviews-DBMJmYnn.js',
      './hash-ZqfshFzO.js',
      './CommentsFor-CYD7rluB.js',
      './CommentItems-CD5AkkTo.js',
      './exchange-ByCe4PxN.css',
      './category-change-CeRYqZFh.js',
      './edit-B954PyqS.js',
      './create-BKwVklTC.js',
      './ConfirmDialog-B7EzWCiP.js',
      './limitLabels-CIvMHvdM.js',
      './ChecklistScreen-Bk3ZLRE3.js',
      './ConfirmAction-CWpnJMDC.js',
      './edit-B0vVxUDk.js',
      './CareerScreen-BqzpCVNh.js',
      './DocumentsScreen-VdE8AtNL.js',
      './digest-BosQXNlB.js',
      './PanellingScreen-CBQ7VPQN.js',
      './ValidateScreen-BsAItr9n.js',
      './ApplicationExchange-tqTHsnwZ.js',
      './ApplicationReader-BKsDaCvO.js',
      './download-CMjGQL_y.js',
      './draft-DXcTMzNO.js',
      './BackupReminder-CJQNmyf1.js',
      './html-D2VNxU2D.js',
      './escape-BjgwEG9x.js',
      './format-BjMXmgXJ.js',
      './SettingsScreen-QNODDHyQ.js',
      './storage-BZmjySXW.js',
      './ImportScreen-BNFcbJ2D.js',
      './BackupButton-mj1fO3pV.js',
      './exchange-BKzd8hBR.js',
      './review-CdZV7jUz.js',
      './ApplicationScreens-DaVAu4KY.js',
      './remove-CrUif6wC.js',
      './start-Ci6MkAlZ.js',
      './start-Dp0UCpMS.js',
    ]),
) => i.map((i) => d[i]);

import { n as a, u as c, c as e, l as i, g as n, p as o, h as r, s, f as t } from './shell-DICWaD9d.js';
var l = `proreg-workbook`;
function u(e = globalThis.indexedDB) {
  return new Promise((t) => {
    if (!e) return t(null);
    let n;
    try {
      n = e.open(l);
    } catch {
      return t(null);
    }
    (n.onupgradeneeded = () => n.transaction?.abort()),
      (n.onerror = () => t(null)),
      (n.onblocked = () => t(null)),
      (n.onsuccess = () => {
        const e = n.result;
        e.onversionchange = () => e.close();
        try {
          if (!e.objectStoreNames.contains(`applications`)) return (e.close(), t(null));
          const n = e.transaction(`applications`, `readonly`).objectStore(`applications`).getAll();
          (n.onsuccess = () => {
            e.close();
            const r = n.result;
            t(r.sort((e, t) => (e.updatedAt < t.updatedAt ? 1 : e.updatedAt > t.updatedAt ? -1 : 0)));
          }),
            (n.onerror = () => {
              e.close(), t(null);
            });
        } catch {
          e.close(), t(null);
        }
      });
  });
}
var d = (() => {
    const e = typeof document < `u` && document.createElement(`link`).relList;
    return e && e.supports && e.supports(`modulepreload`) ? `modulepreload` : `preload`;
  })(),
  ee = (e, t) => new URL(e, t).href,
  te = {},
  ne = (e) => e.pathname.endsWith(`.css`),
  re = (e, t, n) => {
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
  f = (e, t, n) => {
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
            t = ee(t, n);
            const r = s(t),
              i = ne(r);
            return re(te, r.href, () => {
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
                ((t.rel = i ? `stylesheet` : d),
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
  p = i(void 0),
  m = !1;
function h() {
  if (m) return Promise.resolve();
  m = !0;
  const e = u().then((e) => {
    e && p.value === void 0 && (p.value = e);
  });
  return (
    e
      .then(() => f(() => import(`./store-DOvgdwdx.js`).then((e) => e.f), __vite__mapDeps([0, 1, 2]), import.meta.url))
      .then((e) =>
        e.liveApplications().subscribe({
          next: (e) => {
            p.value = e;
          },
          error: e.reportStorageError,
        }),
      ),
    e
  );
}
function g(e) {
  let t = i(null),
    n = null,
    r = () =>
      (n ??= e().then(
        (e) => {
          t.value = { component: e };
        },
        () => {
          (n = null), (t.value = { failed: !0 });
        },
      ));
  function a(e) {
    const n = t.value;
    if (n && `component` in n) {
      const t = n.component;
      return s(t, { ...e });
    }
    return n
      ? s(`div`, {
          role: `alert`,
          class: `problem`,
          children: [
            s(`p`, {
              children: `This part of the workbook could not be loaded. Your work is safe on this device. Check the connection, then try again.`,
            }),
            s(`button`, {
              type: `button`,
              onClick: () => {
                (t.value = null), r();
              },
              children: `Try again`,
            }),
          ],
        })
      : (r(), s(`p`, { class: `loading`, children: `Loading…` }));
  }
  return ((a.preload = r), a);
}
var _ = {
    overview: g(() =>
      f(
        () => import(`./OverviewScreen-CIGytlHM.js`).then((e) => e.OverviewScreen),
        __vite__mapDeps([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 12, 0, 2, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]),
        import.meta.url,
      ),
    ),
    checklist: g(() =>
      f(
        () => import(`./ChecklistScreen-Bk3ZLRE3.js`).then((e) => e.ChecklistScreen),
        __vite__mapDeps([29, 6, 5, 7, 21, 12, 19, 20, 11, 1, 2, 13, 22, 18, 23, 30, 27, 31, 25, 26]),
        import.meta.url,
      ),
    ),
    career: g(() =>
      f(
        () => import(`./CareerScreen-BqzpCVNh.js`).then((e) => e.CareerScreen),
        __vite__mapDeps([32, 12, 6, 5, 7, 21, 19, 20, 11, 1, 2, 13, 22, 18, 23, 30, 27, 31, 25, 26]),
        import.meta.url,
      ),
    ),
    documents: g(() =>
      f(
        () => import(`./DocumentsScreen-VdE8AtNL.js`).then((e) => e.DocumentsScreen),
        __vite__mapDeps([33, 12, 24, 6, 5, 7, 25, 1, 26, 34, 0, 2, 21, 19, 20, 11, 13, 22, 18, 23, 27]),
        import.meta.url,
      ),
    ),
    panelling: g(() =>
      f(
        () => import(`./PanellingScreen-CBQ7VPQN.js`).then((e) => e.PanellingScreen),
        __vite__mapDeps([35, 12, 25, 1, 6, 5, 7, 26, 15, 16, 2, 17, 0, 13, 18]),
        import.meta.url,
      ),
    ),
    validate: g(() =>
      f(
        () => import(`./ValidateScreen-BsAItr9n.js`).then((e) => e.ValidateScreen),
        __vite__mapDeps([36, 12, 8, 5, 6, 7, 9, 10, 11, 1, 30, 27, 18]),
        import.meta.url,
      ),
    ),
    exchange: g(() =>
      f(
        () => import(`./ApplicationExchange-tqTHsnwZ.js`).then((e) => e.ApplicationExchange),
        __vite__mapDeps([37, 0, 1, 2, 13, 12, 19, 6, 5, 7, 20, 11, 38, 18, 22, 39, 40, 9, 25, 26, 41, 42, 8, 10, 43, 17, 44, 4, 23]),
        import.meta.url,
      ),
    ),
  },
  v = g(() =>
    f(
      () => import(`./SettingsScreen-QNODDHyQ.js`).then((e) => e.SettingsScreen),
      __vite__mapDeps([45, 12, 0, 1, 2, 46, 18, 7, 28]),
      import.meta.url,
    ),
  ),
  y = g(() =>
    f(
      () => import(`./ImportScreen-BNFcbJ2D.js`).then((e) => e.ImportScreen),
      __vite__mapDeps([47, 0, 1, 2, 13, 12, 48, 39, 18, 7, 40, 9, 25, 6, 5, 26, 41, 43, 17, 44, 20, 11, 19, 10, 49, 34, 50, 27, 38, 23]),
      import.meta.url,
    ),
  ),
  b = g(() =>
    f(
      () => import(`./ApplicationScreens-DaVAu4KY.js`).then((e) => e.ApplicationScreens),
      __vite__mapDeps([51, 12, 25, 1, 6, 5, 7, 26, 21, 19, 20, 11, 2, 13, 22, 18, 23, 40, 9, 0]),
      import.meta.url,
    ),
  );
function ie(e) {
  return e.name === `applications`
    ? h()
    : e.name === `settings`
      ? v.preload()
      : e.name === `import`
        ? y.preload()
        : Promise.all([b.preload(), _[e.screen].preload()]);
}
var x = { draft: `Being prepared`, locked: `Locked`, submitted: `Submitted` },
  S = [`overview`, `checklist`, `career`, `documents`, `panelling`, `validate`, `exchange`],
  ae = {
    overview: `Overview`,
    checklist: `Registration checklist`,
    career: `Career history`,
    documents: `Supporting documents`,
    panelling: `Panelling`,
    validate: `Validate and verify`,
    exchange: `Export and review`,
  };
function C(e) {
  const t = e.replace(/^#\/?/, ``).split(`/`).filter(Boolean).map(decodeURIComponent);
  if (t[0] === `settings`) return { name: `settings` };
  if (t[0] === `import`) return { name: `import` };
  if (t[0] === `app` && t[1]) {
    const e = S.includes(t[2] ?? ``) ? t[2] : `overview`;
    return { name: `app`, id: t[1], screen: e };
  }
  return { name: `applications` };
}
function w(e) {
  switch (e.name) {
    case `applications`:
      return `#/`;
    case `settings`:
      return `#/settings`;
    case `import`:
      return `#/import`;
    case `app`:
      return `#/app/${encodeURIComponent(e.id)}/${e.screen}`;
  }
}
var T = i(C(typeof location > `u` ? `` : location.hash));
function oe(e = window) {
  const t = () => {
    T.value = C(e.location.hash);
  };
  e.addEventListener(`hashchange`, t), t();
}
function se(e) {
  const t = w(e);
  location.hash !== t && (location.hash = t), (T.value = e);
}
var E = (e) => e.toLocaleString(`en-GB`);
function D(t) {
  const n = e(null);
  return {
    onInput: (e) => {
      const r = e.currentTarget;
      r.value.length > 1e5
        ? ((n.value = r.value.length), (r.value = r.value.slice(0, a)))
        : n.value !== null && r.value.length < 1e5 && (n.value = null),
        t(r.value);
    },
    note:
      n.value !== null &&
      s(`p`, {
        role: `alert`,
        class: `count over`,
        children: [
          `That was `,
          E(n.value),
          ` characters; a field keeps at most `,
          E(1e5),
          `, so only the first `,
          E(1e5),
          ` `,
          `were kept.`,
        ],
      }),
  };
}
function O({ label: e, hint: n, children: r }) {
  const i = t();
  return s(`div`, {
    class: `field`,
    children: [
      s(`label`, { for: i, children: e }),
      n && s(`p`, { class: `hint`, id: `${i}-hint`, children: n }),
      r(i, n ? `${i}-hint` : void 0),
    ],
  });
}
function k({ label: e, value: t, onValue: n, type: i = `text`, disabled: a, hint: o, autoComplete: c, step: l, min: u }) {
  const d = D(n);
  return s(O, {
    label: e,
    hint: o,
    children: (e, n) =>
      s(r, {
        children: [
          s(`input`, {
            id: e,
            type: i,
            value: t,
            disabled: a,
            autocomplete: c ?? `off`,
            step: l,
            min: u,
            'aria-describedby': n,
            onInput: d.onInput,
          }),
          d.note,
        ],
      }),
  });
}
function ce({ label: e, value: n, onValue: r, disabled: i, rows: a = 8, status: o }) {
  const c = t(),
    l = D(r);
  return s(`div`, {
    class: `field`,
    children: [
      s(`label`, { for: c, children: e }),
      s(`textarea`, { id: c, rows: a, value: n, disabled: i, 'aria-describedby': o ? `${c}-status` : void 0, onInput: l.onInput }),
      l.note,
      o && s(`p`, { class: `count`, id: `${c}-status`, children: o }),
    ],
  });
}
function le({ label: e, checked: n, onChange: r, disabled: i }) {
  const a = t();
  return s(`div`, {
    class: `field check`,
    children: [
      s(`input`, { id: a, type: `checkbox`, checked: n, disabled: i, onChange: (e) => r(e.currentTarget.checked) }),
      s(`label`, { for: a, children: e }),
    ],
  });
}
function A({ label: e, value: n, options: r, onValue: i, disabled: a }) {
  const o = t();
  return s(`div`, {
    class: `field`,
    children: [
      s(`label`, { for: o, children: e }),
      s(`select`, {
        id: o,
        value: n,
        disabled: a,
        onChange: (e) => i(e.currentTarget.value),
        children: r.map((e) => s(`option`, { value: e.value, children: e.label }, e.value)),
      }),
    ],
  });
}
function j({ reasons: e, title: t }) {
  return e.length === 0
    ? null
    : s(`div`, {
        class: `reasons`,
        children: [t && s(`p`, { children: t }), s(`ul`, { children: e.map((e, t) => s(`li`, { children: e.message }, t)) })],
      });
}
function M({ reasons: e, title: t }) {
  const n = o(null);
  return (
    c(() => {
      e.length > 0 && n.current?.focus();
    }, [e]),
    s(`div`, {
      role: `alert`,
      class: e.length > 0 ? `form-error` : void 0,
      tabIndex: e.length > 0 ? -1 : void 0,
      ref: n,
      children: s(j, { reasons: e, title: t }),
    })
  );
}
function ue({ draft: e, place: t, title: n = `That change was not made:` }) {
  const r = e.refusedAt.value === t ? e.refused.value : de;
  return s(M, { reasons: r, title: n });
}
var de = [],
  fe = 5e3;
function N(e) {
  const t = () => {
    const t = e();
    return t?.isConnected
      ? (t.matches(`a[href], button, input, select, textarea, [tabindex]`) || (t.tabIndex = -1), t.focus(), document.activeElement === t)
      : !1;
  };
  if (t()) return;
  const n = new MutationObserver(() => {
      t() && i();
    }),
    r = setTimeout(() => i(), fe);
  function i() {
    n.disconnect(), clearTimeout(r);
  }
  n.observe(document.body, { childList: !0, subtree: !0 });
}
function P(e) {
  N(() => document.getElementById(e));
}
var F = {
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
  I = {
    standard: { id: `standard`, title: `Standard route`, summary: `The route most applicants take.`, provenance: `seed` },
    streamlined: {
      id: `streamlined`,
      title: `Streamlined route`,
      summary: `Only if you have been told you qualify, for example through an approved apprenticeship scheme. It asks for your apprenticeship transcript and certificate.`,
      provenance: `seed`,
    },
  },
  pe = () => Object.values(F),
  me = () => Object.values(I),
  L = (e) => I[e]?.title ?? e,
  R = g(() =>
    f(
      () => import(`./BackupReminder-CJQNmyf1.js`).then((e) => e.n).then((e) => e.BackupReminder),
      __vite__mapDeps([41, 1, 0, 2, 13, 12, 18, 7]),
      import.meta.url,
    ),
  ),
  he = g(() =>
    f(
      () => import(`./ConfirmDialog-B7EzWCiP.js`).then((e) => e.n).then((e) => e.ConfirmDialog),
      __vite__mapDeps([27, 1, 12]),
      import.meta.url,
    ),
  ),
  z = async (e) =>
    (
      await f(
        async () => {
          const { saveApplication: e } = await import(`./store-DOvgdwdx.js`).then((e) => e.f);
          return { saveApplication: e };
        },
        __vite__mapDeps([0, 1, 2]),
        import.meta.url,
      )
    ).saveApplication(e),
  B = { code: `name-empty`, message: `Give the application a name, e.g. “CEng 2027”.`, step: `category` };
function ge() {
  h();
  const e = p;
  return s(r, {
    children: [
      e.value !== void 0 && s(R, { withButton: !0 }),
      s(`section`, {
        'aria-labelledby': `apps-title`,
        children: [
          s(`h2`, { id: `apps-title`, children: `Your applications` }),
          s(`p`, {
            children: `Everything you prepare stays on this device. You can keep several applications, for example EngTech now and CEng later.`,
          }),
          e.value === void 0
            ? s(`p`, { children: `Loading…` })
            : e.value.length === 0
              ? s(`p`, { children: `You have no applications yet. Start one below.` })
              : s(`ul`, { class: `apps`, children: e.value.map((e) => s(_e, { app: e }, e.id)) }),
          s(ve, {}),
          s(`p`, {
            children: s(`a`, { href: w({ name: `import` }), children: `Import a workbook file or review someone else's application` }),
          }),
        ],
      }),
    ],
  });
}
function _e({ app: t }) {
  const n = e(`view`),
    r = e(t.name),
    i = e([]);
  return s(`li`, {
    class: `app-item`,
    'data-app': t.id,
    children: [
      s(`p`, {
        class: `app-summary`,
        children: [
          s(`a`, { href: w({ name: `app`, id: t.id, screen: `overview` }), children: t.name }),
          ` `,
          s(`span`, { class: `app-meta`, children: [t.category, `, `, L(t.route), ` — `, x[t.stage]] }),
        ],
      }),
      n.value !== `rename` &&
        s(`span`, {
          class: `actions`,
          children: [
            s(`button`, {
              type: `button`,
              'aria-label': `Rename ${t.name}`,
              onClick: () => {
                (r.value = t.name), (i.value = []), (n.value = `rename`);
              },
              children: `Rename`,
            }),
            s(`button`, { type: `button`, 'aria-label': `Delete ${t.name}`, onClick: () => (n.value = `delete`), children: `Delete` }),
          ],
        }),
      n.value === `rename` &&
        s(`form`, {
          class: `rename`,
          onSubmit: async (e) => {
            e.preventDefault();
            const a = r.value.trim();
            if (!a) {
              i.value = [B];
              return;
            }
            const { editApplication: o } = await f(
                async () => {
                  const { editApplication: e } = await import(`./edit-B954PyqS.js`).then((e) => e.n);
                  return { editApplication: e };
                },
                __vite__mapDeps([25, 1, 6, 5, 7, 26]),
                import.meta.url,
              ),
              s = o(t, { name: a }, new Date().toISOString());
            (i.value = s.ok ? [] : s.reasons),
              s.ok && (await z(s.value)) && ((n.value = `view`), N(() => document.querySelector(`[data-app="${t.id}"] button`)));
          },
          children: [
            s(k, { label: `New name for ${t.name}`, value: r.value, onValue: (e) => (r.value = e) }),
            s(`button`, { type: `submit`, children: `Save name` }),
            s(`button`, { type: `button`, onClick: () => (n.value = `view`), children: `Cancel` }),
            s(M, { reasons: i.value, title: `The name was not changed:` }),
          ],
        }),
      n.value === `delete` &&
        s(he, {
          title: `Delete ${t.name}?`,
          confirmLabel: `Delete for good`,
          cancelLabel: `Keep it`,
          onCancel: () => (n.value = `view`),
          onConfirm: async () => {
            const [{ closeDraft: e }, { deleteApplication: r }] = await Promise.all([
              f(
                () => import(`./draft-DXcTMzNO.js`).then((e) => e.r),
                __vite__mapDeps([40, 1, 12, 9, 0, 2, 25, 6, 5, 7, 26]),
                import.meta.url,
              ),
              f(() => import(`./remove-CrUif6wC.js`), __vite__mapDeps([52, 44, 20, 11, 1, 2]), import.meta.url),
            ]);
            e(t.id), (await r(t)) ? P(`apps-title`) : (n.value = `view`);
          },
          children: s(`p`, {
            children: `This removes the application, its career history and its documents from this device. It cannot be undone; export it first if you may want it back.`,
          }),
        }),
    ],
  });
}
function ve() {
  const t = e(`CEng`),
    n = e(`standard`),
    r = e(``),
    i = e([]);
  return s(`form`, {
    class: `card`,
    onSubmit: async (e) => {
      if ((e.preventDefault(), !r.value.trim())) {
        i.value = [B];
        return;
      }
      i.value = [];
      const a = crypto.randomUUID(),
        { newApplication: o } = await f(
          async () => {
            const { newApplication: e } = await import(`./create-BKwVklTC.js`).then((e) => e.t);
            return { newApplication: e };
          },
          __vite__mapDeps([26, 1, 5]),
          import.meta.url,
        );
      (await z(o({ id: a, name: r.value.trim(), category: t.value, route: n.value, now: new Date().toISOString() }))) &&
        ((r.value = ``), se({ name: `app`, id: a, screen: `overview` }));
    },
    'aria-labelledby': `create-title`,
    children: [
      s(`h3`, { id: `create-title`, children: `Start an application` }),
      s(k, {
        label: `Name of the application`,
        hint: `For your own use, e.g. “CEng 2027”.`,
        value: r.value,
        onValue: (e) => (r.value = e),
      }),
      s(A, {
        label: `Registration category`,
        value: t.value,
        onValue: (e) => (t.value = e),
        options: pe().map((e) => ({ value: e.id, label: e.title })),
      }),
      s(`fieldset`, {
        children: [
          s(`legend`, { children: `Route` }),
          me().map((e) =>
            s(
              `div`,
              {
                class: `field check`,
                children: [
                  s(`input`, {
                    type: `radio`,
                    id: `route-${e.id}`,
                    name: `route`,
                    value: e.id,
                    checked: n.value === e.id,
                    onChange: () => (n.value = e.id),
                  }),
                  s(`label`, { for: `route-${e.id}`, children: [e.title, `: `, e.summary] }),
                ],
              },
              e.id,
            ),
          ),
        ],
      }),
      s(`button`, { type: `submit`, children: `Create application` }),
      s(M, { reasons: i.value, title: `The application was not created:` }),
    ],
  });
}
var V = i(null),
  H = i(!1);
function U(e) {
  const t = e?.name ?? ``,
    n = e?.inner?.name ?? ``;
  if (t === `QuotaExceededError` || n === `QuotaExceededError`)
    return `Your device is out of storage space, so the latest change could not be saved. Everything saved before it is still here. Free some space (or remove a large document) and try again.`;
  if (t === `VersionError` || n === `VersionError` || (t === `DatabaseClosedError` && H.value))
    return `A newer version of the workbook is open in another tab. Reload this tab to carry on.`;
  const r = e?.message ?? String(e);
  return `The workbook could not save to this device's storage (${t || `error`}: ${r}). Everything saved before is still here.`;
}
var W = class extends Error {
  name = `WritesStopped`;
  constructor() {
    super(`A newer version of the workbook is open in another tab. Reload this tab to carry on.`);
  }
};
async function ye(e) {
  if (H.value) return ((V.value = new W().message), !1);
  try {
    return (await e(), V.value && !H.value && (V.value = null), !0);
  } catch (e) {
    return ((V.value = U(e)), !1);
  }
}
var G = i(null),
  K = i(!1),
  q = i(null);
async function J() {
  const e = G.value;
  if (!e) return !1;
  const { flushAll: t } = await f(
    async () => {
      const { flushAll: e } = await import(`./draft-DXcTMzNO.js`).then((e) => e.r);
      return { flushAll: e };
    },
    __vite__mapDeps([40, 1, 12, 9, 0, 2, 25, 6, 5, 7, 26]),
    import.meta.url,
  );
  return (await t())
    ? (await e(), !0)
    : ((q.value = `Some changes could not be saved, so the new version was not loaded yet. Your changes are still on this page.`), !1);
}
var Y = `proreg-offline-ready-seen`;
function be() {
  try {
    return localStorage.getItem(Y) !== null;
  } catch {
    return !1;
  }
}
function xe() {
  try {
    localStorage.setItem(Y, new Date().toISOString());
  } catch {}
}
function Se() {
  const t = e(null),
    n = e(!1),
    r = K.value;
  c(() => {
    r && t.value === null && !be() && ((t.value = w(T.value)), xe());
  }, [r]);
  const i = t.value !== null && !n.value && t.value === w(T.value) && !G.value;
  return s(`div`, {
    class: i ? `offline-ready` : `offline-ready empty`,
    children: [
      s(`p`, { role: `status`, children: i ? `The workbook now works offline on this device.` : `` }),
      i && s(`button`, { type: `button`, onClick: () => (n.value = !0), children: `Dismiss offline message` }),
    ],
  });
}
function Ce() {
  return s(`div`, {
    class: `status-bar`,
    children: [
      H.value
        ? s(`div`, {
            role: `alert`,
            class: `problem`,
            children: [
              s(`p`, {
                children: `A newer version of the workbook is open in another tab, so this tab has stopped saving. Reload to carry on with the new version.`,
              }),
              s(`button`, { type: `button`, onClick: () => location.reload(), children: `Reload this tab` }),
            ],
          })
        : V.value &&
          s(`div`, {
            role: `alert`,
            class: `problem`,
            children: [
              s(`p`, { children: V.value }),
              s(`button`, { type: `button`, onClick: () => (V.value = null), children: `Dismiss storage message` }),
            ],
          }),
      G.value &&
        s(`div`, {
          role: `status`,
          class: `update`,
          children: [
            s(`p`, { children: `A new version of the workbook is ready. Your changes are saved before it loads.` }),
            s(`button`, { type: `button`, onClick: () => void J(), children: `Reload to update` }),
            q.value && s(`p`, { role: `alert`, children: q.value }),
          ],
        }),
      s(Se, {}),
    ],
  });
}
function we(e) {
  const t = o(!0);
  c(() => {
    t.current ? (t.current = !1) : N(() => document.querySelector(`main h2:not(.confirm-title)`));
  }, [e]);
}
function Te() {
  const e = T.value;
  return (
    we(w(e)),
    s(r, {
      children: [
        s(`a`, {
          class: `skip`,
          href: `#content`,
          onClick: (e) => {
            e.preventDefault(), document.getElementById(`content`)?.focus();
          },
          children: `Skip to content`,
        }),
        s(`header`, {
          children: [
            s(`h1`, { children: `ProReg Companion` }),
            s(`nav`, {
              'aria-label': `Workbook`,
              children: s(`ul`, {
                children: [
                  s(`li`, {
                    children: s(`a`, {
                      href: w({ name: `applications` }),
                      'aria-current': e.name === `applications` ? `page` : void 0,
                      children: `Applications`,
                    }),
                  }),
                  s(`li`, {
                    children: s(`a`, {
                      href: w({ name: `settings` }),
                      'aria-current': e.name === `settings` ? `page` : void 0,
                      children: `Settings`,
                    }),
                  }),
                ],
              }),
            }),
          ],
        }),
        s(Ce, {}),
        s(`main`, {
          id: `content`,
          tabIndex: -1,
          children: [
            e.name === `applications` && s(ge, {}),
            e.name === `settings` && s(v, {}),
            e.name === `import` && s(y, {}),
            e.name === `app` && s(b, { id: e.id, screen: e.screen }, e.id),
          ],
        }),
      ],
    })
  );
}
var X = ie(T.value),
  Z = () => void f(() => import(`./start-Ci6MkAlZ.js`).then((e) => e.startStorage()), __vite__mapDeps([53, 12, 2, 1, 0]), import.meta.url);
T.value.name === `applications` ? X.then(Z) : Z(), oe(), n(s(Te, {}), document.getElementById(`app`));
var Q = [],
  $ = (e) => Q.push(e);
window.addEventListener(`message`, $);
var Ee = (e) => (typeof requestIdleCallback == `function` ? requestIdleCallback(e, { timeout: 1e3 }) : setTimeout(e, 200));
X.then(() =>
  Ee(() => {
    f(
      () =>
        import(`./start-Dp0UCpMS.js`).then((e) => {
          window.removeEventListener(`message`, $), e.startBridge(Q);
        }),
      __vite__mapDeps([54, 17, 16, 2, 1, 12, 0, 14]),
      import.meta.url,
    ),
      f(() => import(`./storage-BZmjySXW.js`).then((e) => e.requestPersistence()), __vite__mapDeps([46, 12]), import.meta.url),
      f(() => import(`./register-BD-KTTQv.js`).then((e) => e.registerServiceWorker()), [], import.meta.url);
  }),
);
export {
  _ as w,
  A as _,
  ae as x,
  ce as v,
  F as c,
  f as E,
  G as n,
  g as T,
  H as o,
  I as l,
  j as g,
  K as t,
  k as y,
  l as D,
  le as m,
  M as p,
  N as d,
  O as h,
  P as u,
  S as b,
  U as i,
  ue as f,
  V as s,
  W as r,
  w as S,
  x as C,
  ye as a,
};
