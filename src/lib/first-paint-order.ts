/**
 * The order in which a built page asks for its files, so that its stylesheet, which the first paint waits for, has
 * the phone's bandwidth to itself. Measured on the throttled phone profile (bench/trace-first-paint.mjs,
 * bench/baseline.bench.mjs):
 *
 * - Chromium's preload scanner stops at a `<meta http-equiv="content-security-policy">`, and holds what it found before
 *   it until the parser has applied the tag (html_document_parser.cc, AllowPreloading): the page's first files are
 *   asked for once the parser reaches the tag, 30–40 ms later than on a page without one in a phone-profile trace. The
 *   stylesheet is therefore announced just before the tag, as a `<link rel="preload" as="style">`, and asked for the
 *   moment the tag is applied, not after the head's scripts have run.
 * - The stylesheet itself goes at the end of the head, after the head's inline scripts (the theme): a classic script
 *   waits for every stylesheet before it, so where the stylesheet used to stand those scripts, and the parser with
 *   them, waited a round trip for it.
 * - The body's classic scripts go just before the page's last element (the unofficial-edition notice), in their
 *   order; its module preloads and module scripts after that element, at the end of the body, in theirs. A classic
 *   script waits for the stylesheet, and the parser with it: where they stood (the header's theme picker, the
 *   sidebar's state), the parser stopped at the first one until the stylesheet was in, and read the rest of the page
 *   only then (a trace of the self-check: body read from 569 to 918 ms after navigation, the stylesheet in at 429).
 *   Now the whole page is read while the stylesheet is on its way. Once it is in, the header is painted (the
 *   render-blocking `expect` link names its end), the classic scripts run, and the last element lets the rest be
 *   drawn (src/styles/custom.css), the sidebar already as the reader left it. The preloads come after that element:
 *   asking for each file took the parser ~5 ms on the phone profile (70 ms for the self-check's 13), which the
 *   page's second paint no longer waits for; they are reached only once the stylesheet is in, so they leave it the
 *   bandwidth. Modules run only once the whole page is read, so they lose nothing by it; module scripts keep their
 *   order among themselves, classic scripts among themselves, so each kind runs in the order it did. A page without
 *   a header keeps its preloads before the policy's tag.
 * - Print stylesheets go to the end of the body, before the preloads: nothing on screen waits for them.
 *
 * Every inline script stays after the policy and is held to it; the links moved are this site's own files, which the
 * policy allows anyway. Pure; src/integrations/strict-csp.ts applies it to every built page.
 */

const META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const rel = (name: string) => new RegExp(`<link\\b(?=[^>]*\\brel="${name}")[^>]*>`, 'gi');
const STYLESHEET = rel('stylesheet');
const MODULE_PRELOAD = rel('modulepreload');
/** Module scripts, inline or from a file: deferred, run in document order once the page is read. */
const MODULE_SCRIPT = /<script type="module"[^>]*>[\s\S]*?<\/script>/gi;
/** Classic inline scripts: run where they stand, each once the stylesheets before it are in. */
const INLINE_SCRIPT = /<script>[\s\S]*?<\/script>/gi;
/** The page's last element (src/components/UnofficialNotice.astro); what is below the header is drawn once it is in. */
const LAST_ELEMENT = /<[a-z]+\b[^>]*\bid="unofficial-notice"/i;
const isPrint = (link: string) => /\bmedia="print"/i.test(link);
const href = (link: string) => /\bhref="([^"]*)"/i.exec(link)?.[1] ?? '';

/** The page with its stylesheets, module preloads and body scripts in first-paint order; `null`: no change. */
export function inFirstPaintOrder(html: string): string | null {
  const headEnd = html.search(/<\/head>/i);
  const meta = META.exec(html);
  if (headEnd < 0 || !meta || meta.index > headEnd) return null;
  const head = html.slice(0, headEnd);
  const sheets = head.match(STYLESHEET) ?? [];
  const preloads = html.match(MODULE_PRELOAD) ?? [];
  if (sheets.length === 0 && preloads.length === 0) return null;

  const screen = sheets.filter((s) => !isPrint(s));
  const print = sheets.filter(isPrint);
  const announce = screen
    .map((s) => `<link rel="preload" as="style" href="${href(s)}">`)
    .filter((link) => !html.includes(link))
    .join('');
  const without = (part: string) => part.replace(STYLESHEET, '').replace(MODULE_PRELOAD, '');
  let body = html.slice(headEnd).replace(MODULE_PRELOAD, '');
  if (print.length) body = body.replace(/<\/body>/i, `${print.join('')}</body>`);
  // Starlight's page header; an embed page has none.
  const hasHeader = /<\/header>/i.test(body);
  if (hasHeader) {
    const classic = body.match(INLINE_SCRIPT) ?? [];
    const modules = body.match(MODULE_SCRIPT) ?? [];
    body = body.replace(INLINE_SCRIPT, '').replace(MODULE_SCRIPT, '');
    const last = LAST_ELEMENT.exec(body)?.index ?? body.search(/<\/body>/i);
    body = `${body.slice(0, last)}${classic.join('')}${body.slice(last)}`;
    body = body.replace(/<\/body>/i, `${preloads.join('')}${modules.join('')}</body>`);
  }
  const preloadsInHead = hasHeader ? '' : preloads.join('');
  return `${without(head.slice(0, meta.index))}${announce}${preloadsInHead}${without(head.slice(meta.index))}${screen.join('')}${body}`;
}
