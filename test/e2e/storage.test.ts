import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selfCheckData } from '../unit/support/data';
import { openBlockedStoragePage, openPage, siteURL, useBrowser } from './support/browser';

const data = selfCheckData();
const items = data.instrument.items;
const version = data.instrument.version;
const KEY = `co-guide:self-check:v${version}`;
const browser = useBrowser();

const hydrated = (page: Page, island: string) => page.locator(`astro-island[component-url*="${island}"]:not([ssr])`).first().waitFor({ state: 'attached' });
const answered = (page: Page) => page.locator('.progress-text').textContent();
const answer = (page: Page, index: number, value: number) => page.locator(`input[name="q-${items[index]!.id}"][value="${value}"]`).check();

/** Fills this origin's localStorage until not even one more character fits, as other intranet apps would. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 22;
    for (let n = 0; size >= 1; n++) {
      try {
        localStorage.setItem(`other-app-${n}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

describe('storage that fails', () => {
  it('blocked site data: no uncaught error on any page, and every tool says it keeps input only while the page is open', async () => {
    const { page, errors, offsite, close } = await openBlockedStoragePage();
    for (const path of ['', 'kojin/age-bands/', 'tools/team/', 'embed/self-check/', 'embed/matrix/']) {
      await page.goto(siteURL(path));
      await page.locator('h1').first().waitFor();
    }
    // The theme picker still works (without remembering).
    await page.goto(siteURL('tools/org-check/'));
    await hydrated(page, 'OrgCheck');
    await expect.poll(() => page.getByTestId('storage-trouble').textContent()).toMatch(/サイトのデータの保存が許可されていない.*回答を保存できていません/);

    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await expect.poll(() => page.getByTestId('storage-trouble').textContent()).toMatch(/サイトのデータの保存が許可されていない/);
    await answer(page, 0, 4);
    await expect.poll(() => answered(page)).toContain(' 1問に回答済み');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('heading', { name: /ページ中 2ページ目/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '回答をJSONで保存' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({ instrument: 'self-check', answers: { [items[0]!.id]: 4 } });

    await page.goto(siteURL('tools/matrix/'));
    await hydrated(page, 'CoMatrix');
    await expect.poll(() => page.getByTestId('storage-trouble').textContent()).toMatch(/入力した数値を保存できていません/);
    await page.locator('#matrix-csv').pressSequentially('営業部,80,70');
    expect(await page.locator('#matrix-csv').inputValue()).toBe('営業部,80,70');

    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await close();
  }, 180_000);

  it('full storage: answers go on in memory with a plain message and a file to keep them; what was saved before stays', async () => {
    const { page, errors, context } = await openPage(browser());
    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await answer(page, 0, 5);
    await answer(page, 1, 4);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toContain(`"${items[1]!.id}":4`);
    expect(await page.getByTestId('storage-trouble').count()).toBe(0);

    await fillStorage(page);
    await answer(page, 2, 3);
    await expect.poll(() => answered(page)).toContain(' 3問に回答済み');
    await expect.poll(() => page.getByTestId('storage-trouble').textContent()).toMatch(/保存領域がいっぱい.*回答を保存できていません/);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('heading', { name: /ページ中 2ページ目/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '回答をJSONで保存' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).answers).toEqual({ [items[0]!.id]: 5, [items[1]!.id]: 4, [items[2]!.id]: 3 });

    // The matrix textarea keeps every character although nothing can be saved.
    await page.goto(siteURL('tools/matrix/'));
    await hydrated(page, 'CoMatrix');
    await page.locator('#matrix-csv').pressSequentially('営業部,80,70\n開発部,6');
    expect(await page.locator('#matrix-csv').inputValue()).toBe('営業部,80,70\n開発部,6');
    await expect.poll(() => page.getByTestId('storage-trouble').textContent()).toMatch(/保存領域がいっぱい/);

    // After a reload the answers saved before the store filled up are still there, without a "storage disabled" notice.
    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await expect.poll(() => answered(page)).toContain(' 2問に回答済み');
    expect(await page.getByText('保存が許可されていない').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('saved answers that cannot be used as they are', () => {
  it('answers of an older questionnaire version: says the questions changed and offers them as a file', async () => {
    const { page, errors, context } = await openPage(browser());
    const old = JSON.stringify({ instrument: 'self-check', version: version - 1, answers: { [items[0]!.id]: 2 }, choices: {} });
    await context.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [`co-guide:self-check:v${version - 1}`, old]);
    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await expect.poll(() => page.getByTestId('other-versions').textContent()).toMatch(new RegExp(`設問が変わりました.*第${version - 1}版`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `第${version - 1}版の回答をJSONで保存` }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(JSON.parse(old));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers saved by a newer version of the site are not called old', async () => {
    const { page, context } = await openPage(browser());
    const newer = JSON.stringify({ instrument: 'self-check', version: version + 1, answers: {}, choices: {} });
    await context.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [`co-guide:self-check:v${version + 1}`, newer]);
    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await expect.poll(() => page.getByTestId('other-versions').textContent()).toMatch(/新しい版/);
    expect(await page.getByTestId('other-versions').textContent()).not.toMatch(/古い版|以前の版|設問が変わりました/);
    await context.close();
  });

  it('a corrupted page index past the end with answers missing goes back to the first unanswered question, with no result to save', async () => {
    const { page, errors, context } = await openPage(browser());
    const partial = JSON.stringify({ instrument: 'self-check', version, answers: { [items[0]!.id]: 3 }, choices: {} });
    await context.addInitScript(([key, text]) => {
      localStorage.setItem(key!, text!);
      localStorage.setItem(`${key}:page`, '42');
    }, [KEY, partial]);
    await page.goto(siteURL('tools/self-check/'));
    await hydrated(page, 'SelfCheck');
    await page.getByRole('heading', { name: /ページ中 1ページ目/ }).waitFor();
    await expect.poll(() => page.locator(`input[name="q-${items[1]!.id}"]`).first().isVisible()).toBe(true);
    expect(await page.getByText('あなたの診断結果').count()).toBe(0);
    expect(await page.getByRole('button', { name: '共有リンクを作る' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'CSVで保存', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
