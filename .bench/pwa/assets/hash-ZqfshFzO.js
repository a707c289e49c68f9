import { i as e, t as n, r as t } from './sha2-HFX2l_mk.js';
function r(e) {
  return t(n(e));
}
function i(r) {
  return t(n(e(r)));
}
export { i as n, r as t };
