/**
 * The order in which a built page asks for its files, so that its stylesheet, which the first paint waits for, has
 * the phone's bandwidth to itself. Measured on the throttled phone profile (bench/trace-first-paint.mjs,
 * bench/baseline.bench.mjs):
 *
 * - Chromium's preload scanner stops at a `<meta http-equiv="content-security-policy">` and starts nothing found from
 *   there on (html_preload_scanner.cc: "Don't preload anything if a CSP meta tag is found"). The stylesheet is
 *   therefore announced before the tag, as a `<link rel="preload" as="style">`, and asked for with the HTML's first
 *   bytes.
 * - The stylesheet itself goes at the end of the head, after the head's inline scripts (the theme): a classic script
 *   waits for every stylesheet before it, so where the stylesheet used to stand those scripts, and the parser with
 *   them, waited a round trip for it.
 * - The header's scripts go right after it, its inline ones first. The first paint may come once the header is read
 *   (the render-blocking `expect` link names its end), and Starlight's inline script in it (the theme picker's
 *   state) would otherwise have to run, after waiting for the stylesheet, before that paint. Where it now stands,
 *   the parser stops at it until the stylesheet is in, as at the first inline script of bare Starlight's body.
 * - The module preloads follow. The parser reaches them once the stylesheet is in, and modules run only once the
 *   whole page is read, so they lose nothing by it and leave the bandwidth to the stylesheet until then. A page
 *   without a header keeps its preloads before the policy's tag.
 * - Print stylesheets go at the end of the body: nothing on screen waits for them.
 *
 * Every inline script stays after the policy and is held to it; the links moved are this site's own files, which the
 * policy allows anyway. Pure; src/integrations/strict-csp.ts applies it to every built page.
 */

const META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const rel = (name: string) => new RegExp(`<link\\b(?=[^>]*\\brel="${name}")[^>]*>`, 'gi');
const STYLESHEET = rel('stylesheet');
const MODULE_PRELOAD = rel('modulepreload');
const MODULE_SCRIPT = /<script type="module" src="[^"]*"><\/script>/gi;
const INLINE_SCRIPT = /<script>[\s\S]*?<\/script>/gi;
const isPrint = (link: string) => /\bmedia="print"/i.test(link);
const href = (link: string) => /\bhref="([^"]*)"/i.exec(link)?.[1] ?? '';

/** The page with its stylesheets, module preloads and header scripts in first-paint order; `null`: no change. */
export function inFirstPaintOrder(html: string): string | null {
  const headEnd = html.search(/<\/head>/i);
  const meta = META.exec(html);
  if (headEnd < 0 || !meta || meta.index > headEnd) return null;
  const head = html.slice(0, headEnd);
  const sheets = head.match(STYLESHEET) ?? [];
  const preloads = head.match(MODULE_PRELOAD) ?? [];
  if (sheets.length === 0 && preloads.length === 0) return null;

  const screen = sheets.filter((s) => !isPrint(s));
  const print = sheets.filter(isPrint);
  const announce = screen
    .map((s) => `<link rel="preload" as="style" href="${href(s)}">`)
    .filter((link) => !html.includes(link))
    .join('');
  const without = (part: string) => part.replace(STYLESHEET, '').replace(MODULE_PRELOAD, '');
  let body = html.slice(headEnd);
  // The first header of the body, Starlight's page header; an embed page has none.
  const headerEnd = body.search(/<\/header>/i);
  if (headerEnd >= 0) {
    const header = body.slice(0, headerEnd);
    const inline = header.match(INLINE_SCRIPT) ?? [];
    const modules = header.match(MODULE_SCRIPT) ?? [];
    const rest = body.slice(headerEnd + '</header>'.length);
    body = `${header.replace(INLINE_SCRIPT, '').replace(MODULE_SCRIPT, '')}</header>${inline.join('')}${preloads.join('')}${modules.join('')}${rest}`;
  }
  if (print.length) body = body.replace(/<\/body>/i, `${print.join('')}</body>`);
  const preloadsInHead = headerEnd < 0 ? preloads.join('') : '';
  return `${without(head.slice(0, meta.index))}${announce}${preloadsInHead}${without(head.slice(meta.index))}${screen.join('')}${body}`;
}
