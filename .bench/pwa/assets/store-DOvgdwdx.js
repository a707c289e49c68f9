import { t as n, n as t } from './database-B77HwGRQ.js';
import { o as a, i, s as o, a as r } from './index-oQTK9Mdi.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
var s = e({
  LAST_BACKUP_KEY: () => x,
  LIMITS_KEY: () => h,
  deleteBlob: () => m,
  liveApplication: () => b,
  liveApplications: () => v,
  liveBackupState: () => S,
  liveLimitOverrides: () => g,
  putApplicationNow: () => d,
  putBlob: () => p,
  readApplication: () => l,
  readBlob: () => f,
  reportStorageError: () => y,
  saveApplication: () => c,
  saveLimitOverrides: () => _,
  writeApplication: () => u,
});
function c(e) {
  return r(() => n.applications.put(e));
}
function l(e) {
  return n.applications.get(e);
}
function u(e, t) {
  return r(() =>
    n.transaction(`rw`, n.applications, async () => {
      const r = t(await n.applications.get(e));
      r && (await n.applications.put(r));
    }),
  );
}
function d(e, t) {
  if (a.value || !n.isOpen()) return !1;
  try {
    const r = n.backendDB().transaction(`applications`, `readwrite`);
    return (r.objectStore(`applications`).put(e), (r.oncomplete = t), r.commit?.(), !0);
  } catch {
    return !1;
  }
}
async function f(e) {
  return (await n.blobs.get(e))?.blob;
}
function p(e, t) {
  return r(() => n.blobs.put({ id: e, blob: t }));
}
function m(e) {
  return r(() => n.blobs.delete(e));
}
var h = `limits`;
function g() {
  return t(async () => (await n.settings.get(`limits`))?.value ?? {});
}
function _(e) {
  return r(() => n.settings.put({ key: h, value: e }));
}
function v() {
  return t(() => n.applications.orderBy(`updatedAt`).reverse().toArray());
}
function y(e) {
  o.value = i(e);
}
function b(e) {
  return t(() => n.applications.get(e));
}
var x = `lastBackupAt`,
  S = () =>
    t(async () => ({
      apps: (await n.applications.toArray()).map((e) => ({ createdAt: e.createdAt, updatedAt: e.updatedAt })),
      last: (await n.settings.get(`lastBackupAt`))?.value ?? null,
    }));
export { _ as d, b as i, d as s, f as u, g as o, h as n, l, m as r, p as c, S as a, s as f, u as p, x as t };
