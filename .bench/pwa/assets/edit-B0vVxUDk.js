import { t as n } from './edit-B954PyqS.js';
import { h as e, s as t } from './shell-DICWaD9d.js';
function r({ problems: n }) {
  return n.length === 0 ? null : t(e, { children: n.map((e) => t(`p`, { class: `problem`, children: e.message }, e.field)) });
}
function i(e, t) {
  return e.apply((e, r) => n(e, t(e), r));
}
function a(e, t, n) {
  return e.map((e) => (e.id === t ? { ...e, ...n } : e));
}
export { a as n, i as t, r };
