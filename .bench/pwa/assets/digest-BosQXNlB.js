const __vite__mapDeps = (i, m = __vite__mapDeps, d = m.f || (m.f = ['./sha2-HFX2l_mk.js', './rolldown-runtime-XKyaHtl9.js'])) =>
  i.map((i) => d[i]);

import { E as e } from './index-oQTK9Mdi.js';
var t = (e) => Array.from(e, (e) => e.toString(16).padStart(2, `0`)).join(``);
async function n(n) {
  const r = globalThis.crypto?.subtle;
  if (r)
    try {
      return t(new Uint8Array(await r.digest(`SHA-256`, n)));
    } catch {}
  const [{ sha256: i }, { bytesToHex: a }] = await Promise.all([
    e(() => import(`./sha2-HFX2l_mk.js`).then((e) => e.n), __vite__mapDeps([0, 1]), import.meta.url),
    e(() => import(`./sha2-HFX2l_mk.js`).then((e) => e.a), __vite__mapDeps([0, 1]), import.meta.url),
  ]);
  return a(i(n));
}
export { n as t };
