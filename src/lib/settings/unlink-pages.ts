/**
 * Takes every link to pages that are not built (a tool the organisation switched off) out of one built HTML page.
 * A list item that only points to such a page (「職場の分布を確かめる：<a>チーム集計</a>」) goes whole; a link inside
 * running text keeps its words without the link. `pagePath` is the page's own path (`/base/tools/model/`), against
 * which relative links are resolved; `gonePaths` are the missing pages' paths, e.g. `/base/tools/team/`.
 */
import { withTrailingSlash } from '../base-path';

export function unlinkPages(html: string, pagePath: string, gonePaths: readonly string[]): string {
  if (gonePaths.length === 0) return html;
  const pageUrl = new URL(pagePath, 'https://site.invalid');
  const isGone = (tag: string) => {
    const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
    if (href === undefined) return false;
    const url = new URL(href.replace(/&amp;/g, '&'), pageUrl);
    return url.origin === pageUrl.origin && gonePaths.includes(withTrailingSlash(url.pathname));
  };
  const plain = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

  const withoutItems = html.replace(/<li\b[^>]*>((?:(?!<\/?li\b|<[ou]l\b)[\s\S])*?)<\/li>/g, (item, inner: string) => {
    const links = [...inner.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)];
    const [only] = links;
    if (links.length !== 1 || !only || !isGone(only[0])) return item;
    const afterColon = plain(inner).split(/[：:]/);
    return afterColon.length > 1 && afterColon.at(-1) === plain(only[1] ?? '') ? '' : item;
  });
  return withoutItems.replace(/<a\b[^>]*>([\s\S]*?)<\/a>/g, (link, words: string) => (isGone(link) ? words : link));
}

/** Each `<li>…</li>` of the page with its nested lists, outermost first, as [start, end) offsets. */
function listItems(html: string): [number, number][] {
  const items: [number, number][] = [];
  const open: number[] = [];
  for (const m of html.matchAll(/<(\/?)li\b[^>]*>/g)) {
    if (!m[1]) open.push(m.index);
    else {
      const start = open.pop();
      if (start !== undefined) items.push([start, m.index + m[0].length]);
    }
  }
  return items.sort((a, b) => a[0] - b[0]);
}

/**
 * Drops the table-of-contents entries (with their sub-entries) whose heading is not on the page: a section
 * written inside <ToolOnly> for a switched-off tool is not rendered, but the contents are made from the text.
 */
export function dropMissingTocEntries(html: string): string {
  const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  const cut: [number, number][] = [];
  for (const [start, end] of listItems(html)) {
    if (cut.some(([s, e]) => start >= s && end <= e)) continue;
    const first = /^<li\b[^>]*>\s*<a\b[^>]*\bhref="#([^"]+)"/.exec(html.slice(start, end));
    const id = first?.[1] && decodeURIComponent(first[1]);
    if (id && id !== '_top' && !ids.has(id)) cut.push([start, end]);
  }
  return cut.reduceRight((out, [s, e]) => out.slice(0, s) + out.slice(e), html);
}
