import { describe, expect, inject, it } from 'vitest';
import { normaliseQuery } from '@/lib/search/normalise-query';
import { SEARCH_QUERIES } from '../search/queries';
import { figures, outcome, searchPages } from '../search/evaluate';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();

/**
 * The regression list (test/search/queries.ts), run against the built Pagefind index through Pagefind's own JS API
 * with the normalisation and ranking the search dialog uses. `npm run bench` prints the same figures.
 */
describe('search relevance on the regression queries', () => {
  it('finds an expected page in the top 3 for at least 90 % of the answerable queries, and something for each', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL());
    const terms = SEARCH_QUERIES.map((q) => normaliseQuery(q.query));
    const pages = await searchPages(page, inject('base'), terms);
    const result = figures(SEARCH_QUERIES.map((q, i) => outcome(q, terms[i]!, pages[i]!)));

    expect(result.answerable).toBeGreaterThanOrEqual(40);
    expect(result.empty.map((o) => o.query)).toEqual([]);
    // On failure, the misses say which queries to look at.
    expect({ success3: result.success3 >= 0.9, misses: result.misses.map((o) => `${o.query} → ${o.pages.join(' ') || '(nothing)'}`) }).toMatchObject({ success3: true });
    expect(errors).toEqual([]);
  });
});
