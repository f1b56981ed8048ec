import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';

const WIDGETS: [string, string][] = [
  ['self-check', 'SelfCheck'],
  ['org-check', 'OrgCheck'],
  ['matrix', 'CoMatrix'],
  ['team', 'TeamView'],
];

const browser = useBrowser();

describe('embed pages for intranets', () => {
  it('show each widget alone, without the site chrome, kept out of search, with a link back to the guide', async () => {
    const { page, offsite, errors } = await openPage(browser());
    for (const [widget, island] of WIDGETS) {
      await page.goto(siteURL(`embed/${widget}/`));
      await page.locator(`astro-island[component-url*="${island}"]:not([ssr])`).waitFor({ state: 'attached' });
      expect(await page.locator('nav[aria-label="メイン"], header.header, .sidebar').count(), widget).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('body').getAttribute('data-pagefind-ignore')).not.toBeNull();
      const back = page.getByRole('link', { name: /ガイドで詳しく読む/ });
      expect(await back.getAttribute('href')).toBe(`/hr/co-guide/tools/${widget}/`);
      expect(await back.getAttribute('target')).toBe('_blank');
    }
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works inside an iframe on another page, keeping answers in the guide’s own storage', async () => {
    const { page, offsite, errors } = await openPage(browser());
    // A portal page on the same host as the guide, as an intranet would have it (answered by the test itself).
    const portal = siteURL('portal.html');
    await page.route(portal, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="ja"><title>社内ポータル</title><h1>社内ポータル</h1><iframe src="${siteURL('embed/self-check/')}" title="自己診断" width="800" height="900"></iframe></html>` }),
    );
    await page.goto(portal);
    const frame = page.frameLocator('iframe[title="自己診断"]');
    await frame.locator('input[name="q-m1"][value="4"]').check();
    await frame.getByText('1問に回答済み').waitFor();
    // The same browser opening the guide directly resumes the same answers.
    await page.goto(siteURL('tools/self-check/'));
    await page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(true);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});
