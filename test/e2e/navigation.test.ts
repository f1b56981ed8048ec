import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { settledLayoutShift } from './support/layout-shift';

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

  it('opens a chapter at a heading linked from elsewhere, though the page is drawn only once it has arrived whole', async () => {
    // Below the header a page stays undrawn until it is whole (src/styles/custom.css), so the heading has no box when
    // the browser first reads it; the browser must still scroll to it once it is drawn. A slow network keeps the
    // page half-arrived for a while, as on a phone.
    const first = await openPage(browser());
    await first.page.goto(siteURL('soshiki/groups/'));
    const ids = await first.page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    await first.context.close();
    const target = ids.at(-2)!;
    // A new context: a second visit in the same one would be a jump within the page already shown, or come from cache.
    const { page, context } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await page.goto(siteURL(`soshiki/groups/#${encodeURIComponent(target)}`), { waitUntil: 'load' });
    const heading = page.locator(`[id="${target}"]`);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < innerHeight / 3;
    }, target);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(844);
    expect(await heading.isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the sidebar as the reader left it on the page before: a closed group stays closed, its scroll position stays, and nothing moves', async () => {
    // Starlight restores the sidebar with inline scripts that now stand just before the page's last element
    // (src/lib/first-paint-order.ts); the sidebar is drawn only once they have run (src/styles/custom.css).
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 560 } });
    await page.goto(siteURL('co-keiei/definition/'));
    const sidebar = page.locator('#starlight__sidebar');
    const firstGroup = sidebar.locator('details').first();
    await firstGroup.locator('summary').click();
    expect(await firstGroup.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const scrolled = await sidebar.evaluate((s) => {
      s.scrollTop = s.scrollHeight;
      return s.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(100);
    const last = sidebar.locator('a').last();
    const href = (await last.getAttribute('href'))!;
    await last.click();
    await page.waitForURL((url) => url.pathname === href);
    const left = await sidebar.evaluate((s) => ({ scroll: s.scrollTop, open: s.querySelector('details')!.open }));
    expect(left.open).toBe(false);
    expect(Math.abs(left.scroll - scrolled)).toBeLessThan(2);
    expect((await settledLayoutShift(page)).score).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
