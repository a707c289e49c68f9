import { n } from './format-CWqq_xR4.js';
import { t } from './live-LaEoI2N9.js';
import { n as e } from './observations-COD_k1fw.js';
function r(n) {
  return t(() => e(n), [n], []).value;
}
function i(e, t) {
  return e.filter((e) => e.kind === t).sort((e, t) => t.at.localeCompare(e.at))[0];
}
var a = (e) => n(e);
function o(e) {
  const t = i(r(e), `sectors`);
  return t && t.data.sectors.length > 0 ? { sectors: t.data.sectors, at: t.at } : null;
}
var s = {
  category: `overview`,
  route: `overview`,
  checklist: `checklist`,
  documents: `documents`,
  panelling: `panelling`,
  lock: `validate`,
  supporters: `validate`,
  validation: `validate`,
  submit: `validate`,
  'after-submission': `validate`,
};
export { a as r, i as n, o as a, r as i, s as t };
