import { describe, expect, it } from 'vitest';
import { pagefindData, type PagefindApi, type PagefindData } from '@/lib/search/pagefind-hits';

/**
 * A Pagefind that behaves as the real one does with a page two searches share: one data object per page, on which
 * each search writes its own sections before handing it back.
 */
function sharingPagefind(failOn = ''): PagefindApi {
  const page: Omit<PagefindData, 'score'> = { url: '/glossary/', content: '用語集', meta: { title: '用語集' }, sub_results: [] };
  return {
    options: async () => undefined,
    search: async (term) => {
      if (term === failOn) throw new Error('index chunk failed');
      return {
        results: [
          {
            score: 1,
            data: async () => {
              page.sub_results = [{ title: term, url: `/glossary/#${term}`, locations: [1] }];
              await Promise.resolve();
              return page;
            },
          },
        ],
      };
    },
  };
}

describe('pagefindData', () => {
  it('gives each search its own sections of a page another search shares, however many run at once', async () => {
    const pagefind = sharingPagefind();
    const terms = ['人材', 'キャリアオーナーシップ', '管理職', '上司'];
    const found = await Promise.all(terms.map((t) => pagefindData(pagefind, t, 5)));
    expect(found.map((d) => d[0]!.sub_results.map((s) => s.title))).toEqual(terms.map((t) => [t]));
  });

  it('goes on with the next search when one fails', async () => {
    const pagefind = sharingPagefind('壊れた');
    const [bad, good] = [pagefindData(pagefind, '壊れた', 5), pagefindData(pagefind, '人材', 5)];
    await expect(bad).rejects.toThrow('index chunk failed');
    expect((await good)[0]!.sub_results[0]!.title).toBe('人材');
  });
});
