import { t as r } from './ConfirmDialog-B7EzWCiP.js';
import { d as i } from './index-oQTK9Mdi.js';
import { c as e, s as n, h as t } from './shell-DICWaD9d.js';
function a({ label: a, ariaLabel: o, disabled: s, onConfirm: c, refusalInDialog: l, focusAfter: u, onClose: d, children: f, ...p }) {
  const m = e(!1),
    h = () => {
      (m.value = !1), d?.();
    };
  return n(t, {
    children: [
      n(`button`, { type: `button`, 'aria-label': o, disabled: s, onClick: () => (m.value = !0), children: a }),
      m.value &&
        n(r, {
          ...p,
          onCancel: h,
          onConfirm: () => {
            const e = c();
            if (!e && l) return !1;
            h(), e && u && i(u);
          },
          children: f,
        }),
    ],
  });
}
export { a as t };
