import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openPage, receiveShareLink, siteURL, useBrowser } from './support/browser';

const PAGE = 'tools/matrix/';
const browser = useBrowser();

const hydrated = (page: Page) => page.locator('astro-island[component-url*="CoMatrix"]:not([ssr])').waitFor({ state: 'attached' });
// Each row without its first cell, the number of its point on the chart.
const tableRows = (page: Page) => page.getByTestId('matrix-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent?.trim())));

describe('C/O × 事業貢献 matrix', () => {
  it('shows the illustrative 30代 pattern until figures are entered, then the figures with their quadrants', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    expect(await page.getByTestId('illustration-note').isVisible()).toBe(true);
    await expect.poll(async () => (await tableRows(page)).find((r) => r[0] === '30代前半')?.[3]).toBe('C 未活用');
    // Points carry their row's number (the table names them), so labels never overlap when points cluster.
    expect(await page.locator('.quadrant-plot .plot-points text').allTextContents()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(describeViolations(await axeViolations(page))).toBe('');

    await page.locator('#matrix-csv').fill('部署,C/O体現度,事業貢献\n営業部,８０,７０\n開発部\t62\t41');
    await page.getByLabel('ラベル', { exact: true }).fill('人事部');
    await page.getByLabel('C/O体現度', { exact: true }).fill('40');
    await page.getByLabel('事業貢献', { exact: true }).fill('65');
    await page.getByRole('button', { name: '行を追加' }).click();
    await expect.poll(() => tableRows(page)).toEqual([
      ['営業部', '80', '70', 'A 自律貢献'],
      ['開発部', '62', '41', 'C 未活用'],
      ['人事部', '40', '65', 'B 成果先行'],
    ]);
    // The plot follows the figures, and says them in words for screen readers.
    expect(await page.locator('.quadrant-plot .plot-points text').allTextContents()).toEqual(['1', '2', '3']);
    expect(await page.locator('.quadrant-plot').getAttribute('aria-label')).toContain('開発部はC/O体現度62、事業貢献41でC 未活用');
    expect(await page.getByTestId('illustration-note').count()).toBe(0);

    // Figures survive a reload.
    await page.reload();
    await hydrated(page);
    await expect.poll(async () => (await tableRows(page)).map((r) => r[0])).toEqual(['営業部', '開発部', '人事部']);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存', exact: true }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('開発部,62,41');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names every row it cannot use and keeps the rest', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await page.locator('#matrix-csv').fill('営業部,80,70\n開発部,abc,40\n人事部,150,20\n営業部,10,10');
    await expect.poll(() => page.getByTestId('row-problems').locator('li').allTextContents()).toEqual([expect.stringMatching(/^2行目.*abc/), expect.stringMatching(/^3行目.*0〜100/), expect.stringMatching(/^4行目.*重複/)]);
    await expect.poll(async () => (await tableRows(page)).map((r) => r[0])).toEqual(['営業部']);
  });

  it('shares the figures by link without touching the receiver’s own input', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await page.locator('#matrix-csv').fill('30代前半,72,44\n40代,50,61');
    const { other } = await receiveShareLink(browser(), { page, context }, hydrated);
    await expect.poll(async () => (await tableRows(other.page)).map((r) => r[0])).toEqual(['30代前半', '40代']);
    await other.page.getByRole('button', { name: '自分の入力に戻る' }).click();
    expect(await other.page.getByTestId('illustration-note').isVisible()).toBe(true);
    expect(other.offsite).toEqual([]);
    await other.context.close();
  });

  it('refuses a share link cut short or edited, with a message, and shows neither its figures nor the example as shared', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await page.locator('#matrix-csv').fill('30代の共有,72,45\n40代の共有,50,61');
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();
    await context.close();

    // 45 → 4 moved a row to another quadrant before; cutting inside a percent sign broke decoding.
    const at = link.indexOf('#m=') + 3;
    const [page_, code] = [link.slice(0, at), link.slice(at)];
    const comma45 = code.indexOf('%2C45');
    expect(comma45).toBeGreaterThan(0);
    const cuts = [code.replace('%2C45', '%2C4'), code.slice(0, comma45 + 4), code.slice(0, -2), code.slice(0, code.lastIndexOf('%') + 2)];
    for (const bad of cuts.map((c) => page_ + c)) {
      const other = await openPage(browser());
      await other.page.goto(bad);
      await hydrated(other.page);
      await expect.poll(() => other.page.getByTestId('link-error').textContent()).toMatch(/共有リンクを開けませんでした。共有リンク/);
      expect(await other.page.getByText('共有リンクの数値を表示しています').count()).toBe(0);
      expect(await other.page.getByTestId('illustration-note').isVisible()).toBe(true);
      expect((await tableRows(other.page)).map((r) => r[0]).filter((l) => l?.endsWith('の共有'))).toEqual([]);
      expect(other.errors).toEqual([]);
      await other.context.close();
    }
    expect(errors).toEqual([]);
  });

  it('draws the illustration without JavaScript, as an SVG plot of numbered points beside its table, and loads no chart library', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(siteURL(PAGE));
    const plot = page.locator('.quadrant-plot');
    expect(await plot.getAttribute('role')).toBe('img');
    expect(await plot.getAttribute('aria-label')).toContain('3番の30代前半はC/O体現度71、事業貢献45でC 未活用');
    expect(await plot.locator('.plot-points text').allTextContents()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await plot.locator('.plot-names text').allTextContents()).toEqual(['B 成果先行', 'A 自律貢献', 'D 停滞', 'C 未活用']);
    expect((await tableRows(page)).map((r) => r[0])).toEqual(['20代前半', '20代後半', '30代前半', '30代後半', '40代', '50代以上']);
    await context.close();

    // With JavaScript, the widget takes over the same drawing; chart.js (in _astro/radar.*.js or _astro/chart.*.js) is never asked for.
    const live = await openPage(browser());
    const scripts: string[] = [];
    live.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await live.page.goto(siteURL(PAGE), { waitUntil: 'networkidle' });
    await hydrated(live.page);
    expect(scripts.some((u) => u.includes('CoMatrix'))).toBe(true);
    expect(scripts.filter((u) => /\/_astro\/(chart|radar)\.[^/]+\.js$/.test(u))).toEqual([]);
    expect(live.errors).toEqual([]);
    await live.context.close();
  });
});

describe('the matrix with real data', () => {
  it('hides groups below the minimum headcount, numbers the points, and can split at the medians', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await page.locator('#matrix-csv').fill('部署,C/O体現度,事業貢献,人数\n営業部,80,70,12\n開発部,62,41,8\n総務部,55,58,3\n企画部,70,60,9\n人事部,40,65,6');
    await expect.poll(() => page.getByTestId('matrix-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())))).toEqual([
      ['1', '営業部', '80', '70', '12', 'A 自律貢献'],
      ['2', '開発部', '62', '41', '8', 'C 未活用'],
      ['—', '総務部', '5人未満のため表示しません'],
      ['3', '企画部', '70', '60', '9', 'A 自律貢献'],
      ['4', '人事部', '40', '65', '6', 'B 成果先行'],
    ]);
    expect(await page.getByTestId('matrix-small-groups').isVisible()).toBe(true);
    await page.getByLabel('入力した数値の中央値').check();
    // Medians of the four rows shown: C/O (62 + 70) / 2 = 66, 事業貢献 (60 + 65) / 2 = 62.5.
    await expect.poll(() => page.getByTestId('matrix-split-note').textContent()).toContain('C/O体現度66、事業貢献62.5');
    expect((await tableRows(page)).map((r) => r.at(-1))).toEqual(['A 自律貢献', 'D 停滞', '5人未満のため表示しません', 'C 未活用', 'B 成果先行']);
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(errors).toEqual([]);
  });
});
