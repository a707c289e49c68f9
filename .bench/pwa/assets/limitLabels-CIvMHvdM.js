import { r as e } from './format-CWqq_xR4.js';
var t = {
  charsPerRole: `Characters per role (guide)`,
  maxPages: `Most printed pages for the whole application`,
  careerPagesMin: `Career history: fewest pages (guide)`,
  careerPagesMax: `Career history: most pages (guide)`,
  maxFileSize: `Largest file per document type`,
  supportersRequired: `Supporters needed`,
  charsPerPage: `Characters that fill one printed page (for estimates)`,
};
function n(t, n) {
  return t === `maxFileSize` ? e(n) : n.toLocaleString(`en-GB`);
}
export { n, t };
