import { t as e } from './megabytes-DhPoBEiT.js';
var t = new Intl.DateTimeFormat(`en-GB`, { day: `numeric`, month: `short`, year: `numeric`, hour: `2-digit`, minute: `2-digit` }),
  n = new Intl.DateTimeFormat(`en-GB`, { day: `numeric`, month: `short`, year: `numeric`, timeZone: `UTC` }),
  r = new Intl.DateTimeFormat(`en-GB`, { day: `numeric`, month: `short`, year: `numeric` }),
  i = 1073741824;
function a(e) {
  const n = new Date(e);
  return Number.isNaN(n.getTime()) ? e : t.format(n);
}
function o(e) {
  const t = new Date(e);
  return Number.isNaN(t.getTime()) ? e : /^\d{4}-\d{2}-\d{2}$/.test(e) ? n.format(t) : r.format(t);
}
function s(t) {
  return t >= i ? `${(Math.round((t / i) * 10) / 10).toLocaleString(`en-GB`)} GB` : t > 0 && t < 52428.8 ? `under 0.1 MB` : e(t);
}
function c() {
  const e = new Date();
  return `${e.getFullYear()}-${String(e.getMonth() + 1).padStart(2, `0`)}-${String(e.getDate()).padStart(2, `0`)}`;
}
export { a as n, c as i, o as t, s as r };
