import { r as h } from './format-CWqq_xR4.js';
import { y as m, p } from './index-oQTK9Mdi.js';
import { t as _, n as g } from './limitLabels-CIvMHvdM.js';
import { r as a, u as c, a as e, p as i, i as n, s as o, o as r, t as s, c as t } from './shell-DICWaD9d.js';
import { requestPersistence as d, storageUsage as f, persistence as u } from './storage-BZmjySXW.js';
import { d as l } from './store-DOvgdwdx.js';
var v = 1048576,
  y = {
    unknown: `Checking…`,
    persistent: `Persistent: the browser will not clear the workbook to free space.`,
    'not-granted': `Not persistent: the browser may clear the workbook if the device runs short of space. Installing the workbook as an app, or bookmarking it, often makes the browser agree. Export your applications from time to time as a backup.`,
    unsupported: `This browser cannot promise to keep the data. Export your applications from time to time as a backup.`,
  };
function b() {
  const e = t(void 0);
  return (
    c(() => {
      f().then((t) => (e.value = t));
    }, []),
    o(`section`, {
      'aria-labelledby': `settings-title`,
      children: [
        o(`h2`, { id: `settings-title`, children: `Settings` }),
        o(`h3`, { children: `Limits` }),
        o(`p`, {
          children: `These come from the IET's guidance or, where marked, are our assumption. If Career Manager tells you otherwise, change them here: every check in the workbook follows.`,
        }),
        o(x, {}),
        o(`h3`, { children: `Storage on this device` }),
        o(`p`, { children: `Everything you prepare stays in this browser on this device; nothing is sent anywhere.` }),
        o(`p`, { role: `status`, children: [`Storage: `, y[u.value]] }),
        u.value === `not-granted` && o(`button`, { type: `button`, onClick: () => void d(), children: `Ask again for persistent storage` }),
        o(`p`, {
          children: [
            `Used:`,
            ` `,
            e.value === void 0
              ? `checking…`
              : e.value === null
                ? `this browser does not say.`
                : `${h(e.value.usage)} of about ${h(e.value.quota)} available to the workbook.`,
          ],
        }),
      ],
    })
  );
}
function x() {
  const u = Object.keys(e),
    d = () => Object.fromEntries(u.map((e) => [e, S(e, n.value[e])])),
    f = t(d()),
    v = i(f.value),
    y = t(null),
    b = t([]);
  c(() => {
    const e = d();
    (f.value = Object.fromEntries(u.map((t) => [t, f.value[t] === v.current[t] ? e[t] : f.value[t]]))), (v.current = e);
  }, [a.value]);
  const x = async (t) => {
      t.preventDefault(), (y.value = null);
      const n = {},
        r = {};
      for (const t of u) {
        const i = C(t, f.value[t] ?? ``);
        if (typeof i == `string`) {
          w(`${i} Nothing was changed.`);
          return;
        }
        (r[t] = i), i !== e[t] && (n[t] = i);
      }
      r.careerPagesMin > r.careerPagesMax
        ? w(`${_.careerPagesMin} is more than ${_.careerPagesMax.toLowerCase()}. Nothing was changed.`)
        : ((b.value = []), (await l(n)) && (y.value = `Limits saved.`));
    },
    w = (e) => {
      b.value = [{ message: e }];
    },
    T = async () => {
      (b.value = []), (await l({})) && (y.value = `Limits back to their defaults.`);
    };
  return o(`form`, {
    onSubmit: x,
    children: [
      u.map((t) =>
        o(
          m,
          {
            type: `number`,
            step: t === `maxFileSize` ? `0.1` : `1`,
            min: `0`,
            label: t === `maxFileSize` ? `${_[t]} (MB)` : _[t],
            hint: `${r[t] === `assumed` ? `Assumption: check this in Career Manager.` : `From IET guidance.`} Default ${g(t, e[t])}${t === `maxFileSize` ? `; at most ${h(s.maxFileSize)}` : ``}.`,
            value: f.value[t] ?? ``,
            onValue: (e) => (f.value = { ...f.value, [t]: e }),
          },
          t,
        ),
      ),
      o(`button`, { type: `submit`, children: `Save limits` }),
      o(`button`, { type: `button`, onClick: () => void T(), children: `Restore default limits` }),
      o(p, { reasons: b.value, title: `The limits were not saved:` }),
      o(`div`, { role: `status`, children: y.value && o(`p`, { children: y.value }) }),
    ],
  });
}
function S(e, t) {
  return String(e === `maxFileSize` ? Math.round((t / v) * 10) / 10 : t);
}
function C(e, t) {
  const n = Number(t.trim()),
    r = _[e];
  if (t.trim() === `` || !Number.isFinite(n) || n <= 0) return `${r}: enter a number greater than 0.`;
  if (e === `maxFileSize`) {
    const e = Math.round(n * v);
    return e > s.maxFileSize
      ? `${r}: at most ${h(s.maxFileSize)}, the largest document a backup file can carry and read back. You entered ${h(e)}.`
      : e < 0.1 * v
        ? `${r}: at least 0.1 MB.`
        : e;
  }
  const i = Math.round(n);
  return i > s[e] ? `${r}: at most ${s[e].toLocaleString(`en-GB`)}.` : Math.max(1, i);
}
export { b as SettingsScreen };
