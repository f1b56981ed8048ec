/**
 * The Content-Security-Policy every page carries in a <meta> tag: scripts, styles, fonts, images and
 * connections only from this site, so nothing a reader answers can be sent to another host, whatever a
 * dependency might try. Pagefind needs 'wasm-unsafe-eval'. 'unsafe-inline' in script-src is for the dev server
 * only: after the build, src/integrations/strict-csp.ts replaces it on every page with the hashes of that page's
 * own inline scripts (Starlight's theme and sidebar scripts, Astro's island loader), so an injected script or
 * `onerror=` handler does not run. Inline styles stay allowed. frame-ancestors cannot be set in a <meta>;
 * intranets set it as a header (see the embed chapter).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
