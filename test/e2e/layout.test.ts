import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();

const theme = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.dataset.theme);

describe('theme', () => {
  it('follows the system, can be switched, and keeps the choice after a reload', async () => {
    const { page, errors } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(siteURL('co-keiei/frame/'));
    expect(await theme(page)).toBe('dark');
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    expect(await theme(page)).toBe('light');
    await page.reload();
    expect(await theme(page)).toBe('light');
    await page.locator('starlight-theme-select select').first().selectOption('auto');
    expect(await theme(page)).toBe('dark');
    expect(errors).toEqual([]);
  });
});

describe('keyboard and small screens', () => {
  it('offers a skip link as the first focus stop, leading to the content', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('keiei/thirties/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(focused.href).toBe('#_top');
    expect(focused.text).toBeTruthy();
  });

  it('opens the sidebar from the menu button on a phone-sized screen', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 375, height: 740 } });
    await page.goto(siteURL('soshiki/groups/'));
    const sidebarLink = page.locator('nav[aria-label="メイン"] a[href$="/kojin/measures/"]');
    expect(await sidebarLink.isVisible()).toBe(false);
    await page.locator('button.sl-menu-button').click();
    await sidebarLink.waitFor({ state: 'visible' });
    // No horizontal scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('print', () => {
  it('prints a chapter on A4 without the site chrome', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('co-keiei/frame/'));
    await page.emulateMedia({ media: 'print' });
    const visible = async (sel: string) => page.locator(sel).first().isVisible();
    expect(await visible('button[data-open-modal]')).toBe(false);
    expect(await visible('nav[aria-label="メイン"]')).toBe(false);
    expect(await visible('.right-sidebar-container')).toBe(false);
    expect(await visible('.pagination-links')).toBe(false);
    expect(await visible('.breadcrumbs')).toBe(false);
    expect(await visible('h1')).toBe(true);
    expect(await visible('.sl-markdown-content')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
