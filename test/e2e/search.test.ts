import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();

/** Types a query into the open search dialog and waits until a result links to `expected` (fails after 15 s). */
async function expectHit(page: Page, query: string, expected: string) {
  await page.locator('#starlight__search input').fill(query);
  // Results update asynchronously; poll so that the previous query's results are not mistaken for these.
  await expect
    .poll(() => page.locator('#starlight__search .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
}

describe('search (Pagefind, Japanese)', () => {
  it('opens with Ctrl+K and with /, and finds Japanese terms on the right pages', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL('co-keiei/definition/'));
    const dialog = page.locator('dialog[aria-label="検索"]');
    // Pagefind UI loads on idle; the button is enabled once the script runs.
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.locator('#starlight__search input').waitFor({ state: 'attached' });

    await page.keyboard.press('Control+k');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await expectHit(page, '不動層', '/hr/co-guide/soshiki/');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await dialog.waitFor({ state: 'visible' });
    await expectHit(page, '見える', '/hr/co-guide/co-keiei/frame/');
    await expectHit(page, 'シニア', '/hr/co-guide/kojin/age-bands/');

    // Results are links under the base path and open the page.
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    const href = await first.getAttribute('href');
    expect(href?.startsWith('/hr/co-guide/')).toBe(true);
    await first.click();
    await page.waitForURL((u) => u.pathname === new URL(href!, page.url()).pathname);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('tells readers without JavaScript where to look instead', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(siteURL('soshiki/fudo/'));
    const hint = page.locator('.search-noscript');
    expect(await hint.isVisible()).toBe(true);
    await expect.poll(() => hint.textContent()).toContain('検索にはJavaScriptが必要です');
    // The chapter itself reads as a plain page: title, text and sidebar links are there.
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('nav[aria-label="メイン"] a').count()).toBeGreaterThan(10);
    await context.close();
  });
});
