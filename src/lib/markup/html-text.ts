/**
 * The text of an HTML fragment as a reader sees it: tags dropped, the entities Astro and Preact write decoded,
 * runs of white space made one space. For markup the site itself rendered (search records, tests reading tables),
 * not for arbitrary HTML. Pure.
 */
export const htmlText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
