const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      './BackupButton-mj1fO3pV.js',
      './rolldown-runtime-XKyaHtl9.js',
      './download-CMjGQL_y.js',
      './shell-DICWaD9d.js',
      './index-oQTK9Mdi.js',
      './index-D7dgJ1U_.css',
      './format-CWqq_xR4.js',
      './megabytes-DhPoBEiT.js',
      './draft-DXcTMzNO.js',
      './canonical-C2h3-pTF.js',
      './store-DOvgdwdx.js',
      './database-B77HwGRQ.js',
      './edit-B954PyqS.js',
      './gates-BTsHQrib.js',
      './steps-DdJx-lgL.js',
      './create-BKwVklTC.js',
    ]),
) => i.map((i) => d[i]);
import { n as r } from './format-CWqq_xR4.js';
import { T as a, E as i } from './index-oQTK9Mdi.js';
import { t as n } from './live-LaEoI2N9.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { s as o } from './shell-DICWaD9d.js';
import { a as t } from './store-DOvgdwdx.js';
var s = 864e5;
function c(e, t, n = new Date()) {
  const r = e.filter((e) => e.updatedAt > e.createdAt && (t === null || e.updatedAt > t));
  if (r.length === 0) return null;
  const i = t ?? r.map((e) => e.createdAt).sort()[0];
  return n.getTime() - Date.parse(i) >= 14 * s ? i : null;
}
var l = e({ BackupReminder: () => d }),
  u = a(() =>
    i(
      () => import(`./BackupButton-mj1fO3pV.js`).then((e) => e.n).then((e) => e.BackupButton),
      __vite__mapDeps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
      import.meta.url,
    ),
  );
function d({ withButton: e = !1 }) {
  const i = n(t, [], null),
    a = i.value ? c(i.value.apps, i.value.last) : null;
  if (!i.value || a === null) return null;
  const { last: s } = i.value;
  return o(`div`, {
    class: `note xc-reminder`,
    role: `status`,
    children: [
      o(`p`, {
        children:
          s === null
            ? `You have been working on this workbook since ${r(a)} and have never taken a backup. Everything lives only in this browser: download a backup and keep it somewhere safe.`
            : `Your last backup was ${r(s)}, at least 14 days ago, and you have made changes since. Download a fresh backup.`,
      }),
      e && o(u, {}),
    ],
  });
}
export { d as t, l as n };
