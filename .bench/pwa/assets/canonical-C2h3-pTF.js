function e(t) {
  if (typeof t != `object` || !t) return JSON.stringify(t) ?? `null`;
  if (Array.isArray(t)) return `[${t.map((t) => e(t)).join(`,`)}]`;
  const n = t;
  return `{${Object.keys(n)
    .filter((e) => n[e] !== void 0 && typeof n[e] != `function`)
    .sort()
    .map((t) => `${JSON.stringify(t)}:${e(n[t])}`)
    .join(`,`)}}`;
}
function t(t, n) {
  return t === n || e(t) === e(n);
}
export { e as t, t as n };
