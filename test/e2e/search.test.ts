import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();

const SEARCH = '#starlight__search';
const RESULT_LINKS = `${SEARCH} .search-result-link`;
const resultHrefs = (page: Page) => page.locator(RESULT_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
const status = (page: Page) => page.locator(`${SEARCH} [data-search-status]`).textContent();
/** The page paths of the results, without the words they carry (`?hl=`) or the section. */
const resultPaths = async (page: Page) => (await resultHrefs(page)).map((h) => h.replace(/[?#].*$/, ''));

/** Types a query and waits until the dialog has answered that very query (its status names it). */
async function searchFor(page: Page, query: string) {
  await page.locator(`${SEARCH} input`).fill(query);
  await expect.poll(() => status(page)).toMatch(new RegExp(`^「${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」`));
}

const open = async (page: Page) => {
  await page.locator('button[data-open-modal]:not([disabled])').click();
  await page.locator('dialog[aria-label="検索"]').waitFor({ state: 'visible' });
};

/** Whether a request for Pagefind or the dialog's code has been made: none may be, before the reader reaches for search. */
const isSearchCode = (url: string) => /\/pagefind\/|search-dialog/.test(url);

describe('search (Japanese, on Pagefind’s JS API)', () => {
  it('loads search only when asked, opens with Ctrl+K, answers in Japanese through a live region, closes with Escape', async () => {
    const { page, offsite, errors } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(siteURL('co-keiei/definition/'), { waitUntil: 'networkidle' });
    const dialog = page.locator('dialog[aria-label="検索"]');
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    expect(requested.filter(isSearchCode)).toEqual([]);

    await page.keyboard.press('Control+k');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false)).toBe(true);
    await searchFor(page, '不動層');
    expect(await status(page)).toMatch(/^「不動層」の検索結果：\d+件$/);
    expect(await page.locator(`${SEARCH} [data-search-status]`).getAttribute('role')).toBe('status');
    expect((await resultPaths(page))[0]).toBe('/hr/co-guide/soshiki/fudo/');
    // Whole words are marked, never fragments or particles.
    const marks = await page.locator(`${SEARCH} mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The glossary writes the reading beside the word; it is a form of the same term (content/data/search-synonyms.yaml).
    expect([...new Set(marks)].sort()).toEqual(['ふどうそう', '不動層'].sort());
    // Excerpts are short Japanese text without Pagefind's Latin ". " between blocks.
    for (const e of await page.locator(`${SEARCH} .search-excerpt`).allTextContents()) {
      expect(e.replace(/…/g, '').length).toBeLessThanOrEqual(75);
      expect(e).not.toMatch(/[^\x00-\x7f]\. /);
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens with /, moves through results with the arrow keys, keeps the focus in the dialog, and passes axe', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL('co-keiei/definition/'));
    const dialog = page.locator('dialog[aria-label="検索"]');
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await dialog.waitFor({ state: 'visible' });
    await searchFor(page, 'シニア');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(1);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.tagName);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(second).not.toBe(hrefs[0]);
    expect(second).toMatch(/^\/hr\/co-guide\//);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('INPUT');
    // Tab never leaves the open dialog, also past its last link, where it goes round to the input.
    const stops = await page.locator('dialog[open] :is(input, a[href])').count();
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))).toBe(true);
    }
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens the first result with Enter and marks the searched word on the page it opens', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL('how-to-use/'));
    await open(page);
    await searchFor(page, 'リーチ不足群');
    const first = (await resultHrefs(page))[0]!;
    expect(first).toMatch(/^\/hr\/co-guide\/soshiki\/groups\/\?hl=/);
    await page.locator(`${SEARCH} input`).press('Enter');
    await page.waitForURL((u) => u.pathname === '/hr/co-guide/soshiki/groups/');
    await expect.poll(() => page.locator('main mark.search-hit').first().textContent()).toBe('リーチ不足群');
    // The words are not left in the address, where a copied link would carry them.
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect(errors).toEqual([]);
  });

  it('finds a question typed as a sentence, with its FAQ answer first, and words in other spellings', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL());
    await open(page);
    await searchFor(page, '部下から転職したいと言われたらどうすればいい');
    const first = page.locator(RESULT_LINKS).first();
    expect(await first.getAttribute('href')).toMatch(/practice\/faq\/\?hl=.*#wants-to-leave$/);
    expect(await first.locator('.search-result-kind').textContent()).toBe('よくある質問');
    await searchFor(page, 'ＣＯ');
    expect(await resultPaths(page)).toContain('/hr/co-guide/co-keiei/definition/');
    await searchFor(page, 'じこしんだん');
    expect((await resultPaths(page)).slice(0, 3)).toEqual(expect.arrayContaining(['/hr/co-guide/tools/self-check/']));
    await searchFor(page, '自社での発揮');
    const marks = await page.locator(`${SEARCH} mark`).allTextContents();
    expect(marks.filter((m) => ['の', 'で', 'での'].includes(m))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says above the results when only part of the query matched, and offers shorter words and the chapters when nothing did', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('soshiki/fudo/'));
    await open(page);
    const help = page.locator('[data-search-help]');
    const partial = page.locator(`${SEARCH} [data-search-partial]`);
    // A word the guide never uses.
    await searchFor(page, 'ピアノ');
    expect(await status(page)).toBe('「ピアノ」に一致するページはありません');
    await help.waitFor({ state: 'visible' });
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['用語集', '/hr/co-guide/glossary/'],
      ['ガイドの全体の構成', '/hr/co-guide/#structure'],
    ]);
    // This site sets no HR contact (content/data/site-settings.yaml): none is shown (site-settings.test.ts shows one).
    expect(await page.locator('[data-search-contact]').count()).toBe(0);
    // Pagefind finds pages with 退職 and 金; none holds 退職金: no hits, and the shorter word that has pages is offered.
    await searchFor(page, '退職金');
    expect(await status(page)).toBe('「退職金」に一致するページはありません');
    expect(await page.locator(RESULT_LINKS).count()).toBe(0);
    const tryWord = help.locator('[data-search-try] button', { hasText: '退職' });
    await tryWord.click();
    await expect.poll(() => status(page)).toMatch(/^「退職」の検索結果：\d+件$/);
    // Words found only apart: the notice comes before the results, and the help stays.
    await searchFor(page, '不動層 ピアノ');
    await partial.waitFor({ state: 'visible' });
    expect(await partial.textContent()).toBe('「不動層 ピアノ」のすべてを含むページはありません。一部の語に一致したページを表示しています。');
    const before = await page.evaluate(() => {
      const notice = document.querySelector('#starlight__search [data-search-partial]')!;
      const list = document.querySelector('#starlight__search [data-search-results]')!;
      return Boolean(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    // A query with whole matches hides both again.
    await searchFor(page, '不動層');
    await partial.waitFor({ state: 'hidden' });
    await help.waitFor({ state: 'hidden' });
  });

  it('tells readers without JavaScript where to look instead', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(siteURL('soshiki/fudo/'));
    const hint = page.locator('.search-noscript');
    expect(await hint.isVisible()).toBe(true);
    await expect.poll(() => hint.textContent()).toContain('検索にはJavaScriptが必要です');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('nav[aria-label="メイン"] a').count()).toBeGreaterThan(10);
    await context.close();
  });
});
