import { c as t } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { t as n } from './steps-DdJx-lgL.js';
var r = e({ newApplication: () => a });
function i(e) {
  return t[e].interviewRequired ? `` : n;
}
function a({ id: e, name: t, category: n, route: r, now: a }) {
  return {
    id: e,
    name: t,
    category: n,
    route: r,
    createdAt: a,
    updatedAt: a,
    stage: `draft`,
    personal: { fullName: ``, email: ``, membershipNumber: `` },
    checklist: {},
    qualifications: [],
    roles: [],
    development: [],
    pra: { consulted: !1, date: ``, adviser: `` },
    scheme: { completed: !1, name: `` },
    documents: {},
    panelling: { sector: ``, specialisms: [], interviewLocation: i(n) },
    lock: null,
    supporters: [],
    submittedAt: null,
    postSubmission: [],
    history: [{ type: `created`, at: a }],
  };
}
export { i as n, r as t };
