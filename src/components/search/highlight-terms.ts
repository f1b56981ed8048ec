/**
 * Marks the searched words on the page a search result opened (`?hl=`, see src/lib/search/highlight.ts) and takes
 * the parameter out of the address, so a link copied from here does not carry it. Loaded only on such a visit.
 */
import { markWords } from '@/lib/search/excerpt';
import { HIGHLIGHT_PARAM, highlightWords } from '@/lib/search/highlight';

const words = highlightWords(location.search);
const root = document.querySelector('main .sl-markdown-content') ?? document.querySelector('main');
if (root && words.length) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, mark, button, input, textarea, svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const value = text.data.normalize('NFKC');
    if (value.length !== text.data.length) continue;
    const parts = markWords(value, words);
    if (!parts.some((p) => p.mark)) continue;
    text.replaceWith(...parts.map((p) => (p.mark ? Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: p.text }) : p.text)));
  }
}
const url = new URL(location.href);
url.searchParams.delete(HIGHLIGHT_PARAM);
history.replaceState(history.state, '', url);
