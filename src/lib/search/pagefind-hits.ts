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

/**
 * Pagefind keeps one data object per page and writes each search's sections (`sub_results`) and excerpt onto it,
 * so a search running beside another may read the other's sections for a shared page (人材 then got the sections
 * of キャリアオーナーシップ, and the glossary lost its C/O人材 heading). Searches therefore run one after another,
 * each copying its data before the next starts.
 */
let previous: Promise<unknown> = Promise.resolve();

/** Reads the `limit` best pages for `form`, with their data, as Pagefind gives them. */
export function pagefindData(pagefind: PagefindApi, form: string, limit: number): Promise<PagefindData[]> {
  const run = previous.then(async () => {
    const search = await pagefind.search(form);
    const top = (search?.results ?? []).slice(0, limit);
    return Promise.all(top.map(async (r) => ({ ...(await r.data()), score: r.score })));
  });
  previous = run.catch(() => undefined);
  return run;
}
