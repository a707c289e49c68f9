// The workbook's Content-Security-Policy. The workbook is static files that anyone may serve from
// any host, so the policy travels inside index.html as a <meta http-equiv> the build writes
// (pwa/vite.pwa.ts), not as a server header. It allows the workbook's own script and styles
// only: no inline or foreign script, nothing framed or embedded, no form posting anywhere.
// Documents opened from the workbook (blob: addresses) inherit it.

/** Each directive of the policy, in order. */
const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // data: for document thumbnails in mentor mode; blob: for documents being previewed.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as it appears in the page. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
