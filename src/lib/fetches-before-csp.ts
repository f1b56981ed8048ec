/**
 * Chromium's preload scanner stops at a `<meta http-equiv="content-security-policy">` and starts nothing found from
 * there on (html_preload_scanner.cc: "Don't preload anything if a CSP meta tag is found"): the stylesheet and the
 * module preloads after it are asked for only when the parser itself reaches them, on a throttled phone 0.2–0.3 s
 * after the HTML's first bytes (a trace: bench/trace-first-paint.mjs). What the scanner found before the meta tag it
 * starts at once. So the head's stylesheets and module preloads go just before the meta tag. They are this site's own
 * files, which the policy allows anyway; every inline script stays after the policy and is held to it. Pure;
 * src/integrations/strict-csp.ts applies it to every built page.
 */

const META = /<meta http-equiv="content-security-policy"[^>]*>/i;
/** A stylesheet or module-preload link, whatever the order of its attributes. */
const FETCH = /<link\b(?=[^>]*\brel="(?:stylesheet|modulepreload)")[^>]*>/gi;

/** The page with its head's stylesheets and module preloads moved in front of its CSP meta tag; `null`: no change. */
export function withFetchesBeforeCsp(html: string): string | null {
  const headEnd = html.search(/<\/head>/i);
  const meta = META.exec(html);
  if (headEnd < 0 || !meta || meta.index > headEnd) return null;
  const after = html.slice(meta.index, headEnd);
  const links = after.match(FETCH);
  if (!links) return null;
  return `${html.slice(0, meta.index)}${links.join('')}${after.replace(FETCH, '')}${html.slice(headEnd)}`;
}
