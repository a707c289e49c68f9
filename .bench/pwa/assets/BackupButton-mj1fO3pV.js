const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      './exportData-Bujim8mI.js',
      './gates-BTsHQrib.js',
      './index-oQTK9Mdi.js',
      './shell-DICWaD9d.js',
      './index-D7dgJ1U_.css',
      './steps-DdJx-lgL.js',
      './megabytes-DhPoBEiT.js',
      './format-BjMXmgXJ.js',
      './hash-ZqfshFzO.js',
      './sha2-HFX2l_mk.js',
      './rolldown-runtime-XKyaHtl9.js',
      './escape-BjgwEG9x.js',
      './dist-rV10dAIq.js',
      './reviews-DBMJmYnn.js',
      './database-B77HwGRQ.js',
      './canonical-C2h3-pTF.js',
      './hashing-CCuCJeWC.js',
      './digest-BosQXNlB.js',
      './html-D2VNxU2D.js',
      './submit-Ct7NuoZH.js',
      './step-words-BbxjXgYH.js',
      './exchange-BKzd8hBR.js',
      './store-DOvgdwdx.js',
    ]),
) => i.map((i) => d[i]);
import { u as i, r as n, t as r, o as t } from './download-CMjGQL_y.js';
import { E as s } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
import { h as a, s as o } from './shell-DICWaD9d.js';
var c = e({ BackupButton: () => l });
function l() {
  const { busy: e, notice: c, problems: l, run: u } = r(`Preparing the backup file…`),
    d = () =>
      u(async () => {
        const { workbookBackup: e } = await s(
            async () => {
              const { workbookBackup: e } = await import(`./exportData-Bujim8mI.js`);
              return { workbookBackup: e };
            },
            __vite__mapDeps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]),
            import.meta.url,
          ),
          n = await e();
        return n.ok
          ? (t(n.blob, `proreg-workbook-backup-${i()}.json`, `application/json`),
            `Backup downloaded. Keep it somewhere safe, away from this device.`)
          : n.problems;
      });
  return o(a, {
    children: [
      o(`button`, {
        type: `button`,
        onClick: () => void d(),
        'aria-disabled': e.value ? `true` : void 0,
        'aria-busy': e.value ? `true` : void 0,
        children: `Download a backup of the whole workbook`,
      }),
      o(`p`, { role: `status`, 'aria-live': `polite`, children: c.value }),
      o(n, {
        issues: l.value,
        title: `No backup was saved: ProReg Companion could not read this backup back. Fix these, then take the backup again:`,
        tone: `error`,
      }),
    ],
  });
}
export { c as n, l as t };
