/**
 * Two things Astro and Starlight write that the HTML standard does not allow, put right in the built pages so that
 * the W3C validator finds no error (test/e2e/html-validity.test.ts). Neither changes what a reader sees or what a
 * script does. Pure; src/integrations/valid-markup.ts applies it.
 */

/**
 * `aria-hidden` on a <script>: Starlight's sidebar scripts carry it (SidebarPersister.astro), and the standard
 * allows no ARIA on script. A script is never shown or read out, so the attribute does nothing.
 */
export const withoutScriptAriaHidden = (html: string): string => html.replace(/(<script\b[^>]*?)\s+aria-hidden="true"/gi, '$1');

/**
 * Astro writes the islands' one CSS rule as a <style> in <body> just before the first island; the standard
 * allows <style> in <body> only as its parent's first child. Moved into <head>, it applies from the start.
 */
export function withIslandStyleInHead(html: string, islandStyles: string): string {
  const style = `<style>${islandStyles}</style>`;
  const head = html.indexOf('</head>');
  if (head < 0 || !html.includes(style, head)) return html;
  const body = html.slice(head).split(style).join('');
  return `${html.slice(0, head)}${style}${body}`;
}
