import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { HELD_BACK_QUERIES } from '../search/held-back';
import { SEARCH_QUERIES, type SearchQuery } from '../search/queries';
import { figures, outcome, searchPages, type QueryOutcome } from '../search/evaluate';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();
const synonyms = parse(readFileSync('content/data/search-synonyms.yaml', 'utf8')) as { words: string[] }[];

/** Runs a query list through the dialog's search against the built index and returns each query's outcome. */
async function run(list: SearchQuery[]): Promise<QueryOutcome[]> {
  const { page, errors } = await openPage(browser());
  await page.goto(siteURL());
  const found = await searchPages(page, inject('base'), list.map((q) => q.query), synonyms);
  expect(errors).toEqual([]);
  return list.map((q, i) => outcome(q, found[i]!.term, found[i]!.pages));
}

/** On failure, the misses say which queries to look at. */
const missList = (outcomes: QueryOutcome[]) => outcomes.map((o) => `${o.query} ⇒ ${o.term} → ${o.pages.join(' ') || '(nothing)'}`);

/**
 * The regression lists (test/search/queries.ts and the held-back test/search/held-back.ts), run through the search
 * the dialog runs (src/lib/search/run-search.ts) with Pagefind's own JS API answering each word. `npm run bench`
 * prints the same figures.
 */
describe('search relevance on the regression queries', () => {
  for (const [name, list] of [
    ['regression list', SEARCH_QUERIES],
    ['held-back list', HELD_BACK_QUERIES],
  ] as const) {
    it(`${name}: an expected page in the top 3 for ≥ 95 % of answerable queries and ≥ 90 % of questions, something for each, nothing for the unanswerable`, async () => {
      const outcomes = await run(list);
      const all = figures(outcomes);
      const questions = figures(outcomes.filter((o) => o.question));
      expect(all.answerable).toBeGreaterThanOrEqual(40);
      expect(questions.answerable).toBeGreaterThanOrEqual(15);
      expect(all.empty.map((o) => o.query)).toEqual([]);
      expect({ success3: all.success3 >= 0.95, misses: missList(all.misses) }).toMatchObject({ success3: true });
      expect({ success3: questions.success3 >= 0.9, misses: missList(questions.misses) }).toMatchObject({ success3: true });
      // Questions the site does not answer get the no-result help, not pages matching one character of them.
      expect(missList(outcomes.filter((o) => o.expect.length === 0 && o.pages.length > 0))).toEqual([]);
    });
  }
});
