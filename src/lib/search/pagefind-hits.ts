/**
 * Pagefind's result data as the search's page hits (rank-results.ts): URLs relative to the site root, the title
 * from the page's metadata, and each section with how many of the searched words Pagefind found in it.
 */
import type { PageHit } from './rank-results';

/** The parts of a Pagefind result (`result.data()`, with the result's score) that the search reads. */
export interface PagefindData {
  score: number;
  url: string;
  content: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; locations: number[] }[];
}

export function pageHits(data: PagefindData[], base: string): PageHit[] {
  const relative = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  return data.map((d) => ({
    url: relative(d.url),
    title: d.meta.title ?? '',
    content: d.content,
    score: d.score,
    subResults: d.sub_results.map((s) => ({ title: s.title, url: relative(s.url), weight: s.locations.length })),
  }));
}

/** What `pagefind.search()` returns, as far as the search uses it. */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { score: number; data(): Promise<Omit<PagefindData, 'score'>> }[] } | null>;
}

/** Reads the `limit` best pages for `form`, with their data, as Pagefind gives them. */
export async function pagefindData(pagefind: PagefindApi, form: string, limit: number): Promise<PagefindData[]> {
  const search = await pagefind.search(form);
  const top = (search?.results ?? []).slice(0, limit);
  return Promise.all(top.map(async (r) => ({ ...(await r.data()), score: r.score })));
}
