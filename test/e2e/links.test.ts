import { describe, expect, it } from 'vitest';
import { siteURL } from './support/browser';
import { crawlLinks } from './support/crawl';
import { builtPages } from './support/site-pages';

describe('links in the sub-path build', () => {
  it('resolves every internal href and src on every page, including heading anchors, and loads nothing from other hosts', async () => {
    const { origin, pathname: base } = new URL(siteURL());
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(15);
    const { problems, checked } = await crawlLinks(origin, base, pages);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('answers an unknown page with the guide’s 404 page', async () => {
    const res = await fetch(siteURL('no-such-chapter/'));
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain('ページが見つかりません');
  });
});
