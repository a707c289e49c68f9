import { l as n, w as r, T as t } from './dist-rV10dAIq.js';
import { S as a, g as c, p as d, y as f, m as l, d as o, f as s, o as u } from './escape-BjgwEG9x.js';
import { n as i } from './format-BjMXmgXJ.js';
import { g as p } from './reviews-DBMJmYnn.js';
import { n as e } from './rolldown-runtime-XKyaHtl9.js';
var m = e({ parseReviewFile: () => v }),
  h = 1;
function g(e, t = new Date().toISOString()) {
  return { format: p, version: h, exportedAt: t, exportedBy: { ...i }, review: e };
}
var _ = t({ format: n(p), version: n(h), exportedAt: s, exportedBy: o, review: d });
function v(e, t = l) {
  const n = f(e.replace(/^\uFEFF/, ``), t);
  if (!n.ok) return { ok: !1, errors: [n.issue] };
  const i = c(n.value, t);
  if (i.length > 0) return { ok: !1, errors: i };
  const o = n.value;
  if (typeof o != `object` || !o || o.format !== `proreg-companion/review`) {
    const e = typeof o == `object` && o ? o.format : void 0;
    return e === `proreg-companion/application` || e === `proreg-companion/workbook`
      ? a(
          ``,
          `This is an exported application or a workbook backup, not a review. Import it under Import and backups on the Applications screen.`,
        )
      : a(
          ``,
          `This is not a mentor's review file from ProReg Companion.`,
          `The "format" field is ${typeof e == `string` ? JSON.stringify(e.slice(0, 80)) : `missing`}.`,
        );
  }
  if (typeof o.version == `number` && o.version > h)
    return a(
      ``,
      `This review was made by a newer version of ProReg Companion. Update the workbook (reload it while online) to import it.`,
      `Review format ${o.version}; this workbook reads ${h}.`,
    );
  const s = r(_, o);
  if (!s.success) return { ok: !1, errors: u(s.issues) };
  const d = new Set();
  for (const [e, t] of s.output.review.comments.entries()) {
    if (d.has(t.id)) return a(`review.comments[${e}].id`, `Two comments in this review have the same id.`);
    d.add(t.id);
  }
  return { ok: !0, value: s.output, warnings: [] };
}
export { g as r, m as n, v as t };
