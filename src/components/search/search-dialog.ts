/**
 * The search dialog's results, loaded when a reader first reaches for search (site-search.ts): Pagefind's
 * JavaScript API under this site's query understanding and ranking (src/lib/search/), results with short excerpts
 * and whole words marked, arrow keys between the input and the results, and a way onwards when little or nothing
 * answers. Pagefind UI is not used: it cost 28 KB gzip and could do none of this.
 */
import synonymGroups from 'virtual:co-guide/data/search-synonyms';
import { excerpt, type Segment } from '@/lib/search/excerpt';
import { pageHits, pagefindData, type PagefindApi } from '@/lib/search/pagefind-hits';
import { PAGEFIND_RANKING } from '@/lib/search/ranking';
import { runSearch, type SearchOutcome } from '@/lib/search/run-search';
import { SEARCH_HELP } from '@/lib/search/ui-strings';
import { synonymIndex } from '@/lib/search/understand-query';
import { HIGHLIGHT_PARAM } from '@/lib/search/highlight';
// A URL rather than a plain import: Astro would otherwise add the stylesheet to every page that has the button.
import stylesheet from './search-dialog.css?url';

/** Results shown at most: the rest are further down the ranking than anyone reads. */
const SHOWN = 10;
/** Fewer results than this, and the dialog also points to the glossary and the chapter list. */
const FEW_RESULTS = 3;
/** Wait this long after the last key before searching, so a query is not searched letter by letter. */
const DEBOUNCE_MS = 120;

function loadStylesheet(): Promise<void> {
  if (document.querySelector('link[data-search-styles]')) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  link.dataset.searchStyles = '';
  const loaded = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const segments = (list: Segment[]) => list.map((s) => (s.mark ? el('mark', {}, s.text) : s.text));

export async function mountSearch(host: HTMLElement) {
  const base = import.meta.env.BASE_URL;
  const [, pagefind] = await Promise.all([
    loadStylesheet(),
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
  ]);
  await pagefind.options({ baseUrl: base, ranking: PAGEFIND_RANKING });
  const synonyms = synonymIndex(synonymGroups);

  const input = host.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = host.querySelector<HTMLElement>('[data-search-status]')!;
  const partial = host.querySelector<HTMLElement>('[data-search-partial]')!;
  const list = host.querySelector<HTMLElement>('[data-search-results]')!;
  const help = host.querySelector<HTMLElement>('[data-search-help]')!;
  const tryWords = host.querySelector<HTMLElement>('[data-search-try]')!;
  const contact = host.querySelector<HTMLElement>('[data-search-contact]');

  const lookUp = async (form: string, limit: number) => pageHits(await pagefindData(pagefind, form, limit), base);

  const render = (query: string, outcome: SearchOutcome) => {
    const shown = outcome.pages.slice(0, SHOWN);
    const words = outcome.terms.map((t) => t.text).join(' ');
    const items = shown.map((page) => {
      const href = (url: string) => {
        const [path, hash] = url.split('#');
        return `${base}${path}?${HIGHLIGHT_PARAM}=${encodeURIComponent(page.found.join(' '))}${hash ? `#${hash}` : ''}`;
      };
      const title = el('a', { href: href(page.url), className: 'search-result-link' });
      if (page.type === 'answer') title.append(el('span', { className: 'search-result-kind' }, SEARCH_HELP.faqAnswer));
      title.append(...segments(excerpt(page.title, page.found, 200)));
      const item = el('li', { className: 'search-result' }, title, el('p', { className: 'search-excerpt' }, ...segments(excerpt(page.content, page.found))));
      if (page.subResults.length) {
        item.append(el('ul', { className: 'search-sections' }, ...page.subResults.map((s) => el('li', {}, el('a', { href: href(s.url) }, ...segments(excerpt(s.title, page.found, 200)))))));
      }
      return item;
    });
    list.replaceChildren(...items);
    status.textContent = outcome.pages.length ? SEARCH_HELP.count(query, outcome.pages.length) : SEARCH_HELP.none(query);
    partial.hidden = !outcome.partial;
    partial.textContent = outcome.partial ? SEARCH_HELP.noWholeMatch(words) : '';
    const none = outcome.pages.length === 0;
    tryWords.hidden = outcome.suggestions.length === 0;
    tryWords.replaceChildren(
      SEARCH_HELP.tryShorter,
      ...outcome.suggestions.flatMap((w, i) => [i ? '・' : '', el('button', { type: 'button', className: 'search-try', onclick: () => search(w, true) }, w)]),
    );
    if (contact) contact.hidden = !none;
    help.hidden = !(none || outcome.partial || outcome.pages.length < FEW_RESULTS);
  };

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = (value: string, now = false) => {
    if (now) input.value = value;
    const query = value.trim();
    const seq = ++latest;
    clearTimeout(timer);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      partial.hidden = help.hidden = true;
      return;
    }
    timer = setTimeout(
      () =>
        void runSearch(query, synonyms, lookUp).then(
          (outcome) => seq === latest && render(query, outcome),
          () => seq === latest && (status.textContent = SEARCH_HELP.error),
        ),
      now ? 0 : DEBOUNCE_MS,
    );
  };
  input.addEventListener('input', () => search(input.value));

  // ↓ from the input goes to the first result, ↑/↓ move between results, Enter in the input opens the first one.
  // Tab and Shift+Tab go round inside the dialog: a modal <dialog> makes the page inert but lets Tab pass from its
  // last link to the browser's own controls, which leaves the reader outside both the dialog and the page.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const dialog = host.querySelector('dialog')!;
  host.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Tab') {
      const stops = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((n) => !(n as HTMLButtonElement).disabled && n.getClientRects().length > 0);
      const [first, last] = [stops[0], stops[stops.length - 1]];
      if (first && last && document.activeElement === (event.shiftKey ? first : last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    } else if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      all[0]?.click();
    } else if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1]!).focus();
    }
  });
  if (input.value) search(input.value, true);
  return { input: () => input };
}
