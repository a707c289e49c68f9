import { l as e } from './shell-DICWaD9d.js';
var t = e(`unknown`);
async function n(e = globalThis.navigator?.storage) {
  if (!e?.persist || !e.persisted) return ((t.value = `unsupported`), t.value);
  try {
    t.value = (await e.persisted()) || (await e.persist()) ? `persistent` : `not-granted`;
  } catch {
    t.value = `not-granted`;
  }
  return t.value;
}
async function r(e = globalThis.navigator?.storage) {
  if (!e?.estimate) return null;
  const { usage: t = 0, quota: n = 0 } = await e.estimate();
  return { usage: t, quota: n };
}
export { n as requestPersistence, r as storageUsage, t as persistence };
