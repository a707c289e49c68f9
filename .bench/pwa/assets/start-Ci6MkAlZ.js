import { t } from './database-B77HwGRQ.js';
import { s as a, r as i, i as n, o as r } from './index-oQTK9Mdi.js';
import { r as e } from './shell-DICWaD9d.js';
import { o } from './store-DOvgdwdx.js';
function s(e = t) {
  e.on(`versionchange`, (t) => {
    (t.newVersion === null || t.newVersion > e.verno) && ((r.value = !0), (a.value = new i().message));
  }),
    e.on(`blocked`, () => {
      a.value = `The workbook is waiting for another of its tabs, running an older version, to close. Reload or close the other workbook tabs.`;
    }),
    e.open().catch((e) => {
      (a.value = n(e)), e.name === `VersionError` && (r.value = !0);
    });
}
function c() {
  return o().subscribe({
    next: (t) => {
      e.value = t;
    },
  });
}
function l() {
  s(), c();
}
export { l as startStorage };
