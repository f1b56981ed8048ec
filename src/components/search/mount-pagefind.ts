/**
 * Loaded on demand by site-search.ts: mounts Pagefind UI in the dialog with Japanese messages, this site's query
 * normalisation (Pagefind's own `processTerm` hook), its ranking, a spoken result count, and a way onwards when the
 * results are empty, few, or match only part of the query.
 */
import { PagefindUI, type PagefindResultData } from '@pagefind/default-ui';
import { normaliseQuery } from '@/lib/search/normalise-query';
import { PAGEFIND_RANKING } from '@/lib/search/ranking';
import { PAGEFIND_UI_STRINGS, SEARCH_HELP } from '@/lib/search/ui-strings';
import { containsWholeQuery } from '@/lib/search/whole-match';
// A URL rather than a plain import: Astro would otherwise add the stylesheet to every page that has the button.
import stylesheet from './pagefind-dialog.css?url';

/** Fewer results than this, and the dialog also points to the glossary and the chapter list. */
const FEW_RESULTS = 3;

/** Adds the dialog's stylesheet once and resolves when it has loaded (or failed: search still works unstyled). */
function loadStylesheet(): Promise<void> {
  if (document.querySelector('link[data-search-styles]')) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  link.dataset.searchStyles = '';
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

export async function mountPagefind(host: HTMLElement) {
  // Styled before it is shown, so the dialog does not redraw under the reader.
  await loadStylesheet();
  const base = import.meta.env.BASE_URL;
  const root = host.querySelector<HTMLElement>('#starlight__search')!;
  const status = host.querySelector<HTMLElement>('[data-search-status]')!;
  const help = host.querySelector<HTMLElement>('[data-search-help]')!;
  const partial = help.querySelector<HTMLElement>('[data-search-partial]')!;

  // Which result pages contain the whole of the current (normalised) query, filled as Pagefind loads each result.
  let term = '';
  const whole = new Map<string, boolean>();

  new PagefindUI({
    element: root,
    baseUrl: base,
    bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
    showImages: false,
    showSubResults: true,
    translations: PAGEFIND_UI_STRINGS,
    ranking: PAGEFIND_RANKING,
    processTerm: (raw: string) => {
      const next = normaliseQuery(raw);
      if (next !== term) whole.clear();
      term = next;
      return next;
    },
    processResult: (result: PagefindResultData) => {
      // Keyed by the href Pagefind UI gives the result's title link.
      whole.set(result.meta?.url || result.url, containsWholeQuery(result.content, term));
      return result;
    },
  });

  // Pagefind redraws its message and list as results arrive; mirror the settled message into a live region and
  // decide whether to show the way onwards. The message while searching is not announced.
  const searching = PAGEFIND_UI_STRINGS.searching.split('[SEARCH_TERM]')[1] ?? '';
  const update = () => {
    const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    const input = root.querySelector<HTMLInputElement>('input')?.value.trim() ?? '';
    const settled = input !== '' && message !== '' && !message.endsWith(searching);
    if (settled && status.textContent !== message) status.textContent = message;
    if (!input) status.textContent = '';
    const count = Number(/(\d+)件/.exec(message)?.[1] ?? 0);
    // Page results only: their links are the keys of `whole`; the links to sections inside them are not.
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
    const known = links.map((a) => whole.get(a.getAttribute('href') ?? '')).filter((k) => k !== undefined);
    const noneWhole = known.length > 0 && known.every((k) => !k);
    partial.hidden = !(settled && noneWhole);
    if (!partial.hidden) partial.textContent = SEARCH_HELP.noWholeMatch(input);
    help.hidden = !(settled && (count < FEW_RESULTS || noneWhole));
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true, characterData: true });

  return { input: () => root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input') };
}
