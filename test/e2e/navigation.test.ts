import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();

describe('reading the guide', () => {
  it('goes from the top page to a chapter with sidebar, breadcrumbs, table of contents and prev/next', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL());
    await expect(page.title()).resolves.toContain('C/O経営');
    await page.getByRole('link', { name: 'ガイドを読む' }).click();
    await page.waitForURL(/\/hr\/co-guide\/co-keiei\/definition\/$/);
    const h1 = page.locator('h1#_top');
    expect(await h1.textContent()).toBeTruthy();
    const crumbs = page.getByRole('navigation', { name: 'パンくずリスト' });
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['ホーム', 'C/O経営とは', (await h1.textContent())!.trim()]);
    // The sidebar marks the current chapter.
    expect(await page.locator('nav[aria-label="メイン"] a[aria-current="page"]').count()).toBe(1);
    // Next page link leads on in the guide's order.
    const next = page.locator('a[rel="next"]');
    expect(await next.getAttribute('href')).toBe('/hr/co-guide/co-keiei/purpose/');
    await next.click();
    await page.waitForURL(/co-keiei\/purpose\/$/);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});
