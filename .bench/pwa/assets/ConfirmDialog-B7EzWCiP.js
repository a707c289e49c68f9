import { d as a } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { s as i, f as n, p as r, d as t } from './shell-DICWaD9d.js';
var o = e({ ConfirmDialog: () => u }),
  s = `input, textarea, select`,
  c = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`;
function l(e) {
  if (e.key !== `Tab`) return;
  const t = e.currentTarget,
    n = [...t.querySelectorAll(c)],
    r = n[0],
    i = n[n.length - 1];
  if (!r || !i) return;
  const a = document.activeElement;
  e.shiftKey && (a === r || !t.contains(a))
    ? (e.preventDefault(), i.focus())
    : e.shiftKey || (a !== i && t.contains(a)) || (e.preventDefault(), r.focus());
}
function u({
  title: e,
  children: o,
  confirmLabel: c,
  cancelLabel: u = `Cancel`,
  onConfirm: d,
  onCancel: f,
  warn: p = !0,
  fallbackFocusId: m = `screen-title`,
}) {
  const h = n(),
    g = r(null),
    _ = r(null),
    v = r(!1);
  t(() => {
    const e = g.current,
      t = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    try {
      e.showModal();
    } catch {
      e.setAttribute(`open`, ``);
    }
    return (
      (e.querySelector(s) ?? _.current)?.focus(),
      () => {
        e.open && e.close();
        const n = () =>
          !document.activeElement ||
          document.activeElement === document.body ||
          !document.activeElement.isConnected ||
          e.contains(document.activeElement);
        n() && t?.isConnected && t.focus(),
          queueMicrotask(() => {
            n() && (t?.isConnected ? t.focus() : a(() => document.getElementById(m) ?? document.getElementById(`apps-title`)));
          });
      }
    );
  }, []);
  const y = () => {
      v.current || ((v.current = !0), f());
    },
    b = async () => {
      v.current || ((v.current = !0), (await d()) === !1 && (v.current = !1));
    };
  return i(`dialog`, {
    ref: g,
    class: `confirm`,
    role: p ? `alertdialog` : void 0,
    'aria-modal': `true`,
    'aria-labelledby': `${h}-t`,
    'aria-describedby': `${h}-d`,
    onCancel: y,
    onClose: y,
    onKeyDown: l,
    children: [
      i(`h2`, { id: `${h}-t`, class: `confirm-title`, children: e }),
      i(`div`, { id: `${h}-d`, children: o }),
      i(`div`, {
        class: `actions`,
        children: [
          i(`button`, { type: `button`, class: p ? `danger` : void 0, onClick: () => void b(), children: c }),
          i(`button`, { type: `button`, ref: _, onClick: y, children: u }),
        ],
      }),
    ],
  });
}
export { o as n, u as t };
