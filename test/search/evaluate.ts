import type { Page } from 'playwright-core';
import { PAGEFIND_RANKING } from '../../src/lib/search/ranking.ts';
import type { SearchQuery } from './queries.ts';

/** How many results per query are read: the first screen of the search dialog. */
export const RESULTS_READ = 5;

export interface QueryOutcome extends SearchQuery {
  /** The term Pagefind was given after normalisation. */
  term: string;
  /** Result pages in rank order, as paths under the site root (`glossary/`). */
  pages: string[];
  /** 1-based rank of the first expected page among `pages`, or null. */
  rank: number | null;
}

/**
 * Runs each term through Pagefind's own JS API in the page (which must be a page of the built site), with the
 * ranking the search dialog uses, and returns the result pages of each, relative to `base`.
 */
export async function searchPages(page: Page, base: string, terms: string[]): Promise<string[][]> {
  // A string, so that the test runner does not rewrite this import() for Node.
  await page.evaluate(`import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then((m) => { window.__pagefind = m; })`);
  return page.evaluate(
    async ({ base, terms, ranking, read }) => {
      // @ts-expect-error set just above
      const pagefind = window.__pagefind;
      await pagefind.options({ baseUrl: base, ranking });
      const out: string[][] = [];
      for (const term of terms) {
        const search = await pagefind.search(term);
        const data = await Promise.all(search.results.slice(0, read).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        out.push(data.map((d: { url: string }) => d.url.slice(base.length).replace(/#.*$/, '')));
      }
      return out;
    },
    { base, terms, ranking: PAGEFIND_RANKING, read: RESULTS_READ },
  );
}

export function outcome(q: SearchQuery, term: string, pages: string[]): QueryOutcome {
  const i = pages.findIndex((p) => q.expect.includes(p));
  return { ...q, term, pages, rank: i < 0 ? null : i + 1 };
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
