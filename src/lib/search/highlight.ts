/**
 * The words a search result link carries to the page it opens (`?hl=不動層 リーチ`), so that page can mark them.
 * Only words of two or more characters are marked: one kanji marks half the page.
 */
export const HIGHLIGHT_PARAM = 'hl';

export function highlightWords(search: string): string[] {
  const raw = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  const words = raw.normalize('NFKC').toLowerCase().split(/\s+/).filter((w) => [...w].length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 10);
}
