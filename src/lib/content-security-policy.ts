/**
 * The Content-Security-Policy every page carries in a <meta> tag: scripts, styles, fonts, images and
 * connections only from this site, so nothing a reader answers can be sent to another host, whatever a
 * dependency might try. Pagefind needs 'wasm-unsafe-eval'. Inline scripts and styles stay allowed because
 * Starlight's theme and sidebar scripts are inline and unhashed. frame-ancestors cannot be set in a <meta>;
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
