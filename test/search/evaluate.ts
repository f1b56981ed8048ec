import type { Page } from 'playwright-core';
import { pageHits, type PagefindData } from '../../src/lib/search/pagefind-hits.ts';
import { PAGEFIND_RANKING } from '../../src/lib/search/ranking.ts';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { synonymIndex } from '../../src/lib/search/understand-query.ts';
import type { SearchQuery } from './queries.ts';

/** How many results per query are read: the first screen of the search dialog. */
export const RESULTS_READ = 5;

export interface QueryOutcome extends SearchQuery {
  /** The terms the query was understood as. */
  term: string;
  /** Result pages in rank order, as paths under the site root (`glossary/`, `practice/faq/#evaluation`). */
  pages: string[];
  /** 1-based rank of the first expected page among `pages`, or null. */
  rank: number | null;
}

/**
 * Runs each query through the search the dialog runs (src/lib/search/run-search.ts), with Pagefind's own JS API
 * in the page (which must be a page of the built site) answering each word, and returns the result pages of each
 * query relative to `base`, with the terms it was understood as.
 */
export async function searchPages(page: Page, base: string, queries: string[], synonymGroups: { words: string[] }[]): Promise<{ term: string; pages: string[] }[]> {
  // A string, so that the test runner does not rewrite this import() for Node.
  await page.evaluate(`import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then((m) => { window.__pagefind = m; })`);
  await page.evaluate(({ base, ranking }) => (window as unknown as { __pagefind: { options(o: object): Promise<void> } }).__pagefind.options({ baseUrl: base, ranking }), { base, ranking: PAGEFIND_RANKING });
  const cache = new Map<string, Promise<PagefindData[]>>();
  // One Pagefind search at a time, as in the dialog (pagefindData): concurrent searches overwrite each other's
  // sections on the page data Pagefind shares between them.
  let previous: Promise<unknown> = Promise.resolve();
  const read = (form: string, limit: number) => {
    const key = `${limit} ${form}`;
    if (!cache.has(key)) {
      const run = previous.then(() =>
        page.evaluate(
          async ({ form, limit }) => {
            // @ts-expect-error set just above
            const search = await window.__pagefind.search(form);
            const top = (search?.results ?? []).slice(0, limit);
            return Promise.all(top.map(async (r: { score: number; data(): Promise<object> }) => ({ ...(await r.data()), score: r.score })));
          },
          { form, limit },
        ) as Promise<PagefindData[]>,
      );
      previous = run.catch(() => undefined);
      cache.set(key, run);
    }
    return cache.get(key)!;
  };
  const synonyms = synonymIndex(synonymGroups);
  const one = async (query: string) => {
    const outcome = await runSearch(query, synonyms, async (form, limit) => pageHits(await read(form, limit), base));
    return { term: outcome.terms.map((t) => (t.strong ? t.text : `(${t.text})`)).join(' '), pages: outcome.pages.map((p) => p.url) };
  };
  // A few queries at a time: the page answers them side by side, as it would a reader typing quickly.
  const out: { term: string; pages: string[] }[] = [];
  for (let i = 0; i < queries.length; i += 8) out.push(...(await Promise.all(queries.slice(i, i + 8).map(one))));
  return out;
}

/** Whether a result page is an expected one: an expected page, or one of its sections (`practice/faq/#x`). */
const matches = (page: string, expected: string) => page === expected || (expected.includes('#') ? false : page.replace(/#.*$/, '') === expected);

export function outcome(q: SearchQuery, term: string, pages: string[]): QueryOutcome {
  const i = pages.slice(0, RESULTS_READ).findIndex((p) => q.expect.some((e) => matches(p, e)));
  return { ...q, term, pages: pages.slice(0, RESULTS_READ), rank: i < 0 ? null : i + 1 };
}

export interface SearchFigures {
  answerable: number;
  success1: number;
  success3: number;
  mrr: number;
  /** Answerable queries that returned no page at all. */
  empty: QueryOutcome[];
  /** Answerable queries whose expected pages are not in the top 3. */
  misses: QueryOutcome[];
}

/** success@1, success@3 and MRR (over the results read) of the queries that have an expected page. */
export function figures(outcomes: QueryOutcome[]): SearchFigures {
  const answerable = outcomes.filter((o) => o.expect.length > 0);
  const n = answerable.length || 1;
  const within = (k: number) => answerable.filter((o) => o.rank !== null && o.rank <= k).length / n;
  return {
    answerable: answerable.length,
    success1: within(1),
    success3: within(3),
    mrr: answerable.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    empty: answerable.filter((o) => o.pages.length === 0),
    misses: answerable.filter((o) => o.rank === null || o.rank > 3),
  };
}
