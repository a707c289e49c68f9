import { t as r } from './canonical-C2h3-pTF.js';
import { i as e, t as n, r as t } from './sha2-HFX2l_mk.js';
function i(r) {
  return t(n(e(r)));
}
function a(e) {
  return structuredClone({
    category: e.category,
    route: e.route,
    personal: e.personal,
    checklist: e.checklist,
    qualifications: e.qualifications,
    roles: e.roles,
    development: e.development,
    pra: e.pra,
    scheme: e.scheme,
    documents: e.documents,
    panelling: e.panelling,
  });
}
function o(e) {
  return i(r(e.content)) === e.sha256;
}
export { a as n, i as t, o as r };
